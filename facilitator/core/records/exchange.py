"""Records travel between laptops as one file: export this laptop's records, import and merge another's.

Merging is by UUID. Each record carries a version vector (device id -> edits made there): an incoming record that
builds on ours replaces it, one ours builds on changes nothing, and two edits made apart are a conflict that the
newer edit wins (ties broken by device id, so every laptop picks the same). The merged vector covers both, so
importing the same file again, or files in another order, ends in the same state. Deletions are tombstones and
travel like any edit. A file is checked whole (format, schema, checksum, every field) before anything is written,
and the merge is one transaction: a bad file or a cancel changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import YOUTH_AUDIENCES
from .schema import SCHEMA_VERSION
from .store import RecordsStore, now

FORMAT = "upstream-records"
FORMAT_VERSION = 1
SESSION_COLUMNS = ("id", "date", "start_time", "minutes", "site_id", "audience", "grade_band", "languages",
                   "facilitators", "delivery", "participants", "referrals", "curriculum_version", "notes",
                   "created_at", "updated_at", "deleted_at", "device_id", "versions")
SITE_COLUMNS = ("id", "name", "site_type", "county", "created_at", "updated_at", "deleted_at", "device_id", "versions")
DETAILS = {  # file key -> (table, columns in the file's order)
    "modules": ("session_modules", ("module_id", "position")),
    "sections": ("section_fidelity", ("module_id", "section_id", "fidelity", "note")),
    "breakdowns": ("breakdowns", ("dimension", "category", "count")),
    "tallies": ("survey_tallies", ("item_id", "timing", "answered", "correct")),
    "marks": ("survey_marks", ("item_id", "timing", "mark", "count")),
    "roster": ("roster", ("id", "name", "role", "organization", "email")),
}
DEVICE_ID = re.compile(r"[0-9a-f-]{36}")
Progress = Callable[[int, int], bool]
"""(done, total) -> keep going?"""


class ExchangeError(Exception):
    """The file cannot be imported, and nothing was changed.

    str() is the detailed reason in English, for the command line and the log; `code` ("unreadable", "not_ours",
    "newer", "altered" or "bad_content") and `values` let a screen say it in its own language."""

    def __init__(self, message: str, code: str = "bad_content", **values: str) -> None:
        super().__init__(message)
        self.code, self.values = code, values


class ImportCancelled(Exception):
    """The person stopped the import; the transaction was rolled back."""


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


# --- export ---------------------------------------------------------------------------------------------------
def export_records(store: RecordsStore, path: Path, include_names: bool = False) -> int:
    """Write every site and session (tombstones too) to `path`; returns the number of sessions.

    Adult-training rosters hold names, so they leave the laptop only with include_names."""
    db = store.db
    details: dict[str, dict[str, list[list[Any]]]] = {key: {} for key in DETAILS}
    for key, (table, columns) in DETAILS.items():
        if key == "roster" and not include_names:
            continue
        order = "session_id, position" if key == "modules" else "session_id"
        for row in db.execute(f"select session_id, {', '.join(columns)} from {table} order by {order}"):
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
    payload = {"sites": sites, "sessions": sessions}
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": SCHEMA_VERSION,
                "device_id": store.device_id, "exported_at": now(), "names_included": include_names,
                "sha256": _checksum(payload), "payload": payload}
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)
    return len(sessions)


def _checksum(payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading and checking ---------------------------------------------------------------------------------------
def read_exchange(path: Path) -> dict[str, Any]:
    """The file's contents, or ExchangeError saying what is wrong with it."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror or error})", "unreadable") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExchangeError(f"{path}: not an Upstream records file, or it is damaged ({error})", "not_ours") \
            from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(f"{path}: not an Upstream records file", "not_ours")
    ours = SCHEMA_VERSION
    if document.get("format_version") != FORMAT_VERSION or not isinstance(document.get("schema"), int):
        raise ExchangeError(f"{path}: made by a different version of Upstream that this one cannot read", "newer")
    if document["schema"] > ours:
        raise ExchangeError(f"{path}: made by a newer Upstream (records version {document['schema']}, this one "
                            f"reads up to {ours}); update Upstream on this laptop first", "newer")
    payload = document.get("payload")
    if not isinstance(payload, dict) or _checksum(payload) != document.get("sha256"):
        raise ExchangeError(f"{path}: the file was changed or damaged after it was exported (its checksum does not "
                            "match)", "altered")
    _check_payload(payload)
    return document


