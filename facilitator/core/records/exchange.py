"""Records travel between laptops as one file: export this laptop's records, import and merge another's.

Merging is by UUID. Each record carries a version vector (device id -> edits made there): an incoming record that
builds on ours replaces it, one ours builds on changes nothing, and two edits made apart are a conflict. Whatever
the case, the copy kept is the one made after more edits, then the newer, then the one from the larger device id
(see _Edit.precedence: each copy keeps its own count through merges, and a copy that builds on another always has
more), so every laptop keeps the same copy in whatever order files arrive, and a laptop whose clock runs ahead does
not win every conflict. The merged vector covers both, so importing the same file again changes nothing; and the
merge keeps a note of the conflict that travels in the file, so the other laptops report it too, once. Deletions
are tombstones and travel like any edit. The same place entered on two laptops is one site: a laptop keeps the
other's id as an alias, and the aliases travel, so a rename reaches every laptop whatever id it knows the place by.
A file is read with bounded memory, then checked whole (format, schema, checksum, and every field by the rules the
log form keeps, see validation.Rules) before anything is written, and the merge is one transaction (several files
may share one): a bad file or a cancel changes nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import sqlite3
import stat
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, compress, count, repeat
from operator import is_not, itemgetter, le, lt
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import UpstreamError
from ..files import write_bytes_whole
from ..model import YOUTH_AUDIENCES, Curriculum
from .names import site_key, tidy
from .schema import DETAIL_COLUMNS, RECORDS_VERSION
from .store import RecordsStore, now
from .validation import (
    DEVICE_ID,
    MAX_ID,
    MAX_SITE_NAME,
    Choice,
    Field,
    FieldError,
    Pattern,
    Rules,
    Text,
    Timestamp,
    Versions,
    category_problem,
    mark_problem,
    roster_problem,
    shown,
    tally_problems,
    total_problems,
)

FORMAT = "upstream-records"
FORMAT_VERSION = 3
"""3: the payload also lists the sites' aliases and the notes of conflicts merges resolved. 2: the checksum comes
first and covers the exact bytes after it. Files of format 1 (whose checksum covered a sorted re-dump of the
payload, slow to check) and 2 are still read."""
SEAL = b'{"sha256": "'
"""How a file of format 2 or 3 begins: then the checksum, then '", ' and the bytes it covers."""
SEALED_FROM = len(SEAL) + 64 + len(b'", ')
MAX_FILE_BYTES = 500_000_000
"""A file of 100,000 sessions (bench/merge.py's) is 120 MB; a larger file is refused before it is read, as
reading and checking it would take gigabytes of memory."""
READ_CHUNK = 4 * 1024 * 1024
"""Bytes read between two questions to `stop`."""
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
SITE_TYPES_IN_FILE = {"id": str, "name": str, "updated_at": str, "versions": dict}
SESSION_TYPES_IN_FILE = {"id": str, "date": str, "site_id": str, "participants": int, "updated_at": str,
                         "versions": dict, "modules": list}
"""The fields every record has, and their types: the first thing checked, so a message can name the record."""
VERSIONS = Versions()
VALUES = frozenset({str, int, float, bool, type(None)})
"""What a column may hold in the file; anything else (a list, an object) SQLite could not store."""
ROW = frozenset({list})
WIDTHS = {key: frozenset({len(columns)}) for key, (_table, columns) in DETAILS.items()}
REPORT_EVERY = 200
"""Records merged between two calls of the progress callback."""
ASK_STOP_EVERY = 2_000
"""Records checked one by one (to name a problem) between two questions to `stop`."""
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


# --- export ---------------------------------------------------------------------------------------------------
def export_records(store: RecordsStore, path: Path, include_names: bool = False) -> int:
    """Write every site and session (tombstones too), the sites' aliases and the notes of conflicts to `path`;
    returns the number of sessions.

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
    aliases = [list(row) for row in db.execute("select alias_id, site_id from site_aliases order by alias_id")]
    conflicts = list(db.query(f"select {', '.join(CONFLICT_FIELDS)} from conflicts order by id"))
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": RECORDS_VERSION,
                "device_id": store.device_id, "exported_at": now(), "names_included": include_names,
                "payload": {"sites": sites, "sessions": sessions, "aliases": aliases, "conflicts": conflicts}}
    write_bytes_whole(path, sealed(document))
    return len(sessions)


