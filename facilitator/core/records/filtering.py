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
        tests = []
        if self.date_from:
            tests.append(lambda r: r.date >= self.date_from)
        if self.date_to:
            tests.append(lambda r: r.date <= self.date_to)
        if self.site:
            tests.append(lambda r: r.site == self.site)
        if self.county:
            tests.append(lambda r: r.county == self.county)
        if self.module:
            tests.append(lambda r: self.module in r.modules)
        if self.audience:
            tests.append(lambda r: r.audience == self.audience)
        if self.language:
            tests.append(lambda r: self.language in r.languages.split(","))
        if not tests:
            return list(rows)
        return [row for row in rows if all(test(row) for test in tests)]
