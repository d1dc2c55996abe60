"""Records travel between laptops as one file: export this laptop's records, import and merge another's.

Merging is by UUID. Each record carries a version vector (device id -> edits made there): an incoming record that
builds on ours replaces it, one ours builds on changes nothing, and two edits made apart are a conflict. Whatever
the case, the copy kept is the one made after more edits, then the newer, then the one from the larger device id
(see merge_edits.Edit.precedence: each copy keeps its own count through merges, and a copy that builds on another
always has more), so every laptop keeps the same copy in whatever order files arrive, and a laptop whose clock runs
ahead does not win every conflict. The merged vector covers both, so importing the same file again changes nothing;
and the merge keeps a note of the conflict that travels in the file, so the other laptops report it too, once.
Deletions are tombstones and travel like any edit. The same place entered on two laptops is one site: a laptop keeps
the other's id as an alias, and the aliases travel, so a rename reaches every laptop whatever id it knows the place
by. A file is read with bounded memory, then checked whole (format, schema, checksum, and every field by the rules
the log form keeps, see validation_rules.Rules) before anything is written, and the merge is one transaction
(several files may share one): a bad file or a cancel changes nothing.

The parts: exchange_format (what a file holds, and what an import says back), exchange_read and exchange_check
(reading and checking a file), merge, merge_sites and merge_edits (merging it); this module writes a file, and is
where the rest of the code imports the exchange from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from sqlite_utils import Database

from ..files import replaced_when_done
from ..memory import collector_paused
from .exchange_format import (
    CONFLICT_FIELDS,
    DETAILS,
    FORMAT,
    FORMAT_VERSION,
    SEAL,
    SESSION_COLUMNS,
    SITE_COLUMNS,
    Conflict,
    ExchangeError,
    ImportCancelled,
    ImportSummary,
    Progress,
    Stop,
    sealed,
)
from .exchange_read import MAX_FILE_BYTES, read_exchange
from .merge import import_files, import_records, merge_document
from .schema import RECORDS_VERSION
from .store import RecordsStore, now

__all__ = ["FORMAT_VERSION", "MAX_FILE_BYTES", "SEAL", "Conflict", "ExchangeError", "ImportCancelled", "ImportSummary",
           "Progress", "Stop", "export_records", "import_files", "import_records", "merge_document", "read_exchange",
           "sealed"]


def export_records(store: RecordsStore, path: Path, include_names: bool = False) -> int:
    """Write every site and session (tombstones too), the sites' aliases and the notes of conflicts to `path`;
    returns the number of sessions.

    Adult-training rosters hold names, so they leave the laptop only with include_names. The file is written a
    record at a time, with the same bytes `sealed` makes of the whole: one dump of a million sessions would hold
    every thread (the window's too) for seconds, and a copy of the whole file in memory. Everything is read in one
    read transaction, so a save made meanwhile is in the file whole or not at all."""
    with collector_paused():  # millions of small lists, no cycles: no collection walks them meanwhile
        return _export(store, path, include_names)


DETAIL_ORDER = {"session_modules": "d.position", "section_fidelity": "d.module_id, d.section_id",
                "breakdowns": "d.dimension, d.category", "survey_tallies": "d.item_id, d.timing",
                "survey_marks": "d.item_id, d.timing, d.mark", "roster": "d.rowid"}
"""A session's details in the order they are written: its primary key after the session (modules by position)."""


def _export(store: RecordsStore, path: Path, include_names: bool) -> int:
    db, counted = store.db, [0]
    kept = [key for key in DETAILS if key != "roster" or include_names]

    def sessions() -> Iterator[dict[str, Any]]:
        """Each session with its details, read side by side in the order of the sessions' ids: one session's
        details are in memory at a time, whatever the number of sessions."""
        details = {key: _Following(db.execute(
            f"select s.id, {', '.join(f'd.{c}' for c in DETAILS[key][1])} from {DETAILS[key][0]} d "
            f"join sessions s on s.key = d.session_key order by s.id, {DETAIL_ORDER[DETAILS[key][0]]}"))
            for key in kept}
        for row in db.query(f"select {', '.join(SESSION_COLUMNS)} from sessions order by id"):
            row["versions"] = json.loads(row["versions"] or "{}")
            for key in kept:
                row[key] = details[key].rows_of(row["id"])
            counted[0] += 1
            yield row

    def sites() -> Iterator[dict[str, Any]]:
        for row in db.query(f"select {', '.join(SITE_COLUMNS)} from sites order by id"):
            row["versions"] = json.loads(row["versions"] or "{}")
            yield row

    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": RECORDS_VERSION,
              "device_id": store.device_id, "exported_at": now(), "names_included": include_names}
    payload = {"sites": sites(), "sessions": sessions(),
               "aliases": (list(row) for row in db.execute("select alias_id, site_id from site_aliases order by "
                                                           "alias_id")),
               "conflicts": db.query(f"select {', '.join(CONFLICT_FIELDS)} from conflicts order by id")}
    with _snapshot(db), replaced_when_done(path) as partial, partial.open("wb") as out:
        write_sealed(out, header, payload)
    return counted[0]


class _Following:
    """Rows (session id first) ordered by session id, handed out a session at a time as the sessions pass by."""

    def __init__(self, rows: Iterator[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._next = next(rows, None)

    def rows_of(self, session_id: str) -> list[list[Any]]:
        found = []
        while self._next is not None and self._next[0] == session_id:
            found.append(list(self._next[1:]))
            self._next = next(self._rows, None)
        return found


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction: every table as it was at its start, whatever another thread writes meanwhile."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        db.conn.execute("COMMIT")


def write_sealed(out: BinaryIO, header: dict[str, Any], payload: Mapping[str, Iterable[Any]]) -> None:
    """The bytes `sealed({**header, "payload": {name: list(items)}})` makes, written piece by piece: a placeholder
    checksum first, then the body, then the checksum of what was written, put in its place."""
    digest = hashlib.sha256()

    def put(text: str) -> None:
        data = text.encode("utf-8")
        digest.update(data)
        out.write(data)

    out.write(SEAL + b"0" * 64 + b'", ')
    put(json.dumps(header, ensure_ascii=False)[1:-1] + ', "payload": {')
    for number, (name, items) in enumerate(payload.items()):
        put(("" if number == 0 else ", ") + json.dumps(name) + ": [")
        for index, item in enumerate(items):
            put(("" if index == 0 else ", ") + json.dumps(item, ensure_ascii=False))
        put("]")
    put("}}")
    out.seek(len(SEAL))
    out.write(digest.hexdigest().encode("ascii"))
