"""Merging one or several checked files into this laptop's records, all or nothing: the sites first (merge_sites),
then the sessions, a batch at a time, each copy kept or replaced by the rule of merge_edits, in one transaction with
the settings that suit a large write."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from itertools import chain, count
from pathlib import Path
from typing import Any

from ..memory import collector_paused
from ..model import YOUTH_AUDIENCES
from .exchange_format import (
    DETAILS,
    SESSION_COLUMNS,
    SESSION_ROW,
    SITE_AT,
    ExchangeError,
    ImportCancelled,
    ImportSummary,
    Progress,
    naming,
)
from .exchange_read import read_exchange
from .merge_edits import (
    Edit,
    Merge,
    compare,
    edit_count,
    incoming_edit,
    insert_rows,
    merged_versions,
    replaces,
    stored_edit,
    versions_text,
)
from .merge_sites import Sites, aliases_by_site, merge_site
from .store import RecordsStore

REPORT_EVERY = 200
"""Records merged between two calls of the progress callback."""
BULK_PRAGMAS = {"temp_store": "memory", "cache_size": -131_072, "foreign_keys": "off"}
"""For the length of an import: the statement journal of a many-row INSERT stays in memory (spilled to a temporary
file, it was 40% of an import's disk writes); the page cache (in KiB) holds the pages a file's merge touches, so none
is written out twice; and SQLite does not look up each detail row's session, as every key the merge writes is one it
has just given a session or read from one, and every site one it found here (a tenth of a merge's time)."""


def import_records(store: RecordsStore, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Merge the file at `path` into `store`, all or nothing."""
    return merge_document(store, read_exchange(path), progress, path)


def merge_document(store: RecordsStore, document: dict[str, Any], progress: Progress | None = None,
                   path: Path | None = None) -> ImportSummary:
    """Merge a file already checked by read_exchange (so a caller can check it, back up, then merge without reading
    the file twice); an error names `path`, the file it came from."""
    with _bulk_import(store), (naming(path) if path else nullcontext()):
        return _merge(store, document, progress)


def import_files(store: RecordsStore, paths: Sequence[Path], progress: Progress | None = None,
                 read: Callable[[Path], dict[str, Any]] = read_exchange) -> list[ImportSummary]:
    """Merge several files as one import: all of them or, if one is bad or the import is cancelled, none (the error
    names the file). `progress` sees the records of all the files as one count, each file an equal share.

    Each file is read (by `read`: a screen reads on another thread) and checked whole before any of it is written,
    and only one file's contents are held at a time. Faster than importing the files one by one, as the database is
    written out (to the journal, then into the file) once, not once per file."""
    summaries = []
    with _bulk_import(store):
        for index, path in enumerate(paths):
            document = read(path)
            with naming(path):
                summaries.append(_merge(store, document, _share(progress, index, len(paths))))
    return summaries


def _share(progress: Progress | None, index: int, files: int) -> Progress | None:
    """Progress through file `index` of `files`, as progress through all of them."""
    if progress is None:
        return None
    return lambda done, total: progress(index * total + done, files * total)


@contextmanager
def _bulk_import(store: RecordsStore) -> Iterator[None]:
    """One transaction, with the settings that suit a large write (see BULK_PRAGMAS) and the collector paused."""
    conn = store.db.conn
    saved = {name: conn.execute(f"pragma {name}").fetchone()[0] for name in BULK_PRAGMAS}
    for name, value in BULK_PRAGMAS.items():
        conn.execute(f"pragma {name} = {value}")
    try:
        with collector_paused(), store.writing():
            yield
    finally:
        for name, value in saved.items():
            conn.execute(f"pragma {name} = {value}")


def _merge(store: RecordsStore, document: dict[str, Any], progress: Progress | None = None) -> ImportSummary:
    """The merge of one file, inside the caller's transaction.

    A constraint the checks cannot see (the same detail twice in a session) refuses the file like a bad field."""
    conn = store.db.conn
    payload, keep_names = document["payload"], not document.get("names_included", False)
    sites, sessions = payload["sites"], payload["sessions"]
    merge, total = Merge(conn, store.device_id), len(sites) + len(sessions)
    try:
        here_sites, also = Sites(conn), aliases_by_site(payload.get("aliases", []))
        for done, site in enumerate(sites, start=1):
            merge_site(conn, here_sites, site, also.get(site["id"], []), merge)
            _report(progress, done, total)
        here = _Here.read(conn, sessions)
        for done, batch in _batches(sessions, len(sites)):
            _merge_sessions(conn, here, batch, merge, keep_names)
            _report(progress, len(sites) + done, total)
        merge.take_notes(payload.get("conflicts", []))
    except sqlite3.IntegrityError as error:
        raise ExchangeError(f"the file holds records that cannot be stored together ({error})") from error
    return merge.summary


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % REPORT_EVERY == 0 or done == total) and not progress(done, total):
        raise ImportCancelled


def _batches(items: list[Any], before: int) -> Iterator[tuple[int, list[Any]]]:
    """`items` in slices that end where progress is reported (counting `before` records ahead of them), each with
    how many items are done after it: a batch is written at once, and a cancel comes between batches."""
    start, end = 0, REPORT_EVERY - before % REPORT_EVERY
    while start < len(items):
        yield min(end, len(items)), items[start:end]
        start, end = end, end + REPORT_EVERY


@dataclass(frozen=True)
class _Here:
    """What this laptop holds that a file's sessions are merged with, read once per import."""

    sites: set[str]
    aliases: dict[str, str]
    sessions: dict[str, tuple[str, str, str, int, int]]
    """id -> (versions as stored, updated_at, device_id, edits, key), for the sessions in the file already here."""
    keys: Iterator[int]
    """The keys for new sessions, each larger than any here, so their details are appended to the tables."""

    @classmethod
    def read(cls, conn: sqlite3.Connection, sessions: list[dict[str, Any]]) -> _Here:
        ids = json.dumps([session["id"] for session in sessions])
        return cls({r[0] for r in conn.execute("select id from sites")},
                   dict(conn.execute("select alias_id, site_id from site_aliases").fetchall()),
                   {r[0]: r[1:] for r in conn.execute("select id, versions, updated_at, device_id, edits, key from "
                                                      "sessions where id in (select value from json_each(?))", [ids])},
                   count(conn.execute("select coalesce(max(key), 0) + 1 from sessions").fetchone()[0]))


def _merge_sessions(conn: sqlite3.Connection, here: _Here, batch: list[dict[str, Any]], merge: Merge,
                    keep_names: bool) -> None:
    """Decide for each session of `batch` which copy is kept, then write the batch at once."""
    summary = merge.summary
    writes: list[tuple[list[Any], dict[str, Any]]] = []
    replaced: list[tuple[int]] = []
    merged_only: list[tuple[str, str]] = []
    for session in batch:
        row = _session_row(here, session)
        local = here.sessions.get(row[1])
        if local is None:
            row[0] = next(here.keys)
            writes.append((row, session))
            summary.new += 1
        elif row[-1] == local[0] and (row[-2], row[SESSION_ROW.index("updated_at")], row[SESSION_ROW.index(
                "device_id")] or "") == (local[3], local[1], local[2] or ""):
            summary.unchanged += 1  # the same copy as here (the usual case on a second import): nothing to merge
        else:
            mine = stored_edit(*local[:4])
            row[-1] = versions_text(merged_versions(mine.versions, session["versions"]))
            if _incoming_wins(merge, mine, incoming_edit(session), session):
                row[0] = local[4]
                writes.append((row, session))
                replaced.append((row[0],))
            elif row[-1] != local[0]:
                merged_only.append((row[-1], row[1]))
    conn.executemany("update sessions set versions = ? where id = ?", merged_only)
    _write_sessions(conn, writes, replaced, keep_names)


def _session_row(here: _Here, session: dict[str, Any]) -> list[Any]:
    """The session's columns as the sessions table holds them (see SESSION_ROW): its key still to be chosen, its site
    as known here, its versions as text."""
    row = [None, *map(session.get, SESSION_COLUMNS)]
    row[SITE_AT] = here.aliases.get(row[SITE_AT], row[SITE_AT])
    if row[SITE_AT] not in here.sites:
        raise ExchangeError(f"session {row[1]}: its site is neither in the file nor on this laptop")
    row[-2] = edit_count(session)
    row[-1] = versions_text(session["versions"])
    return row


def _write_sessions(conn: sqlite3.Connection, writes: list[tuple[list[Any], dict[str, Any]]],
                    replaced: list[tuple[int]], keep_names: bool) -> None:
    """Insert or replace the winning sessions with their details, in bulk (row-by-row writes are 10x slower).

    Without names in the file, the roster already here is kept, unless the session is now one for young people:
    the roster follows the audience."""
    details = {key: spec for key, spec in DETAILS.items() if key != "roster" or not keep_names}
    for table, _columns in details.values():
        conn.executemany(f"delete from {table} where session_key = ?", replaced)
    if keep_names and replaced:
        keys = set(chain.from_iterable(replaced))
        conn.executemany("delete from roster where session_key = ?", [
            (row[0],) for row, session in writes if row[0] in keys and session["audience"] in YOUTH_AUDIENCES])
    insert_rows(conn, "sessions", SESSION_ROW, list(chain.from_iterable(row for row, _session in writes)), upsert=True)
    for key, (table, columns) in details.items():
        insert_rows(conn, table, ("session_key", *columns), _detail_values(writes, key))


def _detail_values(writes: list[tuple[list[Any], dict[str, Any]]], key: str) -> list[Any]:
    """The rows of one detail table for the sessions written, laid end to end (no tuple per row: they add up)."""
    values: list[Any] = []
    for row, session in writes:
        if key == "roster" and session.get("audience") in YOUTH_AUDIENCES:
            continue  # a youth session never holds names
        for detail in session.get(key, ()):
            values.append(row[0])
            values.extend(detail)
    return values


def _incoming_wins(merge: Merge, local: Edit, incoming: Edit, session: dict[str, Any]) -> bool:
    """Count the session in the summary and say whether the incoming copy replaces the local one."""
    relation = compare(local.versions, incoming.versions)
    if relation == "apart":
        return merge.conflict("session", session["id"], session["date"], local, incoming)
    wins = replaces(local, incoming)
    if wins:
        merge.summary.updated += 1
    else:
        merge.summary.unchanged += 1
    return wins
