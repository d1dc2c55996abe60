"""Which copy of a record a merge keeps, and the note it keeps of a conflict: version vectors (device id -> edits
made there), each copy's own edit count, and the rule every laptop applies alike (Edit.precedence). Also the bulk
insert both sites and sessions are written with."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from .exchange_format import CONFLICT_FIELDS, Conflict, ImportSummary

ROWS_PER_STATEMENT = 50
"""Rows in one INSERT: SQLite's per-statement cost is most of what a small row costs."""


class Edit(NamedTuple):
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


class Merge:
    """One file's merge: its summary, and the notes of the conflicts it resolves or brings (see schema.add_conflicts).

    A note's id is made from the two copies in conflict (each named by its edit count, time and device, the same
    on every laptop, unlike a site's id), so two laptops that resolve the same conflict write the same note, and each
    laptop reports a conflict once."""

    def __init__(self, conn: sqlite3.Connection, device_id: str) -> None:
        self.conn, self.device_id, self.summary = conn, device_id, ImportSummary()
        self.noted = {row[0] for row in conn.execute("select id from conflicts")}

    def conflict(self, kind: str, record_id: str, name: str, mine: Edit, theirs: Edit) -> bool:
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


def replaces(mine: Edit, theirs: Edit) -> bool:
    """Whether the incoming copy replaces ours: the larger by precedence, always (a copy that builds on another is
    always the larger, see schema.add_edit_ranks), so the same copy is kept whatever the order of the merges. Even
    equal vectors are compared: a site that two laptops' entries were merged into holds both vectors' edits."""
    return theirs.precedence() > mine.precedence()


def edit_count(record: dict[str, Any]) -> int:
    """The record's edit count; a file from before it was kept gives none, and its vector's sum stands in."""
    edits = record.get("edits")
    return sum(record["versions"].values()) if edits is None else edits


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str], values: list[Any],
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


def stored_edit(versions: str | None, updated_at: str, device_id: str | None, edits: int | None) -> Edit:
    vector = json.loads(versions or "{}")
    return Edit(vector, updated_at, device_id or "", sum(vector.values()) if edits is None else edits)


def incoming_edit(record: dict[str, Any]) -> Edit:
    return Edit(record["versions"], record["updated_at"], record.get("device_id") or "", edit_count(record))


def merged_versions(mine: dict[str, int], incoming: dict[str, int]) -> dict[str, int]:
    return {device: max(mine.get(device, 0), incoming.get(device, 0)) for device in mine.keys() | incoming}


def versions_text(versions: dict[str, int]) -> str:
    """Canonical JSON for a version vector; written by hand as json.dumps costs a third of a large import.
    The keys are device UUIDs (checked on reading), so they need no escaping."""
    return "{" + ", ".join(f'"{device}": {int(count)}' for device, count in sorted(versions.items())) + "}"


def compare(local: dict[str, int], incoming: dict[str, int]) -> str:
    devices = local.keys() | incoming.keys()
    ahead = any(incoming.get(d, 0) > local.get(d, 0) for d in devices)
    behind = any(incoming.get(d, 0) < local.get(d, 0) for d in devices)
    return {(False, False): "same", (True, False): "incoming_newer", (False, True): "local_newer"}.get(
        (ahead, behind), "apart")