def sealed(document: dict[str, Any]) -> bytes:
    """The bytes of a file of format 2 or later: the checksum first, over the exact bytes that follow it, so checking it
    needs one pass of sha256 over the file rather than a sorted re-dump of its contents."""
    body = json.dumps(document, ensure_ascii=False)[1:].encode("utf-8")  # what follows the opening brace
    return SEAL + hashlib.sha256(body).hexdigest().encode("ascii") + b'", ' + body


def _canonical_checksum(payload: dict[str, Any]) -> str:
    """The checksum of format 1."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading and checking ---------------------------------------------------------------------------------------
def read_exchange(path: Path, stop: Stop | None = None, curriculum: Curriculum | None = None) -> dict[str, Any]:
    """The file's contents, or ExchangeError saying what is wrong with it (naming the file).

    Its sessions may refer only to what `curriculum` holds (by default the bundled one, as the app and the command
    line load it). A very large file takes seconds, so `stop` is asked between steps (see Stop)."""
    raw = _read_bounded(path, stop)
    with _naming(path), _collector_paused():
        return _check_document(raw, stop, Rules.of(curriculum or _bundled_curriculum(), dt.date.today()))


@cache
def _bundled_curriculum() -> Curriculum:
    from ..content.cache import load_curriculum_cached

    return load_curriculum_cached()


def _read_bounded(path: Path, stop: Stop | None) -> bytearray:
    """The bytes of a regular file of at most MAX_FILE_BYTES, read a chunk at a time. A pipe, a device or a folder
    is refused before it is opened (reading one could wait for ever, or never end), and opening does not wait."""
    try:
        status = os.stat(path)
        _require_regular(path, status)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb", buffering=0) as handle:
            _require_regular(path, os.fstat(descriptor))  # the same file as the one looked at
            raw = bytearray()
            while chunk := handle.read(READ_CHUNK):
                raw += chunk
                if len(raw) > MAX_FILE_BYTES:
                    _too_large(path)
                _stop_if(stop)
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror or error})", "unreadable",
                            file=path.name) from error
    return raw


def _require_regular(path: Path, status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise ExchangeError(f"{path}: not a file but a folder, a device or a pipe", "not_a_file", file=path.name)
    if status.st_size > MAX_FILE_BYTES:
        _too_large(path)


def _too_large(path: Path) -> None:
    raise ExchangeError(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB, more than any records file",
                        "too_large", file=path.name, limit=str(MAX_FILE_BYTES // 1_000_000))


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Errors about a file's contents say which file: an import may take several."""
    try:
        yield
    except ExchangeError as error:
        raise ExchangeError(f"{path}: {error}", error.code, error.problem,
                            **{**error.values, "file": path.name}) from None


def _check_document(raw: bytearray, stop: Stop | None, rules: Rules) -> dict[str, Any]:
    _stop_if(stop)
    try:
        document = json.loads(raw)
    except ValueError as error:  # not UTF-8, not JSON, or a number of thousands of digits
        raise ExchangeError(f"not an Upstream records file, or it is damaged ({shown(str(error))})",
                            "not_ours") from error
    except RecursionError as error:
        raise ExchangeError("not an Upstream records file, or it is damaged (brackets nested too deep)",
                            "not_ours") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError("not an Upstream records file", "not_ours")
    _check_version(document)
    _stop_if(stop)
    payload = document.get("payload")
    if not isinstance(payload, dict) or not _checksum_matches(raw, document):
        raise ExchangeError("the file was changed or damaged after it was exported (its checksum does not match)",
                            "altered")
    _stop_if(stop)
    _check_payload(payload, rules, stop)
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
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION or type(document.get("schema")) is not int:
        raise ExchangeError("made by a different version of Upstream that this one cannot read", "newer")
    if document["schema"] > ours:
        raise ExchangeError(f"made by a newer Upstream (records version {document['schema']}, this one reads up to "
                            f"{ours}); update Upstream on this laptop first", "newer")


def _checksum_matches(raw: bytearray, document: dict[str, Any]) -> bool:
    if document["format_version"] == 1:
        return _canonical_checksum(document["payload"]) == document.get("sha256")
    digest = hashlib.sha256(memoryview(raw)[SEALED_FROM:]).hexdigest().encode("ascii")
    return raw[:SEALED_FROM] == SEAL + digest + b'", '


