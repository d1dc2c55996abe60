"""Records travel between laptops as one file: export this laptop's records, import and merge another's.

Merging is by UUID. Each record carries a version vector (device id -> edits made there): an incoming record that
builds on ours replaces it, one ours builds on changes nothing, and two edits made apart are a conflict that the
newer edit wins (ties broken by device id, so every laptop picks the same). The merged vector covers both, so
importing the same file again, or files in another order, ends in the same state. Deletions are tombstones and
travel like any edit. A file is checked whole (format, schema, checksum, every field) before anything is written,
and the merge is one transaction (several files may share one): a bad file or a cancel changes nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, count, repeat
from pathlib import Path
from typing import Any, NamedTuple

from ..files import write_bytes_whole
from ..model import YOUTH_AUDIENCES
from .schema import DETAIL_COLUMNS, RECORDS_VERSION
from .store import RecordsStore, now

FORMAT = "upstream-records"
FORMAT_VERSION = 2
"""2: the checksum comes first and covers the exact bytes after it. Files of format 1 (whose checksum covered a
sorted re-dump of the payload, slow to check) are still read."""
SEAL = b'{"sha256": "'
"""How a file of format 2 begins: then the checksum, then '", ' and the bytes it covers."""
SEALED_FROM = len(SEAL) + 64 + len(b'", ')
SESSION_COLUMNS = ("id", "date", "start_time", "minutes", "site_id", "audience", "grade_band", "languages",
                   "facilitators", "delivery", "participants", "referrals", "curriculum_version", "notes",
                   "created_at", "updated_at", "deleted_at", "device_id", "versions")
SITE_COLUMNS = ("id", "name", "site_type", "county", "created_at", "updated_at", "deleted_at", "device_id", "versions")
"""Both lists start with the id and end with the version vector, which the code relies on."""
SESSION_ROW = ("key", *SESSION_COLUMNS)
"""A session as the merge writes it: the key it is stored under on this laptop (see schema.key_details_by_session),
then what the file holds."""
SITE_AT = SESSION_ROW.index("site_id")
DETAILS = {key: (table, tuple(DETAIL_COLUMNS[table].split(", "))) for key, table in (
    ("modules", "session_modules"), ("sections", "section_fidelity"), ("breakdowns", "breakdowns"),
    ("tallies", "survey_tallies"), ("marks", "survey_marks"), ("roster", "roster"))}
"""File key -> (table, columns): a session's details are lists of rows, in the order the table lists its columns."""
SITE_FIELDS = {"id": str, "name": str, "updated_at": str, "versions": dict}
SESSION_FIELDS = {"id": str, "date": str, "site_id": str, "participants": int, "updated_at": str, "versions": dict,
                  "modules": list}
VALUES = frozenset({str, int, float, bool, type(None)})
"""What a column may hold in the file; anything else (a list, an object) SQLite could not store."""
ROW = frozenset({list})
WIDTHS = {key: frozenset({len(columns)}) for key, (_table, columns) in DETAILS.items()}
DEVICE_ID = re.compile(r"[0-9a-f-]{36}")
REPORT_EVERY = 200
"""Records merged between two calls of the progress callback."""
ROWS_PER_STATEMENT = 50
"""Rows in one INSERT: SQLite's per-statement cost is most of what a small row costs."""
BULK_PRAGMAS = {"temp_store": "memory", "cache_size": -131_072, "foreign_keys": "off"}
"""For the length of an import: the statement journal of a many-row INSERT stays in memory (spilled to a temporary
file, it was 40% of an import's disk writes); the page cache (in KiB) holds the pages a file's merge touches, so none
is written out twice; and SQLite does not look up each detail row's session, as every key the merge writes is one it
has just given a session or read from one, and every site one it found here (a tenth of a merge's time)."""
Progress = Callable[[int, int], bool]
"""(done, total) -> keep going?"""
Stop = Callable[[], bool]
"""Asked between steps of reading a file: True ends it with ImportCancelled."""


class ExchangeError(Exception):
    """The file cannot be imported, and nothing was changed.

    str() is the detailed reason in English, for the command line and the log; `code` ("unreadable", "not_ours",
    "newer", "altered" or "bad_content") and `values` (the record's "kind" and "number", the "file" name) let a
    screen say it in its own language."""

    def __init__(self, message: str, code: str = "bad_content", **values: str) -> None:
        super().__init__(message)
        self.code, self.values = code, values


class ImportCancelled(Exception):
    """The person stopped the import; the transaction was rolled back (or nothing was written yet)."""


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


