"""Backups of the records: SQLite's online backup, at start and once a day, rotated; restore never destroys.

Restoring sets the current file aside (renamed, not deleted or overwritten) before putting the backup in place,
so even a mistaken restore loses nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .store import DamagedDatabase, check_file, copy_database

KEEP = 14
PREFIX = "records-"


def backup(database: Path, folder: Path, when: dt.datetime | None = None) -> Path:
    """Copy `database` (safely, even while it is open) into `folder`; keep the newest KEEP copies."""
    problem = check_file(database)
    if problem != "ok":
        raise DamagedDatabase(database, problem)
    folder.mkdir(parents=True, exist_ok=True)
    for partial in folder.glob(f"{PREFIX}*.db.part"):  # a copy that was killed half-way is never a backup
        partial.unlink(missing_ok=True)
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{PREFIX}{stamp}.db"
    copy_database(database, target)
    for old in backups(folder)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(folder.glob(f"{PREFIX}*.db"), reverse=True) if folder.is_dir() else []


def latest_good(folder: Path) -> Path | None:
    return next((path for path in backups(folder) if check_file(path, quick=False) == "ok"), None)


def restore(source: Path, database: Path) -> Path | None:
    """Put the backup `source` in place of `database`; returns where the replaced file was set aside (if any)."""
    problem = check_file(source, quick=False)
    if problem != "ok":
        raise DamagedDatabase(source, problem)
    set_aside = None
    if database.exists():
        set_aside = database.with_name(f"{database.stem}-replaced-{dt.datetime.now():%Y%m%d-%H%M%S}{database.suffix}")
        database.replace(set_aside)
        for suffix in ("-wal", "-shm"):
            extra = database.with_name(database.name + suffix)
            if extra.exists():
                extra.replace(set_aside.with_name(set_aside.name + suffix))
    database.parent.mkdir(parents=True, exist_ok=True)
    copy_database(source, database)
    return set_aside