def _check_payload(payload: dict[str, Any], rules: Rules, stop: Stop | None = None) -> None:
    """Every field of every record, checked a column at a time over the whole file (record by record took longer
    than the merge); only when something is wrong are the records walked one by one, to say which and what. Site
    names are checked as they will be stored (names.tidy). `stop` is asked between the steps."""
    sites, sessions = payload.get("sites"), payload.get("sessions")
    if not isinstance(sites, list) or not isinstance(sessions, list):
        raise ExchangeError("the file has no list of sites or sessions")
    _tidy_site_names(sites)
    steps = (lambda: _records_fit(sites, SITE_TYPES_IN_FILE, SITE_COLUMNS), lambda: _columns_fine(sites, rules.site),
             lambda: _records_fit(sessions, SESSION_TYPES_IN_FILE, SESSION_COLUMNS),
             lambda: _columns_fine(sessions, rules.session), lambda: _details_fine(sessions, rules))
    for fine in steps:
        _stop_if(stop)
        if not fine():
            _name_the_problem(sites, sessions, rules, stop)
    _require_unique("site", sites)
    _require_unique("session", sessions)
    _check_aliases(payload.get("aliases", []))
    _check_conflicts(payload.get("conflicts", []))


def _records_fit(records: list[Any], fields: dict[str, type], columns: Sequence[str]) -> bool:
    """The whole-list form of _require."""
    if not set(map(type, records)) <= {dict}:
        return False
    for name, expected in fields.items():
        values = list(map(dict.get, records, repeat(name)))
        if not set(map(type, values)) <= {expected} or (expected is str and not all(values)):
            return False
    return set(map(type, chain.from_iterable(map(dict.get, records, repeat(c)) for c in columns[:-1]))) <= VALUES


def _columns_fine(records: list[dict[str, Any]], rules: Mapping[str, Field]) -> bool:
    """Every column keeps its rule (see validation.Field.fine)."""
    return all(rule.fine(list(map(dict.get, records, repeat(name)))) for name, rule in rules.items())


def _details_fine(sessions: list[dict[str, Any]], rules: Rules) -> bool:
    """The whole-list form of _check_session and _detail_problem: each detail's rows are in shape and keep their
    rules, then the rules across them hold."""
    unique: dict[str, list[Any]] = {}
    for key, checks in rules.details.items():
        lists = list(map(dict.get, sessions, repeat(key), repeat([])))
        if not set(map(type, lists)) <= ROW:
            return False
        rows = list(chain.from_iterable(lists))
        if not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]):
            return False
        # Equal rows are checked once (a file repeats most). A value equal to a good one (True to 1, 1.0 to 1) may
        # hide behind it, and SQLite stores it as that one; a list or an object in a row cannot be compared.
        try:
            unique[key] = list(set(map(tuple, rows)))
        except TypeError:
            return False
        columns = zip(*unique[key], strict=True)
        if rows and not all(check.fine(list(column)) for check, column in zip(checks, columns, strict=True)):
            return False
    modules = list(map(len, map(dict.get, sessions, repeat("modules"))))
    return (min(modules, default=1) > 0 and _pairs_fine(unique, rules) and _tallies_fine(unique["tallies"])
            and not any(map(_totals_problem, _may_exceed(sessions, unique["breakdowns"])))
            and not any(map(_youth_roster, sessions)) and not _any_repeated_detail(sessions))


KEY_WIDTHS = {"modules": 1, "sections": 2, "breakdowns": 2, "tallies": 2, "marks": 3, "roster": 1}
"""How many of a detail row's first columns say which one it is (its table's key, the session aside): two rows of
a session alike in these are the same detail twice, which the log form cannot make and the table cannot hold."""
KEY_PARTS = {key: itemgetter(slice(0, width)) for key, width in KEY_WIDTHS.items()}


def _any_repeated_detail(sessions: list[dict[str, Any]]) -> bool:
    """The whole-list form of _repeated_detail: a table at a time, asking only about sessions with two rows or more."""
    for key, part in KEY_PARTS.items():
        lists = list(map(dict.get, sessions, repeat(key), repeat(())))
        lengths = list(map(len, lists))
        for rows in compress(lists, map(lt, repeat(1), lengths)):
            if len(set(map(tuple, map(part, rows)))) < len(rows):
                return True
    return False


