"""What each handout template is given: typed contexts, one dataclass per kind of handout, as Datasette does.

A user template (the data folder's templates/) receives exactly these names, so they are a contract:
docs/handout-templates.md documents every one, and a test renders each bundled template and checks the names it got
against that document. A field added here and not there fails the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from ..bidi import isolated
from ..content import surveys
from ..model import YOUTH_AUDIENCES, Curriculum, Helpline, ItemText, Labels, Module, ModuleText, SurveyItem, SurveyText
from ..teach.presenting import SafetyPanel, safety_panel
from .agency import AgencyProfile
from .registry import HandoutError, HandoutRequest, HandoutSpec, strings


@dataclass(frozen=True)
class HelpRow:
    """One line of the help box, in the handout's language."""

    helpline: Helpline
    name: str
    purpose: str
    keyword: str
    """The word to text, in the handout's language (else English); empty when the line takes no keyword."""


@dataclass(frozen=True)
class NumbersChecked:
    """What the printed numbers' dates honestly say."""

    confirmed: bool
    """True: confirmed with every service; False: only checked against published sources."""
    date: dt.date
    """The oldest confirmation (or check) among the printed numbers."""


@dataclass(frozen=True)
class SurveyEntry:
    item: SurveyItem
    text: ItemText
    check_in: bool
    """How the participant feels: no right answer, and not scored."""
    post_only: bool
    """Asked only after the session."""


@dataclass(frozen=True)
class SurveySection:
    """One instrument's questions (the answer key and the tally sheet may hold several)."""

    id: str
    instrument: tuple[str, str]
    """(title, instructions)."""
    items: list[SurveyEntry]


@dataclass(frozen=True, kw_only=True)
class HandoutContext:
    """What every handout's template gets."""

    lang: str
    rtl: bool
    t: Mapping[str, Any]
    title: str
    handout: str
    agency: AgencyProfile
    has_logo: bool
    date: dt.date | None
    school: str
    participant: str
    today: dt.date
    modules: list[tuple[Module, ModuleText]]
    help: list[HelpRow]
    checks: NumbersChecked | None
    labels: Labels | None
    adults: bool
    frame: bool = True
    """False while the blocks of two languages are rendered for side by side: the frame is drawn once, around both."""

    def names(self) -> dict[str, Any]:
        """The template's variables, field by field (shallow: each field's own objects are given as they are)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, kw_only=True)
class ParentLetterContext(HandoutContext):
    return_by: dt.date | None
    consent: str
    """opt_out or opt_in: the key of the rule's wording under t.parent_letter."""


@dataclass(frozen=True, kw_only=True)
class SafetyCardContext(HandoutContext):
    safety: SafetyPanel


@dataclass(frozen=True, kw_only=True)
class SurveyContext(HandoutContext):
    """The survey forms, the answer key and the tally sheet."""

    items: list[SurveyEntry]
    sections: list[SurveySection]
    survey_text: SurveyText
    instrument: tuple[str, str]
    instrument_id: str
    retrospective: bool
    retrospective_note: bool
    sw: Mapping[str, Any]


SURVEY_CONTEXT_HANDOUTS = frozenset({*surveys.SURVEY_HANDOUTS.values(), surveys.RETROSPECTIVE_HANDOUT, "answer-key",
                                     "tally-sheet"})


