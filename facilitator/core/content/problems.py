"""Content problems, each pinned to a file and a line, so an author can go straight to the fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..errors import UpstreamError


class Severity(Enum):
    ERROR = "error"
    """The content cannot be loaded until this is fixed."""
    STALE = "stale"
    """A translation was made from an older version of its source; it still loads."""
    LINT = "lint"
    """A content rule finds something to fix (a word from lint.yaml, a section too full to say in its time, a
    missing label); the curriculum still loads, and `content check` fails until it is fixed."""


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        tag = "" if self.severity is Severity.ERROR else f"[{self.severity.value}] "
        return f"{self.path}:{self.line}: {tag}{self.message}"


class ContentError(UpstreamError):
    """Raised when curriculum content has errors; carries every problem found, not just the first. The values name
    the first problem's "file", "line" and "what" (in English), and the "count" of problems."""

    domain = "content"
    codes = frozenset({"invalid"})

    def __init__(self, problems: list[Problem]) -> None:
        ordered = sorted(problems)
        first = ordered[0] if ordered else Problem(Path(), 0, "")
        super().__init__("\n".join(str(p) for p in ordered), "invalid", file=str(first.path), line=str(first.line),
                         what=first.message, count=str(len(ordered)))
        self.problems = ordered