def _repeated_detail(session: dict[str, Any]) -> FieldError | None:
    for key, width in KEY_WIDTHS.items():
        rows = session.get(key, ())
        if len(rows) > 1 and len(set(map(tuple, map(KEY_PARTS[key], rows)))) < len(rows):
            seen: set[tuple[Any, ...]] = set()
            twice = next(row for row in rows if tuple(row[:width]) in seen or seen.add(tuple(row[:width])))
            return FieldError(key, "listed_twice", {"text": " ".join(map(shown, twice[:width]))})
    return None


def _youth_roster(session: dict[str, Any]) -> FieldError | None:
    """A youth session never holds names: one that comes with a roster is refused, as the log form refuses it."""
    return roster_problem(session["audience"], bool(session.get("roster")))


def _may_exceed(sessions: list[dict[str, Any]], breakdowns: list[Any]) -> list[dict[str, Any]]:
    """The sessions _totals_problem needs asking about: those with answer counts, and those whose breakdowns
    together exceed the total (if they do not, none does). Usually none: no session has more breakdown rows, each
    of the largest count, than the fewest took part in any."""
    lengths = list(map(len, map(dict.get, sessions, repeat("breakdowns"), repeat(()))))
    largest = max((row[2] for row in breakdowns), default=0) * max(lengths, default=0)
    fewest = min(map(dict.get, sessions, repeat("participants")), default=0)
    return [session for session in sessions if session.get("marks") or (largest > fewest and sum(
        row[2] for row in session.get("breakdowns", ())) > session["participants"])]


def _pairs_fine(rows: dict[str, list[Any]], rules: Rules) -> bool:
    """Each breakdown category belongs to its dimension, each answer count's mark to its survey item."""
    return (not any(category_problem("", row[0], row[1]) for row in rows["breakdowns"])
            and not any(mark_problem(rules, "", row[0], row[2]) for row in rows["marks"]))


def _tallies_fine(rows: list[Any]) -> bool:
    """No tally has more right answers than answers."""
    if not rows:
        return True
    _items, _timings, answered, correct = zip(*rows, strict=True)
    counted = list(map(is_not, correct, repeat(None)))
    return all(map(le, compress(correct, counted), compress(answered, counted)))