# --- export ---------------------------------------------------------------------------------------------------
def export_records(store: RecordsStore, path: Path, include_names: bool = False) -> int:
    """Write every site and session (tombstones too) to `path`; returns the number of sessions.

    Adult-training rosters hold names, so they leave the laptop only with include_names."""
    db = store.db
    details: dict[str, dict[str, list[list[Any]]]] = {key: {} for key in DETAILS}
    for key, (table, columns) in DETAILS.items():
        if key == "roster" and not include_names:
            continue
        order = "d.session_key, d.position" if key == "modules" else "d.session_key"
        for row in db.execute(f"select s.id, {', '.join(f'd.{c}' for c in columns)} from {table} d "
                              f"join sessions s on s.key = d.session_key order by {order}"):
            details[key].setdefault(row[0], []).append(list(row[1:]))
    sessions = []
    for row in db.query(f"select {', '.join(SESSION_COLUMNS)} from sessions order by id"):
        row["versions"] = json.loads(row["versions"] or "{}")
        for key in DETAILS:
            if key != "roster" or include_names:
                row[key] = details[key].get(row["id"], [])
        sessions.append(row)
    sites = []
    for row in db.query(f"select {', '.join(SITE_COLUMNS)} from sites order by id"):
        row["versions"] = json.loads(row["versions"] or "{}")
        sites.append(row)
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": RECORDS_VERSION,
                "device_id": store.device_id, "exported_at": now(), "names_included": include_names,
                "payload": {"sites": sites, "sessions": sessions}}
    write_bytes_whole(path, sealed(document))
    return len(sessions)


def sealed(document: dict[str, Any]) -> bytes:
    """The bytes of a file of format 2: the checksum first, over the exact bytes that follow it, so checking it
    needs one pass of sha256 over the file rather than a sorted re-dump of its contents."""
    body = json.dumps(document, ensure_ascii=False)[1:].encode("utf-8")  # what follows the opening brace
    return SEAL + hashlib.sha256(body).hexdigest().encode("ascii") + b'", ' + body


def _canonical_checksum(payload: dict[str, Any]) -> str:
    """The checksum of format 1."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading and checking ---------------------------------------------------------------------------------------
def read_exchange(path: Path, stop: Stop | None = None) -> dict[str, Any]:
    """The file's contents, or ExchangeError saying what is wrong with it (naming the file).

    A very large file takes seconds, so `stop` is asked between steps (see Stop)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror or error})", "unreadable",
                             file=path.name) from error
    with _naming(path), _collector_paused():
        return _check_document(raw, stop)


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Errors about a file's contents say which file: an import may take several."""
    try:
        yield
    except ExchangeError as error:
        raise ExchangeError(f"{path}: {error}", error.code, **{**error.values, "file": path.name}) from None


def _check_document(raw: bytes, stop: Stop | None) -> dict[str, Any]:
    _stop_if(stop)
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExchangeError(f"not an Upstream records file, or it is damaged ({error})", "not_ours") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError("not an Upstream records file", "not_ours")
    _check_version(document)
    _stop_if(stop)
    payload = document.get("payload")
    if not isinstance(payload, dict) or not _checksum_matches(raw, document):
        raise ExchangeError("the file was changed or damaged after it was exported (its checksum does not match)",
                            "altered")
    _stop_if(stop)
    _check_payload(payload)
    return document


def _stop_if(stop: Stop | None) -> None:
    if stop is not None and stop():
        raise ImportCancelled


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading and merging make hundreds of thousands of small lists and tuples that form no cycles; Python's cycle
    collector would walk them, and the whole parsed file, again and again while they are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_version(document: dict[str, Any]) -> None:
    version, ours = document.get("format_version"), RECORDS_VERSION
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION or not isinstance(document.get("schema"), int):
        raise ExchangeError("made by a different version of Upstream that this one cannot read", "newer")
    if document["schema"] > ours:
        raise ExchangeError(f"made by a newer Upstream (records version {document['schema']}, this one reads up to "
                            f"{ours}); update Upstream on this laptop first", "newer")


def _checksum_matches(raw: bytes, document: dict[str, Any]) -> bool:
    if document["format_version"] == 1:
        return _canonical_checksum(document["payload"]) == document.get("sha256")
    return raw[:SEALED_FROM] == SEAL + hashlib.sha256(raw[SEALED_FROM:]).hexdigest().encode("ascii") + b'", '


