"""The numbers funders ask for, over a date range: reach, where and what was taught, fidelity, pre/post change.

Every figure is one SQL aggregate over live sessions (tombstones left out), so it can be checked by hand against
the plain SQLite file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records.store import RecordsStore

LIVE = "s.deleted_at is null and +s.date between ? and ?"  # "+": scan, as a report reads most rows


@dataclass(frozen=True)
class Group:
    name: str
    sessions: int
    participants: int


@dataclass(frozen=True)
class SiteReach:
    """Sessions and people at one site: the schools and centres a program served."""

    name: str
    county: str
    sessions: int
    participants: int


@dataclass(frozen=True)
class Change:
    """Share answering right before and after, for one survey item or construct."""

    name: str
    answered_before: int
    right_before: int
    answered_after: int
    right_after: int

    @property
    def before(self) -> float | None:
        return self.right_before / self.answered_before if self.answered_before else None

    @property
    def after(self) -> float | None:
        return self.right_after / self.answered_after if self.answered_after else None


@dataclass
class Report:
    start: dt.date
    end: dt.date
    sessions: int = 0
    participants: int = 0
    sites: int = 0
    counties: int = 0
    hours: float = 0.0
    groups: dict[str, list[Group]] = field(default_factory=dict)
    """"month", "module", "audience", "language", "county" -> rows, largest first (months in order)."""
    sites_reached: list[SiteReach] = field(default_factory=list)
    """Every site with a session in the period, most sessions first."""
    fidelity: dict[str, int] = field(default_factory=dict)
    """as_written / adapted / skipped -> how many sections."""
    items: list[Change] = field(default_factory=list)
    constructs: list[Change] = field(default_factory=list)


def build_report(store: RecordsStore, start: dt.date, end: dt.date,
                 constructs: Mapping[str, str] | None = None) -> Report:
    """`constructs` maps survey item ids to the construct they measure (from the curriculum's survey)."""
    db, span = store.db, [start.isoformat(), end.isoformat()]
    report = Report(start, end)
    row = db.execute(f"select count(*), coalesce(sum(participants), 0), count(distinct s.site_id), "
                     f"count(distinct nullif(t.county, '')), coalesce(sum(minutes), 0) "
                     f"from sessions s left join sites t on t.id = s.site_id where {LIVE}", span).fetchone()
    report.sessions, report.participants, report.sites, report.counties = row[:4]
    report.hours = round(row[4] / 60, 1)
    report.groups["month"] = _groups(db, "substr(s.date, 1, 7)", "", span, by_name=True)
    report.groups["module"] = _groups(db, "m.module_id", "join session_modules m on m.session_key = s.key", span)
    report.groups["audience"] = _groups(db, "s.audience", "", span)
    report.groups["county"] = _groups(db, "coalesce(nullif(t.county, ''), '?')",
                                      "left join sites t on t.id = s.site_id", span)
    report.sites_reached = [SiteReach(*row) for row in db.execute(
        f"select coalesce(t.name, ''), coalesce(t.county, ''), count(*), coalesce(sum(s.participants), 0) "
        f"from sessions s left join sites t on t.id = s.site_id where {LIVE} group by s.site_id "
        f"order by 3 desc, 1 collate nocase", span)]
    languages: Counter[str] = Counter()
    reached: Counter[str] = Counter()
    for codes, count, people in db.execute(f"select languages, count(*), sum(participants) from sessions s "
                                           f"where {LIVE} group by languages", span):
        for code in (codes or "en").split(","):
            languages[code] += count
            reached[code] += people
    report.groups["language"] = [Group(code, n, reached[code]) for code, n in languages.most_common()]
    report.fidelity = dict(db.execute(f"select f.fidelity, count(*) from section_fidelity f join sessions s "
                                      f"on s.key = f.session_key where {LIVE} group by f.fidelity", span).fetchall())
    report.items = _changes(db, "t.item_id", span)
    by_construct: dict[str, list[int]] = {}
    for change in report.items:
        totals = by_construct.setdefault((constructs or {}).get(change.name, "?"), [0, 0, 0, 0])
        for index, value in enumerate((change.answered_before, change.right_before, change.answered_after,
                                       change.right_after)):
            totals[index] += value
    report.constructs = [Change(name, *totals) for name, totals in sorted(by_construct.items())]
    return report


def _groups(db, key: str, join: str, span: list[str], by_name: bool = False) -> list[Group]:
    order = "1" if by_name else "2 desc, 1"
    return [Group(*row) for row in db.execute(
        f"select {key}, count(*), coalesce(sum(s.participants), 0) from sessions s {join} "
        f"where {LIVE} group by 1 order by {order}", span)]


def _changes(db, key: str, span: list[str]) -> list[Change]:
    rows = db.execute(
        f"select {key}, "
        "sum(case when t.timing = 'pre' then t.answered else 0 end), "
        "sum(case when t.timing = 'pre' then coalesce(t.correct, 0) else 0 end), "
        "sum(case when t.timing = 'post' then t.answered else 0 end), "
        "sum(case when t.timing = 'post' then coalesce(t.correct, 0) else 0 end) "
        f"from survey_tallies t join sessions s on s.key = t.session_key where {LIVE} group by 1 order by 1", span)
    return [Change(*row) for row in rows]
