"""Running a plan: what each screen shows, the timers, and the session record the run leaves behind.

The facilitator's card carries everything from the guide in the facilitator's language; the audience's card carries
only the section's own projector text (what participants read: prompts, questions, the steps they follow) in the
audience's language, never the facilitator's notes or steps. Time is passed in by the caller (a monotonic clock in
seconds), so a run can be tested without waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import YOUNGEST, Curriculum, Helpline, LegalReference, Question
from ..records.model import SectionRecord, SessionRecord
from .planner import Plan, PlanItem

SHORT_SHARE = 0.2
"""A timer warns when less than this share of its time is left (and at least one minute)."""


@dataclass(frozen=True)
class AudienceCard:
    module_title: str
    title: str
    lines: tuple[str, ...] = ()
    """The section's projector text; a section without one shows its title alone."""


@dataclass(frozen=True)
class FacilitatorCard:
    module_title: str
    title: str
    minutes: int
    core: bool
    talking_points: tuple[str, ...]
    notes: tuple[str, ...]
    younger: tuple[str, ...]
    """How the section changes for grades 6–8; shown only when that is the audience."""
    questions: tuple[Question, ...]
    activity_title: str = ""
    activity_purpose: str = ""
    steps: tuple[str, ...] = ()
    debrief: tuple[str, ...] = ()


def audience_card(curriculum: Curriculum, item: PlanItem, language: str) -> AudienceCard:
    text = curriculum.module(item.module_id).text(language)
    section = text.sections[item.section_id]
    return AudienceCard(text.title, section.title, section.audience)


def facilitator_card(curriculum: Curriculum, item: PlanItem, language: str, audience: str) -> FacilitatorCard:
    module = curriculum.module(item.module_id)
    text = module.text(language)
    section = text.sections[item.section_id]
    activity = section.activity
    return FacilitatorCard(text.title, section.title, item.minutes, item.core, section.talking_points,
                           section.facilitator_notes, section.younger if audience == YOUNGEST else (),
                           section.questions, activity.title if activity else "",
                           activity.purpose if activity else "", activity.steps if activity else (),
                           activity.debrief if activity else ())


@dataclass(frozen=True)
class Warnings:
    """When a timer turns amber and red: minutes left, as the facilitator sets them. Amber None means a fifth of the
    time (at least a minute); red 0 means when the time is over."""

    amber_minutes: int | None = None
    red_minutes: int = 0

    @classmethod
    def from_minutes(cls, amber: int, red: int) -> Warnings:
        """From the two numbers the timers' fields and the settings keep, where an amber of 0 means a fifth of the
        time."""
        return cls(amber or None, red)

    def minutes(self) -> tuple[int, int]:
        """(amber, red) as the fields and the settings keep them: 0 amber for a fifth of the time."""
        return self.amber_minutes or 0, self.red_minutes


def time_state(elapsed_seconds: float, planned_minutes: int, warnings: Warnings = Warnings()) -> str:
    """"on_time", "short" (amber: little time left) or "over" (red), for a timer's colour."""
    planned = planned_minutes * 60
    left = planned - elapsed_seconds
    if left < 0 or (warnings.red_minutes and left <= warnings.red_minutes * 60):
        return "over"
    amber = max(60.0, planned * SHORT_SHARE) if warnings.amber_minutes is None else warnings.amber_minutes * 60
    if left <= amber:
        return "short"
    return "on_time"


@dataclass
class Run:
    """A plan being presented: where we are, and how long each section has taken so far."""

    plan: Plan
    started: float
    started_at: dt.datetime = field(default_factory=dt.datetime.now)
    index: int = 0
    spent: list[float] = field(default_factory=list)
    """Seconds spent on each of the plan's sections."""
    _entered: float = 0.0
    ended: float | None = None

    def __post_init__(self) -> None:
        self.spent = [0.0] * len(self.plan.items)
        self._entered = self.started

    @property
    def item(self) -> PlanItem:
        return self.plan.items[self.index]

    @property
    def next_item(self) -> PlanItem | None:
        return self.plan.items[self.index + 1] if self.index + 1 < len(self.plan.items) else None

    @property
    def is_last(self) -> bool:
        return self.index == len(self.plan.items) - 1

    def go(self, index: int, now: float) -> None:
        """Move to section `index` (kept within the plan), booking the time spent on the one we leave."""
        index = max(0, min(index, len(self.plan.items) - 1))
        self.spent[self.index] += now - self._entered
        self.index, self._entered = index, now

    def spent_so_far(self, now: float) -> list[float]:
        """Seconds on each section, the current one's time so far included (what a saved run keeps)."""
        spent = list(self.spent)
        if self.ended is None:
            spent[self.index] += now - self._entered
        return spent

    def restore(self, index: int, spent: list[float]) -> None:
        """Put back a run saved at `spent`: ended there, at section `index`."""
        self.spent, self.index = list(spent), max(0, min(index, len(self.plan.items) - 1))
        self.ended = self.started + sum(self.spent)
        self._entered = self.ended

    def section_seconds(self, now: float) -> float:
        return self.spent[self.index] + (now - self._entered)

    def session_seconds(self, now: float) -> float:
        return (self.ended if self.ended is not None else now) - self.started

    def section_left(self, now: float) -> float:
        """Seconds left of the section's planned minutes; below zero once it runs over."""
        return self.item.minutes * 60 - self.section_seconds(now)

    def session_left(self, now: float) -> float:
        """Seconds left of the minutes the session was given; below zero once it runs over."""
        return self.plan.minutes_available * 60 - self.session_seconds(now)

    def section_state(self, now: float, warnings: Warnings = Warnings()) -> str:
        return time_state(self.section_seconds(now), self.item.minutes, warnings)

    def session_state(self, now: float, warnings: Warnings = Warnings()) -> str:
        return time_state(self.session_seconds(now), self.plan.minutes_available, warnings)

    def end(self, now: float) -> None:
        if self.ended is None:
            self.spent[self.index] += now - self._entered
            self._entered = now
            self.ended = now


