"""What a records file is: its format and version, the columns it carries for each record, the checksum that seals
it, and what an import says back (a summary and its conflicts, or why the file was refused). Also the few steps
reading and merging share: naming the file in an error, pausing the cycle collector, stopping when asked."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UpstreamError
from .schema import DETAIL_COLUMNS
from .validation_fields import DEVICE_ID, MAX_ID, MAX_SITE_NAME, Choice, Field, FieldError, Pattern, Text, Timestamp

FORMAT = "upstream-records"
FORMAT_VERSION = 3
"""3: the payload also lists the sites' aliases and the notes of conflicts merges resolved. 2: the checksum comes
first and covers the exact bytes after it. Files of format 1 (whose checksum covered a sorted re-dump of the
payload, slow to check) and 2 are still read."""
SEAL = b'{"sha256": "'
"""How a file of format 2 or 3 begins: then the checksum, then '", ' and the bytes it covers."""
SEALED_FROM = len(SEAL) + 64 + len(b'", ')
SESSION_COLUMNS = ("id", "date", "start_time", "minutes", "site_id", "audience", "grade_band", "languages",
                   "facilitators", "delivery", "participants", "referrals", "curriculum_version", "notes",
                   "created_at", "updated_at", "deleted_at", "device_id", "edits", "versions")
SITE_COLUMNS = ("id", "name", "site_type", "county", "created_at", "updated_at", "deleted_at", "device_id", "edits",
                "versions")
"""Both lists start with the id and end with the edit count and the version vector, which the code relies on."""
SESSION_ROW = ("key", *SESSION_COLUMNS)
"""A session as the merge writes it: the key it is stored under on this laptop (see schema.key_details_by_session),
then what the file holds."""
SITE_AT = SESSION_ROW.index("site_id")
DETAILS = {key: (table, tuple(DETAIL_COLUMNS[table].split(", "))) for key, table in (
    ("modules", "session_modules"), ("sections", "section_fidelity"), ("breakdowns", "breakdowns"),
    ("tallies", "survey_tallies"), ("marks", "survey_marks"), ("roster", "roster"))}
"""File key -> (table, columns): a session's details are lists of rows, in the order the table lists its columns."""
CONFLICT_FIELDS: dict[str, Field] = {
    "id": Text(MAX_ID, required=True), "kind": Choice(frozenset({"site", "session"})),
    "record_id": Text(MAX_ID, required=True), "name": Text(MAX_SITE_NAME, required=True, free=True),
    "kept_device": Pattern(DEVICE_ID, "not_an_id"), "kept_at": Timestamp(required=True)}
"""A note of a conflict a merge resolved, as the conflicts table and the file hold it."""
Progress = Callable[[int, int], bool]
"""(done, total) -> keep going?"""
Stop = Callable[[], bool]
"""Asked between steps of reading a file: True ends it with ImportCancelled."""


class ExchangeError(UpstreamError):
    """The file cannot be imported, and nothing was changed.

    str() is the detailed reason in English, for the command line and the log; `code` ("unreadable", "not_a_file",
    "too_large", "not_ours", "newer", "altered" or "bad_content") and `values` (the record's "kind" and "number",
    the "file" name) let a screen say it in its own language, with `problem`, the field of the record that is
    wrong and how, when there is one."""

    domain = "exchange"
    codes = frozenset({"unreadable", "not_a_file", "too_large", "not_ours", "newer", "altered", "bad_content"})

    def __init__(self, message: str, code: str = "bad_content", problem: FieldError | None = None,
                 **values: str) -> None:
        super().__init__(message, code, **values)
        self.problem = problem


class ImportCancelled(UpstreamError):
    """The person stopped the import; the transaction was rolled back (or nothing was written yet)."""

    domain = "exchange"
    codes = frozenset({"cancelled"})

    def __init__(self) -> None:
        super().__init__("the import was stopped; nothing was changed", "cancelled")


@dataclass(frozen=True)
class Conflict:
    """A record edited on both laptops: which one, and whose edit was kept."""

    kind: str
    """"session" or "site"."""
    name: str
    """The session's date, or the site's name."""
    kept_theirs: bool
    when: str
    """When the kept edit was made (UTC, 'YYYY-MM-DD HH:MM')."""

    def __str__(self) -> str:
        kept = "the other laptop's" if self.kept_theirs else "this laptop's"
        return f"{self.kind} {self.name}: edited on both laptops; kept {kept} edit of {self.when}"


@dataclass
class ImportSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    """What was edited on both laptops, and which edit was kept."""

    def __str__(self) -> str:
        return f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, {len(self.conflicts)} conflicts"

    @classmethod
    def combined(cls, summaries: Sequence[ImportSummary]) -> ImportSummary:
        """One summary for an import of several files."""
        return cls(sum(s.new for s in summaries), sum(s.updated for s in summaries),
                   sum(s.unchanged for s in summaries), [c for s in summaries for c in s.conflicts])


def sealed(document: dict[str, Any]) -> bytes:
    """The bytes of a file of format 2 or later: the checksum first, over the exact bytes that follow it, so checking it
    needs one pass of sha256 over the file rather than a sorted re-dump of its contents."""
    body = json.dumps(document, ensure_ascii=False)[1:].encode("utf-8")  # what follows the opening brace
    return SEAL + hashlib.sha256(body).hexdigest().encode("ascii") + b'", ' + body


def canonical_checksum(payload: dict[str, Any]) -> str:
    """The checksum of format 1."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """Errors about a file's contents say which file: an import may take several."""
    try:
        yield
    except ExchangeError as error:
        raise ExchangeError(f"{path}: {error}", error.code, error.problem,
                            **{**error.values, "file": path.name}) from None


def stop_if(stop: Stop | None) -> None:
    if stop is not None and stop():
        raise ImportCancelled
