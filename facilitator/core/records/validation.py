"""Check a session, field by field: as typed into the log form (validate) and as read from another laptop's file
(exchange.read_exchange). Both ask the same rules (Rules: one Field per stored value, and the checks across
fields), so an import accepts nothing the form would refuse, and nothing SQLite cannot store. Errors carry a code
and values, so each screen words them in its own language; nothing typed is thrown away."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..errors import UpstreamError
from ..model import AUDIENCES, SURVEY_TIMES, YOUTH_AUDIENCES, Curriculum
from . import privacy
from .model import BREAKDOWNS, DELIVERY, FIDELITY, SITE_TYPES, RosterEntry, SectionRecord, SessionRecord, Tally

FAR_FUTURE_DAYS = 31
MAX_COUNT = 100_000
"""Participants, referrals, breakdown and survey counts: more than a stadium, less than SQLite's limit."""
MAX_MINUTES = 3 * 24 * 60
"""A three-day training."""
MAX_POSITION = 1_000
MAX_CURRICULUM_VERSION = 1_000_000
MAX_EDITS = 2**63 - 1
"""Edits one device made to one record: the largest integer SQLite stores."""
MAX_ID = 100
MAX_SITE_NAME = 200
MAX_COUNTY = 100
MAX_NOTES = 4_000
MAX_SECTION_NOTE = 2_000
MAX_FACILITATORS = 500
MAX_ROSTER_FIELD = 200
MAX_TIMESTAMP = 40
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""Exactly YYYY-MM-DD: Python's date.fromisoformat also takes 20261001 and 2026-W40-4."""
TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
DEVICE_ID = re.compile(r"[0-9a-f-]{36}")


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field: a value a form collects and shows beside the field, not an exception; it keeps
    the errors' `code` and `values` (worded under the "field" domain), and InvalidSite raises one."""

    field: str
    code: str
    values: Mapping[str, str] = field(default_factory=dict)
    domain: ClassVar[str] = "field"

    def english(self) -> str:
        """The message for the command line and logs; the app words it with its own translations."""
        text = ENGLISH[self.code]
        for key, value in self.values.items():
            text = text.replace("{" + key + "}", value)
        return f"{self.field}: {text}"


ENGLISH = {
    "required": "this is needed",
    "not_a_number": "'{text}' is not a whole number",
    "negative": "is negative ({text}): use 0 or more",
    "too_large": "{text} is more than {limit}",
    "not_a_date": "'{text}' is not a date (YYYY-MM-DD)",
    "future_date": "{text} is more than a month from today",
    "unknown_module": "there is no module '{text}'",
    "no_module": "choose at least one module",
    "over_total": "the {dimension} counts add up to {sum}, more than the {total} who took part",
    "roster_for_youth": "is not kept for youth sessions: record numbers only",
    "unknown_choice": "'{text}' is not one of the choices",
    "correct_over_answered": "{correct} correct is more than the {answered} who answered",
    "not_a_time": "'{text}' is not a time like 10:30",
    "answered_missing": "a number correct needs the number who answered",
    "marks_over_answered": "the answer counts add up to {sum}, more than the {answered} who answered",
    "not_text": "'{text}' is not text",
    "too_long": "is {length} characters long, more than {limit}",
    "bad_characters": "holds characters that are not text (half of a UTF-16 pair)",
    "phone_number": "'{text}' looks like a phone number: notes keep no way to reach a person",
    "email_address": "'{text}' looks like an email address: notes keep no way to reach a person",
    "not_a_timestamp": "'{text}' is not a date and time",
    "not_an_id": "'{text}' is not a device id",
    "bad_versions": "the edit counts are not as Upstream writes them",
    "listed_twice": "'{text}' is listed twice",
}


