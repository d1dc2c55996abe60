"""What a logged session holds. Youth sessions hold numbers only; names exist only in adult training rosters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..model import YOUTH_AUDIENCES

FIDELITY = ("as_written", "adapted", "skipped")
DELIVERY = ("in_person", "virtual")
SITE_TYPES = ("school", "community", "workplace", "faith", "other")
BREAKDOWNS: Mapping[str, tuple[str, ...]] = {
    "grade": ("6", "7", "8", "9", "10", "11", "12"),
    "gender": ("girl_woman", "boy_man", "nonbinary", "another_identity", "prefer_not_to_say"),
    "age_band": ("under_12", "12_14", "15_17", "18_24", "25_44", "45_64", "65_plus"),
    "race_ethnicity": ("american_indian", "asian", "black", "hispanic_latino", "pacific_islander", "white",
                       "multiracial", "another", "prefer_not_to_say"),
    "language": ("english", "spanish", "another"),
}
"""Optional aggregate counts per session; none of them may add up to more than the session's total."""


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    site_type: str
    county: str


@dataclass(frozen=True)
class SectionRecord:
    module_id: str
    section_id: str
    fidelity: str
    note: str = ""


@dataclass(frozen=True)
class Tally:
    item_id: str
    timing: str
    answered: int
    correct: int | None = None
    marks: Mapping[str, int] = field(default_factory=dict)
    """How many chose each option (item.marks ids), when the paper surveys were counted that closely."""


@dataclass(frozen=True)
class RosterEntry:
    name: str
    role: str = ""
    organization: str = ""
    email: str = ""


@dataclass(frozen=True)
class SessionRecord:
    date: dt.date
    site_id: str
    audience: str
    participants: int
    modules: tuple[str, ...]
    minutes: int = 0
    start_time: str = ""
    grade_band: str = ""
    languages: tuple[str, ...] = ("en",)
    facilitators: str = ""
    delivery: str = "in_person"
    sections: tuple[SectionRecord, ...] = ()
    breakdowns: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    tallies: tuple[Tally, ...] = ()
    roster: tuple[RosterEntry, ...] = ()
    referrals: int = 0
    notes: str = ""
    curriculum_version: int = 0
    id: str = ""

    @property
    def is_youth(self) -> bool:
        return self.audience in YOUTH_AUDIENCES


class SessionRow(NamedTuple):
    """One line of the Sessions list: what the table shows and filters on. The list itself holds the same fields
    as plain tuples (a Line), read by position (the *_AT numbers): Python's cycle collector stops tracking a plain
    tuple of text and numbers once it has seen it, so a million lines are not walked again and again, which would
    hold every thread, the window's too, for half a second each time."""

    id: str
    date: str
    site: str
    county: str
    audience: str
    languages: str
    modules: tuple[str, ...]
    participants: int
    minutes: int


Line = tuple[Any, ...]
"""A SessionRow's fields as a plain tuple, in the same order."""
ID_AT, DATE_AT, SITE_AT, COUNTY_AT, AUDIENCE_AT, LANGUAGES_AT, MODULES_AT, PARTICIPANTS_AT, MINUTES_AT = range(9)
