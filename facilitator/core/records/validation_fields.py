"""The rules for one stored value (a count, a text, a choice, a date, a version vector) and the error that names
what is wrong with it. Each rule answers for one value (problem, which says what and why) and for a whole column at
once (fine, as fast as a file of 100,000 sessions needs); validation_rules puts them together for a session."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from . import privacy

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
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)  # `field` is the name of a field here
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

