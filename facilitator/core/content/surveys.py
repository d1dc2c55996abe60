"""The pre/post survey: items with answer keys, grouped into instruments that fit each audience.

Structure (constructs, kinds, options, answers, which instrument asks what) is kept apart from each language's
wording, as for modules, so the validator can prove that every language asks the same questions.

Instruments: youth (grades 6-12), parents, educators (school staff and facilitators), community (workers) and adult
(any other adult group). A printed survey asks the items of one instrument that the plan's modules teach, plus the
check-ins. A retired item stays (records and reports still name it) but is asked at no time: `asked` is empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..model import AGREE_SCALE, SURVEY_TIMES, ItemText, Survey, SurveyItem, SurveyText
from .fields import Fields
from .problems import Problem, Severity
from .yamlsource import read_yaml

ITEM_KINDS = ("choice", "true_false", "agree_scale")
INSTRUMENT_SIZE = (8, 12)
CHECK_IN_CONSTRUCT = "felt-safe"
"""Items of this construct are check-ins after the session: no right answer; `answer` is only the side reports count."""
ADULT_INSTRUMENT = "adult"
AUDIENCE_INSTRUMENTS = {"grades_6_8": "youth", "grades_9_12": "youth", "parents": "parents",
                        "educators": "educators", "facilitators": "educators", "community": "community",
                        "adults": ADULT_INSTRUMENT}
"""Which instrument fits each audience of a plan or module."""
SURVEY_HANDOUTS = {"youth": "survey-youth", "parents": "survey-parents", "educators": "survey-educators",
                   "community": "survey-community", ADULT_INSTRUMENT: "survey-adult"}
"""The handout that prints each instrument (survey-adult picks the adult instrument from the plan's modules)."""
RETROSPECTIVE_HANDOUT = "survey-retrospective"
"""One form at the end of an adult training: each item answered for "before this training" and for "now"."""


def is_check_in(item: SurveyItem) -> bool:
    return item.construct == CHECK_IN_CONSTRUCT


def is_retired(item: SurveyItem) -> bool:
    return not item.asked


def adult_instrument(survey: Survey, audiences: Iterable[str]) -> str:
    """The adult instrument for a group: parents, educators or community when the audiences name exactly one of
    them (a parents' module with the general "what trafficking is" module is still a parents' session), else adult."""
    specific = {AUDIENCE_INSTRUMENTS[a] for a in audiences
                if AUDIENCE_INSTRUMENTS.get(a) not in (None, "youth", ADULT_INSTRUMENT)}
    chosen = specific.pop() if len(specific) == 1 else ADULT_INSTRUMENT
    return chosen if chosen in survey.instruments else ADULT_INSTRUMENT


def instrument_for(survey: Survey, audience: str) -> str:
    """The instrument for a plan's audience (youth for grades 6-12)."""
    if AUDIENCE_INSTRUMENTS.get(audience) == "youth":
        return "youth"
    return adult_instrument(survey, (audience,))


def survey_handout(survey: Survey, audience: str) -> str:
    """The survey handout a plan for `audience` prints."""
    return SURVEY_HANDOUTS.get(instrument_for(survey, audience), SURVEY_HANDOUTS[ADULT_INSTRUMENT])


def asked_items(survey: Survey, instrument: str, taught: Iterable[str] | None = None) -> tuple[str, ...]:
    """The ids a printed survey asks, in the instrument's order: the items the modules teach (`taught`; None: all)
    plus the check-ins. When the modules teach none of the instrument's items, the whole instrument."""
    ids = survey.instruments[instrument]
    if taught is None:
        return ids
    wanted = set(taught)
    chosen = tuple(i for i in ids if i in wanted or is_check_in(survey.items[i]))
    return chosen if any("pre" in survey.items[i].asked for i in chosen) else ids


def load_survey(folder: Path, languages: tuple[str, ...], problems: list[Problem]) -> Survey | None:
    path = folder / "items.yaml"
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return None
    f = Fields(path, data, problems, "survey")
    f.integer("version", minimum=1)
    constructs = f.ids("constructs")
    items = _items(f, constructs)
    instruments = _instruments(f, items)
    f.finish()
    source_language = languages[0]
    texts: dict[str, SurveyText] = {}
    for language in languages:
        text_path = folder / f"{language}.yaml"
        text_data, text_problems = read_yaml(text_path)
        problems += text_problems
        if text_data is not None:
            texts[language] = _text(text_path, text_data, problems, language, source_language, constructs,
                                    instruments, items)
    source = texts.get(source_language)
    for text in texts.values():
        if source and text.is_translation and text.version < source.version:
            problems.append(Problem(text.path, 1, f"stale translation: translates version {text.version} of "
                                                  f"{source.path.name}, which is now at version {source.version}",
                                    Severity.STALE))
    return Survey(constructs, instruments, items, texts)


def _items(f: Fields, constructs: tuple[str, ...]) -> dict[str, SurveyItem]:
    items: dict[str, SurveyItem] = {}
    for index, (value, line) in enumerate(f.entries("items")):
        i = Fields(f.path, value, f.problems, f"survey item {index + 1}", line)
        item_id, construct, kind = i.text("id"), i.text("construct"), i.text("kind")
        if construct and construct not in constructs:
            i.problem(i.line_of("construct"), f"{i.where}: construct '{construct}' is not in 'constructs'")
        if kind and kind not in ITEM_KINDS:
            i.problem(i.line_of("kind"), f"{i.where}: kind '{kind}' is not one of {', '.join(ITEM_KINDS)}")
        options = i.ids("options", required=kind == "choice") if kind == "choice" else ()
        answer = _answer(i, kind, options)
        asked = i.ids("asked", SURVEY_TIMES, required=False) or SURVEY_TIMES
        if i.boolean("retired", default=False):
            asked = ()
        i.finish()
        if construct == CHECK_IN_CONSTRUCT and (kind != "agree_scale" or "pre" in asked):
            i.problem(i.line, f"{i.where}: a check-in ({CHECK_IN_CONSTRUCT}) is an agree_scale item asked after "
                              "the session only (asked: [post])")
        if item_id in items:
            i.problem(i.line_of("id"), f"{i.where}: id '{item_id}' is used twice")
        items[item_id] = SurveyItem(item_id, construct, kind, answer, options, asked, i.line)
    return items


def _answer(i: Fields, kind: str, options: tuple[str, ...]) -> str:
    value = i.raw("answer")
    allowed: tuple[Any, ...] = {"choice": options, "true_false": (True, False),
                                "agree_scale": ("agree", "disagree")}.get(kind, ())
    if value is not None and value not in allowed:
        shown = ", ".join(str(a).lower() for a in allowed)
        i.problem(i.line_of("answer"), f"{i.where}: answer {value!r} must be one of: {shown}")
    return str(value).lower() if isinstance(value, bool) else str(value)


def _instruments(f: Fields, items: dict[str, SurveyItem]) -> dict[str, tuple[str, ...]]:
    raw = f.mapping("instruments")
    if raw is None:
        return {}
    low, high = INSTRUMENT_SIZE
    g = Fields(f.path, raw, f.problems, "survey: instruments")
    result = {}
    for name in raw:
        chosen = g.ids(name, items.keys())
        for item_id in chosen:
            if is_retired(items[item_id]):
                g.problem(raw.line_of(name), f"{g.where}: '{name}' lists '{item_id}', which is retired")
        if not low <= len(chosen) <= high:
            g.problem(raw.line_of(name), f"{g.where}: '{name}' has {len(chosen)} items; it needs {low} to {high}")
        result[name] = chosen
    return result


def _text(path: Path, data: Any, problems: list[Problem], language: str, source_language: str,
          constructs: tuple[str, ...], instruments: Mapping[str, tuple[str, ...]],
          items: Mapping[str, SurveyItem]) -> SurveyText:
    f = Fields(path, data, problems, language)
    is_translation = language != source_language
    if is_translation:
        t = Fields(path, f.raw("translates"), problems, f"{language}: translates", f.line_of("translates"))
        t.text("language")
        version = t.integer("version", minimum=1)
        t.finish()
    else:
        version = f.integer("version", minimum=1)
    f.text("language")
    names = {}
    for name, value in f.keyed("instruments", tuple(instruments), "instrument").items():
        g = Fields(path, value, problems, f"{language}: instrument '{name}'", f.line_of("instruments"))
        names[name] = (g.text("title"), g.text("instructions"))
        g.finish()
    scale = {k: str(v) for k, v in f.keyed("scale", AGREE_SCALE, "scale point").items()}
    construct_names = {k: str(v) for k, v in f.keyed("constructs", constructs, "construct").items()}
    item_texts = {}
    for item_id, value in f.keyed("items", tuple(items), "item").items():
        item = items[item_id]
        g = Fields(path, value, problems, f"{language}: item '{item_id}'", f.line_of("items"))
        options = g.keyed("options", item.options, "option") if item.options else {}
        item_texts[item_id] = ItemText(g.text("prompt"), g.text("explanation"),
                                       {k: " ".join(str(v).split()) for k, v in options.items()}, g.text("short"))
        g.finish()
    text = SurveyText(language, version, is_translation, names, scale, f.text("true_label"), f.text("false_label"),
                      construct_names, item_texts, path)
    f.finish()
    return text