def _check_payload(payload: dict[str, Any]) -> None:
    sites, sessions = payload.get("sites"), payload.get("sessions")
    if not isinstance(sites, list) or not isinstance(sessions, list):
        raise ExchangeError("the file has no list of sites or sessions")
    for index, site in enumerate(sites, start=1):
        _require(site, "site", index, {"id": str, "name": str, "updated_at": str, "versions": dict})
    for kind, records in (("site", sites), ("session", sessions)):
        ids = [record["id"] for record in records if isinstance(record, dict) and "id" in record]
        if len(ids) != len(set(ids)):
            raise ExchangeError(f"the file lists the same {kind} twice")
    for index, session in enumerate(sessions, start=1):
        where, at = f"session {index}", {"kind": "session", "number": str(index)}
        _require(session, "session", index, {"id": str, "date": str, "site_id": str, "participants": int,
                                             "updated_at": str, "versions": dict, "modules": list})
        try:
            dt.date.fromisoformat(session["date"])
        except ValueError as error:
            raise ExchangeError(f"{where} ({session['id']}): date '{session['date']}' is not a date", **at) \
                from error
        if session["participants"] < 0:
            raise ExchangeError(f"{where} ({session['id']}): participants is negative", **at)
        for key, (_table, columns) in DETAILS.items():
            rows = session.get(key, [])
            if not isinstance(rows, list) or any(not isinstance(r, list) or len(r) != len(columns) for r in rows):
                raise ExchangeError(f"{where} ({session['id']}): '{key}' is not in the expected shape", **at)


def _require(record: Any, kind: str, index: int, fields: dict[str, type]) -> None:
    where, at = f"{kind} {index}", {"kind": kind, "number": str(index)}
    if not isinstance(record, dict):
        raise ExchangeError(f"{where}: not a record", **at)
    for name, expected in fields.items():
        value = record.get(name)
        if not isinstance(value, expected) or isinstance(value, bool) or (expected is str and not value):
            raise ExchangeError(f"{where} ({record.get('id', 'no id')}): '{name}' is missing or not a "
                                f"{expected.__name__}", **at)
    if any(not isinstance(k, str) or not DEVICE_ID.fullmatch(k) or not isinstance(v, int)
           for k, v in record["versions"].items()):
        raise ExchangeError(f"{where} ({record['id']}): 'versions' is not in the expected shape", **at)