def shown(value: object) -> str:
    """A value as an error message quotes it: short, whatever it is."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else f"{text[:40]}…"


def _distinct(values: list[Any]) -> set[tuple[type, Any]] | None:
    """The different values of a column, each with its type (so True, 1 and 1.0 stay apart); None if one cannot be
    compared (a list or an object where a value belongs)."""
    try:
        return set(zip(map(type, values), values, strict=True))
    except TypeError:
        return None


class Field:
    """A rule for one stored value. `fine` is the same rule over a whole column at once (a file may hold 100,000
    sessions): it must refuse whatever `problem` refuses; by default it asks `problem` of each different value."""

    required = False

    def problem(self, name: str, value: Any) -> FieldError | None:
        raise NotImplementedError

    def fine(self, values: list[Any]) -> bool:
        distinct = _distinct(values)
        return distinct is not None and all(self.problem("", value) is None for _type, value in distinct)

    def _missing(self, name: str, value: Any) -> FieldError | None:
        return FieldError(name, "required") if self.required and value in (None, "") else None

    def _given(self, values: list[Any], kind: type) -> list[Any] | None:
        """The values of a column that are not blank, if every value is of `kind` (or None, where it may be left
        out); None if one is not."""
        types = set(map(type, values))
        if not types <= ({kind} if self.required else {kind, type(None)}):
            return None
        return [v for v in values if v is not None] if type(None) in types else values


@dataclass(frozen=True)
class Count(Field):
    limit: int = MAX_COUNT
    required: bool = True

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value is None:
            return self._missing(name, value)
        if type(value) is not int:
            return FieldError(name, "not_a_number", {"text": shown(value)})
        if value < 0:
            return FieldError(name, "negative", {"text": str(value)})
        if value > self.limit:
            return FieldError(name, "too_large", {"text": shown(value), "limit": str(self.limit)})
        return None

    def fine(self, values: list[Any]) -> bool:
        numbers = self._given(values, int)
        return numbers is not None and (not numbers or (min(numbers) >= 0 and max(numbers) <= self.limit))


@dataclass(frozen=True)
class Text(Field):
    limit: int
    required: bool = False
    free: bool = False
    """Free text: the privacy guard applies."""

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value in (None, ""):
            return self._missing(name, value)
        if type(value) is not str:
            return FieldError(name, "not_text", {"text": shown(value)})
        if len(value) > self.limit:
            return FieldError(name, "too_long", {"length": str(len(value)), "limit": str(self.limit)})
        if not _storable(value):
            return FieldError(name, "bad_characters")
        found = privacy.refused(value) if self.free else None
        return FieldError(name, found.code, {"text": found.text}) if found else None

    def fine(self, values: list[Any]) -> bool:
        texts = self._given(values, str)
        if texts is None or (self.required and not all(texts)):
            return False
        if texts and (max(map(len, texts)) > self.limit or not _storable("".join(texts))):
            return False
        return not self.free or not any(map(privacy.refused, set(texts)))


def _storable(text: str) -> bool:
    """SQLite stores text as UTF-8, which has no lone surrogates (JSON's \\ud800 makes one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Choice(Field):
    choices: frozenset[str]
    code: str = "unknown_choice"
    required: bool = True

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value in (None, ""):
            return self._missing(name, value)
        if type(value) is not str or value not in self.choices:
            return FieldError(name, self.code, {"text": shown(value)})
        return None


@dataclass(frozen=True)
class Pattern(Field):
    """Text of one exact form (a device id, a start time): blank or matching."""

    pattern: re.Pattern[str]
    code: str

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value in (None, ""):
            return None
        if type(value) is not str or not self.pattern.fullmatch(value):
            return FieldError(name, self.code, {"text": shown(value)})
        return None


@dataclass(frozen=True)
class Date(Field):
    today: dt.date
    required: bool = True

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value in (None, ""):
            return self._missing(name, value)
        try:
            if type(value) is not str or not DATE.fullmatch(value):
                raise ValueError(value)
            date = dt.date.fromisoformat(value)
        except ValueError:
            return FieldError(name, "not_a_date", {"text": shown(value)})
        if date > self.today + dt.timedelta(days=FAR_FUTURE_DAYS):
            return FieldError(name, "future_date", {"text": value})
        return None


@dataclass(frozen=True)
class Timestamp(Field):
    """When a record was made, changed or deleted: ISO 8601, as the store writes it (in UTC, with the time). A file
    from a careless tool may give a date alone; it is taken, and compares as the start of that day."""

    required: bool = False

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value is None:
            return self._missing(name, value)
        try:
            if type(value) is not str or len(value) > MAX_TIMESTAMP:
                raise ValueError(value)
            dt.datetime.fromisoformat(value)
        except ValueError:
            return FieldError(name, "not_a_timestamp", {"text": shown(value)})
        return None

    def fine(self, values: list[Any]) -> bool:
        stamps = self._given(values, str)
        if stamps is None or (stamps and max(map(len, stamps)) > MAX_TIMESTAMP):
            return False
        try:
            list(map(dt.datetime.fromisoformat, stamps))
        except ValueError:
            return False
        return True


@dataclass(frozen=True)
class Languages(Field):
    """The languages a session was given in, written "en,es"."""

    known: frozenset[str]

    def problem(self, name: str, value: Any) -> FieldError | None:
        if value in (None, ""):
            return FieldError(name, "required")
        if type(value) is not str:
            return FieldError(name, "unknown_choice", {"text": shown(value)})
        unknown = next((code for code in value.split(",") if code not in self.known), None)
        return None if unknown is None else FieldError(name, "unknown_choice", {"text": shown(unknown)})


class Versions(Field):
    """A version vector: device id -> edits made there."""

    def problem(self, name: str, value: Any) -> FieldError | None:
        return None if self.fine([value]) else FieldError(name, "bad_versions")

    def fine(self, values: list[Any]) -> bool:
        if not set(map(type, values)) <= {dict}:
            return False
        counts = list(chain_values(values))
        return (all(map(DEVICE_ID.fullmatch, set(chain_keys(values)))) and set(map(type, counts)) <= {int}
                and (not counts or (min(counts) >= 0 and max(counts) <= MAX_EDITS)))


def chain_keys(mappings: list[dict[str, Any]]) -> Iterable[str]:
    return (key for mapping in mappings for key in mapping)


def chain_values(mappings: list[dict[str, Any]]) -> Iterable[Any]:
    return (value for mapping in mappings for value in mapping.values())


RECORD_FIELDS: Mapping[str, Field] = {
    "id": Text(MAX_ID, required=True), "created_at": Timestamp(), "updated_at": Timestamp(required=True),
    "deleted_at": Timestamp(), "device_id": Pattern(DEVICE_ID, "not_an_id"), "edits": Count(MAX_EDITS, required=False),
    "versions": Versions()}
"""What every record carries, so records from many laptops merge (see schema)."""
SITE_FIELDS: Mapping[str, Field] = {
    **RECORD_FIELDS, "name": Text(MAX_SITE_NAME, required=True),
    "site_type": Choice(frozenset(SITE_TYPES), required=False), "county": Text(MAX_COUNTY)}


class InvalidSite(UpstreamError, ValueError):
    """A site the records cannot hold (a name too long, or none); `errors` say what, as the form's do, and the code
    and values are the first one's."""

    domain = FieldError.domain
    codes = frozenset(ENGLISH)

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(error.english() for error in errors), errors[0].code, **errors[0].values)
        self.errors = errors


