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


PERIODS = ("school_year", "last_school_year", "calendar_year", "last_12_months", "custom")
SCHOOL_YEAR_STARTS = 7
"""School years run July to June here, as grant years for school programs usually do."""
_FIRST_MONTH = dt.MINYEAR * 12
"""January of year 1, counted in months from year 0, as periods are; _LAST_MONTH is December 9999."""
_LAST_MONTH = dt.MAXYEAR * 12 + 11


def period_dates(period: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """First and last day of a named period around `today`; None for "custom". A period that would run past the
    last day a date can hold (9999-12-31) ends on it, and one that would start before 0001-01-01 starts there; when
    no day of it can be written (last school year, in the first half of year 1), None."""
    month = today.year * 12 + today.month - 1
    school_year = month - (today.month - SCHOOL_YEAR_STARTS) % 12
    january = month - today.month + 1
    months = {"school_year": (school_year, school_year + 11), "last_school_year": (school_year - 12, school_year - 1),
              "calendar_year": (january, january + 11),
              "last_12_months": (month - 11, month)}  # this month and the eleven before it: twelve bars by month
    if period not in months:
        return None
    first, last = max(months[period][0], _FIRST_MONTH), min(months[period][1], _LAST_MONTH)
    if first > last:
        return None
    return _month_start(first), today if period == "last_12_months" else _month_end(last)


def _month_start(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


def _month_end(month: int) -> dt.date:
    return dt.date.max if month == _LAST_MONTH else _month_start(month + 1) - dt.timedelta(days=1)
