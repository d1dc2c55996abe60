"""Before the records open: what kind of file is there, whether a log beside it belongs to it, whether SQLite's full
check passes, and copies made with SQLite's online backup. Slow over many sessions, so the app does it on the
records thread while the window starts (see Checked)."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..files import replaced_when_done
from .file_checks import DamagedDatabase, check_file, read_only_uri, require_ordinary_file, unavailable_from
from .wal_guard import TOKEN, foreign_log_problem, log_of, set_aside_log


@dataclass(frozen=True)
class Notice:
    """Something done to keep the records safe that the person must hear of. "log_set_aside": a write-ahead log that
    did not belong to the file was not used; `path` is the copy of the file it was kept with, `detail` why (English)."""

    code: str
    path: Path
    detail: str


def new_token() -> str:
    return uuid.uuid4().hex[:16]


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite file `source` to `target` with SQLite's online backup, which is safe while another
    connection writes to it; `target` appears only once the copy is complete and checked. The copy gets a write
    token of its own, so a log left by the file it came from is never taken as the copy's (see wal_guard)."""
    try:
        with replaced_when_done(target) as partial:
            for stale in (partial, *(partial.with_name(partial.name + suffix) for suffix in ("-wal", "-shm"))):
                stale.unlink(missing_ok=True)  # left by a copy that was killed: its log must not reach this one
            original = sqlite3.connect(read_only_uri(source), uri=True)
            copy = sqlite3.connect(partial)
            try:
                original.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # a copy is one file; the store turns WAL on again
                if copy.execute("select 1 from sqlite_master where name = 'meta'").fetchone():
                    copy.execute("insert or replace into meta (key, value) values (?, ?)", [TOKEN, new_token()])
                    copy.commit()
            finally:
                copy.close()
                original.close()
            problem = check_file(partial)
            if problem != "ok":
                raise DamagedDatabase(source, f"its copy did not pass SQLite's check ({problem})")
    except (sqlite3.OperationalError, OSError) as error:  # a full disk, a read-only folder
        raise unavailable_from(target, error) or error from error


@dataclass(frozen=True)
class Checked:
    """The slow part of opening the records, done ahead (on a worker, while the window starts): the file passed
    SQLite's full check, and a stray log was set aside. Good for opening only while the file is as it was then."""

    path: Path
    notices: tuple[Notice, ...]
    signature: tuple[tuple[int, int, int], ...]

    def still_holds(self) -> bool:
        return _signature(self.path) == self.signature


def _signature(path: Path) -> tuple[tuple[int, int, int], ...]:
    """The file and its log as they are on disk (inode, size, last change): any write changes one of them."""
    found = []
    for part in (path, log_of(path)):
        try:
            info = part.stat()
        except FileNotFoundError:
            found.append((0, 0, 0))
        else:
            found.append((info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(found)


def check_before_opening(path: Path) -> Checked:
    """What RecordsStore does before SQLite touches the file: refuse what is not an ordinary file, set a log that
    does not belong aside, and run the full integrity check (seconds over many sessions). Raises as RecordsStore
    does."""
    for part in (path, log_of(path), path.with_name(path.name + "-shm")):
        require_ordinary_file(part, writable=part == path)  # a pipe or a device beside the file hangs SQLite
    notices = []
    if path.exists() and (problem := foreign_log_problem(path)):
        try:
            notices.append(Notice("log_set_aside", set_aside_log(path), problem))
        except OSError as error:
            raise unavailable_from(path, error) or error from error
    problem = check_file(path)
    if problem != "ok":
        raise DamagedDatabase(path, problem)
    return Checked(path, tuple(notices), _signature(path))