def _totals_problem(session: dict[str, Any]) -> FieldError | None:
    """The first count that adds up to more than it may: the breakdowns against those who took part, the answer
    counts against those who answered."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for dimension, category, number in session.get("breakdowns", ()):
        counts[dimension][category] = number
    marks: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for item_id, timing, mark, number in session.get("marks", ()):
        marks[(item_id, timing)][mark] = number
    answered = {(item_id, timing): (n, right) for item_id, timing, n, right in session.get("tallies", ())}
    problems = total_problems(counts, session["participants"])
    for (item_id, timing), chosen in marks.items():
        n, right = answered.get((item_id, timing), (0, None))
        problems += tally_problems(f"tallies.{item_id}.{timing}", n, right, chosen)
    return problems[0] if problems else None


def _tidy_site_names(sites: list[Any]) -> None:
    """Site names and counties as they will be stored, so they are checked as stored (a name of spaces is none)."""
    for site in sites:
        if isinstance(site, dict):
            for name in ("name", "county"):
                if isinstance(site.get(name), str):
                    site[name] = tidy(site[name])


def _name_the_problem(sites: list[Any], sessions: list[Any], rules: Rules, stop: Stop | None = None) -> None:
    for index, site in enumerate(sites, start=1):
        _require(site, "site", index, SITE_TYPES_IN_FILE, SITE_COLUMNS)
        _refuse_if(_field_problem(site, rules.site), "site", index, site)
    for index, session in enumerate(sessions, start=1):
        if index % ASK_STOP_EVERY == 0:
            _stop_if(stop)
        _require(session, "session", index, SESSION_TYPES_IN_FILE, SESSION_COLUMNS)
        _check_session(session, index)
        _refuse_if(_field_problem(session, rules.session) or _detail_problem(session, rules), "session", index,
                   session)
    raise ExchangeError("the file is not as Upstream writes it")  # the two forms of the checks disagree


def _require(record: Any, kind: str, index: int, fields: dict[str, type], columns: Sequence[str]) -> None:
    where, at = f"{kind} {index}", {"kind": kind, "number": str(index)}
    if not isinstance(record, dict):
        raise ExchangeError(f"{where}: not a record", **at)
    for name, expected in fields.items():
        value = record.get(name)
        if not isinstance(value, expected) or isinstance(value, bool) or (expected is str and not value):
            raise ExchangeError(f"{where} ({shown(record.get('id', 'no id'))}): '{name}' is missing or not a "
                                f"{expected.__name__}", **at)
    if not VERSIONS.fine([record["versions"]]):
        raise ExchangeError(f"{where} ({shown(record['id'])}): 'versions' is not in the expected shape", **at)
    if not set(map(type, map(record.get, columns[:-1]))) <= VALUES:  # the last column, versions, is checked above
        raise ExchangeError(f"{where} ({shown(record['id'])}): a field holds a list or an object", **at)


def _check_session(session: dict[str, Any], index: int) -> None:
    """The shape of the session's details: lists of rows of the table's width."""
    where, at = f"session {index} ({shown(session['id'])})", {"kind": "session", "number": str(index)}
    for key in DETAILS:
        rows = session.get(key, [])
        if type(rows) is not list or not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]
                                          and set(map(type, chain.from_iterable(rows))) <= VALUES):
            raise ExchangeError(f"{where}: '{key}' is not in the expected shape", **at)


def _field_problem(record: dict[str, Any], rules: Mapping[str, Field]) -> FieldError | None:
    return next(filter(None, (rule.problem(name, record.get(name)) for name, rule in rules.items())), None)


def _detail_problem(session: dict[str, Any], rules: Rules) -> FieldError | None:
    """The first detail row that breaks a rule, named as the log form names it."""
    if not session["modules"]:
        return FieldError("modules", "no_module")
    if problem := _youth_roster(session) or _repeated_detail(session):
        return problem
    for key, checks in rules.details.items():
        for row in session.get(key, ()):
            problem = next(filter(None, (check.problem(_detail_name(key, row, column), value)
                                         for column, (check, value) in enumerate(zip(checks, row, strict=True)))),
                           None)
            if problem is None and key == "breakdowns":
                problem = category_problem(f"breakdowns.{row[0]}", row[0], row[1])
            if problem is None and key == "marks":
                problem = mark_problem(rules, _detail_name(key, row, 2), row[0], row[2])
            if problem is not None:
                return problem
    correct_over = next((row for row in session.get("tallies", ()) if row[3] is not None and row[3] > row[2]), None)
    if correct_over is not None:
        return tally_problems(_detail_name("tallies", correct_over, 3), correct_over[2], correct_over[3], {})[0]
    return _totals_problem(session)


def _detail_name(key: str, row: list[Any], column: int) -> str:
    """What the log form calls the field that a detail row's `column` fills."""
    if key == "breakdowns":  # "breakdowns" (the dimension), "breakdowns.gender", "breakdowns.gender.boy_man"
        return ".".join(["breakdowns", *map(shown, row[:column])])
    if key in ("tallies", "marks"):
        return f"tallies.{shown(row[0])}.{shown(row[1])}"
    return key


def _refuse_if(problem: FieldError | None, kind: str, index: int, record: dict[str, Any]) -> None:
    if problem is not None:
        detail = problem.english().split(": ", 1)[1]
        raise ExchangeError(f"{kind} {index} ({shown(record['id'])}): {problem.field} {detail}", problem=problem,
                            kind=kind, number=str(index))


def _require_unique(kind: str, records: list[dict[str, Any]]) -> None:
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        raise ExchangeError(f"the file lists the same {kind} twice")


def _check_aliases(aliases: Any) -> None:
    """[alias id, site id] pairs: the ids other laptops gave a place this laptop knows by the site id."""
    ids = Text(MAX_ID, required=True)
    if type(aliases) is not list or not all(type(pair) is list and len(pair) == 2 and ids.fine(pair)
                                            for pair in aliases):
        raise ExchangeError("the file's list of site aliases is not as Upstream writes it")


def _check_conflicts(notes: Any) -> None:
    if type(notes) is not list:
        raise ExchangeError("the file's list of conflicts is not as Upstream writes it")
    for index, note in enumerate(notes, start=1):
        if type(note) is not dict:
            raise ExchangeError(f"conflict {index}: not a record")
        problem = _field_problem(note, CONFLICT_FIELDS)
        if problem is not None:
            raise ExchangeError(f"conflict {index}: {problem.english()}", problem=problem)


