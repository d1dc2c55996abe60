"""Broken content is reported with its file, its line and what is wrong, and nothing half-loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.content.loader import check_content, load_curriculum
from facilitator.core.content.problems import ContentError, Severity


def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check_content(root).problems]


def test_the_mini_curriculum_is_clean(mini_curriculum: Path) -> None:
    result = check_content(mini_curriculum)
    assert result.problems == []
    module = result.curriculum.module("sample")
    assert module.languages == ("en", "es")
    assert module.text("es").sections["opening"].questions[0].prompt == "¿Qué han escuchado?"
    assert module.spec.core_minutes == 5


def test_missing_section_in_the_structure_is_named_with_file_and_line(mini_curriculum: Path, edit) -> None:
    spec = mini_curriculum / "modules/sample/module.yaml"
    edit(spec, "  - id: sorting\n    kind: activity\n    minutes: 15\n    core: false\n    questions: []\n"
               "    activity: true\n", "")
    problems = problems_of(mini_curriculum)
    en = mini_curriculum / "modules/sample/en.yaml"
    assert f"{spec}:12: module: section minutes add up to 5, but the module lasts 20 minutes" in problems
    assert any(p.startswith(f"{en}:") and "section 'sorting' is not in the module structure" in p
               for p in problems)
    with pytest.raises(ContentError):
        load_curriculum(mini_curriculum)


@pytest.mark.parametrize(("bad", "message"), [
    ("minutes: -5", "'minutes' must be a whole number of at least 1, not -5"),
    ("minutes: ten", "'minutes' must be a whole number of at least 1, not 'ten'"),
    ("minutes: 7", "section minutes add up to 22, but the module lasts 20 minutes"),
])
def test_bad_minutes(mini_curriculum: Path, edit, bad: str, message: str) -> None:
    spec = mini_curriculum / "modules/sample/module.yaml"
    edit(spec, "    minutes: 5\n", f"    {bad}\n")
    problems = problems_of(mini_curriculum)
    assert any(p.startswith(f"{spec}:") and message in p for p in problems), problems


def test_spanish_section_missing(mini_curriculum: Path, edit) -> None:
    es = mini_curriculum / "modules/sample/es.yaml"
    text = es.read_text(encoding="utf-8")
    es.write_text(text[:text.index("  sorting:")], encoding="utf-8")
    problems = problems_of(mini_curriculum)
    assert f"{es}:14: es: section 'sorting' is missing" in problems
    assert check_content(mini_curriculum).curriculum is None


def test_spanish_activity_with_fewer_steps_than_the_source(mini_curriculum: Path, edit) -> None:
    es = mini_curriculum / "modules/sample/es.yaml"
    edit(es, "        - Comparar.\n", "")
    problems = problems_of(mini_curriculum)
    assert any(p.startswith(f"{es}:") and "has 2 steps but the source has 3" in p for p in problems), problems


def test_missing_translation_file(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/sample/es.yaml").unlink()
    assert f"{mini_curriculum / 'modules/sample/es.yaml'}:1: the es text of module 'sample' is missing" \
        in problems_of(mini_curriculum)


def test_stale_translation_is_listed_but_still_loads(mini_curriculum: Path, edit) -> None:
    en = mini_curriculum / "modules/sample/en.yaml"
    edit(en, "version: 2", "version: 3")
    result = check_content(mini_curriculum)
    assert [p.severity for p in result.problems] == [Severity.STALE]
    assert str(result.problems[0]) == (f"{mini_curriculum / 'modules/sample/es.yaml'}:1: [stale] stale translation: "
                                       "translates version 2 of en.yaml, which is now at version 3")
    curriculum = load_curriculum(mini_curriculum)
    assert [(m.id, lang) for m, lang in curriculum.stale()] == [("sample", "es")]


def test_malformed_yaml_names_the_line(mini_curriculum: Path, edit) -> None:
    en = mini_curriculum / "modules/sample/en.yaml"
    edit(en, "title: Sample module", "title: [Sample module")
    problems = problems_of(mini_curriculum)
    assert len(problems) == 1
    assert problems[0].startswith(f"{en}:") and "not valid YAML" in problems[0]
    line = int(problems[0].split(":")[1])
    assert line >= 3


def test_duplicate_key_and_typo_are_reported(mini_curriculum: Path, edit) -> None:
    en = mini_curriculum / "modules/sample/en.yaml"
    edit(en, "closing: Point to the resource card.", "closing: Point to the resource card.\nclosing: Again.\n"
                                                     "sumary: typo")
    problems = problems_of(mini_curriculum)
    assert f"{en}:14: 'closing' appears twice (first on line 13)" in problems
    assert f"{en}:15: en: unknown key 'sumary' (did you mean 'summary'?)" in problems


def test_unknown_audience_suggests_the_right_one(mini_curriculum: Path, edit) -> None:
    spec = mini_curriculum / "modules/sample/module.yaml"
    edit(spec, "audiences: [grades_9_12, adults]", "audiences: [grades_9_12, adult]")
    problems = problems_of(mini_curriculum)
    assert any(p.startswith(f"{spec}:5: module: 'audiences' has unknown value 'adult' (did you mean 'adults'?)")
               for p in problems), problems


def test_translation_must_say_what_it_translates(mini_curriculum: Path, edit) -> None:
    es = mini_curriculum / "modules/sample/es.yaml"
    edit(es, "translates: {language: en, version: 2}", "version: 2")
    problems = problems_of(mini_curriculum)
    assert any(p.startswith(f"{es}:2:") and "a translation records 'translates" in p for p in problems), problems


def test_not_utf8_file(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/sample/en.yaml"
    en.write_bytes("title: Módulo\n".encode("latin-1"))
    problems = problems_of(mini_curriculum)
    assert any(p.startswith(f"{en}:1: not valid UTF-8 text") for p in problems), problems


def test_unlisted_module_folder(mini_curriculum: Path) -> None:
    (mini_curriculum / "modules/orphan").mkdir()
    assert any("module folder 'orphan' exists but is not listed" in p for p in problems_of(mini_curriculum))


def test_module_for_grades_6_8_and_older_says_how_activities_change(mini_curriculum: Path, edit) -> None:
    edit(mini_curriculum / "modules/sample/module.yaml", "audiences: [grades_9_12, adults]",
         "audiences: [grades_6_8, grades_9_12]")
    problems = problems_of(mini_curriculum)
    for language in ("en", "es"):
        assert any(f"{language}.yaml:" in p and "section 'sorting': needs 'younger'" in p for p in problems), problems
    assert not any("section 'opening'" in p for p in problems), "a talk section needs no younger version"
    for language, note in (("en", "Use picture cards."), ("es", "Use tarjetas con dibujos.")):
        edit(mini_curriculum / f"modules/sample/{language}.yaml", "    activity:\n",
             f"    younger: [{note}]\n    activity:\n")
    assert problems_of(mini_curriculum) == []


LINT_RULES = """rules:
  - id: trafico-de-personas
    languages: [es]
    pattern: 'tr[aá]fico de personas'
    mentions_allowed: true
    reason: Trafficking is "trata de personas".
  - id: retired-988-option
    languages: [en, es]
    pattern: '(press|oprima) 3\\b'
    mentions_allowed: false
    reason: The option ended in 2025.