def _check_payload(payload: dict[str, Any]) -> None:
    """Every field of every record, checked a column at a time over the whole file (record by record took longer
    than the merge); only when something is wrong are the records walked one by one, to say which and what."""
    sites, sessions = payload.get("sites"), payload.get("sessions")
    if not isinstance(sites, list) or not isinstance(sessions, list):
        raise ExchangeError("the file has no list of sites or sessions")
    if not (_records_fit(sites, SITE_FIELDS, SITE_COLUMNS) and _records_fit(sessions, SESSION_FIELDS, SESSION_COLUMNS)
            and _sessions_fit(sessions)):
        _name_the_problem(sites, sessions)
    _require_unique("site", sites)
    _require_unique("session", sessions)


def _records_fit(records: list[Any], fields: dict[str, type], columns: Sequence[str]) -> bool:
    """The whole-list form of _require."""
    if not set(map(type, records)) <= {dict}:
        return False
    for name, expected in fields.items():
        values = list(map(dict.get, records, repeat(name)))
        if not set(map(type, values)) <= {expected} or (expected is str and not all(values)):
            return False
    versions = list(map(dict.get, records, repeat("versions")))
    return (all(map(DEVICE_ID.fullmatch, set(chain.from_iterable(versions))))
            and set(map(type, chain.from_iterable(map(dict.values, versions)))) <= {int}
            and set(map(type, chain.from_iterable(map(dict.get, records, repeat(c)) for c in columns[:-1]))) <= VALUES)


def _sessions_fit(sessions: list[dict[str, Any]]) -> bool:
    """The whole-list form of _check_session."""
    try:
        for date in set(map(dict.get, sessions, repeat("date"))):
            dt.date.fromisoformat(date)
    except ValueError:
        return False
    if min(map(dict.get, sessions, repeat("participants")), default=0) < 0:
        return False
    for key in DETAILS:
        lists = list(map(dict.get, sessions, repeat(key), repeat([])))
        if not set(map(type, lists)) <= ROW:
            return False
        rows = list(chain.from_iterable(lists))
        if not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]
                and set(map(type, chain.from_iterable(rows))) <= VALUES):
            return False
    return True


def _name_the_problem(sites: list[Any], sessions: list[Any]) -> None:
    for index, site in enumerate(sites, start=1):
        _require(site, "site", index, SITE_FIELDS, SITE_COLUMNS)
    for index, session in enumerate(sessions, start=1):
        _require(session, "session", index, SESSION_FIELDS, SESSION_COLUMNS)
        _check_session(session, index)
    raise ExchangeError("the file is not as Upstream writes it")  # the two forms of the checks disagree


def _require(record: Any, kind: str, index: int, fields: dict[str, type], columns: Sequence[str]) -> None:
    where, at = f"{kind} {index}", {"kind": kind, "number": str(index)}
    if not isinstance(record, dict):
        raise ExchangeError(f"{where}: not a record", **at)
    for name, expected in fields.items():
        value = record.get(name)
        if not isinstance(value, expected) or isinstance(value, bool) or (expected is str and not value):
            raise ExchangeError(f"{where} ({record.get('id', 'no id')}): '{name}' is missing or not a "
                                f"{expected.__name__}", **at)
    versions = record["versions"]
    if not all(map(DEVICE_ID.fullmatch, versions)) or not set(map(type, versions.values())) <= {int}:
        raise ExchangeError(f"{where} ({record['id']}): 'versions' is not in the expected shape", **at)
    if not set(map(type, map(record.get, columns[:-1]))) <= VALUES:  # the last column, versions, is checked above
        raise ExchangeError(f"{where} ({record['id']}): a field holds a list or an object", **at)


def _check_session(session: dict[str, Any], index: int) -> None:
    where, at = f"session {index} ({session['id']})", {"kind": "session", "number": str(index)}
    try:
        dt.date.fromisoformat(session["date"])
    except ValueError as error:
        raise ExchangeError(f"{where}: date '{session['date']}' is not a date", **at) from error
    if session["participants"] < 0:
        raise ExchangeError(f"{where}: participants is negative", **at)
    for key in DETAILS:
        rows = session.get(key, [])
        if type(rows) is not list or not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]
                                          and set(map(type, chain.from_iterable(rows))) <= VALUES):
            raise ExchangeError(f"{where}: '{key}' is not in the expected shape", **at)


def _require_unique(kind: str, records: list[dict[str, Any]]) -> None:
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        raise ExchangeError(f"the file lists the same {kind} twice")


