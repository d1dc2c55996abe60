"""A report view written as CSV or as an XLSX workbook, for the spreadsheets funders and coordinators use.

Both hold the report's aggregate tables only: no session notes, no names. Every text cell that a spreadsheet would
run as a formula is neutralised, since site names and counties are typed by people and travel between laptops.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from ..files import replaced_when_done
from .view import ReportView, Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(view: ReportView, path: Path) -> None:
    """Each table under its title, with its headers, a blank line between tables; UTF-8 with a BOM so spreadsheet
    programs read the accents right. Dates are ISO dates, shares are numbers between 0 and 1."""
    rows: list[list[object]] = [[view.title, view.period]]
    for table in view.tables:
        rows += [[], [table.title], list(table.headers)]
        rows += [[_csv_value(value, kind) for value, kind in zip(row, table.kinds, strict=True)]
                 for row in table.rows]
    with replaced_when_done(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[safe_cell(cell) for cell in row] for row in rows])


def _csv_value(value: object, kind: str) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind == "share" and isinstance(value, float):
        return round(value, 4)
    return value


def write_xlsx(view: ReportView, path: Path) -> None:
    """One sheet per table, with headers, real numbers and real dates (months are their first day). Text is always
    written as text, so a site called "=HYPERLINK(…)" stays a name and never runs."""
    import xlsxwriter  # only reports need it

    with replaced_when_done(path) as partial:
        book = xlsxwriter.Workbook(str(partial), {"strings_to_formulas": False, "strings_to_urls": False})
        formats = {"header": book.add_format({"bold": True, "text_wrap": True, "valign": "top"}),
                   "date": book.add_format({"num_format": "yyyy-mm-dd"}),
                   "month": book.add_format({"num_format": "mmm yyyy"}),
                   "share": book.add_format({"num_format": "0.0%"})}
        for table in view.tables:
            _sheet(book, table.sheet, table, formats)
        book.close()


def _sheet(book, name: str, table: Table, formats: dict) -> None:
    page = book.add_worksheet(name)
    page.write_row(0, 0, table.headers, formats["header"])
    page.freeze_panes(1, 0)
    for r, row in enumerate(table.rows, start=1):
        for c, (value, kind) in enumerate(zip(row, table.kinds, strict=True)):
            if isinstance(value, dt.date):
                page.write_datetime(r, c, dt.datetime.combine(value, dt.time()),
                                    formats["month" if kind == "month" else "date"])
            elif isinstance(value, int | float):
                page.write_number(r, c, value, formats.get(kind))
            elif value is not None:
                page.write_string(r, c, str(value))
    page.set_column(0, 0, 36)
    page.set_column(1, len(table.headers) - 1, 14)