"""


def test_lint_names_the_line_the_term_and_the_reason(mini_curriculum: Path, edit) -> None:
    (mini_curriculum / "lint.yaml").write_text(LINT_RULES, encoding="utf-8")
    es = mini_curriculum / "modules/sample/es.yaml"
    edit(es, "closing: Señale la tarjeta de recursos.",
         "closing: >-\n  Hable del tráfico\n  de personas y diga que oprima 3.")
    result = check_content(mini_curriculum)
    assert [str(p) for p in result.problems] == [
        f"{es}:14: [lint] 'tráfico de personas' (trafico-de-personas): Trafficking is \"trata de personas\".",
        f"{es}:15: [lint] 'oprima 3' (retired-988-option): The option ended in 2025.",
    ]
    assert result.curriculum is not None, "lint findings fail the check but the content still loads"


def test_lint_lets_a_guide_quote_a_term_to_warn_against_it(mini_curriculum: Path, edit) -> None:
    (mini_curriculum / "lint.yaml").write_text(LINT_RULES, encoding="utf-8")
    es = mini_curriculum / "modules/sample/es.yaml"
    edit(es, "closing: Señale la tarjeta de recursos.",
         "closing: >-\n  Nunca diga “tráfico de personas” ni \"tráfico de\n  personas\"; diga trata.")
    assert problems_of(mini_curriculum) == []
    edit(es, "; diga trata.", "; el tráfico de personas no existe.")
    assert len(problems_of(mini_curriculum)) == 1


def test_a_broken_lint_pattern_is_reported(mini_curriculum: Path) -> None:
    (mini_curriculum / "lint.yaml").write_text(LINT_RULES.replace("(press|oprima) 3", "(press 3"), encoding="utf-8")
    problems = problems_of(mini_curriculum)
    assert any("lint.yaml:9: lint rule 'retired-988-option': the pattern is not a valid expression" in p
               for p in problems), problems


def test_lint_spaces_match_line_breaks_but_not_inside_brackets(mini_curriculum: Path, edit) -> None:
    rules = LINT_RULES + """  - id: phone-number-in-prose
    languages: [en]
    pattern: '\\b\\d{3}[-. ]\\d{4}\\b'
    mentions_allowed: false
    reason: Numbers live in helplines.yaml.
"""
    (mini_curriculum / "lint.yaml").write_text(rules, encoding="utf-8")
    en = mini_curriculum / "modules/sample/en.yaml"
    edit(en, "closing: Point to the resource card.", "closing: Call 555+0100 or 555 0100.")
    assert [p.message.split(" (")[0] for p in check_content(mini_curriculum).problems] == ["'555 0100'"]