def require_site(name: str, site_type: str, county: str) -> None:
    """Raise InvalidSite unless a site of this name, type and county keeps the rules an imported one keeps."""
    errors = [error for error in (SITE_FIELDS["name"].problem("name", name),
                                  SITE_FIELDS["site_type"].problem("site_type", site_type),
                                  SITE_FIELDS["county"].problem("county", county)) if error is not None]
    if errors:
        raise InvalidSite(errors)


BREAKDOWN_PAIRS = frozenset((dimension, category) for dimension, categories in BREAKDOWNS.items()
                            for category in categories)


@dataclass(frozen=True)
class Rules:
    """Every rule a session must keep, with what it may refer to (the curriculum's modules, languages and survey
    items, and today's date)."""

    session: Mapping[str, Field]
    """Stored column -> its rule."""
    details: Mapping[str, tuple[Field, ...]]
    """A session's detail rows ("modules", "sections", "breakdowns", "tallies", "marks", "roster") -> the rule of
    each of their columns, in the order of schema.DETAIL_COLUMNS."""
    mark_pairs: frozenset[tuple[str, str]]
    """(survey item, mark) for every mark each item can have."""
    site: Mapping[str, Field] = field(default_factory=lambda: SITE_FIELDS)

    @classmethod
    def of(cls, curriculum: Curriculum, today: dt.date) -> Rules:
        module = Choice(frozenset(m.id for m in curriculum.modules), "unknown_module")
        items = curriculum.survey.items if curriculum.survey else {}
        session = {
            **RECORD_FIELDS, "date": Date(today), "start_time": Pattern(TIME, "not_a_time"),
            "minutes": Count(MAX_MINUTES, required=False), "site_id": Text(MAX_ID, required=True),
            "audience": Choice(frozenset(AUDIENCES)), "grade_band": Choice(frozenset(YOUTH_AUDIENCES), required=False),
            "languages": Languages(frozenset(curriculum.languages)),
            "facilitators": Text(MAX_FACILITATORS, free=True),
            "delivery": Choice(frozenset(DELIVERY)), "participants": Count(),
            "referrals": Count(required=False), "curriculum_version": Count(MAX_CURRICULUM_VERSION, required=False),
            "notes": Text(MAX_NOTES, free=True)}
        timing, count, roster = Choice(frozenset(SURVEY_TIMES)), Count(), Text(MAX_ROSTER_FIELD)
        details = {
            "modules": (module, Count(MAX_POSITION)),
            "sections": (module, Text(MAX_ID, required=True), Choice(frozenset(FIDELITY)),
                         Text(MAX_SECTION_NOTE, free=True)),
            "breakdowns": (Choice(frozenset(BREAKDOWNS)), Choice(frozenset(c for _d, c in BREAKDOWN_PAIRS)), count),
            "tallies": (Choice(frozenset(items)), timing, count, Count(required=False)),
            "marks": (Choice(frozenset(items)), timing, Text(MAX_ID, required=True), count),
            "roster": (Text(MAX_ID, required=True), roster, roster, roster, roster)}
        pairs = frozenset((item_id, mark) for item_id, item in items.items() for mark in item.marks)
        return cls(session, details, pairs)