# --- merging ----------------------------------------------------------------------------------------------------
class _Edit(NamedTuple):
    """A copy of a record as far as merging goes: which edits it holds, and when and where it was last edited."""

    versions: dict[str, int]
    updated_at: str
    device_id: str


@dataclass(frozen=True)
class _Here:
    """What this laptop holds that a file's sessions are merged with, read once per import."""

    sites: set[str]
    aliases: dict[str, str]
    sessions: dict[str, tuple[str, str, str, int]]
    """id -> (versions as stored, updated_at, device_id, key), for the sessions in the file that are already here."""
    keys: Iterator[int]
    """The keys for new sessions, each larger than any here, so their details are appended to the tables."""

    @classmethod
    def read(cls, conn: sqlite3.Connection, sessions: list[dict[str, Any]]) -> _Here:
        ids = json.dumps([session["id"] for session in sessions])
        return cls({r[0] for r in conn.execute("select id from sites")},
                   dict(conn.execute("select alias_id, site_id from site_aliases").fetchall()),
                   {r[0]: r[1:] for r in conn.execute("select id, versions, updated_at, device_id, key from sessions "
                                                      "where id in (select value from json_each(?))", [ids])},
                   count(conn.execute("select coalesce(max(key), 0) + 1 from sessions").fetchone()[0]))


