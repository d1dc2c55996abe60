"""Filters the browser applies, and the facilitator guide as it is shown and printed."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from facilitator.core.browse.catalog import ModuleFilter
from facilitator.core.browse.guide import guide_html, timed_sections
from facilitator.core.content.loader import check_content, load_curriculum
from facilitator.core.content.stats import module_words
from facilitator.core.model import ADAPTATIONS, YOUTH_AUDIENCES


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
                     "Grados 9.º a 12.º", "opcional", "9.º y 10.º grado"):
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
        assert 3 <= len(module.spec.objective_ids) <= 6
        assert set(module.spec.adaptation_ids) == set(ADAPTATIONS)
        assert any(s.core for s in module.spec.sections) and any(not s.core for s in module.spec.sections)
        assert module.spec.handouts and module.spec.survey_items
        for language in module.languages:
            text = module.text(language)
            questions = [q for s in text.sections.values() for q in s.questions]
            assert len(questions) >= 5 and all(q.listen_for and q.respond for q in questions), module.id
            assert any(s.activity and s.activity.steps and s.activity.debrief for s in text.sections.values())
            assert module_words(text) >= 1500, (module.id, language)
            assert text.fact_sheet and 6 <= len(text.fact_sheet.key_points) <= 8, (module.id, language)
            shown = visible_text(guide_html(curriculum, module.id, language))
            assert all(s.title in shown for s in text.sections.values())
            assert all(q.prompt in shown for s in text.sections.values() for q in s.questions)


MODULE_ORDER = ["facilitator-foundations", "what-is-trafficking", "relationships-and-grooming",
                "online-safety-and-sextortion", "jobs-and-labor-trafficking", "getting-help", "root-causes",
                "parents-and-caregivers", "educators-and-professionals", "worker-rights-and-immigrant-communities"]


def test_the_whole_curriculum_is_there_with_its_lengths_and_audiences() -> None:
    curriculum = load_curriculum()
    assert [m.id for m in curriculum.modules] == MODULE_ORDER
    assert [m.spec.number for m in curriculum.modules] == list(range(10))
    assert [m.spec.minutes for m in curriculum.modules] == [139, 62, 72, 70, 57, 57, 66, 93, 120, 87]
    assert curriculum.module("worker-rights-and-immigrant-communities").spec.source_language == "es"
    for module_id in ("parents-and-caregivers", "educators-and-professionals"):
        assert all(module_words(curriculum.module(module_id).text(lang)) >= 3000 for lang in ("en", "es"))
    both_bands = [m for m in curriculum.modules if m.spec.needs_younger_version]
    assert {m.id for m in both_bands} == {"what-is-trafficking", "relationships-and-grooming",
                                         "online-safety-and-sextortion", "getting-help"}


def test_youth_modules_give_the_survey_its_time_and_fit_a_class_period() -> None:
    """A survey read aloud to a grade 6 class takes about 30 seconds an item, plus handing out and collecting;
    a module's core, surveys included, must fit a 45-minute class."""
    for module in load_curriculum().modules:
        if not set(module.spec.audiences) & set(YOUTH_AUDIENCES):
            continue
        sections = module.spec.sections
        surveys = [s for s in sections if s.kind == "survey"]
        assert [(s.id, s.core) for s in surveys] == [("pre-survey", True), ("post-survey", True)], module.id
        ids = [s.id for s in sections]
        assert ids.index("pre-survey") <= 2 and ids.index("post-survey") == len(ids) - 2, module.id
        assert all(s.minutes >= 1 + len(module.spec.survey_items) / 2 - 0.5 for s in surveys), module.id
        assert module.spec.core_minutes <= 45, (module.id, module.spec.core_minutes)


def test_every_idea_of_the_origin_document_is_taught_somewhere() -> None:
    coverage = load_curriculum().coverage
    groups: dict[str, int] = {}
    for idea in coverage:
        groups[idea.group] = groups.get(idea.group, 0) + 1
        assert idea.places
    assert groups == {"upstream": 3, "never-fault": 5, "social-ecological-model": 4, "risk-factors": 12,
                      "protective-factors": 5, "considerations": 6}
    labor = next(idea for idea in coverage if idea.id == "consider-labor-trafficking")
    assert {place.module_id for place in labor.places} == set(MODULE_ORDER), "labor trafficking in every module"


def test_survey_instruments_cover_every_construct_with_an_answer_key() -> None:
    survey = load_curriculum().survey
    for name in ("youth", "adult"):
        items = [survey.items[i] for i in survey.instruments[name]]
        assert 8 <= len(items) <= 12
        assert {item.construct for item in items} == set(survey.constructs)
        assert all(item.answer for item in items)
    for language in ("en", "es"):
        assert set(survey.texts[language].items) == set(survey.items)


def test_glossary_defines_each_term_in_both_languages() -> None:
    glossary = load_curriculum().glossary
    assert len(glossary) >= 25
    by_id = {term.id: term for term in glossary}
    assert by_id["human-trafficking"].terms["es"][0] == "trata de personas"
    assert by_id["smuggling"].terms["es"][0] == "tráfico ilícito de migrantes"
    assert all(all(term and definition for term, definition in t.terms.values()) for t in glossary)