# --- the checks across fields, for the form and the import alike ------------------------------------------------
def category_problem(name: str, dimension: str, category: str) -> FieldError | None:
    if (dimension, category) not in BREAKDOWN_PAIRS:
        return FieldError(name, "unknown_choice", {"text": shown(category)})
    return None


def mark_problem(rules: Rules, name: str, item_id: str, mark: str) -> FieldError | None:
    if (item_id, mark) not in rules.mark_pairs:
        return FieldError(name, "unknown_choice", {"text": shown(mark)})
    return None


def total_problems(counts: Mapping[str, Mapping[str, int]], total: int) -> list[FieldError]:
    """No breakdown adds up to more than the session's total."""
    return [FieldError(f"breakdowns.{dimension}", "over_total",
                       {"dimension": dimension, "sum": str(sum(values.values())), "total": str(total)})
            for dimension, values in counts.items() if sum(values.values()) > total]


def tally_problems(name: str, answered: int, correct: int | None, marks: Mapping[str, int]) -> list[FieldError]:
    """Neither the right answers nor the answer counts exceed the number who answered."""
    errors = []
    if sum(marks.values()) > answered:
        errors.append(FieldError(name, "marks_over_answered", {"sum": str(sum(marks.values())),
                                                               "answered": str(answered)}))
    if correct is not None and correct > answered:
        errors.append(FieldError(name, "correct_over_answered", {"correct": str(correct), "answered": str(answered)}))
    return errors


def roster_problem(audience: str, has_roster: bool) -> FieldError | None:
    return FieldError("roster", "roster_for_youth") if has_roster and audience in YOUTH_AUDIENCES else None


# --- the log form -----------------------------------------------------------------------------------------------
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
    rules, errors = Rules.of(curriculum, today), []
    field_of = rules.session
    date = _date(draft.date, field_of["date"], errors)
    participants = _count("participants", draft.participants, field_of["participants"], errors, required=True)
    minutes = _count("minutes", draft.minutes, field_of["minutes"], errors) if draft.minutes.strip() else \
        sum(curriculum.module(m).spec.minutes for m in draft.modules if not rules.details["modules"][0].problem("", m))
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
            answered = sum(marks.values()) if answered is None else answered
            if correct is None:
                correct = sum(n for mark, n in marks.items() if item.is_right(mark))
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