# --- merging ----------------------------------------------------------------------------------------------------
class _Edit(NamedTuple):
    """A copy of a record as far as merging goes: which edits it holds, and when, where and after how many edits
    it was made."""

    versions: dict[str, int]
    updated_at: str
    device_id: str
    edits: int

    def precedence(self) -> tuple[int, str, str]:
        """Of two copies, the larger wins, on every laptop alike: the one made after more edits (so a laptop whose
        clock runs ahead does not win every conflict), then the newer, then the larger device id. The count is the
        copy's own, kept through merges (see schema.add_edit_ranks), so the kept copy is the largest of all the
        copies a laptop has seen, whatever the order it saw them in."""
        return self.edits, self.updated_at, self.device_id


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


class _Merge:
    """One file's merge: its summary, and the notes of the conflicts it resolves or brings (see schema.add_conflicts).

    A note's id is made from the two copies in conflict (each named by its edit count, time and device, the same
    on every laptop, unlike a site's id), so two laptops that resolve the same conflict write the same note, and each
    laptop reports a conflict once."""

    def __init__(self, conn: sqlite3.Connection, device_id: str) -> None:
        self.conn, self.device_id, self.summary = conn, device_id, ImportSummary()
        self.noted = {row[0] for row in conn.execute("select id from conflicts")}

    def conflict(self, kind: str, record_id: str, name: str, mine: _Edit, theirs: _Edit) -> bool:
        """Two copies edited apart: report it, keep a note of it, and say whether the incoming copy wins."""
        wins = theirs.precedence() > mine.precedence()
        kept = theirs if wins else mine
        sides = sorted("/".join(map(str, edit.precedence())) for edit in (mine, theirs))
        note_id = hashlib.sha256("\0".join((kind, *sides)).encode("utf-8")).hexdigest()[:32]
        if note_id not in self.noted:  # not already heard of from another laptop
            self.summary.conflicts.append(Conflict(kind, name, kept_theirs=wins, when=_when(kept.updated_at)))
        self._keep({"id": note_id, "kind": kind, "record_id": record_id, "name": name,
                    "kept_device": kept.device_id, "kept_at": kept.updated_at})
        return wins

    def take_notes(self, notes: list[dict[str, Any]]) -> None:
        """Report the conflicts another laptop resolved that this one has not seen."""
        for note in notes:
            if note["id"] not in self.noted:
                self.summary.conflicts.append(Conflict(note["kind"], note["name"],
                                                       kept_theirs=note["kept_device"] != self.device_id,
                                                       when=_when(note["kept_at"])))
                self._keep(note)

    def _keep(self, note: dict[str, Any]) -> None:
        if note["id"] not in self.noted:
            self.noted.add(note["id"])
            self.conn.execute(f"insert into conflicts ({', '.join(CONFLICT_FIELDS)}) values "
                              f"({', '.join('?' * len(CONFLICT_FIELDS))})", [note.get(c) for c in CONFLICT_FIELDS])


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


