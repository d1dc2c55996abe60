"""Filters the browser applies, and the facilitator guide as it is shown and printed."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from facilitator.core.catalog import ModuleFilter
from facilitator.core.guide import guide_html, timed_sections
from facilitator.core.loader import check_content, load_curriculum
from facilitator.core.model import ADAPTATIONS
from facilitator.core.stats import module_words


def visible_text(html: str) -> str:
    """What a reader sees of the HTML: its text with entities resolved."""
    pieces: list[str] = []
    parser = HTMLParser()
    parser.handle_data = pieces.append
    parser.feed(html)
    return "".join(pieces)


def test_filters_by_audience_minutes_and_language(mini_curriculum: Path) -> None:
    module = load_curriculum(mini_curriculum).module("sample")
    assert ModuleFilter().accepts(module)
    assert ModuleFilter(audience="adults", minutes=45, language="es").accepts(module)
    assert not ModuleFilter(audience="grades_6_8").accepts(module)
    assert ModuleFilter(minutes=5).accepts(module), "the 5 core minutes fit; the optional activity can be dropped"
    assert not ModuleFilter(minutes=4).accepts(module)
    assert not ModuleFilter(language="fr").accepts(module)


def test_sections_carry_their_start_and_end_minute(mini_curriculum: Path) -> None:
    module = load_curriculum(mini_curriculum).module("sample")
    assert [(t.spec.id, t.start, t.end) for t in timed_sections(module, "en")] == [("opening", 0, 5),
                                                                                  ("sorting", 5, 20)]


def test_guide_shows_timings_questions_and_notes_in_the_content_language(mini_curriculum: Path) -> None:
    html = visible_text(guide_html(load_curriculum(mini_curriculum), "sample", "es"))
    for expected in ("Módulo de ejemplo", "0–5", "5–20", "Preguntas para conversar", "¿Qué han escuchado?",
                     "Preste atención a", "Mitos sobre secuestros", "Cómo responder", "Clasificarlas.",
                     "Grados 9.º a 12.º", "opcional", "Estudiantes más jóvenes"):
        assert expected in html, expected
    assert "Talking points" not in html


def test_guide_escapes_content_text(mini_curriculum: Path, edit) -> None:
    edit(mini_curriculum / "modules/sample/en.yaml", "title: Sample module", "title: <b>Bold</b> & {{ 7*7 }}")
    html = guide_html(load_curriculum(mini_curriculum), "sample", "en")
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; {{ 7*7 }}" in html
    assert "<b>Bold</b>" not in html


def test_stale_translation_is_flagged_in_the_guide(mini_curriculum: Path, edit) -> None:
    edit(mini_curriculum / "modules/sample/en.yaml", "version: 2", "version: 3")
    curriculum = load_curriculum(mini_curriculum)
    assert "una versión anterior de la guía" in guide_html(curriculum, "sample", "es")
    assert "older version" not in guide_html(curriculum, "sample", "en")


def test_bundled_modules_are_complete_in_both_languages() -> None:
    result = check_content()
    assert [str(p) for p in result.problems] == [], "content check must be clean: no errors, stale text or lint"
    curriculum = result.curriculum
    for module in curriculum.modules:
        assert module.languages == ("en", "es")
        assert 3 <= len(module.spec.objective_ids) <= 5
        assert set(module.spec.adaptation_ids) == set(ADAPTATIONS)
        assert any(s.core for s in module.spec.sections) and any(not s.core for s in module.spec.sections)
        for language in module.languages:
            text = module.text(language)
            questions = [q for s in text.sections.values() for q in s.questions]
            assert len(questions) >= 5 and all(q.listen_for and q.respond for q in questions), module.id
            assert any(s.activity and s.activity.steps and s.activity.debrief for s in text.sections.values())
            assert module_words(text) >= 1500, (module.id, language)
            shown = visible_text(guide_html(curriculum, module.id, language))
            assert all(s.title in shown for s in text.sections.values())
            assert all(q.prompt in shown for s in text.sections.values() for q in s.questions)
