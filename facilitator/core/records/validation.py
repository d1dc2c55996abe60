"""Check a session as typed, field by field. Errors carry a code and values, so each screen words them in its
own language; nothing typed is thrown away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..model import YOUTH_AUDIENCES, Curriculum
from .model import BREAKDOWNS, DELIVERY, FIDELITY, RosterEntry, SectionRecord, SessionRecord, Tally

FAR_FUTURE_DAYS = 31


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    values: Mapping[str, str] = field(default_factory=dict)

    def english(self) -> str:
        """The message for the command line and logs; the app words it with its own translations."""
        text = ENGLISH[self.code]
        for key, value in self.values.items():
            text = text.replace("{" + key + "}", value)
        return f"{self.field}: {text}"


ENGLISH = {
    "required": "this is needed",
    "not_a_number": "'{text}' is not a whole number",
    "negative": "must be 0 or more, not {text}",
    "not_a_date": "'{text}' is not a date",
    "future_date": "{text} is more than a month from today",
    "unknown_module": "there is no module '{text}'",
    "no_module": "choose at least one module",
    "over_total": "the {dimension} counts add up to {sum}, more than the {total} who took part",
    "roster_for_youth": "youth sessions have no roster: record numbers only",
    "unknown_choice": "'{text}' is not one of the choices",
    "correct_over_answered": "{correct} correct is more than the {answered} who answered",
    "not_a_time": "'{text}' is not a time like 10:30",
    "answered_missing": "a number correct needs the number who answered",
    "marks_over_answered": "the answer counts add up to {sum}, more than the {answered} who answered",
}


@dataclass
class SessionDraft:
    """A session as typed into a form: numbers are still text, so a bad entry can be shown and kept."""

    date: str = ""
    site_id: str = ""
    audience: str = ""
    participants: str = ""
    modules: tuple[str, ...] = ()
    minutes: str = ""
    start_time: str = ""
    grade_band: str = ""
    languages: tuple[str, ...] = ("en",)
    facilitators: str = ""
    delivery: str = "in_person"
    sections: tuple[SectionRecord, ...] = ()
    breakdowns: dict[str, dict[str, str]] = field(default_factory=dict)
    tallies: tuple[tuple[str, str, str, str], ...] = ()
    """(item_id, timing, answered, correct) as typed."""
    marks: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    """(item_id, timing) -> option -> how many chose it, as typed."""
    roster: tuple[RosterEntry, ...] = ()
    referrals: str = "0"
    notes: str = ""
    id: str = ""


def validate(draft: SessionDraft, curriculum: Curriculum, today: dt.date) -> tuple[SessionRecord | None,
                                                                                    list[FieldError]]:
    errors: list[FieldError] = []
    date = _date(draft.date, today, errors)
    participants = _count("participants", draft.participants, errors, required=True)
    minutes = _count("minutes", draft.minutes, errors) if draft.minutes.strip() else \
        sum(curriculum.module(m).spec.minutes for m in draft.modules if _known(curriculum, m))
    referrals = _count("referrals", draft.referrals, errors)
    start_time = _time(draft.start_time, errors)
    if not draft.site_id:
        errors.append(FieldError("site", "required"))
    if not draft.audience:
        errors.append(FieldError("audience", "required"))
    if not draft.modules:
        errors.append(FieldError("modules", "no_module"))
    for module in draft.modules:
        if not _known(curriculum, module):
            errors.append(FieldError("modules", "unknown_module", {"text": module}))
    if draft.delivery not in DELIVERY:
        errors.append(FieldError("delivery", "unknown_choice", {"text": draft.delivery}))
    for section in draft.sections:
        if section.fidelity not in FIDELITY:
            errors.append(FieldError("sections", "unknown_choice", {"text": section.fidelity}))
    breakdowns = _breakdowns(draft.breakdowns, participants, errors)
    tallies = _tallies(draft.tallies, draft.marks, curriculum, errors)
    if draft.roster and draft.audience in YOUTH_AUDIENCES:
        errors.append(FieldError("roster", "roster_for_youth"))
    if errors or date is None or participants is None:
        return None, errors
    record = SessionRecord(
        date=date, site_id=draft.site_id, audience=draft.audience, participants=participants,
        modules=tuple(draft.modules), minutes=minutes or 0, start_time=start_time,
        grade_band=draft.grade_band, languages=tuple(draft.languages), facilitators=draft.facilitators.strip(),
        delivery=draft.delivery, sections=tuple(draft.sections), breakdowns=breakdowns, tallies=tallies,
        roster=tuple(draft.roster), referrals=referrals or 0, notes=draft.notes.strip(),
        curriculum_version=curriculum.version, id=draft.id)
    return record, []


def _known(curriculum: Curriculum, module_id: str) -> bool:
    return any(m.id == module_id for m in curriculum.modules)


def _date(text: str, today: dt.date, errors: list[FieldError]) -> dt.date | None:
    if not text.strip():
        errors.append(FieldError("date", "required"))
        return None
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        errors.append(FieldError("date", "not_a_date", {"text": text}))
        return None
    if value > today + dt.timedelta(days=FAR_FUTURE_DAYS):
        errors.append(FieldError("date", "future_date", {"text": value.isoformat()}))
    return value


def _time(text: str, errors: list[FieldError]) -> str:
    """'' or a 24-hour time written HH:MM."""
    text = text.strip()
    if not text:
        return ""
    try:
        return dt.time.fromisoformat(text if len(text) > 4 else f"0{text}").strftime("%H:%M")
    except ValueError:
        errors.append(FieldError("start_time", "not_a_time", {"text": text}))
        return ""


def _count(name: str, text: str, errors: list[FieldError], required: bool = False) -> int | None:
    text = (text or "").strip()
    if not text:
        if required:
            errors.append(FieldError(name, "required"))
        return None if required else 0
    try:
        value = int(text)
    except ValueError:
        errors.append(FieldError(name, "not_a_number", {"text": text}))
        return None
    if value < 0:
        errors.append(FieldError(name, "negative", {"text": text}))
        return None
    return value


def _breakdowns(raw: Mapping[str, Mapping[str, str]], total: int | None,
                errors: list[FieldError]) -> dict[str, dict[str, int]]:
    result: dict[str, dict[str, int]] = {}
    for dimension, counts in raw.items():
        if dimension not in BREAKDOWNS:
            errors.append(FieldError("breakdowns", "unknown_choice", {"text": dimension}))
            continue
        values = {}
        for category, text in counts.items():
            if category not in BREAKDOWNS[dimension]:
                errors.append(FieldError(f"breakdowns.{dimension}", "unknown_choice", {"text": category}))
                continue
            value = _count(f"breakdowns.{dimension}.{category}", text, errors)
            if value:
                values[category] = value
        if total is not None and sum(values.values()) > total:
            errors.append(FieldError(f"breakdowns.{dimension}", "over_total",
                                     {"dimension": dimension, "sum": str(sum(values.values())),
                                      "total": str(total)}))
        if values:
            result[dimension] = values
    return result


def _tallies(raw: Iterable[tuple[str, str, str, str]], raw_marks: Mapping[tuple[str, str], Mapping[str, str]],
             curriculum: Curriculum, errors: list[FieldError]) -> tuple[Tally, ...]:
    """Answered and correct as typed; where answer counts were typed, a blank answered or correct is their sum."""
    typed = {(item_id, timing): (answered, correct) for item_id, timing, answered, correct in raw}
    tallies = []
    for item_id, timing in dict.fromkeys([*typed, *raw_marks]):
        key = f"tallies.{item_id}.{timing}"
        answered_text, correct_text = typed.get((item_id, timing), ("", ""))
        answered = _count(key, answered_text, errors) if answered_text.strip() else None
        correct = _count(key, correct_text, errors) if correct_text.strip() else None
        marks = _marks(key, raw_marks.get((item_id, timing), {}), curriculum, item_id, errors)
        if marks:
            item = curriculum.survey.items[item_id]  # type: ignore[union-attr]  # marks exist only for known items
            total = sum(marks.values())
            answered = total if answered is None else answered
            if correct is None:
                correct = sum(n for mark, n in marks.items() if item.is_right(mark))
            if total > answered:
                errors.append(FieldError(key, "marks_over_answered", {"sum": str(total), "answered": str(answered)}))
        if answered is None and correct is not None and not answered_text.strip():
            errors.append(FieldError(key, "answered_missing"))
        elif answered is not None and correct is not None and correct > answered:
            errors.append(FieldError(key, "correct_over_answered",
                                     {"correct": str(correct), "answered": str(answered)}))
        if answered:
            tallies.append(Tally(item_id, timing, answered, correct, marks))
    return tuple(tallies)


def _marks(key: str, raw: Mapping[str, str], curriculum: Curriculum, item_id: str,
           errors: list[FieldError]) -> dict[str, int]:
    item = curriculum.survey.items.get(item_id) if curriculum.survey else None
    marks = {}
    for mark, text in raw.items():
        if item is None or mark not in item.marks:
            errors.append(FieldError(key, "unknown_choice", {"text": mark}))
            continue
        count = _count(key, text, errors)
        if count:
            marks[mark] = count
    return marks