class Contexts:
    """Builds the contexts from one curriculum, the agency profile and its local helplines. Text the agency or the
    facilitator typed is isolated (see `isolated`), so it keeps its own direction and cannot reorder what follows."""

    def __init__(self, curriculum: Curriculum, agency: AgencyProfile, has_logo: bool,
                 local_helplines: Sequence[Helpline]) -> None:
        self.curriculum = curriculum
        self.agency = replace(agency, name=isolated(agency.name), address=isolated(agency.address),
                              phone=isolated(agency.phone), website=isolated(agency.website))
        self.has_logo = has_logo
        self.local_helplines = tuple(local_helplines)

    def context(self, handout: HandoutSpec, request: HandoutRequest, language: str) -> HandoutContext:
        words = strings(language)
        content_language = language if language in self.curriculum.languages else "en"
        modules = [self.curriculum.module(m) for m in request.modules]
        youth = handout.id != "parent-letter" and for_youth(request.audience, modules)  # the letter: parents
        if youth:
            words = _merged(words, words.get("youth", {}))
        help_rows = self._help(language, modules)
        base = HandoutContext(
            lang=language, rtl=words.get("direction") == "rtl", t=words, title=words["titles"][handout.id],
            handout=handout.id, agency=self.agency, has_logo=self.has_logo, date=request.date,
            school=isolated(request.school), participant=isolated(request.participant), today=dt.date.today(),
            modules=[(m, m.text(content_language)) for m in modules], help=help_rows, checks=_checks(help_rows),
            labels=self.curriculum.labels.get(content_language), adults=not youth)
        if handout.id == "parent-letter":
            return ParentLetterContext(**base.names(), return_by=request.slip_due,
                                       consent=request.consent.replace("-", "_"))
        if handout.id == "safety-card":
            return SafetyCardContext(**base.names(),
                                     safety=safety_panel(self.curriculum, content_language, self.local_helplines))
        if handout.id in SURVEY_CONTEXT_HANDOUTS:
            return self._survey_context(base, content_language, modules, request.audience)
        return base

    def _help(self, language: str, modules: Sequence[Module] = ()) -> list[HelpRow]:
        """The help box: the national lines everyone needs, then those the modules' text promises, then the
        agency's local entries."""
        resources = self.curriculum.resources
        promised = [i for m in modules for i in m.spec.help]
        local_ids = {h.id for h in self.local_helplines}  # an agency's entry replaces the bundled one of its id
        bundled = resources.printed(promised) if resources else []
        chosen = [h for h in bundled if h.id not in local_ids] + list(self.local_helplines)
        own = strings(language).get("helplines", {})
        rows = []
        for helpline in chosen:
            words = own.get(helpline.id, {})
            keywords = helpline.text_keywords or {}
            typed = isolated if helpline.id in local_ids else str  # the agency's own entries are typed text
            rows.append(HelpRow(helpline,
                                typed(words.get("name") or helpline.name.get(language) or helpline.name["en"]),
                                typed(words.get("for") or helpline.purpose.get(language) or helpline.purpose["en"]),
                                keywords.get(language) or keywords.get("en", "")))
        return rows

    def _survey_context(self, base: HandoutContext, language: str, modules: list[Module],
                        audience: str = "") -> SurveyContext:
        """What a survey, its look-back form, the answer key or the tally sheet prints. A survey prints the instrument
        its handout names; survey-adult and the look-back form take the adult instrument that fits the modules'
        audiences (parents, educators, community, else adult). Every form asks what the modules teach, plus the
        check-ins; the answer key and tally sheet follow the audience's instrument when the audience is known, and
        otherwise each instrument the modules' audiences use."""
        survey, handout_id = self.curriculum.survey, base.handout
        if survey is None:
            raise HandoutError("the curriculum has no survey instrument", "no_survey")
        text = survey.texts[language]
        audiences = {a for m in modules for a in m.spec.audiences}
        taught = {i for m in modules for i in m.spec.survey_items} if modules else None
        adult = surveys.adult_instrument(survey, audiences)
        named = {handout: name for name, handout in surveys.SURVEY_HANDOUTS.items()}.get(handout_id)
        shown: list[str]
        if handout_id in ("answer-key", "tally-sheet") and audience:
            shown = [surveys.instrument_for(survey, audience)]
        elif handout_id in ("answer-key", "tally-sheet"):
            youth = "youth" in survey.instruments and bool(audiences & set(YOUTH_AUDIENCES))
            shown = list(survey.instruments) if not modules else (
                ["youth"] * youth + [adult] * bool(audiences - set(YOUTH_AUDIENCES))) or [adult]
        else:
            shown = [named if named is not None and named in survey.instruments
                     and named != surveys.ADULT_INSTRUMENT else adult]

        def entries(instrument: str) -> list[SurveyEntry]:
            return [SurveyEntry(survey.items[i], text.items[i], surveys.is_check_in(survey.items[i]),
                                survey.items[i].asked == ("post",))
                    for i in surveys.asked_items(survey, instrument, taught)]

        sections = [SurveySection(name, text.instruments[name], entries(name)) for name in shown]
        items = list({entry.item.id: entry for section in sections for entry in section.items}.values())
        words = strings(language)["survey"]
        return SurveyContext(**base.names(), items=items, sections=sections, survey_text=text,
                             instrument=sections[0].instrument, instrument_id=shown[0],
                             retrospective=handout_id == surveys.RETROSPECTIVE_HANDOUT,
                             retrospective_note=shown != ["youth"],
                             sw=_merged(words, words.get("youth", {})) if shown == ["youth"] else words)


def _checks(help_rows: list[HelpRow]) -> NumbersChecked | None:
    """Confirmed with every service (and since when), or only checked against published sources (and since when)."""
    printed = [row.helpline for row in help_rows if not row.helpline.placeholder]
    if not printed:
        return None
    confirmed = [h.confirmed for h in printed]
    if all(confirmed):
        return NumbersChecked(True, min(d for d in confirmed if d))
    return NumbersChecked(False, min(h.checked for h in printed))


def _merged(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with the values of `override` put in at the same places."""
    result = dict(base)
    for key, value in override.items():
        result[key] = _merged(base.get(key, {}), value) if isinstance(value, Mapping) else value
    return result


def for_youth(audience: str, modules: Sequence[Module]) -> bool:
    """Whether a handout speaks to young people: the audience says so, or, when it is not known, every module is
    for young people only."""
    if audience:
        return audience in YOUTH_AUDIENCES
    return bool(modules) and all(set(m.spec.audiences) <= set(YOUTH_AUDIENCES) for m in modules)