# --- merging ----------------------------------------------------------------------------------------------------
def import_records(store: RecordsStore, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Merge the file at `path` into `store`, all or nothing."""
    return merge_document(store, read_exchange(path), progress)


def merge_document(store: RecordsStore, document: dict[str, Any], progress: Progress | None = None) -> ImportSummary:
    """Merge a file already checked by read_exchange (so a caller can check it, back up, then merge without reading
    the file twice)."""
    payload, keep_names = document["payload"], not document.get("names_included", False)
    summary = ImportSummary()
    total = len(payload["sites"]) + len(payload["sessions"])
    db = store.db
    with db.atomic():
        for done, site in enumerate(payload["sites"], start=1):
            _merge_site(store, site, summary)
            _report(progress, done, total)
        known_sites = {r[0] for r in db.execute("select id from sites")}
        aliases = dict(db.execute("select alias_id, site_id from site_aliases").fetchall())
        incoming_ids = json.dumps([session["id"] for session in payload["sessions"]])
        local = {r[0]: r[1:] for r in db.execute(
            "select id, versions, updated_at, device_id from sessions where id in (select value from json_each(?))",
            [incoming_ids])}
        writes: list[dict[str, Any]] = []
        replaced: list[tuple[str]] = []
        for done, session in enumerate(payload["sessions"], start=len(payload["sites"]) + 1):
            row = {column: session.get(column) for column in SESSION_COLUMNS}
            row["site_id"] = aliases.get(row["site_id"], row["site_id"])
            if row["site_id"] not in known_sites:
                raise ExchangeError(f"session {row['id']}: its site is neither in the file nor on this laptop")
            label = ("session", row["date"])
            if row["id"] in local:
                versions, updated_at, device_id = local[row["id"]]
                mine = {"versions": versions, "updated_at": updated_at, "device_id": device_id}
                row["versions"] = _merged_versions(mine, session["versions"])
                if _incoming_wins(mine, row, session["versions"], summary, label):
                    writes.append(session | row)
                    replaced.append((row["id"],))
                elif row["versions"] != versions:
                    db.execute("update sessions set versions = ? where id = ?", [row["versions"], row["id"]])
            else:
                row["versions"] = _versions_text(session["versions"])
                writes.append(session | row)
                summary.new += 1
            _report(progress, done, total)
        _write_sessions(store, writes, replaced, keep_names)
    return summary


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 200 == 0 or done == total) and not progress(done, total):
        raise ImportCancelled


def _merge_site(store: RecordsStore, site: dict[str, Any], summary: ImportSummary) -> None:
    db = store.db
    if db["site_aliases"].count_where("alias_id = ?", [site["id"]]):
        summary.unchanged += 1  # already known here under the id of the same place
        return
    row = {column: site.get(column) for column in SITE_COLUMNS}
    local = next(db.query("select * from sites where id = ?", [row["id"]]), None)
    if local is None:
        twin = next(db.query("select id from sites where deleted_at is null and name = ? collate nocase and "
                             "coalesce(county, '') = ? collate nocase and id != ?",
                             [row["name"], row["county"] or "", row["id"]]), None)
        if twin is not None:  # the same place, entered on two laptops: keep one, remember the other's id
            db["site_aliases"].insert({"alias_id": site["id"], "site_id": twin["id"]})
            summary.unchanged += 1
            return
        db["sites"].insert({**row, "versions": _versions_text(site["versions"])})
        summary.new += 1
        return
    row["versions"] = _merged_versions(local, site["versions"])
    if _incoming_wins(local, row, site["versions"], summary, ("site", row["name"])):
        db["sites"].update(row["id"], row)
    elif row["versions"] != local["versions"]:
        db["sites"].update(row["id"], {"versions": row["versions"]})


def _write_sessions(store: RecordsStore, sessions: list[dict[str, Any]], replaced: list[tuple[str]],
                    keep_names: bool) -> None:
    """Insert or replace the winning sessions with their details, in bulk (row-by-row writes are 10x slower)."""
    conn = store.db.conn
    details = {key: spec for key, spec in DETAILS.items() if key != "roster" or not keep_names}
    for table, _columns in details.values():
        conn.executemany(f"delete from {table} where session_id = ?", replaced)
    updates = ", ".join(f"{column} = excluded.{column}" for column in SESSION_COLUMNS if column != "id")
    conn.executemany(f"insert into sessions ({', '.join(SESSION_COLUMNS)}) values "
                     f"({', '.join('?' * len(SESSION_COLUMNS))}) on conflict(id) do update set {updates}",
                     ([s[column] for column in SESSION_COLUMNS] for s in sessions))
    for key, (table, columns) in details.items():
        conn.executemany(f"insert into {table} (session_id, {', '.join(columns)}) values "
                         f"(?, {', '.join('?' * len(columns))})",
                         ([s["id"], *values] for s in sessions
                          if not (key == "roster" and s.get("audience") in YOUTH_AUDIENCES)
                          for values in s.get(key, [])))


def _merged_versions(local: dict[str, Any], incoming: dict[str, int]) -> str:
    mine = json.loads(local["versions"] or "{}")
    return _versions_text({device: max(mine.get(device, 0), incoming.get(device, 0))
                           for device in mine.keys() | incoming})


def _versions_text(versions: dict[str, int]) -> str:
    """Canonical JSON for a version vector; written by hand as json.dumps costs a third of a large import.
    The keys are device UUIDs (checked on reading), so they need no escaping."""
    return "{" + ", ".join(f'"{device}": {int(count)}' for device, count in sorted(versions.items())) + "}"


def _incoming_wins(local: dict[str, Any], incoming: dict[str, Any], incoming_versions: dict[str, int],
                   summary: ImportSummary, label: tuple[str, str]) -> bool:
    """Count the record in `summary` and say whether the incoming copy replaces the local one."""
    relation = _compare(json.loads(local["versions"] or "{}"), incoming_versions)
    if relation in ("same", "local_newer"):
        summary.unchanged += 1
        return False
    if relation == "incoming_newer":
        summary.updated += 1
        return True
    wins = (incoming["updated_at"], incoming["device_id"] or "") > (local["updated_at"], local["device_id"] or "")
    when = (incoming if wins else local)["updated_at"][:16].replace("T", " ")
    summary.conflicts.append(Conflict(*label, kept_theirs=wins, when=when))
    return wins


def _compare(local: dict[str, int], incoming: dict[str, int]) -> str:
    devices = local.keys() | incoming.keys()
    ahead = any(incoming.get(d, 0) > local.get(d, 0) for d in devices)
    behind = any(incoming.get(d, 0) < local.get(d, 0) for d in devices)
    return {(False, False): "same", (True, False): "incoming_newer", (False, True): "local_newer"}.get(
        (ahead, behind), "apart")
