"""Dates written out as people write them in each language, for printed documents; the named report periods."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}


def long_date(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    months = _MONTHS.get(language)
    if months is None:
        return value.isoformat()
    if language == "es":
        return f"{value.day} de {months[value.month - 1]} de {value.year}"
    return f"{months[value.month - 1]} {value.day}, {value.year}"


SPANS = {"school_year": (7, 12), "federal_year": (10, 12), "federal_quarter": (10, 3), "half_year": (1, 6),
         "rpe_year": (8, 12), "calendar_year": (1, 12)}
"""Each kind of reporting period: the month one starts in, and its length in months. School years run July to June,
as North Carolina's state fiscal year and most school grants do; the federal fiscal year runs October to September
(ACF, HHS), in quarters from October; OVW's semiannual reports cover January to June and July to December; CDC's RPE
reporting year runs August to July."""
PERIODS = ("school_year", "last_school_year", "federal_year", "last_federal_year", "federal_quarter",
           "last_federal_quarter", "half_year", "last_half_year", "rpe_year", "last_rpe_year", "calendar_year",
           "last_calendar_year", "last_12_months", "custom")
"""The periods the Reports screen and `facilitator report --period` offer: each kind of SPANS, this one and the
last, then the last twelve months and dates chosen by hand."""
_FIRST_MONTH = dt.MINYEAR * 12
"""January of year 1, counted in months from year 0, as periods are; _LAST_MONTH is December 9999."""
_LAST_MONTH = dt.MAXYEAR * 12 + 11


def period_dates(period: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """First and last day of a named period around `today`; None for "custom". A period that would run past the
    last day a date can hold (9999-12-31) ends on it, and one that would start before 0001-01-01 starts there; when
    no day of it can be written (last school year, in the first half of year 1), None."""
    month = today.year * 12 + today.month - 1
    if period == "last_12_months":  # this month and the eleven before it: twelve bars by month
        first, last = month - 11, month
    else:
        kind, previous = period.removeprefix("last_"), period.startswith("last_")
        if kind not in SPANS:
            return None
        starts, length = SPANS[kind]
        first = month - (today.month - starts) % length - (length if previous else 0)
        last = first + length - 1
    first, last = max(first, _FIRST_MONTH), min(last, _LAST_MONTH)
    if first > last:
        return None
    return _month_start(first), today if period == "last_12_months" else _month_end(last)


def _month_start(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


def _month_end(month: int) -> dt.date:
    return dt.date.max if month == _LAST_MONTH else _month_start(month + 1) - dt.timedelta(days=1)