def import_records(store: RecordsStore, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Merge the file at `path` into `store`, all or nothing."""
    return merge_document(store, read_exchange(path), progress)


def merge_document(store: RecordsStore, document: dict[str, Any], progress: Progress | None = None) -> ImportSummary:
    """Merge a file already checked by read_exchange (so a caller can check it, back up, then merge without reading
    the file twice)."""
    with _bulk_import(store):
        return _merge(store.db.conn, document, progress)


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
            with _naming(path):
                summaries.append(_merge(store.db.conn, document, _share(progress, index, len(paths))))
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
        with _collector_paused(), store.db.atomic():
            yield
    finally:
        for name, value in saved.items():
            conn.execute(f"pragma {name} = {value}")


def _merge(conn: sqlite3.Connection, document: dict[str, Any], progress: Progress | None = None) -> ImportSummary:
    """The merge of one file, inside the caller's transaction.

    A constraint the checks cannot see (the same detail twice in a session) refuses the file like a bad field."""
    payload, keep_names = document["payload"], not document.get("names_included", False)
    sites, sessions = payload["sites"], payload["sessions"]
    summary, total = ImportSummary(), len(sites) + len(sessions)
    try:
        for done, site in enumerate(sites, start=1):
            _merge_site(conn, site, summary)
            _report(progress, done, total)
        here = _Here.read(conn, sessions)
        for done, batch in _batches(sessions, len(sites)):
            _merge_sessions(conn, here, batch, summary, keep_names)
            _report(progress, len(sites) + done, total)
    except sqlite3.IntegrityError as error:
        raise ExchangeError(f"the file holds records that cannot be stored together ({error})") from error
    return summary


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


def _merge_site(conn: sqlite3.Connection, site: dict[str, Any], summary: ImportSummary) -> None:
    if conn.execute("select 1 from site_aliases where alias_id = ?", [site["id"]]).fetchone():
        summary.unchanged += 1  # already known here under the id of the same place
        return
    row = [site.get(column) for column in SITE_COLUMNS]
    local = conn.execute("select versions, updated_at, device_id from sites where id = ?", [site["id"]]).fetchone()
    if local is None:
        twin = conn.execute("select id from sites where deleted_at is null and name = ? collate nocase and "
                            "coalesce(county, '') = ? collate nocase and id != ?",
                            [site["name"], site.get("county") or "", site["id"]]).fetchone()
        if twin is not None:  # the same place, entered on two laptops: keep one, remember the other's id
            conn.execute("insert into site_aliases (alias_id, site_id) values (?, ?)", [site["id"], twin[0]])
            summary.unchanged += 1
            return
        row[-1] = _versions_text(site["versions"])
        _insert(conn, "sites", SITE_COLUMNS, row)
        summary.new += 1
        return
    mine = _stored_edit(*local)
    row[-1] = _versions_text(_merged_versions(mine.versions, site["versions"]))
    if _incoming_wins(mine, _incoming_edit(site), summary, ("site", site["name"])):
        _insert(conn, "sites", SITE_COLUMNS, row, upsert=True)
    elif row[-1] != local[0]:
        conn.execute("update sites set versions = ? where id = ?", [row[-1], site["id"]])


def _merge_sessions(conn: sqlite3.Connection, here: _Here, batch: list[dict[str, Any]], summary: ImportSummary,
                    keep_names: bool) -> None:
    """Decide for each session of `batch` which copy is kept, then write the batch at once."""
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
        elif row[-1] == local[0]:  # the same edits as here (the usual case on a second import): nothing to merge
            summary.unchanged += 1
        else:
            mine = _stored_edit(*local[:3])
            row[-1] = _versions_text(_merged_versions(mine.versions, session["versions"]))
            if _incoming_wins(mine, _incoming_edit(session), summary, ("session", session["date"])):
                row[0] = local[3]
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
    row[-1] = _versions_text(session["versions"])
    return row


def _write_sessions(conn: sqlite3.Connection, writes: list[tuple[list[Any], dict[str, Any]]],
                    replaced: list[tuple[str]], keep_names: bool) -> None:
    """Insert or replace the winning sessions with their details, in bulk (row-by-row writes are 10x slower).

    Without names in the file, the roster already here is kept."""
    details = {key: spec for key, spec in DETAILS.items() if key != "roster" or not keep_names}
    for table, _columns in details.values():
        conn.executemany(f"delete from {table} where session_key = ?", replaced)
    _insert(conn, "sessions", SESSION_ROW, list(chain.from_iterable(row for row, _session in writes)), upsert=True)
    for key, (table, columns) in details.items():
        _insert(conn, table, ("session_key", *columns), _detail_values(writes, key))


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


def _insert(conn: sqlite3.Connection, table: str, columns: Sequence[str], values: list[Any],
            upsert: bool = False) -> None:
    """Insert the rows whose values lie end to end in `values` (or replace them by id, with upsert, keeping the
    stored key), ROWS_PER_STATEMENT at a time."""
    width, step = len(columns), ROWS_PER_STATEMENT * len(columns)
    whole = len(values) - len(values) % step
    conn.executemany(_insert_sql(table, tuple(columns), ROWS_PER_STATEMENT, upsert),
                     (values[start:start + step] for start in range(0, whole, step)))
    conn.executemany(_insert_sql(table, tuple(columns), 1, upsert),
                     (values[start:start + width] for start in range(whole, len(values), width)))


@cache
def _insert_sql(table: str, columns: tuple[str, ...], rows: int, upsert: bool) -> str:
    one = f"({', '.join('?' * len(columns))})"
    sql = f"insert into {table} ({', '.join(columns)}) values {', '.join([one] * rows)}"
    if upsert:
        sql += " on conflict(id) do update set " + ", ".join(f"{c} = excluded.{c}" for c in columns
                                                              if c not in ("key", "id"))
    return sql


def _stored_edit(versions: str | None, updated_at: str, device_id: str | None) -> _Edit:
    return _Edit(json.loads(versions or "{}"), updated_at, device_id or "")


def _incoming_edit(record: dict[str, Any]) -> _Edit:
    return _Edit(record["versions"], record["updated_at"], record.get("device_id") or "")


def _merged_versions(mine: dict[str, int], incoming: dict[str, int]) -> dict[str, int]:
    return {device: max(mine.get(device, 0), incoming.get(device, 0)) for device in mine.keys() | incoming}


def _versions_text(versions: dict[str, int]) -> str:
    """Canonical JSON for a version vector; written by hand as json.dumps costs a third of a large import.
    The keys are device UUIDs (checked on reading), so they need no escaping."""
    return "{" + ", ".join(f'"{device}": {int(count)}' for device, count in sorted(versions.items())) + "}"


def _incoming_wins(local: _Edit, incoming: _Edit, summary: ImportSummary, label: tuple[str, str]) -> bool:
    """Count the record in `summary` and say whether the incoming copy replaces the local one."""
    relation = _compare(local.versions, incoming.versions)
    if relation in ("same", "local_newer"):
        summary.unchanged += 1
        return False
    if relation == "incoming_newer":
        summary.updated += 1
        return True
    wins = (incoming.updated_at, incoming.device_id) > (local.updated_at, local.device_id)
    when = (incoming if wins else local).updated_at[:16].replace("T", " ")
    summary.conflicts.append(Conflict(*label, kept_theirs=wins, when=when))
    return wins


def _compare(local: dict[str, int], incoming: dict[str, int]) -> str:
    devices = local.keys() | incoming.keys()
    ahead = any(incoming.get(d, 0) > local.get(d, 0) for d in devices)
    behind = any(incoming.get(d, 0) < local.get(d, 0) for d in devices)
    return {(False, False): "same", (True, False): "incoming_newer", (False, True): "local_newer"}.get(
        (ahead, behind), "apart")