def import_records(store: RecordsStore, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Merge the file at `path` into `store`, all or nothing."""
    return merge_document(store, read_exchange(path), progress, path)


def merge_document(store: RecordsStore, document: dict[str, Any], progress: Progress | None = None,
                   path: Path | None = None) -> ImportSummary:
    """Merge a file already checked by read_exchange (so a caller can check it, back up, then merge without reading
    the file twice); an error names `path`, the file it came from."""
    with _bulk_import(store), (_naming(path) if path else nullcontext()):
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
            with _naming(path):
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
        with _collector_paused(), store.writing():
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
    merge, total = _Merge(conn, store.device_id), len(sites) + len(sessions)
    try:
        here_sites, also = _Sites(conn), _aliases_by_site(payload.get("aliases", []))
        for done, site in enumerate(sites, start=1):
            _merge_site(conn, here_sites, site, also.get(site["id"], []), merge)
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


# --- sites ------------------------------------------------------------------------------------------------------
SITE_AT_CREATED, SITE_AT_UPDATED, SITE_AT_DELETED, SITE_AT_DEVICE = (
    SITE_COLUMNS.index(c) for c in ("created_at", "updated_at", "deleted_at", "device_id"))


class _Sites:
    """This laptop's sites as a file's sites are merged with them: by id, the ids of other laptops kept as aliases,
    and (once a site is found under none of its ids) the live sites by what their name and county come to
    (names.site_key: the same place typed on two laptops)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.aliases: dict[str, str] = dict(conn.execute("select alias_id, site_id from site_aliases").fetchall())
        self.rows: dict[str, list[Any]] = {row[0]: list(row) for row in conn.execute(
            f"select {', '.join(SITE_COLUMNS)} from sites order by created_at, id")}
        """id -> the site's columns (SITE_COLUMNS) as stored."""
        self._by_key: dict[tuple[str, str], str] | None = None

    def target(self, site_id: str) -> str | None:
        """The site here that `site_id` is, if any."""
        return site_id if site_id in self.rows else self.aliases.get(site_id)

    def twin(self, site: dict[str, Any]) -> str | None:
        """The live site here of the same name and county."""
        if self._by_key is None:
            self._by_key = {}
            for row in self.rows.values():
                self._index(row)
        return self._by_key.get(site_key(site["name"], site.get("county")))

    def put(self, row: list[Any]) -> None:
        self.drop(row[0])
        self.rows[row[0]] = row
        self._index(row)

    def drop(self, site_id: str) -> list[Any] | None:
        old = self.rows.pop(site_id, None)
        if old is not None and self._by_key is not None and self._by_key.get(site_key(old[1], old[3])) == site_id:
            del self._by_key[site_key(old[1], old[3])]
        return old

    def _index(self, row: list[Any]) -> None:
        if self._by_key is not None and row[SITE_AT_DELETED] is None:
            self._by_key.setdefault(site_key(row[1], row[3]), row[0])

    def alias(self, conn: sqlite3.Connection, alias_id: str, site_id: str) -> None:
        conn.execute("insert or replace into site_aliases (alias_id, site_id) values (?, ?)", [alias_id, site_id])
        self.aliases[alias_id] = site_id


def _aliases_by_site(aliases: list[list[str]]) -> dict[str, list[str]]:
    """Site id -> the other ids the file's laptop knows that place by."""
    also: dict[str, list[str]] = defaultdict(list)
    for alias_id, site_id in aliases:
        also[site_id].append(alias_id)
    return also


def _merge_site(conn: sqlite3.Connection, here: _Sites, site: dict[str, Any], also: list[str], merge: _Merge) -> None:
    """Merge a site with the site here that is the same place, under any of its ids or as its twin (same name and
    county); a site here that turns out to be the same place as another is folded into it."""
    ids = [site["id"], *also]
    found = [target for target in dict.fromkeys(map(here.target, ids)) if target is not None]
    twin = here.twin(site) if not found else None
    if not found and twin is None:
        row = _site_row(site, _versions_text(site["versions"]))
        _insert(conn, "sites", SITE_COLUMNS, row)
        here.put(row)
        merge.summary.new += 1
        target = site["id"]
    else:
        target, *others = found or [twin]
        for other in others:
            _fold_site(conn, here, target, other, merge)
        _merge_into(conn, here, target, site, merge, merge.summary if here.target(site["id"]) else None)
    for alias_id in ids:
        if here.target(alias_id) is None:
            here.alias(conn, alias_id, target)


def _site_row(site: dict[str, Any], versions: str, site_id: str = "", created_at: str | None = None) -> list[Any]:
    """The site's columns as stored here: under `site_id` if given, names tidied (names.tidy)."""
    row = [site.get(column) for column in SITE_COLUMNS]
    row[0], row[1], row[3] = site_id or site["id"], tidy(site["name"]), tidy(site.get("county") or "")
    row[-2], row[-1] = _edits(site), versions
    row[SITE_AT_CREATED] = created_at or row[SITE_AT_CREATED]
    return row


def _merge_into(conn: sqlite3.Connection, here: _Sites, target: str, site: dict[str, Any], merge: _Merge,
                same_record: ImportSummary | None, counted: bool = True) -> None:
    """Merge `site` into the site `target` here, by the rule every record follows (_Edit.precedence). A copy of the
    same record (`same_record` is the summary to count it in) edited apart from ours is a conflict to report;
    another laptop's entry for the same place (a twin, or a site here folded into another) is not. A fold is not a
    record of the file, so it is not `counted` in the summary."""
    local = here.rows[target]
    mine = _stored_edit(local[-1], local[SITE_AT_UPDATED], local[SITE_AT_DEVICE], local[-2])
    theirs = _incoming_edit(site)
    versions = _versions_text(_merged_versions(mine.versions, theirs.versions))
    relation = _compare(mine.versions, theirs.versions)
    if same_record is not None and relation == "apart":
        wins = merge.conflict("site", target, site["name"], mine, theirs)
    else:
        wins = _wins(mine, theirs)
        summary = same_record or (merge.summary if counted else ImportSummary())
        if same_record is not None and wins:
            summary.updated += 1
        else:
            summary.unchanged += 1
    created = min(filter(None, (site.get("created_at"), local[SITE_AT_CREATED])), default=None)
    row = _site_row(site, versions, target, created) if wins else [*local[:-1], versions]
    if row != local:
        conn.execute(f"update sites set {', '.join(f'{c} = ?' for c in SITE_COLUMNS[1:])} where id = ?",
                     [*row[1:], target])
        here.put(row)


def _wins(mine: _Edit, theirs: _Edit) -> bool:
    """Whether the incoming copy replaces ours: the larger by precedence, always (a copy that builds on another is
    always the larger, see schema.add_edit_ranks), so the same copy is kept whatever the order of the merges. Even
    equal vectors are compared: a site that two laptops' entries were merged into holds both vectors' edits."""
    return theirs.precedence() > mine.precedence()


def _fold_site(conn: sqlite3.Connection, here: _Sites, keep: str, drop: str, merge: _Merge) -> None:
    """Two sites here are one place (another laptop's file says so): `drop` becomes an alias of `keep`, and its
    sessions and aliases move to `keep`."""
    dropped = dict(zip(SITE_COLUMNS, here.drop(drop) or [], strict=True))
    dropped["versions"] = json.loads(dropped["versions"] or "{}")
    _merge_into(conn, here, keep, dropped, merge, None, counted=False)
    conn.execute("update sessions set site_id = ? where site_id = ?", [keep, drop])
    conn.execute("update site_aliases set site_id = ? where site_id = ?", [keep, drop])
    conn.execute("delete from sites where id = ?", [drop])
    here.aliases = {alias_id: keep if site_id == drop else site_id for alias_id, site_id in here.aliases.items()}
    here.alias(conn, drop, keep)


# --- sessions ---------------------------------------------------------------------------------------------------
def _merge_sessions(conn: sqlite3.Connection, here: _Here, batch: list[dict[str, Any]], merge: _Merge,
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
            mine = _stored_edit(*local[:4])
            row[-1] = _versions_text(_merged_versions(mine.versions, session["versions"]))
            if _incoming_wins(merge, mine, _incoming_edit(session), session):
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
    row[-2] = _edits(session)
    row[-1] = _versions_text(session["versions"])
    return row


def _edits(record: dict[str, Any]) -> int:
    """The record's edit count; a file from before it was kept gives none, and its vector's sum stands in."""
    edits = record.get("edits")
    return sum(record["versions"].values()) if edits is None else edits


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


def _stored_edit(versions: str | None, updated_at: str, device_id: str | None, edits: int | None) -> _Edit:
    vector = json.loads(versions or "{}")
    return _Edit(vector, updated_at, device_id or "", sum(vector.values()) if edits is None else edits)


def _incoming_edit(record: dict[str, Any]) -> _Edit:
    return _Edit(record["versions"], record["updated_at"], record.get("device_id") or "", _edits(record))


def _merged_versions(mine: dict[str, int], incoming: dict[str, int]) -> dict[str, int]:
    return {device: max(mine.get(device, 0), incoming.get(device, 0)) for device in mine.keys() | incoming}


def _versions_text(versions: dict[str, int]) -> str:
    """Canonical JSON for a version vector; written by hand as json.dumps costs a third of a large import.
    The keys are device UUIDs (checked on reading), so they need no escaping."""
    return "{" + ", ".join(f'"{device}": {int(count)}' for device, count in sorted(versions.items())) + "}"


def _incoming_wins(merge: _Merge, local: _Edit, incoming: _Edit, session: dict[str, Any]) -> bool:
    """Count the session in the summary and say whether the incoming copy replaces the local one."""
    relation = _compare(local.versions, incoming.versions)
    if relation == "apart":
        return merge.conflict("session", session["id"], session["date"], local, incoming)
    wins = _wins(local, incoming)
    if wins:
        merge.summary.updated += 1
    else:
        merge.summary.unchanged += 1
    return wins


def _compare(local: dict[str, int], incoming: dict[str, int]) -> str:
    devices = local.keys() | incoming.keys()
    ahead = any(incoming.get(d, 0) > local.get(d, 0) for d in devices)
    behind = any(incoming.get(d, 0) < local.get(d, 0) for d in devices)
    return {(False, False): "same", (True, False): "incoming_newer", (False, True): "local_newer"}.get(
        (ahead, behind), "apart")
