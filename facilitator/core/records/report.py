"""The numbers funders ask for, over a date range: reach, where and what was taught, fidelity, pre/post change.

Every figure is one SQL aggregate over live sessions (tombstones left out), so it can be checked by hand against
the plain SQLite file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .store import RecordsStore

LIVE = "s.deleted_at is null and +s.date between ? and ?"  # "+": scan, as a report reads most rows
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Group:
    name: str
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
    report.groups["module"] = _groups(db, "m.module_id", "join session_modules m on m.session_id = s.id", span)
    report.groups["audience"] = _groups(db, "s.audience", "", span)
    report.groups["county"] = _groups(db, "coalesce(nullif(t.county, ''), '?')",
                                      "left join sites t on t.id = s.site_id", span)
    languages: Counter[str] = Counter()
    reached: Counter[str] = Counter()
    for codes, count, people in db.execute(f"select languages, count(*), sum(participants) from sessions s "
                                           f"where {LIVE} group by languages", span):
        for code in (codes or "en").split(","):
            languages[code] += count
            reached[code] += people
    report.groups["language"] = [Group(code, n, reached[code]) for code, n in languages.most_common()]
    report.fidelity = dict(db.execute(f"select f.fidelity, count(*) from section_fidelity f join sessions s "
                                      f"on s.id = f.session_id where {LIVE} group by f.fidelity", span).fetchall())
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
        f"from survey_tallies t join sessions s on s.id = t.session_id where {LIVE} group by 1 order by 1", span)
    return [Change(*row) for row in rows]


# --- CSV ------------------------------------------------------------------------------------------------------------
def safe_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(report: Report, path: Path) -> None:
    """One table in long form (table, group, sessions, participants, value), UTF-8 with a BOM so spreadsheet
    programs read the accents right."""
    rows: list[list[object]] = [["table", "group", "sessions", "participants", "value"],
                                ["totals", "sessions", report.sessions, "", ""],
                                ["totals", "participants", "", report.participants, ""],
                                ["totals", "sites", "", "", report.sites],
                                ["totals", "counties", "", "", report.counties],
                                ["totals", "hours", "", "", report.hours]]
    for table, groups in report.groups.items():
        rows += [[table, g.name, g.sessions, g.participants, ""] for g in groups]
    rows += [["fidelity", name, "", "", count] for name, count in sorted(report.fidelity.items())]
    for table, changes in (("survey item", report.items), ("construct", report.constructs)):
        for change in changes:
            rows.append([table + " before", change.name, "", change.answered_before, _share(change.before)])
            rows.append([table + " after", change.name, "", change.answered_after, _share(change.after)])
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[safe_cell(cell) for cell in row] for row in rows])
    partial.replace(path)


def _share(value: float | None) -> object:
    return "" if value is None else round(value, 3)


# --- XLSX -----------------------------------------------------------------------------------------------------------
def write_xlsx(report: Report, path: Path) -> None:
    """One sheet per table, with headers, real numbers and real dates (months are their first day). Text is always
    written as text, so a site called "=HYPERLINK(…)" stays a name and never runs."""
    import xlsxwriter  # only reports need it

    partial = path.with_name(path.name + ".part")
    book = xlsxwriter.Workbook(str(partial), {"strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    month = book.add_format({"num_format": "yyyy-mm"})
    share = book.add_format({"num_format": "0.0%"})

    def sheet(name: str, headers: list[str], rows: list[list[object]], formats: dict[int, object]) -> None:
        """`formats`: column -> cell format; a dated cell without one shows as a day."""
        page = book.add_worksheet(name)
        page.write_row(0, 0, headers, bold)
        page.freeze_panes(1, 0)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                style = formats.get(c)
                if isinstance(value, dt.date):
                    page.write_datetime(r, c, dt.datetime.combine(value, dt.time()), style or day)
                elif isinstance(value, int | float):
                    page.write_number(r, c, value, style)
                elif value is not None:
                    page.write_string(r, c, str(value), style)
        page.set_column(0, 0, 28)
        page.set_column(1, len(headers) - 1, 14)

    sheet("Totals", ["Figure", "Value"], [["From", report.start], ["To", report.end], ["Sessions", report.sessions],
                                          ["Participants", report.participants], ["Sites", report.sites],
                                          ["Counties", report.counties], ["Hours", report.hours]], {})
    for table, title in (("month", "By month"), ("module", "By module"), ("audience", "By audience"),
                         ("language", "By language"), ("county", "By county")):
        rows: list[list[object]] = [[_month(g.name) if table == "month" else g.name, g.sessions, g.participants]
                                    for g in report.groups.get(table, [])]
        sheet(title, [table.capitalize(), "Sessions", "Participants"], rows, {0: month} if table == "month" else {})
    total = sum(report.fidelity.values())
    sheet("Fidelity", ["Delivered", "Sections", "Share"],
          [[name, count, count / total] for name, count in sorted(report.fidelity.items())], {2: share})
    for title, changes in (("Survey items", report.items), ("Constructs", report.constructs)):
        sheet(title, ["Name", "Answered before", "Right before", "Share before", "Answered after", "Right after",
                      "Share after"],
              [[c.name, c.answered_before, c.right_before, c.before, c.answered_after, c.right_after, c.after]
               for c in changes], {3: share, 6: share})
    book.close()
    partial.replace(path)


def _month(text: str) -> object:
    try:
        return dt.date.fromisoformat(text + "-01")
    except ValueError:
        return text
