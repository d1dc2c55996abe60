"""Backups of the records: SQLite's online backup, at start and once a day, rotated; restore never destroys.

A restore copies the backup whole beside the records, checks the copy, keeps a copy of the current file (with what
its log holds), and only then swaps the checked copy in with one rename: killed at any moment, `records.db` is the old
file or the new one, never missing. Backup names are in UTC, so a clock change never makes an older one look newer.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

from .file_checks import DamagedDatabase, RecordsUnavailable, check_file, open_elsewhere, require_ordinary_file
from .store import copy_database
from .wal_guard import log_of, unique_path

KEEP = 14
"""The newest backups kept whatever their age (a day of many starts keeps this many of its own)."""
DAYS = 14
"""And the newest backup of each of the last DAYS days, so a burst of backups never pushes out last week's."""
PREFIX = "records-"
STAMP = re.compile(r"records-(\d{8}-\d{6}-\d{6})(Z?)\.db")
"""A backup's name: when it was made, in UTC with a Z (in local time, without, before this version)."""


def backup(database: Path, folder: Path, when: dt.datetime | None = None) -> Path:
    """Copy `database` (safely, even while it is open) into `folder`; keep the newest KEEP copies and the newest
    of each of the last DAYS days (see kept)."""
    problem = check_file(database)
    if problem != "ok":
        raise DamagedDatabase(database, problem)
    folder.mkdir(parents=True, exist_ok=True)
    for partial in folder.glob(f"{PREFIX}*.db.part*"):  # a copy killed half-way (and its log) is never a backup
        partial.unlink(missing_ok=True)
    stamp = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = unique_path(folder / f"{PREFIX}{stamp}Z.db")
    copy_database(database, target)
    keep = kept(backups(folder), (when or dt.datetime.now(dt.UTC)).astimezone())
    for old in backups(folder):
        if old not in keep:
            old.unlink(missing_ok=True)
    return target


def kept(newest_first: list[Path], now: dt.datetime) -> set[Path]:
    """The backups to keep: the newest KEEP, and the newest of each of the DAYS days up to `now` (local days)."""
    keep = set(newest_first[:KEEP])
    first_day = now.date() - dt.timedelta(days=DAYS - 1)
    days: set[dt.date] = set()
    for path in newest_first:
        day = made_at(path).astimezone(now.tzinfo).date()
        if first_day <= day <= now.date() and day not in days:
            days.add(day)
            keep.add(path)
    return keep


def made_at(path: Path) -> dt.datetime:
    """When the backup at `path` was made, from its name (its file time if the name is not one Upstream gives)."""
    match = STAMP.match(path.name)
    if match is None:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    when = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f")
    return when.replace(tzinfo=dt.UTC) if match[2] else when.astimezone(dt.UTC)


def backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted((path for path in folder.glob(f"{PREFIX}*.db") if path.is_file()), key=made_at, reverse=True)


def latest_good(folder: Path) -> Path | None:
    return next((path for path in backups(folder) if check_file(path) == "ok"), None)


def restore(source: Path, database: Path) -> Path | None:
    """Put the backup `source` in place of `database`; returns where a copy of the replaced file was kept (if any).

    Refused, with nothing changed, if `source` is missing, damaged or not a file, or if another program has the
    records open (its later saves would go to a file no longer in place)."""
    if not source.exists():
        raise RecordsUnavailable(source, "missing")
    require_ordinary_file(source)
    problem = check_file(source)
    if problem != "ok":
        raise DamagedDatabase(source, problem)
    require_ordinary_file(database, writable=True)
    if open_elsewhere(database):
        raise RecordsUnavailable(database, "in_use")
    database.parent.mkdir(parents=True, exist_ok=True)
    incoming = database.with_name(database.name + ".restoring")
    incoming.unlink(missing_ok=True)  # left by a restore that was killed
    copy_database(source, incoming)  # whole and checked, or an error and no copy
    try:
        kept = _keep_current(database)
        if open_elsewhere(database):  # opened while the backup was copied: its saves would go to a file set aside
            raise RecordsUnavailable(database, "in_use")
        os.replace(incoming, database)
    finally:
        incoming.unlink(missing_ok=True)
    for extra in (log_of(database), database.with_name(database.name + "-shm")):
        extra.unlink(missing_ok=True)  # the replaced file's log, kept with its copy; the new file has none
    return kept


def _keep_current(database: Path) -> Path | None:
    """A copy of the records file about to be replaced, with its log beside it, as the files are (it may be damaged:
    that is often why it is being replaced)."""
    if not database.exists():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%fZ")
    kept = unique_path(database.with_name(f"{database.stem}-replaced-{stamp}{database.suffix}"))
    for suffix in ("", "-wal"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, kept.with_name(kept.name + suffix))
    return kept
