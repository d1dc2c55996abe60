"""A write-ahead log (`records.db-wal`) is replayed into the file only if it belongs to it.

SQLite replays any valid WAL it finds beside a database, even one from another file, or the log of the file that a
backup was copied over by hand, and then the records are silently replaced or mixed. So the store marks every write:
`write_token` in `meta` changes with each transaction, `write_base` is the token the file itself (not its log) held
when the log began, and the table `write_marks` holds the token of every write since. A log belongs to the file when,
read through it, the file's own token is the base or one of the marks (SQLite copies a log into its file in steps),
and the sessions and sites the file holds without it are all still there. Every copy Upstream makes gets a token of
its own, and the store gives a file a token of its own before any log begins, so a file never matches by having none.
A log that fails is set aside with a copy of the file, the pair still opening as what SQLite would have made of
them, so nothing in it is lost. A log is trusted when the file alone cannot be read whole (a copy of the log into it
stopped half-way), or when it was written by an Upstream from before these marks, for a file that has none.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from .file_checks import open_elsewhere, read_only_uri

TOKEN, BASE = "write_token", "write_base"


def log_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def log_is_empty(path: Path) -> bool:
    log = log_of(path)
    return not log.exists() or log.stat().st_size == 0


def log_salt(path: Path) -> bytes | None:
    """The salts in the header of the log beside `path` (SQLite draws new ones each time it begins the log again from
    its start), or None if there is no log yet. Read with a plain read: SQLite holds no lock on the log itself."""
    try:
        with log_of(path).open("rb") as log:
            header = log.read(24)
    except FileNotFoundError:
        return None
    return header[16:24] if len(header) == 24 else None


class _View:
    """The file as one connection sees it: its token, the tokens a file its log belongs to may hold, the ids of its
    sessions and sites, and SQLite's full check."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
        meta = dict(connection.execute("select key, value from meta where key in (?, ?)",
                                       [TOKEN, BASE]).fetchall()) if "meta" in tables else {}
        marks = {row[0] for row in connection.execute("select token from write_marks")} \
            if "write_marks" in tables else set()
        self.token = meta.get(TOKEN, "")
        self.owned = {token for token in (meta.get(BASE, ""), self.token, *marks) if token}
        """The token of the file the log started from, and of every write in the log (a migration's among them)."""
        ids = [("sessions", "id"), ("sites", "id"), ("site_aliases", "alias_id")]  # a site merged into another
        self.ids = {row[0] for table, column in ids if table in tables  # stays as an alias
                    for row in connection.execute(f"select {column} from {table}")}
        self.damage = connection.execute("pragma integrity_check").fetchone()[0]


def _view(uri: str) -> _View:
    connection = sqlite3.connect(uri, uri=True)
    try:
        return _View(connection)
    finally:
        connection.close()


def foreign_log_problem(path: Path) -> str:
    """'' if the log beside `path` is empty or belongs to it; otherwise why it does not."""
    if log_is_empty(path) or open_elsewhere(path):
        return ""  # another program writing the file is the log's owner: it is not ours to judge
    try:
        through = _view(read_only_uri(path))  # the file as its log would make it
    except sqlite3.DatabaseError as error:
        return f"read through it, the file cannot be read ({error})"
    if through.damage != "ok":
        return f"read through it, the file is damaged ({through.damage})"
    try:
        alone = _view(read_only_uri(path, immutable=True))  # the file without its log
    except sqlite3.DatabaseError:
        return ""
    if alone.damage != "ok":
        return ""  # a copy of the log into the file stopped half-way: only the log makes it whole
    if (alone.token or through.owned) and alone.token not in through.owned:
        return "it was written for another copy of the records (its marks do not match the file's)"
    if not alone.ids <= through.ids:
        return f"read through it, {len(alone.ids - through.ids)} of the file's sessions and sites would disappear"
    return ""


def set_aside_log(path: Path) -> Path:
    """Move the log beside `path` away, with a copy of the file it was found with; returns the copy's path. The copy
    and the log beside it open together, so whatever the log held can still be looked at."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%fZ")
    copy = unique_path(path.with_name(f"{path.stem}-with-unmatched-log-{stamp}{path.suffix}"))
    try:
        shutil.copyfile(path, copy)
    except OSError:
        copy.unlink(missing_ok=True)
        raise
    os.replace(log_of(path), log_of(copy))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)  # the log's index, rebuilt from the log on open
    return copy


def unique_path(path: Path) -> Path:
    """`path`, or with -2, -3... before the suffix if that name is taken: nothing set aside overwrites another."""
    candidate, number = path, 1
    while candidate.exists() or log_of(candidate).exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
