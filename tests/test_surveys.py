"""The pre/post surveys as a facilitator prints and counts them: fair items, one instrument per audience, a look-back
form for adult trainings, answer keys that are right, and records that still read older items."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from pathlib import Path

import pytest

from facilitator.core.content.surveys import (
    AUDIENCE_INSTRUMENTS,
    CHECK_IN_CONSTRUCT,
    adult_instrument,
    asked_items,
    is_check_in,
    is_retired,
    survey_handout,
)
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutRequest, handout_specs
from facilitator.core.records.model import SessionRecord, Tally
from facilitator.core.records.validation import SessionDraft, validate
from facilitator.core.reports.view import curriculum_report
from facilitator.render.handouts import handout_pdf

DATE = dt.date(2026, 12, 3)
LANGUAGES = ("en", "es")
CHECK_INS = ("felt-upset", "felt-unsafe")
NEGATION = {"en": r"\b(not|never|no|don't|doesn't|can't|cannot|won't)\b", "es": r"\b(no|nunca|ni|jamás)\b"}


@pytest.fixture(scope="module")
def maker(curriculum) -> Handouts:
    return Handouts(curriculum)


@pytest.fixture(scope="module")
def survey(curriculum):
    return curriculum.survey


def shown(maker: Handouts, handout: str, language: str, modules: tuple[str, ...] = (), **extra) -> str:
    """The handout's words as printed (tags gone, one space between words)."""
    made = maker.make(HandoutRequest(handout, (language,), modules=modules, school="Carrboro", date=DATE, **extra))
    markup = re.sub(r"<style.*?</style>", " ", " ".join(part.html for part in made.parts), flags=re.S)
    markup = re.sub(r"<img[^>]*src=\"circle\"[^>]*>", " (o) ", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def words(text: str) -> int:
    return len(text.split())


def active(survey) -> list:
    return [item for item in survey.items.values() if not is_retired(item)]


# --- the items themselves ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_right_answer_is_cued_by_length_quotes_or_negation(survey, language) -> None:
    text = survey.texts[language]
    for item in active(survey):
        if item.kind != "choice":
            continue
        options = text.items[item.id].options
        key, others = options[item.answer], [v for k, v in options.items() if k != item.answer]
        assert len(options) >= 4, f"{item.id}: three options, one of them a giveaway, make a ceiling at pre-test"
        assert words(key) <= max(words(o) for o in others), f"{item.id} ({language}): the key is the longest option"
        assert not any(mark in o for o in options.values() for mark in '"“”«»'), f"{item.id}: quotes in an option"
        negated = [bool(re.search(NEGATION[language], o, re.I)) for o in others]
        if re.search(NEGATION[language], key, re.I):
            assert any(negated), f"{item.id} ({language}): the key is the only option with a negation"
        assert "(" not in key, f"{item.id} ({language}): only the key explains its terms in brackets"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_prompt_has_scare_quotes_and_youth_sentences_are_short(survey, language) -> None:
    text = survey.texts[language]
    for item in active(survey):
        prompt = text.items[item.id].prompt
        assert not re.search(r'["“”«»]', prompt), f"{item.id} ({language}): quotes signal the expected answer"
    for item_id in survey.instruments["youth"]:
        prompt = text.items[item_id].prompt
        longest = max(words(s) for s in re.split(r"(?<=[.?!])\s+", prompt))
        assert longest <= 24, f"{item_id} ({language}): a {longest}-word sentence is too long for grade 6"
    split = text.items["minors-no-force"].prompt
    assert len(re.findall(r"[.?!](\s|$)", split)) >= 3 and max(words(s) for s in split.split(".")) <= 20


def test_felt_safe_is_split_into_two_check_ins_that_are_never_scored(survey, curriculum) -> None:
    old = survey.items["felt-safe"]
    assert is_retired(old), "the double-barrelled item is kept for old records but asked no more"
    assert not any("felt-safe" in ids for ids in survey.instruments.values())
    assert not [(m.id, i) for m in curriculum.modules for i in m.spec.survey_items if is_retired(survey.items[i])]
    for item_id in CHECK_INS:
        item = survey.items[item_id]
        assert is_check_in(item) and item.construct == CHECK_IN_CONSTRUCT and item.asked == ("post",)
        assert all(item_id in ids for ids in survey.instruments.values()), f"every instrument asks {item_id}"
    assert "upset" in survey.texts["en"].items["felt-upset"].prompt
    assert "unsafe" in survey.texts["en"].items["felt-unsafe"].prompt
    for item_id in CHECK_INS:
        prompt = survey.texts["en"].items[item_id].prompt
        assert " or " not in prompt and " and " not in prompt, f"{item_id} asks two things"


def test_every_construct_has_two_items_and_blame_is_rejected_in_positive_words(survey) -> None:
    for construct in survey.constructs:
        assert len([i for i in active(survey) if i.construct == construct]) >= 2, construct
    positive = [i for i in active(survey) if i.construct == "rejecting-blame" and i.answer == "agree"]
    assert len(positive) >= 2, "two blame items where agreeing is the hoped-for answer"
    for item in positive:
        assert item.id in survey.instruments["youth"], "young people get the positively worded blame items"
    assert "not-victims-fault" not in survey.instruments["youth"], "no reverse-keyed negative for grade 6 readers"


def test_intention_items_say_what_the_person_would_do(survey) -> None:
    english, spanish = survey.texts["en"].items, survey.texts["es"].items
    assert re.match(r"If a friend told me .*, I would tell a trusted adult\.$", english["tell-adult-friend"].prompt)
    assert "se lo diría a una persona adulta de confianza" in spanish["tell-adult-friend"].prompt
    for item_id, instrument in (("tell-adult-friend", "youth"), ("intend-report", "parents"),
                                ("intend-share-help", "community")):
        assert re.match(r"If .*, I would ", english[item_id].prompt), item_id
        assert item_id in survey.instruments[instrument], (item_id, instrument)


def test_the_spanish_grammar_the_review_pointed_out_is_fixed(survey) -> None:
    spanish = survey.texts["es"].items
    assert "conoce a quien la somete a trata, lo quiere o confía en esa persona" in \
        spanish["recruiters-known"].explanation
    assert "conoce, quiere o confía" not in spanish["recruiters-known"].explanation
    assert all("No salió mal" not in text.short for text in spanish.values())
    assert "No terminó alterado" in spanish["felt-safe"].short


def test_every_item_a_survey_asks_is_taught_to_that_audience(survey, curriculum) -> None:
    for name, ids in survey.instruments.items():
        teaching = [m for m in curriculum.modules
                    if any(AUDIENCE_INSTRUMENTS.get(a) == name for a in m.spec.audiences)]
        taught = {i for m in teaching for i in m.spec.survey_items}
        missing = [i for i in ids if i not in taught and not is_check_in(survey.items[i])]
        assert not missing, f"the {name} survey asks what no {name} module teaches: {missing}"


def test_instruments_fit_parents_school_staff_and_workers(survey) -> None:
    parents, educators, community = (set(survey.instruments[n]) for n in ("parents", "educators", "community"))
    assert not parents & {"worker-rights", "immigration-coercion", "trafficking-vs-smuggling", "reporting-duty"}
    assert {"child-tells", "secret-gifts", "intend-report"} <= parents
    assert {"respond-confidence", "report-confidence", "reporting-duty", "promise-secrecy"} <= educators
    assert {"worker-rights", "immigration-coercion", "help-in-language"} <= community
    assert not community & {"reporting-duty", "child-tells", "grooming-signs"}
    assert len({frozenset(ids) for ids in survey.instruments.values()}) == len(survey.instruments)


@pytest.mark.parametrize(("audience", "handout"), [
    ("grades_6_8", "survey-youth"), ("grades_9_12", "survey-youth"), ("parents", "survey-parents"),
    ("educators", "survey-educators"), ("facilitators", "survey-educators"), ("community", "survey-community"),
    ("adults", "survey-adult")])
def test_a_plans_audience_names_its_survey_handout(survey, audience, handout) -> None:
    assert survey_handout(survey, audience) == handout
    assert handout in {spec.id for spec in handout_specs()}


def test_survey_adult_picks_the_instrument_from_the_modules(survey, curriculum) -> None:
    def audiences(*modules: str) -> set[str]:
        return {a for m in modules for a in curriculum.module(m).spec.audiences}

    assert adult_instrument(survey, audiences("parents-and-caregivers", "what-is-trafficking")) == "parents"
    assert adult_instrument(survey, audiences("educators-and-professionals")) == "educators"
    assert adult_instrument(survey, audiences("facilitator-foundations")) == "educators"
    assert adult_instrument(survey, audiences("worker-rights-and-immigrant-communities")) == "community"
    assert adult_instrument(survey, audiences("what-is-trafficking", "root-causes")) == "adult"
    assert adult_instrument(survey, audiences("jobs-and-labor-trafficking")) == "community", "also for worker groups"
    assert adult_instrument(survey, audiences("parents-and-caregivers", "educators-and-professionals")) == "adult"


# --- what prints ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_printed_youth_survey_has_the_split_items_in_each_language(maker, survey, language) -> None:
    text = survey.texts[language].items
    printed = shown(maker, "survey-youth", language)
    for item_id in survey.instruments["youth"]:
        assert text[item_id].prompt in printed, item_id
    assert text["felt-safe"].prompt not in printed
    after_only = {"en": "(Answer after the session only.)", "es": "(Contesta solo después de la sesión.)"}[language]
    assert printed.count(after_only) == 2
    assert {"en": "Do not write your name.", "es": "No escribas tu nombre."}[language] in printed


def test_a_plans_survey_asks_what_its_modules_teach(maker, survey) -> None:
    text = survey.texts["en"].items
    printed = shown(maker, "survey-youth", "en", ("online-safety-and-sextortion",))
    for item_id in ("grooming-signs", "sextortion-response", "tell-adult-friend", *CHECK_INS):
        assert text[item_id].prompt in printed, item_id
    assert text["no-movement"].prompt not in printed and text["minors-no-force"].prompt not in printed
    assert asked_items(survey, "youth", ("worker-rights",)) == survey.instruments["youth"], \
        "a plan that teaches none of the items gets the whole instrument"


@pytest.mark.parametrize("language", LANGUAGES)
def test_instruments_differ_by_audience_on_paper(maker, survey, language) -> None:
    text, names = survey.texts[language].items, survey.texts[language].instruments
    parents = shown(maker, "survey-adult", language, ("parents-and-caregivers",))
    staff = shown(maker, "survey-adult", language, ("educators-and-professionals",))
    workers = shown(maker, "survey-adult", language, ("worker-rights-and-immigrant-communities",))
    assert names["parents"][0] in parents and text["child-tells"].prompt in parents
    assert text["worker-rights"].prompt not in parents and text["respond-confidence"].prompt not in parents
    assert names["educators"][0] in staff
    for item_id in ("respond-confidence", "report-confidence", "reporting-duty", "promise-secrecy"):
        assert text[item_id].prompt in staff, item_id
    assert names["community"][0] in workers and text["worker-rights"].prompt in workers
    assert text["child-tells"].prompt not in workers and text["reporting-duty"].prompt not in workers
    assert shown(maker, "survey-parents", language) != shown(maker, "survey-educators", language)
    if language == "es":
        assert "No escriba su nombre" in parents or "no escriba su nombre" in parents
        assert "(Conteste solo después de la sesión.)" in parents and "escribas" not in parents


def test_the_print_pack_prints_the_parents_survey_for_a_parents_plan(maker, survey) -> None:
    requests = maker.print_pack(["parents-and-caregivers"], ("en",), "single", "letter", "Carrboro", DATE)
    [request] = [r for r in requests if r.handout.startswith("survey-")]
    made = maker.make(request)
    page = " ".join(part.html for part in made.parts)
    assert html.escape(survey.texts["en"].instruments["parents"][0]) in page
    assert html.escape(survey.texts["en"].items["child-tells"].prompt, quote=False) in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_look_back_form_has_a_before_and_a_now_column(maker, survey, language) -> None:
    printed = shown(maker, "survey-retrospective", language, ("educators-and-professionals",))
    before, now = {"en": ("Before", "Now"), "es": ("Antes", "Ahora")}[language]
    ids = asked_items(survey, "educators", maker.curriculum.module("educators-and-professionals").spec.survey_items)
    assert printed.count(f"{before} {now}") == len(ids), "both columns over every item"
    circles = sum(2 * len(survey.items[i].marks) if "pre" in survey.items[i].asked else len(survey.items[i].marks)
                  for i in ids)
    assert printed.count("(o)") == circles, "two circles a line, one for the check-ins (asked for now only)"
    assert survey.texts[language].instruments["educators"][0] in printed
    assert {"en": "Answer each question twice", "es": "Conteste cada pregunta dos veces"}[language] in printed
    assert {"en": "Before the session", "es": "Antes de la sesión"}[language] not in printed, "given once, at the end"


def test_the_look_back_form_prints_in_both_languages_side_by_side(maker, tmp_path: Path) -> None:
    workers = ("worker-rights-and-immigrant-communities",)
    made = maker.make(HandoutRequest("survey-retrospective", LANGUAGES, "side", workers))
    path = tmp_path / "look-back.pdf"
    path.write_bytes(handout_pdf([made]))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Look-back survey: before this training and now" in text
    assert "Encuesta retrospectiva: antes de esta capacitación y ahora" in text
    assert "Before Now" in text and "Antes Ahora" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_keys_are_right_and_explain_the_check_ins_and_the_look_back_form(maker, survey, language) -> None:
    text = survey.texts[language]
    answer, why = {"en": ("Answer:", "Why:"), "es": ("Respuesta:", "Por qué:")}[language]
    for module in ("educators-and-professionals", "parents-and-caregivers", "worker-rights-and-immigrant-communities",
                   "what-is-trafficking"):
        key = shown(maker, "answer-key", language, (module,))
        taught = set(maker.curriculum.module(module).spec.survey_items)
        for item in active(survey):
            printed = re.findall(re.escape(f"{text.items[item.id].prompt} {answer}") + r" (.*?) " + re.escape(why), key)
            assert bool(printed) == (item.id in taught or is_check_in(item)), (module, item.id)
            if is_check_in(item):
                expected = {"en": "No right or wrong answer", "es": "No hay respuesta correcta"}[language]
            elif item.kind == "choice":
                expected = f"{item.answer.upper()}. {text.items[item.id].options[item.answer]}"
            elif item.kind == "true_false":
                expected = text.true_label if item.answer == "true" else text.false_label
            else:
                expected = f"{text.scale[item.answer]} / {text.scale['strongly_' + item.answer]}"
            assert all(p.startswith(expected) for p in printed), (module, item.id, printed)
        look_back = {"en": "The look-back survey (adult trainings)",
                     "es": "La encuesta retrospectiva (capacitaciones para personas adultas)"}[language]
        assert look_back in key, module
    youth_only = shown(maker, "answer-key", language, ("getting-help",))
    assert text.instruments["youth"][0] in youth_only
    assert {"en": "look-back", "es": "retrospectiva"}[language] not in youth_only.lower()


@pytest.mark.parametrize(("module", "handout", "instrument"), [
    ("parents-and-caregivers", "survey-adult", "parents"), ("what-is-trafficking", "survey-youth", "youth"),
    ("what-is-trafficking", "survey-adult", "adult"), ("facilitator-foundations", "survey-educators", "educators")])
def test_answer_key_numbers_match_the_printed_survey(maker, survey, module, handout, instrument) -> None:
    key = shown(maker, "answer-key", "en", (module,))
    form = shown(maker, handout, "en", (module,))
    heading = survey.texts["en"].instruments[instrument][0]
    assert heading in form and heading in key
    section = key.split(heading, 1)[1]
    for number, item_id in enumerate(asked_items(survey, instrument, maker.curriculum.module(module).spec.survey_items),
                                     start=1):
        prompt = survey.texts["en"].items[item_id].prompt
        assert f"{number}. {prompt}" in section and f"{number}. {prompt}" in form, item_id


def test_tally_sheet_lists_the_survey_and_says_how_to_count_check_ins_and_look_back(maker, survey) -> None:
    sheet = shown(maker, "tally-sheet", "es", ("worker-rights-and-immigrant-communities",))
    for item_id in survey.instruments["community"]:
        assert survey.texts["es"].items[item_id].prompt in sheet, item_id
    assert "(bienestar) — —" in sheet, "no before counts for the check-ins"
    assert "cuente su columna «Antes» como antes y su columna «Ahora» como después" in sheet


# --- records and reports ----------------------------------------------------------------------------------------
def test_records_and_reports_still_read_the_retired_item_and_count_the_check_ins(store, curriculum) -> None:
    site = store.save_site("Carrboro High School", "school", "Orange").id
    draft = SessionDraft(date="2026-10-01", site_id=site, audience="grades_6_8", participants="25",
                         modules=("getting-help",), minutes="45",
                         tallies=(("felt-upset", "post", "24", ""), ("felt-unsafe", "post", "24", "")),
                         marks={("felt-upset", "post"): {"strongly_disagree": "10", "disagree": "8", "agree": "6"},
                                ("felt-unsafe", "post"): {"strongly_disagree": "20", "disagree": "3", "agree": "1"}})
    record, errors = validate(draft, curriculum, dt.date(2026, 10, 2))
    assert errors == [] and record is not None
    assert {t.item_id: (t.answered, t.correct) for t in record.tallies} == {"felt-upset": (24, 18),
                                                                            "felt-unsafe": (24, 23)}
    store.save_session(record)
    store.save_session(SessionRecord(date=dt.date(2026, 9, 1), site_id=site, audience="grades_6_8", participants=20,
                                     modules=("getting-help",), tallies=(Tally("felt-safe", "post", 20, 17),)))
    view, _ = curriculum_report(store, curriculum, dt.date(2026, 9, 1), dt.date(2026, 12, 31), "en")
    tables = {table.key: table for table in view.tables}
    assert {row[0] for row in tables["item"].rows} == {
        "Not left upset (check-in)", "Not left feeling unsafe (check-in)", "Did not leave upset or unsafe (old item)"}
    [check_ins] = tables["construct"].rows
    assert check_ins[0].startswith("Whether the session left participants upset or unsafe")
    assert check_ins[4:6] == (68, 58)


def test_a_print_pack_carries_one_survey_the_groups_and_its_answer_key(maker, survey) -> None:
    pack = maker.print_pack(["what-is-trafficking", "parents-and-caregivers"], ("en",), "single", "letter",
                            audience="adults")
    forms = [r.handout for r in pack if r.handout.startswith("survey-")]
    assert forms == ["survey-adult"], "one form, whatever forms the modules list"
    for_class = maker.print_pack(["what-is-trafficking"], ("en",), "single", "letter", audience="grades_9_12")
    assert [r.handout for r in for_class if r.handout.startswith("survey-")] == ["survey-youth"]
    key = next(r for r in for_class if r.handout == "answer-key")
    html = maker.make(key).parts[0].html
    youth_title = survey.texts["en"].instruments["youth"][0]
    adult_title = survey.texts["en"].instruments["adult"][0]
    assert youth_title in html and adult_title not in html, "the key answers the form the class was given"
