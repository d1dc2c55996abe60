"""The report as one HTML document (title, totals, each chart above its table), for the PDF report.

Charts are referred to by name (<img src="chart-month">); the renderer paints them, so this module stays Qt-free.
"""

from __future__ import annotations

import datetime as dt

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..dates import long_date
from ..paths import resources_dir
from .view import ReportView, Words

CHART_WIDTH = 680
"""Chart images' width in the document, in CSS pixels (the text column of Letter or A4 with its margins)."""


def report_html(view: ReportView, words: Words, agency: str = "") -> str:
    env = Environment(loader=FileSystemLoader(resources_dir() / "reports"), autoescape=select_autoescape(["j2"]),
                      undefined=StrictUndefined, trim_blocks=True)
    env.filters["number"] = format_number
    env.filters["cell"] = lambda value, kind: format_cell(value, kind, words)
    charts = {chart.key: chart for chart in view.charts}
    sections = [(charts.get(table.key), table) for table in view.tables if table.key != "totals"]
    notes = {"fidelity": view.notes["fidelity"], "construct": view.notes["change"]}
    return env.get_template("report.html.j2").render(view=view, words=words.phrases, sections=sections, notes=notes,
                                                     agency=agency, chart_width=CHART_WIDTH)


def format_number(value: object) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    if isinstance(value, int | float):
        return f"{value:,.0f}"
    return str(value)


def format_cell(value: object, kind: str, words: Words) -> str:
    """A table cell as a reader expects it: months by name, long dates, shares as percentages, "–" for none."""
    if value is None:
        return "–"
    if isinstance(value, dt.date):
        return words.month(value.strftime("%Y-%m")) if kind == "month" else long_date(value, words.language)
    if kind == "share" and isinstance(value, float):
        return f"{round(value * 100)}%"
    return format_number(value)
