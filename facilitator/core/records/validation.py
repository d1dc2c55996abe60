"""Check a session, field by field: as typed into the log form (validate) and as read from another laptop's file
(exchange.read_exchange). Both ask the same rules (validation_rules.Rules: one Field of validation_fields per stored
value, and the checks across fields), so an import accepts nothing the form would refuse, and nothing SQLite cannot
store. Errors carry a code and values, so each screen words them in its own language; nothing typed is thrown
away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..model import YOUTH_AUDIENCES, Curriculum
from .model import RosterEntry, SectionRecord, SessionRecord, Tally
from .tallies import from_marks
from .validation_fields import MAX_COUNTY, MAX_FACILITATORS, MAX_NOTES, MAX_SITE_NAME, Field, FieldError, shown
from .validation_rules import (
    InvalidSite,
    Rules,
    category_problem,
    mark_problem,
    needs_name,
    require_site,
    roster_problem,
    tally_problems,
    total_problems,
)

__all__ = ["MAX_COUNTY", "MAX_FACILITATORS", "MAX_NOTES", "MAX_SITE_NAME", "FieldError", "InvalidSite", "SessionDraft",
           "grade_band", "minutes_from_modules", "needs_name", "require_site", "validate"]
"""The log form's names, and those of the rules it shows (the limits its fields keep, the errors it words)."""


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


def grade_band(audience: str) -> str:
    """The grade band a session keeps: its audience when that is a group of young people (grades 6–8 or 9–12), so
    reports can count by grade; none for adults."""
    return audience if audience in YOUTH_AUDIENCES else ""


def minutes_from_modules(curriculum: Curriculum, modules: Iterable[str]) -> int:
    """How long a session ran when no length is typed: the minutes of its modules. A module the curriculum does not
    hold counts nothing (validate names it)."""
    known = {module.id for module in curriculum.modules}
    return sum(curriculum.module(module).spec.minutes for module in modules if module in known)


def validate(draft: SessionDraft, curriculum: Curriculum, today: dt.date) -> tuple[SessionRecord | None,
                                                                                    list[FieldError]]:
    rules = Rules.of(curriculum, today)
    errors: list[FieldError] = []
    field_of = rules.session
    date = _date(draft.date, field_of["date"], errors)
    participants = _count("participants", draft.participants, field_of["participants"], errors, required=True)
    minutes = _count("minutes", draft.minutes, field_of["minutes"], errors) if draft.minutes.strip() else \
        minutes_from_modules(curriculum, draft.modules)
    referrals = _count("referrals", draft.referrals, field_of["referrals"], errors)
    start_time = _time(draft.start_time, errors)
    facilitators, notes = draft.facilitators.strip(), draft.notes.strip()
    _check(errors, field_of["site_id"].problem("site", draft.site_id),
           field_of["audience"].problem("audience", draft.audience),
           field_of["grade_band"].problem("grade_band", draft.grade_band),
           field_of["languages"].problem("languages", ",".join(draft.languages)),
           field_of["facilitators"].problem("facilitators", facilitators), field_of["notes"].problem("notes", notes),
           field_of["delivery"].problem("delivery", draft.delivery))
    if not draft.modules:
        errors.append(FieldError("modules", "no_module"))
    _check(errors, *(rules.details["modules"][0].problem("modules", module) for module in draft.modules))
    for section in draft.sections:
        _check(errors, *(check.problem("sections", value) for check, value in zip(
            rules.details["sections"], (section.module_id, section.section_id, section.fidelity, section.note),
            strict=True)))
    breakdowns = _breakdowns(draft.breakdowns, participants, rules, errors)
    tallies = _tallies(draft.tallies, draft.marks, curriculum, rules, errors)
    _check(errors, roster_problem(draft.audience, bool(draft.roster)))
    for entry in draft.roster:
        _check(errors, *(rules.details["roster"][1].problem("roster", value)
                         for value in (entry.name, entry.role, entry.organization, entry.email)))
    if errors or date is None or participants is None:
        return None, errors
    record = SessionRecord(
        date=date, site_id=draft.site_id, audience=draft.audience, participants=participants,
        modules=tuple(draft.modules), minutes=minutes or 0, start_time=start_time,
        grade_band=draft.grade_band, languages=tuple(draft.languages), facilitators=facilitators,
        delivery=draft.delivery, sections=tuple(draft.sections), breakdowns=breakdowns, tallies=tallies,
        roster=tuple(draft.roster), referrals=referrals or 0, notes=notes,
        curriculum_version=curriculum.version, id=draft.id)
    return record, []


