"""A report laid out for people: labelled tables and charts in one language.

The screen, the CSV, the spreadsheet and the PDF all show these same tables and charts, so a figure reads the same
wherever a coordinator finds it. Group names are the words people know (module titles, audience names, survey
items in a few words), never the ids the database keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..dates import long_date
from ..model import Curriculum
from ..paths import resources_dir
from ..records.model import FIDELITY
from ..records.store import RecordsStore
from .figures import Report, build_report

GROUP_TABLES = ("month", "module", "audience", "language", "county")
REPORT_LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Words:
    """What a report says, in one language: its own phrases, and the names of what it counts."""

    language: str
    phrases: Mapping[str, Any]
    names: Mapping[str, Mapping[str, str]]
    """"module", "audience", "item", "construct" -> id -> name, from the curriculum."""

    def __getitem__(self, key: str) -> str:
        return self.phrases[key]

    def headings(self, kind: str) -> Mapping[str, str]:
        """The titles of the report's tables ("tables") or of their first columns ("columns"), by table."""
        return self.phrases[kind]

    def name(self, table: str, key: str) -> str:
        if table == "month":
            return self.month(key)
        if table in ("fidelity", "languages"):
            return self.phrases[table].get(key, key)
        if table == "county":
            return key if key != "?" else self.phrases["unknown"]
        return self.names.get(table, {}).get(key, key)

    def month(self, key: str) -> str:
        """"2026-09" -> "Sep 2026"."""
        try:
            year, month = key.split("-")
            return f"{self.phrases['months'][int(month) - 1]} {year}"
        except (ValueError, IndexError):
            return key

    def fill(self, key: str, **values: object) -> str:
        return self.phrases[key].format(**values)


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    sheet: str
    """A short name, for a spreadsheet tab."""
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    """Per column: "text", "count", "number", "share" (0–1), "date" or "month" (a first-of-month date)."""
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    labels: tuple[str, ...]
    series: tuple[str, ...]
    """Names of the bars drawn for each label (one name: no legend is needed)."""
    values: tuple[tuple[float | None, ...], ...]
    """Per label, one value per series; None where nothing was measured."""
    shares: bool = False
    """Values are shares of 1, drawn against a 0–100 % scale."""
    columns: bool = False
    """Upright columns in time order (months) rather than bars across."""


@dataclass(frozen=True)
class ReportView:
    report: Report
    """The figures shown."""
    title: str
    period: str
    totals: tuple[tuple[str, object], ...]
    charts: tuple[Chart, ...]
    tables: tuple[Table, ...]
    empty: bool
    notes: Mapping[str, str]


def curriculum_report(store: RecordsStore, curriculum: Curriculum, start: dt.date, end: dt.date,
                      language: str) -> tuple[ReportView, Words]:
    """The report for start..end, laid out in `language`, with survey items grouped by the curriculum's constructs."""
    survey = curriculum.survey
    constructs = {item.id: item.construct for item in survey.items.values()} if survey else {}
    words = report_words(curriculum, language)
    return report_view(build_report(store, start, end, constructs), words), words


def report_words(curriculum: Curriculum, language: str) -> Words:
    """The report's words in `language` (English when the report has no such language)."""
    language = language if language in REPORT_LANGUAGES else "en"
    names: dict[str, dict[str, str]] = {
        "module": {m.id: m.text(language).title for m in curriculum.modules},
        "audience": dict(curriculum.labels[language].audiences) if language in curriculum.labels else {},
    }
    survey = curriculum.survey
    if survey is not None:
        text = survey.texts.get(language) or next(iter(survey.texts.values()))
        names["item"] = {item_id: item.short for item_id, item in text.items.items()}
        names["construct"] = dict(text.constructs)
    return Words(language, _phrases(language), names)


@cache
def _phrases(language: str) -> dict[str, Any]:
    path: Path = resources_dir() / "reports" / f"{language}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def report_view(report: Report, words: Words) -> ReportView:
    w = words
    period = w.fill("period", start=long_date(report.start, w.language), end=long_date(report.end, w.language))
    totals = ((w["sessions"], report.sessions), (w["participants"], report.participants), (w["sites"], report.sites),
              (w["counties"], report.counties), (w["hours"], report.hours))
    charts: list[Chart] = []
    tables = [_table("totals", w, (w["figure"], w["value"]), ("text", "number"),
                     ((w["from"], report.start), (w["to"], report.end), *totals))]
    for key in GROUP_TABLES:
        groups = report.groups.get(key, [])
        labels = tuple(w.name("languages" if key == "language" else key, g.name) for g in groups)
        charts.append(Chart(key, w.headings("tables")[key], labels, (w["sessions"],),
                            tuple((float(g.sessions),) for g in groups), columns=key == "month"))
        first = tuple(_first_of_month(g.name) for g in groups) if key == "month" else labels
        tables.append(_table(key, w, (w.headings("columns")[key], w["sessions"], w["participants"]),
                             ("month" if key == "month" else "text", "count", "count"),
                             tuple((name, g.sessions, g.participants) for name, g in zip(first, groups, strict=True))))
    unknown = w["unknown"]
    columns = w.headings("columns")
    tables.append(_table("site", w, (columns["site"], columns["county"], w["sessions"], w["participants"]),
                         ("text", "text", "count", "count"),
                         tuple((site.name or unknown, site.county or unknown, site.sessions, site.participants)
                               for site in report.sites_reached)))
    sections = sum(report.fidelity.values())
    delivered = [(w.name("fidelity", key), report.fidelity.get(key, 0)) for key in FIDELITY]
    shares = tuple((name, count, count / sections if sections else None) for name, count in delivered)
    charts.append(Chart("fidelity", w.headings("tables")["fidelity"], tuple(row[0] for row in shares), (w["share"],),
                        tuple((row[2],) for row in shares), shares=True))
    tables.append(_table("fidelity", w, (w.headings("columns")["fidelity"], w["sections"], w["share"]),
                         ("text", "count", "share"), shares))
    for key, changes in (("construct", report.constructs), ("item", report.items)):
        labels = tuple(w.name(key, c.name) for c in changes)
        charts.append(Chart(key, w.headings("tables")[key], labels, (w["before"], w["after"]),
                            tuple((c.before, c.after) for c in changes), shares=True))
        tables.append(_table(key, w, (w.headings("columns")[key], w["answered_before"], w["right_before"],
                                      w["share_before"], w["answered_after"], w["right_after"], w["share_after"]),
                             ("text", "count", "count", "share", "count", "count", "share"),
                             tuple((label, c.answered_before, c.right_before, c.before, c.answered_after,
                                    c.right_after, c.after) for label, c in zip(labels, changes, strict=True))))
    return ReportView(report, w["title"], period, totals, tuple(charts), tuple(tables), report.sessions == 0,
                      dict(w["notes"]))


def _table(key: str, w: Words, headers: tuple[str, ...], kinds: tuple[str, ...],
           rows: tuple[tuple[object, ...], ...]) -> Table:
    title = w["totals"] if key == "totals" else w.headings("tables")[key]
    return Table(key, title, w["sheets"][key], headers, kinds, rows)


def _first_of_month(key: str) -> object:
    try:
        return dt.date.fromisoformat(key + "-01")
    except ValueError:
        return key
