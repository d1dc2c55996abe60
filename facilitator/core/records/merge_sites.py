"""Merging a file's sites: by id, by the ids other laptops gave the same place (aliases), and by name and county (the
same place typed on two laptops), folding two sites here into one when a file shows they are one place."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from .exchange_format import SITE_COLUMNS, ImportSummary
from .merge_edits import (
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
from .names import site_key, tidy

SITE_AT_CREATED, SITE_AT_UPDATED, SITE_AT_DELETED, SITE_AT_DEVICE = (
    SITE_COLUMNS.index(c) for c in ("created_at", "updated_at", "deleted_at", "device_id"))


class Sites:
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


def aliases_by_site(aliases: list[list[str]]) -> dict[str, list[str]]:
    """Site id -> the other ids the file's laptop knows that place by."""
    also: dict[str, list[str]] = defaultdict(list)
    for alias_id, site_id in aliases:
        also[site_id].append(alias_id)
    return also


def merge_site(conn: sqlite3.Connection, here: Sites, site: dict[str, Any], also: list[str], merge: Merge) -> None:
    """Merge a site with the site here that is the same place, under any of its ids or as its twin (same name and
    county); a site here that turns out to be the same place as another is folded into it."""
    ids = [site["id"], *also]
    found = [target for target in dict.fromkeys(map(here.target, ids)) if target is not None]
    twin = here.twin(site) if not found else None
    if not found and twin is None:
        row = _site_row(site, versions_text(site["versions"]))
        insert_rows(conn, "sites", SITE_COLUMNS, row)
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
    row[-2], row[-1] = edit_count(site), versions
    row[SITE_AT_CREATED] = created_at or row[SITE_AT_CREATED]
    return row


def _merge_into(conn: sqlite3.Connection, here: Sites, target: str, site: dict[str, Any], merge: Merge,
                same_record: ImportSummary | None, counted: bool = True) -> None:
    """Merge `site` into the site `target` here, by the rule every record follows (Edit.precedence). A copy of the
    same record (`same_record` is the summary to count it in) edited apart from ours is a conflict to report;
    another laptop's entry for the same place (a twin, or a site here folded into another) is not. A fold is not a
    record of the file, so it is not `counted` in the summary."""
    local = here.rows[target]
    mine = stored_edit(local[-1], local[SITE_AT_UPDATED], local[SITE_AT_DEVICE], local[-2])
    theirs = incoming_edit(site)
    versions = versions_text(merged_versions(mine.versions, theirs.versions))
    relation = compare(mine.versions, theirs.versions)
    if same_record is not None and relation == "apart":
        wins = merge.conflict("site", target, site["name"], mine, theirs)
    else:
        wins = replaces(mine, theirs)
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


def _fold_site(conn: sqlite3.Connection, here: Sites, keep: str, drop: str, merge: Merge) -> None:
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