def session_end(plan: Plan, today: dt.datetime) -> dt.datetime:
    """When the session must end (the bell): the plan's start time on `today`'s date, or `today` itself when the plan
    has none, plus the minutes the session was given (not the minutes its sections add up to)."""
    start = today
    if plan.start_time:
        hours, minutes = map(int, plan.start_time.split(":"))
        start = today.replace(hour=hours, minute=minutes, second=0, microsecond=0)
    return start + dt.timedelta(minutes=plan.minutes_available)


def delivered(run: Run, curriculum: Curriculum) -> tuple[SectionRecord, ...]:
    """Every section of the plan's modules as delivered: as written when it was shown (the note says how many
    minutes it took against the plan's), skipped when it was left out of the plan or never reached."""
    spent = {(i.module_id, i.section_id): seconds for i, seconds in zip(run.plan.items, run.spent, strict=True)}
    result = []
    for module_id in _taught_modules(run.plan):
        for spec in curriculum.module(module_id).spec.sections:
            seconds = spent.get((module_id, spec.id), 0.0)
            if seconds >= 1:
                note = f"{round(seconds / 60)} min (plan: {spec.minutes})"
                result.append(SectionRecord(module_id, spec.id, "as_written", note))
            else:
                result.append(SectionRecord(module_id, spec.id, "skipped"))
    return tuple(result)


def session_from_run(run: Run, curriculum: Curriculum, site_id: str = "") -> SessionRecord:
    """The session log's first draft: what the plan and the run already know. Participants are for the
    facilitator to count; the notes say how long each section took, for them to keep or change."""
    minutes = max(1, round(run.session_seconds(run.ended or run.started) / 60))
    languages = tuple(dict.fromkeys((run.plan.audience_language, run.plan.facilitator_language)))
    return SessionRecord(date=run.started_at.date(), site_id=site_id, audience=run.plan.audience, participants=0,
                         modules=_taught_modules(run.plan), minutes=minutes,
                         start_time=run.started_at.strftime("%H:%M"), languages=languages,
                         sections=delivered(run, curriculum))


def _taught_modules(plan: Plan) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.module_id for item in plan.items))


# --- the safety panel -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SafetyPanel:
    language: str
    everyone: tuple[str, ...]
    """What to do whatever the person's age, first."""
    under_18: tuple[str, ...]
    adults: tuple[str, ...]
    reporting: tuple[LegalReference, ...]
    """North Carolina's duties when the person is under 18."""
    confidentiality: tuple[LegalReference, ...]
    """What stays confidential, and its limits, when the person is an adult."""
    helplines: tuple[Helpline, ...]
    """The bundled helplines the panel names, then the agency's local ones (county DSS, local crisis lines)."""
    reporting_heading: str = ""
    """The heading over `reporting`, naming whose law it is (safety.yaml)."""

    def contacts(self, text_word: str) -> list[tuple[str, str]]:
        """Each helpline as (name, "phone · text 233733 · web") in the panel's language; `text_word` says "text"."""
        result = []
        for line in self.helplines:
            ways = (line.phone, line.text and f"{text_word} {line.text}", line.web)
            result.append((_in(line.name, self.language), " · ".join(way for way in ways if way)))
        return result


def safety_panel(curriculum: Curriculum, language: str, local: tuple[Helpline, ...] = ()) -> SafetyPanel:
    safety, resources = curriculum.safety, curriculum.resources
    if safety is None or resources is None:
        return SafetyPanel(language, (), (), (), (), (), local)
    legal: Mapping[str, LegalReference] = {e.id: e for e in resources.legal}
    lines: Mapping[str, Helpline] = {h.id: h for h in resources.helplines}

    def steps(group: str) -> tuple[str, ...]:
        return tuple(_in(step, language) for step in safety.disclosure.get(group, ()))

    return SafetyPanel(language, steps("everyone"), steps("under_18"), steps("adults"),
                       tuple(legal[i] for i in safety.reporting), tuple(legal[i] for i in safety.confidentiality),
                       (*(lines[i] for i in safety.helplines), *local),
                       _in(safety.reporting_heading, language) if safety.reporting_heading else "")


def projector_words(curriculum: Curriculum, language: str) -> dict[str, str]:
    """The projector's own words (pause screen, resources heading) in the audience's language."""
    words = curriculum.safety.projector if curriculum.safety else {}
    return {key: _in(texts, language) for key, texts in words.items()}


def _in(texts: Mapping[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))
