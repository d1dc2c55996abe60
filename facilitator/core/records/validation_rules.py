"""The rules a site and a session keep, whether typed into the log form or read from another laptop's file: one
Field per stored value (Rules), and the checks across fields (a breakdown against the total, answer counts against
those who answered, no names for young people)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import UpstreamError
from ..model import AUDIENCES, SURVEY_TIMES, YOUTH_AUDIENCES, Curriculum
from .model import BREAKDOWNS, DELIVERY, FIDELITY, SITE_TYPES
from .validation_fields import (
    DEVICE_ID,
    ENGLISH,
    MAX_COUNTY,
    MAX_CURRICULUM_VERSION,
    MAX_EDITS,
    MAX_FACILITATORS,
    MAX_ID,
    MAX_MINUTES,
    MAX_NOTES,
    MAX_POSITION,
    MAX_ROSTER_FIELD,
    MAX_SECTION_NOTE,
    MAX_SITE_NAME,
    TIME,
    Choice,
    Count,
    Date,
    Field,
    FieldError,
    Languages,
    Pattern,
    Text,
    Timestamp,
    Versions,
    shown,
)

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


def needs_name(site_id: str, name: str, county: str) -> bool:
    """Whether a row of the sites list cannot be saved for want of a name: a site already kept must keep one, and a
    new row with a county typed was meant as a site. A new row left empty is no site at all, and is not saved."""
    return not name and bool(site_id or county)


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

