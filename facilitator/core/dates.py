"""Dates written out as people write them in each language, for printed documents."""

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
