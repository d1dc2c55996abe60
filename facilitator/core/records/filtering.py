"""Which sessions the list shows: filters applied in memory over the rows, fast enough for 100,000 sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import SessionRow


@dataclass(frozen=True)
class SessionFilter:
    date_from: str = ""
    """ISO dates compare as text, so no parsing is needed per row."""
    date_to: str = ""
    site: str = ""
    county: str = ""
    module: str = ""
    audience: str = ""
    language: str = ""

    def apply(self, rows: Sequence[SessionRow]) -> list[SessionRow]:
        """One pass with every test written out: 100,000 rows in a few tens of milliseconds."""
        start, end, site, county = self.date_from, self.date_to, self.site, self.county
        module, audience, language = self.module, self.audience, self.language
        return [row for row in rows
                if (not start or row.date >= start) and (not end or row.date <= end)
                and (not site or row.site == site) and (not county or row.county == county)
                and (not audience or row.audience == audience) and (not module or module in row.modules)
                and (not language or language in row.languages.split(","))]
