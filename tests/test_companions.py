"""Helplines, the survey instrument, the glossary and the coverage map: validated like the modules."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core.content.helplines import load_resources, merge
from facilitator.core.content.loader import check_content
from facilitator.core.paths import curriculum_dir
from facilitator.core.teach.presenting import safety_panel

BUNDLED = curriculum_dir()
LANGS = ("en", "es")


def test_bundled_helplines_have_sources_dates_and_both_languages() -> None:
    problems: list = []
    resources = load_resources(BUNDLED / "helplines.yaml", LANGS, problems)
    assert problems == []
    by_id = {h.id: h for h in resources.helplines}
    assert by_id["trafficking-hotline"].phone == "1-888-373-7888" and by_id["trafficking-hotline"].text == "233733"
    assert by_id["take-it-down"].web_only and not by_id["crisis-988"].web_only
    assert by_id["rainn"].channels == ("phone", "web", "chat")
    for entry in (*resources.helplines, *resources.legal):
        assert entry.source and entry.checked <= dt.date.today()
    assert all(set(h.name) == set(LANGS) and set(h.purpose) == set(LANGS) for h in resources.helplines)
    assert "press 3" not in (BUNDLED / "helplines.yaml").read_text(encoding="utf-8").lower()
    assert "trafficking-hotline" in dict(resources.needing_check())


HELPLINE = """helplines:
  - id: county-crisis
    name: {en: Orange County crisis line, es: Línea de crisis del condado de Orange}
    for: {en: Crisis support, es: Apoyo en crisis}
    phone: 919-555-0100
    hours: {en: Weekdays 8 to 5, es: Entre semana de 8 a 5}
    languages: {en: English and Spanish, es: Inglés y español}
    source: County website
    checked: 2026-01-15
"""


def test_the_safety_panel_says_whose_reporting_duties_it_lists(curriculum, mini_curriculum: Path, edit) -> None:
    assert safety_panel(curriculum, "en").reporting_heading == "Reporting duties in North Carolina"
    assert safety_panel(curriculum, "es").reporting_heading == "Obligación de reportar en Carolina del Norte"
    for name in ("safety.yaml", "helplines.yaml"):
        shutil.copy(BUNDLED / name, mini_curriculum / name)
    edit(mini_curriculum / "safety.yaml", "  es: Obligación de reportar en Carolina del Norte\n", "")
    problems = [str(p) for p in check_content(mini_curriculum, lint=False).problems]
    assert any("'reporting_heading' needs non-empty text in 'es'" in p for p in problems), problems


def test_a_local_entry_is_validated_and_added_after_the_national_ones(tmp_path: Path) -> None:
    local_file = tmp_path / "local-helplines.yaml"
    local_file.write_text(HELPLINE, encoding="utf-8")
    problems: list = []
    local = load_resources(local_file, LANGS, problems, local=True)
    bundled = load_resources(BUNDLED / "helplines.yaml", LANGS, problems)
    assert problems == []
    merged = merge(bundled, local)
    assert merged.helplines[-1].id == "county-crisis" and merged.helplines[-1].local
    assert len(merged.helplines) == len(bundled.helplines) + 1


def test_checked_and_confirmed_are_two_dates_and_an_older_local_file_still_loads(tmp_path: Path) -> None:
    local_file = tmp_path / "local-helplines.yaml"
    confirmed = HELPLINE.replace("checked: 2026-01-15", "checked: 2026-01-15\n    confirmed: 2026-02-01")
    local_file.write_text(confirmed, encoding="utf-8")
    problems: list = []
    entry = load_resources(local_file, LANGS, problems, local=True).helplines[0]
    assert problems == [] and entry.checked == dt.date(2026, 1, 15) and entry.confirmed == dt.date(2026, 2, 1)
    local_file.write_text(HELPLINE.replace("checked:", "last_verified:"), encoding="utf-8")
    entry = load_resources(local_file, LANGS, problems, local=True).helplines[0]
    assert problems == [] and entry.checked == dt.date(2026, 1, 15) and entry.confirmed is None


def test_content_check_lists_what_was_never_confirmed_and_what_is_overdue(capsys) -> None:
    resources = load_resources(BUNDLED / "helplines.yaml", LANGS, [])
    assert "trafficking-hotline" in [h.id for h in resources.unconfirmed()]
    assert "county-dss" not in [h.id for h in resources.unconfirmed()]
    later = max(e.last_checked for e in (*resources.helplines, *resources.legal)) + \
        dt.timedelta(days=resources.check_every_days + 1)
    assert len(resources.overdue(later)) == len(resources.helplines) + len(resources.legal)
    assert resources.overdue(dt.date(2026, 12, 4)) == []
    main(["content", "check"])
    out = capsys.readouterr().out
    assert "to confirm: trafficking-hotline: never confirmed with the service itself" in out


@pytest.mark.parametrize(("change", "message"), [
    (("checked: 2026-01-15", "checked: soon"), "'checked' must be a date like 2026-01-31"),
    (("checked: 2026-01-15", "checked: 2999-01-01"), "'checked' 2999-01-01 is in the future"),
    (("checked: 2026-01-15", "checked: 2026-01-15\n    confirmed: lately"), "'confirmed' must be a date like"),
    (("phone: 919-555-0100", "phone: call us"), "'phone' must be digits, capital letters and hyphens"),
    ((", es: Apoyo en crisis", ""), "'for' needs non-empty text in 'es'"),
    (("    phone: 919-555-0100\n", ""), "needs a phone, text, tty, web or chat way to reach it"),
    (("    hours: {en: Weekdays 8 to 5, es: Entre semana de 8 a 5}\n", ""), "helpline 1: 'hours' is missing"),
])
def test_a_bad_local_entry_says_what_and_where(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    local_file = tmp_path / "local-helplines.yaml"
    local_file.write_text(HELPLINE.replace(*change), encoding="utf-8")
    problems: list = []
    load_resources(local_file, LANGS, problems, local=True)
    assert any(str(p).startswith(f"{local_file}:") and message in str(p) for p in problems), problems


def test_helplines_command_lists_local_entries_and_refuses_a_broken_file(tmp_path: Path, capsys) -> None:
    local_file = tmp_path / "local.yaml"
    local_file.write_text(HELPLINE, encoding="utf-8")
    assert main(["helplines", "--lang", "es", "--local", str(local_file)]) == 0
    out = capsys.readouterr().out
    assert "Línea Nacional Contra la Trata de Personas: phone 1-888-373-7888 · text 233733" in out
    assert ("Línea de crisis del condado de Orange (local): phone 919-555-0100 · checked 2026-01-15 · not yet "
            "confirmed with the service") in out
    local_file.write_text(HELPLINE.replace("2026-01-15", "someday"), encoding="utf-8")
    assert main(["helplines", "--local", str(local_file)]) == 1
    assert "not used until these are fixed; nothing was changed" in capsys.readouterr().err



def test_a_broken_local_helplines_file_refuses_handouts_and_is_logged_for_the_safety_panel(curriculum,
                                                                                          caplog) -> None:
    from facilitator.core.handouts.handouts import HandoutError, HandoutRequest
    from facilitator.core.paths import local_helplines_path
    from facilitator.userdata import local_helplines, user_handouts

    local_file = local_helplines_path()
    local_file.parent.mkdir(parents=True, exist_ok=True)
    local_file.write_text(HELPLINE.replace("phone: 919-555-0100", "phone: call us"), encoding="utf-8")
    with pytest.raises(HandoutError, match=rf"{local_file}:5: helpline 1: 'phone' must be digits") as refused:
        user_handouts(curriculum).make(HandoutRequest("resource-card"))
    assert (refused.value.code, refused.value.values["line"]) == ("local_helplines", "5")
    assert local_helplines(curriculum) == ()
    assert f"The safety panel leaves out the local helplines: the local helplines file cannot be used: {local_file}:5" \
        in caplog.text

ITEMS = """version: 1
constructs: [knowledge]
instruments:
  short: [alpha, beta, gamma, delta, epsilon, zeta, eta, theta]
