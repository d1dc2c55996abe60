"""What kind of thing the records path is, before SQLite touches it: a damaged file, a folder, a pipe, a file that
cannot be read or written, or one that another program has open, each with its own code and nothing changed.

Asked first because SQLite, or a plain open(), hangs on a FIFO, reads a device for ever and gives tracebacks for a
folder; and because a read-only folder or a full disk is not damage, and must not be met with a restore.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from ..errors import UpstreamError

SHM_DMS_LOCK = 128
"""The byte of the `-shm` file that every SQLite connection to a WAL database holds a shared lock on while it is open
(unix VFS: UNIX_SHM_BASE 120 + SQLITE_SHM_NLOCK 8)."""


class RecordsUnavailable(UpstreamError):
    """The records cannot be used just now, for a reason that is not damage; nothing was changed.

    `code`: "folder" (the path is a folder), "not_a_file" (a pipe, a device), "no_permission" (cannot be read),
    "read_only" (the file or its folder cannot be written), "disk_full", "in_use" (another program has it open, for an
    action that needs it closed), "missing" (a restore from a file that is not there) or "replaced" (another program
    put a different file in its place while it was open); `values` hold the "file"."""

    domain = "records"
    codes = frozenset({"folder", "not_a_file", "no_permission", "read_only", "disk_full", "in_use", "missing",
                       "replaced"})

    def __init__(self, path: Path, code: str, detail: str = "") -> None:
        super().__init__(f"{path}: {ENGLISH[code]}{f' ({detail})' if detail else ''}", code, file=str(path))
        self.path, self.detail = path, detail


ENGLISH = {
    "folder": "this is a folder, not a records file",
    "not_a_file": "this is not an ordinary file (a pipe or a device), so it is not read",
    "no_permission": "Upstream is not allowed to read it",
    "read_only": "it, or its folder, cannot be written (read-only); nothing can be saved until that is changed",
    "disk_full": "the disk is full; nothing was saved",
    "in_use": "another program (perhaps Upstream in another window) has the records open; close it first",
    "missing": "there is no such file",
    "replaced": "another program put a different records file in this one's place (a restore); nothing was saved. "
                "Open the records again",
}


class DamagedDatabase(UpstreamError):
    """The records file cannot be trusted; it has not been changed. `code` is "damaged", or "newer" (made by a newer
    Upstream); `reason` is what SQLite or the schema check found, in English; `values` hold the "file"."""

    domain = "records"
    codes = frozenset({"damaged", "newer"})

    def __init__(self, path: Path, reason: str, code: str = "damaged") -> None:
        super().__init__(f"{path}: {reason}", code, file=str(path))
        self.path, self.reason = path, reason


def require_ordinary_file(path: Path, writable: bool = False) -> None:
    """Raise RecordsUnavailable unless `path` (after links) is a regular file Upstream may read (and write, with
    `writable`); a path that does not exist passes, as a new records file starts there."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if writable and not os.access(_existing_parent(path), os.W_OK | os.X_OK):
            raise RecordsUnavailable(path, "read_only") from None
        return
    except PermissionError as error:
        raise RecordsUnavailable(path, "no_permission", error.strerror or "") from error
    if stat.S_ISDIR(info.st_mode):
        raise RecordsUnavailable(path, "folder")
    if not stat.S_ISREG(info.st_mode):
        raise RecordsUnavailable(path, "not_a_file")
    if not os.access(path, os.R_OK):
        raise RecordsUnavailable(path, "no_permission")
    if writable and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
        raise RecordsUnavailable(path, "read_only")


def _existing_parent(path: Path) -> Path:
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def check_file(path: Path, quick: bool = False) -> str:
    """'ok', or why the file at `path` cannot be used as a records database (it is only read).

    The full integrity check by default: quick_check misses index damage, and a file that `db check` calls damaged
    must not be written to or backed up (at 100,000 sessions the full check takes about 0.15 s)."""
    if not path.exists():
        return "ok"
    require_ordinary_file(path)
    if path.stat().st_size == 0:
        return "not a SQLite database (it is empty)"
    try:  # read through SQLite, never open() here: closing a descriptor would drop this process's SQLite locks
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return "not a SQLite database" if "not a database" in str(error) else f"SQLite cannot read it ({error})"
    result = "; ".join(str(row[0]) for row in rows)
    return "ok" if result == "ok" else result


def open_elsewhere(path: Path) -> bool:
    """Whether a program has the SQLite database at `path` open: every connection to a WAL database holds a lock on
    its `-shm` file. Asked from a child process, as closing any descriptor of that file in this one would drop the
    locks this process's own SQLite connections hold on it (POSIX locks belong to the process, not the descriptor);
    so a connection of this process counts too."""
    shm = path.with_name(path.name + "-shm")
    if not shm.is_file():
        return False
    probe = subprocess.run([sys.executable, "-c", LOCK_PROBE, str(shm), str(SHM_DMS_LOCK)], capture_output=True,
                           text=True, timeout=60, check=False)
    return probe.stdout.strip() == "open"


LOCK_PROBE = """
import fcntl, os, struct, sys
descriptor = os.open(sys.argv[1], os.O_RDONLY | os.O_NONBLOCK)
query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, int(sys.argv[2]), 1, 0)
print("open" if struct.unpack("hhqqi", fcntl.fcntl(descriptor, fcntl.F_GETLK, query))[0] != fcntl.F_UNLCK else "")
"""
"""Run by open_elsewhere in a child process: is a lock held on the byte every connection locks?"""


def unavailable_from(path: Path, error: BaseException) -> RecordsUnavailable | None:
    """The RecordsUnavailable an OSError or SQLite error stands for (a full disk, a read-only file), if any."""
    text = str(error).lower()
    number = error.errno if isinstance(error, OSError) else None
    if number == errno.ENOSPC or "disk is full" in text:
        return RecordsUnavailable(path, "disk_full")
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return RecordsUnavailable(path, "read_only")
    if "database is locked" in text:  # another writer held on past the busy timeout
        return RecordsUnavailable(path, "in_use")
    return None


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """The SQLite URI that opens `path` read-only (or as immutable: without its log), whatever its name holds: a
    "#", "?", "%" or space in a folder's name is escaped, so the file checked is the file named."""
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