def _check(errors: list[FieldError], *found: FieldError | None) -> None:
    errors.extend(error for error in found if error is not None)


def _date(text: str, rule: Field, errors: list[FieldError]) -> dt.date | None:
    error = rule.problem("date", text.strip())
    if error is not None:
        errors.append(error)
        return None
    return dt.date.fromisoformat(text.strip())


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


def _count(name: str, text: str, rule: Field, errors: list[FieldError], required: bool = False) -> int | None:
    """The number typed, checked by the same rule a file's value is."""
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
    error = rule.problem(name, value)
    if error is not None:
        errors.append(error)
        return None
    return value


def _breakdowns(raw: Mapping[str, Mapping[str, str]], total: int | None, rules: Rules,
                errors: list[FieldError]) -> dict[str, dict[str, int]]:
    dimension_rule, _category_rule, count_rule = rules.details["breakdowns"]
    result: dict[str, dict[str, int]] = {}
    for dimension, counts in raw.items():
        if dimension_rule.problem("breakdowns", dimension):
            errors.append(FieldError("breakdowns", "unknown_choice", {"text": shown(dimension)}))
            continue
        values = {}
        for category, text in counts.items():
            unknown = category_problem(f"breakdowns.{dimension}", dimension, category)
            if unknown:
                errors.append(unknown)
                continue
            value = _count(f"breakdowns.{dimension}.{category}", text, count_rule, errors)
            if value:
                values[category] = value
        if values:
            result[dimension] = values
    if total is not None:
        errors.extend(total_problems(result, total))
    return result


def _tallies(raw: Iterable[tuple[str, str, str, str]], raw_marks: Mapping[tuple[str, str], Mapping[str, str]],
             curriculum: Curriculum, rules: Rules, errors: list[FieldError]) -> tuple[Tally, ...]:
    """Answered and correct as typed; where answer counts were typed, a blank answered or correct is their sum."""
    item_rule, timing_rule, count_rule, _correct = rules.details["tallies"]
    typed = {(item_id, timing): (answered, correct) for item_id, timing, answered, correct in raw}
    tallies = []
    for item_id, timing in dict.fromkeys([*typed, *raw_marks]):
        key = f"tallies.{item_id}.{timing}"
        if problem := item_rule.problem(key, item_id) or timing_rule.problem(key, timing):
            errors.append(problem)  # the same survey items and times as an import is held to
            continue
        answered_text, correct_text = typed.get((item_id, timing), ("", ""))
        answered = _count(key, answered_text, count_rule, errors) if answered_text.strip() else None
        correct = _count(key, correct_text, count_rule, errors) if correct_text.strip() else None
        marks = _marks(key, raw_marks.get((item_id, timing), {}), rules, item_id, errors)
        if marks:
            item = curriculum.survey.items[item_id]  # type: ignore[union-attr]  # marks exist only for known items
            counted = from_marks(item, marks)
            answered = counted.answered if answered is None else answered
            correct = counted.correct if correct is None else correct
        if answered is None and correct is not None and not answered_text.strip():
            errors.append(FieldError(key, "answered_missing"))
        elif answered is not None:
            errors.extend(tally_problems(key, answered, correct, marks))
        if answered:
            tallies.append(Tally(item_id, timing, answered, correct, marks))
    return tuple(tallies)


def _marks(key: str, raw: Mapping[str, str], rules: Rules, item_id: str, errors: list[FieldError]) -> dict[str, int]:
    count_rule = rules.details["marks"][3]
    marks = {}
    for mark, text in raw.items():
        unknown = mark_problem(rules, key, item_id, mark)
        if unknown:
            errors.append(unknown)
            continue
        count = _count(key, text, count_rule, errors)
        if count:
            marks[mark] = count
    return marks