items:
  - {id: alpha, construct: knowledge, kind: true_false, answer: true}
  - {id: beta, construct: knowledge, kind: choice, options: [a, b], answer: b}
"""


def survey_text(language: str, header: str, items: list[str]) -> str:
    body = "".join(f"  {i}:\n    prompt: Question {i}\n    short: Q{i}\n    explanation: Why {i}\n" +
                   ("    options: {a: One, b: Two}\n" if i == "beta" else "") for i in items)
    return (f"language: {language}\n{header}\ninstruments:\n  short: {{title: T, instructions: I}}\n"
            "scale: {strongly_disagree: a, disagree: b, agree: c, strongly_agree: d}\n"
            "true_label: 'True'\nfalse_label: 'False'\nconstructs: {knowledge: K}\nitems:\n" + body)


@pytest.fixture
def with_survey(mini_curriculum: Path) -> Path:
    folder = mini_curriculum / "surveys"
    folder.mkdir()
    greek = ["gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    items = ITEMS + "".join(f"  - {{id: {g}, construct: knowledge, kind: agree_scale, answer: agree, "
                            "asked: [post]}\n" for g in greek)
    (folder / "items.yaml").write_text(items, encoding="utf-8")
    names = ["alpha", "beta", *greek]
    (folder / "en.yaml").write_text(survey_text("en", "version: 1", names), encoding="utf-8")
    (folder / "es.yaml").write_text(survey_text("es", "translates: {language: en, version: 1}", names),
                                    encoding="utf-8")
    module = mini_curriculum / "modules/sample/module.yaml"
    module.write_text(module.read_text(encoding="utf-8").replace("survey_items: [definition-amp]",
                                                                 "survey_items: [alpha, beta]"), encoding="utf-8")
    return mini_curriculum


def test_a_valid_survey_loads_with_its_answer_key(with_survey: Path) -> None:
    result = check_content(with_survey)
    assert result.problems == []
    survey = result.curriculum.survey
    assert survey.items["alpha"].answer == "true" and survey.items["beta"].answer == "b"
    assert survey.texts["es"].items["beta"].options == {"a": "One", "b": "Two"}


def test_survey_problems_name_file_and_line(with_survey: Path, edit) -> None:
    edit(with_survey / "modules/sample/module.yaml", "survey_items: [alpha, beta]", "survey_items: [alpha]")
    edit(with_survey / "surveys/es.yaml", "  alpha:\n    prompt: Question alpha\n    short: Qalpha\n"
                                          "    explanation: Why alpha\n", "")
    edit(with_survey / "surveys/items.yaml", "answer: b}", "answer: c}")
    problems = [str(p) for p in check_content(with_survey).problems]
    assert any("items.yaml:7: survey item 2: answer 'c' must be one of: a, b" in p for p in problems), problems
    assert any("es.yaml:" in p and "item 'alpha' is missing" in p for p in problems), problems
    edit(with_survey / "surveys/items.yaml", "answer: c}", "answer: b}")
    edit(with_survey / "surveys/es.yaml", "items:\n",
         "items:\n  alpha:\n    prompt: Q\n    short: Q\n    explanation: W\n")
    problems = [str(p) for p in check_content(with_survey).problems]
    assert problems == [f"{with_survey / 'surveys/items.yaml'}:7: survey item 'beta' is taught by no module "
                        "(list it in a module's survey_items)"]


def test_an_unknown_survey_item_in_a_module_is_reported(with_survey: Path, edit) -> None:
    edit(with_survey / "modules/sample/module.yaml", "survey_items: [alpha, beta]",
         "survey_items: [alpha, beta, aplha]")
    problems = [str(p) for p in check_content(with_survey).problems]
    assert any("'survey_items' has unknown value 'aplha' (did you mean 'alpha'?)" in p for p in problems), problems


def test_an_instrument_must_have_8_to_12_items(with_survey: Path, edit) -> None:
    edit(with_survey / "surveys/items.yaml", "short: [alpha, beta, gamma, delta, epsilon, zeta, eta, theta]",
         "short: [alpha, beta]")
    problems = [str(p) for p in check_content(with_survey).problems]
    assert any("survey: instruments: 'short' has 2 items; it needs 8 to 12" in p for p in problems), problems


def test_glossary_needs_every_language(mini_curriculum: Path) -> None:
    (mini_curriculum / "glossary.yaml").write_text(
        "terms:\n  - id: trata\n    en: {term: trafficking, definition: D}\n    es: {term: trata de personas}\n",
        encoding="utf-8")
    problems = [str(p) for p in check_content(mini_curriculum).problems]
    assert any("glossary.yaml:4: glossary 'trata' (es): 'definition' is missing" in p for p in problems), problems


def test_teaching_claims_are_checked_against_the_question_or_activity_that_teaches(mini_curriculum: Path) -> None:
    coverage = mini_curriculum / "coverage.yaml"
    coverage.write_text("ideas:\n  - id: labor\n    group: considerations\n    idea: Labor trafficking everywhere\n"
                        "  - id: known\n    group: considerations\n    idea: Recruiters are known\n",
                        encoding="utf-8")
    teaches = mini_curriculum / "modules" / "sample" / "teaches.yaml"
    teaches.write_text("teaches:\n"
                       "  - {idea: labor, section: sorting, by: activity, evidence: hand out the cards}\n"
                       "  - {idea: known, section: opening, by: q-heard, evidence: recruited by someone they know}\n",
                       encoding="utf-8")
    result = check_content(mini_curriculum)
    assert result.problems == []
    assert [(p.section_id, p.by) for idea in result.curriculum.coverage for p in idea.places] == [
        ("sorting", "activity"), ("opening", "q-heard")]
    for change, message in [
        (("hand out the cards", "fishing boats on the coast"),
         "teaches.yaml:2: [lint] teaching point 'labor': activity of section 'sorting' does not say "
         "\"fishing boats on the coast\""),
        (("hand out the cards", "farm work"), "needs at least 4 words"),
        (("by: q-heard", "by: q-other"), "'by' must be 'activity' or a question of section 'opening' (q-heard)"),
        (("section: opening, by: q-heard", "section: opening, by: activity"), "section 'opening' has no activity"),
        (("section: opening, by: q-heard, evidence: recruited by someone they know",
          "section: sorting, by: activity, evidence: Hand out the  cards"), "is also used by sample, line 2"),
        (("idea: known", "idea: unknown"), "there is no idea 'unknown' in coverage.yaml"),
    ]:
        original = teaches.read_text(encoding="utf-8")
        teaches.write_text(original.replace(*change), encoding="utf-8")
        found = [str(p) for p in check_content(mini_curriculum).problems]
        assert any(message in p for p in found), (message, found)
        teaches.write_text(original, encoding="utf-8")
    teaches.write_text("teaches:\n  - {idea: labor, section: sorting, by: activity, evidence: hand out the cards}\n",
                       encoding="utf-8")
    assert [str(p) for p in check_content(mini_curriculum).problems] == [
        f"{coverage}:5: [lint] idea 'known' is taught by no question or activity (list it in a module's teaches.yaml)"]


