"""The records store: SQLite through sqlite-utils, in WAL mode with foreign keys on, every write one IMMEDIATE
transaction, so two programs saving at once wait for each other instead of failing with "database is locked".

A file that is not a SQLite database, fails SQLite's full integrity check, or was made by a newer Upstream is refused
with DamagedDatabase and never written to: the caller offers the newest good backup instead. A path that is a folder,
a pipe, unreadable or read-only is refused with RecordsUnavailable (not damage: no restore is offered). A write-ahead
log that does not belong to the file is set aside before SQLite can replay it (see wal_guard).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from .file_checks import DamagedDatabase, RecordsUnavailable, check_file, unavailable_from
from .model import Line, RosterEntry, SectionRecord, SessionRecord, SessionRow, Site, Tally
from .opening import Checked, Notice, check_before_opening, copy_database, new_token
from .schema import DETAIL_COLUMNS, migrations
from .wal_guard import BASE, TOKEN, log_is_empty, log_of, log_salt

__all__ = ["Checked", "DamagedDatabase", "Notice", "RecordsStore", "RecordsUnavailable", "check_before_opening",
           "check_file", "copy_database", "now"]

KNOWN_MIGRATIONS = frozenset(m.name for m in migrations.pending(Database(memory=True)))
"""Every schema change this version knows; a file that has others was made by a newer Upstream."""
BUSY_SECONDS = 60
"""How long a write waits for another program's write (a large import takes seconds) before it gives up."""
LOG_BYTES = 8 * 1024 * 1024
"""A log larger than this is copied into the file and emptied after a write, if no other program is reading, so
the marks of the writes since it began (see wal_guard) stay few."""


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class RecordsStore:
    def __init__(self, path: Path, checked: Checked | None = None) -> None:
        """Open the records at `path`, checking them first unless `checked` (made for this path) still holds."""
        self.path = path
        if checked is None or checked.path != path or not checked.still_holds():
            checked = check_before_opening(path)
        self.notices: list[Notice] = list(checked.notices)
        """What was done on opening that the person should hear of."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(path)
        try:
            self._open()
        except BaseException as error:
            self.db.close()
            if isinstance(error, sqlite3.OperationalError):
                raise unavailable_from(path, error) or error from error
            raise

    def _open(self) -> None:
        newer = [m.name for m in migrations.applied(self.db) if m.name not in KNOWN_MIGRATIONS]
        if newer:  # never written by an older program that cannot know what the newer one changed
            raise DamagedDatabase(self.path, f"it was made by a newer version of Upstream (its records have "
                                             f"{', '.join(newer)}); update Upstream to use it, or use a backup",
                                  "newer")
        self._connect()
        self.file_identity = self._identity()
        self._start_log()
        self._copy_before_migrating()
        self.device_id = self._meta("device_id") if self.db["meta"].exists() else ""
        if migrations.pending(self.db) or not self.device_id:  # nothing is written to open a file as it is
            with self.writing():  # two programs that open an older file at once migrate it once
                migrations.apply(self.db)
                self.device_id = self._meta("device_id") or self._set_meta("device_id", str(uuid.uuid4()))
            self._start_log()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def on_this_thread(self) -> Iterator[RecordsStore]:
        """The same records through a connection of the calling thread's own (a worker's), set up as the first
        one is and closed at the end. The file was checked and migrated when this store opened it, so nothing is
        checked again; a write still waits its turn and still refuses a file put in this one's place."""
        other = RecordsStore.__new__(RecordsStore)
        other.path, other.notices, other.device_id = self.path, [], self.device_id
        other.file_identity = self.file_identity
        other.db = Database(self.path)
        try:
            other._connect()
            yield other
        finally:
            other.db.close()

    def _connect(self) -> None:
        self.db.enable_wal()
        self.db.conn.isolation_level = "IMMEDIATE"  # a write that SQLite starts by itself also waits its turn
        # synchronous FULL: a save reported is on disk, even if the battery dies.
        for pragma in ("foreign_keys = ON", "synchronous = FULL", f"busy_timeout = {BUSY_SECONDS * 1000}"):
            self.db.execute(f"PRAGMA {pragma}")

    def _identity(self) -> tuple[int, int]:
        info = self.path.stat()
        return info.st_dev, info.st_ino

    def _start_log(self) -> None:
        """Copy the log into the file and mark where the next one starts, before a schema change and after. A file
        with no token of its own gets one first, written straight into the file, so no log can match it by having
        none (see wal_guard). On a full disk none of it can be done; the records still open to be read, and a save
        says the disk is full."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if not self.db["meta"].exists():
                return  # a new file: the schema comes first
            if not self._meta(TOKEN):
                with self.writing(mark=False):
                    self._set_meta(TOKEN, new_token())
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with self.writing():
                pass
        except (sqlite3.OperationalError, RecordsUnavailable) as error:
            said = error if isinstance(error, RecordsUnavailable) else unavailable_from(self.path, error)
            if said is None or said.code != "disk_full":
                raise

    @contextmanager
    def writing(self, mark: bool = True) -> Iterator[Database]:
        """One write transaction, begun IMMEDIATE: it waits (up to BUSY_SECONDS) for another program's write to end
        rather than failing half-way, as a deferred one does when it reads first. Marks the write (see wal_guard).
        Nested, it is a savepoint of the outer one. A full disk or a read-only file becomes RecordsUnavailable, and
        so does a records file that another program has put in this one's place ("replaced"): nothing is written to
        a file that is no longer the records."""
        if self.db.conn.in_transaction:
            with self.db.atomic():  # a savepoint
                yield self.db
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if not self.path.exists() or self._identity() != self.file_identity:
                    raise RecordsUnavailable(self.path, "replaced")
                salt, before = log_salt(self.path), self._mark_write() if mark else None
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise
            if before is not None and salt is not None and log_salt(self.path) != salt:
                self._log_restarted(*before)
        except (sqlite3.OperationalError, OSError) as error:
            raise unavailable_from(self.path, error) or error from error
        self._empty_log_if_large()

    def _mark_write(self) -> tuple[str, str] | None:
        """A new token for this write, kept in the marks of the log (see wal_guard); returns (the token before it,
        it). When the log is empty, everything so far is in the file itself, and the log starts from its token."""
        if not self.db["meta"].exists():
            return None  # a new file, before its schema
        marks, previous = self.db["write_marks"].exists(), self._meta(TOKEN)
        if log_is_empty(self.path):
            self._set_meta(BASE, previous)
            if marks:
                self.db.execute("delete from write_marks")
        token = new_token()
        if marks:
            self.db.execute("insert into write_marks (token) values (?)", [token])
        self._set_meta(TOKEN, token)
        return previous, token

    def _log_restarted(self, previous: str, token: str) -> None:
        """SQLite began the log again from its start with this write (it does once the whole log is in the file, and
        the file does not shrink): the file now holds the write before this one, so the log starts from that token,
        and the marks of older writes, no longer in any log, go (a stale copy of the file must not match them)."""
        with self.writing(mark=False):
            self._set_meta(BASE, previous)
            self.db.execute("delete from write_marks where rowid < (select rowid from write_marks where token = ?)",
                            [token])

    def _empty_log_if_large(self) -> None:
        """Copy a large log into the file and empty it, without waiting for a program that is reading."""
        log = log_of(self.path)
        if not log.exists() or log.stat().st_size < LOG_BYTES:
            return
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.OperationalError:
            pass  # busy: a later write tries again
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")

    def _copy_before_migrating(self) -> None:
        """A schema change may rewrite whole tables, so records from an older Upstream are first copied, as they
        are, beside the file ("records-before-<migration>.db"); daily backups rotate, this copy stays."""
        pending = migrations.pending(self.db)
        if not pending or not migrations.applied(self.db):
            return  # up to date, or a new file
        copy = self.path.with_name(f"{self.path.stem}-before-{pending[0].name}{self.path.suffix}")
        if not copy.exists():
            copy_database(self.path, copy)

    # --- meta -------------------------------------------------------------------------------------------------
    def _meta(self, key: str) -> str:
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else ""

    def _set_meta(self, key: str, value: str) -> str:
        self.db.execute("insert or replace into meta (key, value) values (?, ?)", [key, value])
        return value

    def edit_stamp(self, table: str, record_id: str) -> dict[str, str | int]:
        """The record's version vector with one more edit from this device (see schema.add_versions), and the
        number of edits it then holds (see schema.add_edit_ranks)."""
        row = self.db.execute(f"select versions from {table} where id = ?", [record_id]).fetchone()
        versions = json.loads(row[0] or "{}") if row else {}
        versions[self.device_id] = versions.get(self.device_id, 0) + 1
        return {"versions": json.dumps(versions, sort_keys=True), "edits": sum(versions.values())}

    def _mark_edited(self, session_id: str, **changes: str | None) -> None:
        """Stamp a change to a session as an edit from this device, so it travels and wins over older copies."""
        values = {**changes, "updated_at": now(), "device_id": self.device_id,
                  **self.edit_stamp("sessions", session_id)}
        self.db.execute(f"update sessions set {', '.join(f'{name} = ?' for name in values)} where id = ?",
                        [*values.values(), session_id])

    def _session_key(self, session_id: str) -> int:
        """The key the session's details are stored under (see schema.key_details_by_session)."""
        row = self.db.execute("select key from sessions where id = ?", [session_id]).fetchone()
        if row is None:
            raise KeyError(session_id)
        return row[0]

    @property
    def last_site_id(self) -> str:
        return self._meta("last_site_id")

    # --- sites ------------------------------------------------------------------------------------------------
    def sites(self) -> list[Site]:
        return [Site(r["id"], r["name"], r["site_type"] or "", r["county"] or "") for r in self.db.query(
            "select * from sites where deleted_at is null order by name collate nocase")]

    def save_site(self, name: str, site_type: str = "school", county: str = "", site_id: str = "") -> Site:
        """Create or update a site. A new site with the same name and county as an existing one is that site, in
        any case and either Unicode form (see names.site_key). Names are stored NFC; InvalidSite says what is wrong
        with a name or county the exchange would refuse."""
        from .names import site_key, tidy
        from .validation import require_site

        name, county = tidy(name), tidy(county)
        require_site(name, site_type, county)
        if not site_id:
            key = site_key(name, county)
            site_id = next((row["id"] for row in self.db.query(
                "select id, name, county from sites where deleted_at is null order by created_at, id")
                if site_key(row["name"], row["county"]) == key), "") or str(uuid.uuid4())
        stamp = now()
        row = {"id": site_id, "name": name, "site_type": site_type, "county": county, "updated_at": stamp,
               "device_id": self.device_id}
        with self.writing():
            row.update(self.edit_stamp("sites", site_id))
            if self.db["sites"].count_where("id = ?", [site_id]):
                self.db["sites"].update(site_id, row)
            else:
                self.db["sites"].insert({**row, "created_at": stamp})
        return Site(site_id, name, site_type, county)

    # --- sessions ---------------------------------------------------------------------------------------------
    def save_session(self, record: SessionRecord) -> str:
        """Insert or replace a session and all its details in one transaction; returns its id."""
        session_id = record.id or str(uuid.uuid4())
        stamp = now()
        row = {"id": session_id, "date": record.date.isoformat(), "start_time": record.start_time,
               "minutes": record.minutes, "site_id": record.site_id, "audience": record.audience,
               "grade_band": record.grade_band, "languages": ",".join(record.languages),
               "facilitators": record.facilitators, "delivery": record.delivery,
               "participants": record.participants, "referrals": record.referrals,
               "curriculum_version": record.curriculum_version, "notes": record.notes, "updated_at": stamp,
               "deleted_at": None, "device_id": self.device_id}
        with self.writing():
            existing = next(self.db.query("select created_at from sessions where id = ?", [session_id]), None)
            row["created_at"] = existing["created_at"] if existing else stamp
            row.update(self.edit_stamp("sessions", session_id))
            names = ", ".join(row)
            self.db.execute(f"insert into sessions ({names}) values ({', '.join('?' * len(row))}) on conflict (id) "
                            f"do update set ({names}) = ({', '.join(f'excluded.{name}' for name in row)})",
                            list(row.values()))
            key = self._session_key(session_id)
            for table in DETAIL_COLUMNS:
                self.db.execute(f"delete from {table} where session_key = ?", [key])
            self.db["session_modules"].insert_all(
                {"session_key": key, "module_id": m, "position": i} for i, m in enumerate(record.modules))
            self.db["section_fidelity"].insert_all(
                {"session_key": key, "module_id": s.module_id, "section_id": s.section_id,
                 "fidelity": s.fidelity, "note": s.note} for s in record.sections)
            self.db["breakdowns"].insert_all(
                {"session_key": key, "dimension": d, "category": c, "count": n}
                for d, counts in record.breakdowns.items() for c, n in counts.items())
            self.db["survey_tallies"].insert_all(
                {"session_key": key, "item_id": t.item_id, "timing": t.timing, "answered": t.answered,
                 "correct": t.correct} for t in record.tallies)
            self.db["survey_marks"].insert_all(
                {"session_key": key, "item_id": t.item_id, "timing": t.timing, "mark": mark, "count": n}
                for t in record.tallies for mark, n in t.marks.items())
            if not record.is_youth:
                self.db["roster"].insert_all(
                    {"id": str(uuid.uuid4()), "session_key": key, "name": r.name, "role": r.role,
                     "organization": r.organization, "email": r.email} for r in record.roster)
            self._set_meta("last_site_id", record.site_id)
        return session_id

    def session(self, session_id: str) -> SessionRecord:
        row = next(self.db.query("select * from sessions where id = ?", [session_id]), None)
        if row is None:
            raise KeyError(session_id)
        where = [row["key"]]
        modules = tuple(r["module_id"] for r in self.db.query(
            "select module_id from session_modules where session_key = ? order by position", where))
        sections = tuple(SectionRecord(r["module_id"], r["section_id"], r["fidelity"], r["note"] or "")
                         for r in self.db.query("select * from section_fidelity where session_key = ?", where))
        breakdowns: dict[str, dict[str, int]] = defaultdict(dict)
        for r in self.db.query("select * from breakdowns where session_key = ?", where):
            breakdowns[r["dimension"]][r["category"]] = r["count"]
        marks: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
        for r in self.db.query("select * from survey_marks where session_key = ?", where):
            marks[(r["item_id"], r["timing"])][r["mark"]] = r["count"]
        tallies = tuple(Tally(r["item_id"], r["timing"], r["answered"], r["correct"],
                              marks.get((r["item_id"], r["timing"]), {}))
                        for r in self.db.query("select * from survey_tallies where session_key = ?", where))
        roster = tuple(RosterEntry(r["name"], r["role"] or "", r["organization"] or "", r["email"] or "")
                       for r in self.db.query("select * from roster where session_key = ?", where))
        return SessionRecord(
            date=dt.date.fromisoformat(row["date"]), site_id=row["site_id"], audience=row["audience"],
            participants=row["participants"], modules=modules, minutes=row["minutes"] or 0,
            start_time=row["start_time"] or "", grade_band=row["grade_band"] or "",
            languages=tuple((row["languages"] or "en").split(",")), facilitators=row["facilitators"] or "",
            delivery=row["delivery"] or "in_person", sections=sections, breakdowns=dict(breakdowns),
            tallies=tallies, roster=roster, referrals=row["referrals"] or 0, notes=row["notes"] or "",
            curriculum_version=row["curriculum_version"] or 0, id=session_id)

    def delete_session(self, session_id: str) -> None:
        """A tombstone, so the deletion can travel to other laptops and be undone here."""
        with self.writing():
            self._mark_edited(session_id, deleted_at=now())

    def restore_session(self, session_id: str) -> None:
        with self.writing():
            self._mark_edited(session_id, deleted_at=None)

    def has_roster_names(self) -> bool:
        """Whether any adult training keeps its sign-in list (names), which an export leaves out unless asked."""
        return self.db.execute("select exists (select 1 from roster)").fetchone()[0] == 1

    def purge_roster(self, session_id: str) -> int:
        """Remove the names of an adult training's participants for good; returns how many were removed."""
        with self.writing():
            key = self._session_key(session_id)
            count = self.db["roster"].count_where("session_key = ?", [key])
            self.db.execute("delete from roster where session_key = ?", [key])
            # An edit like any other, so an older copy that still has the names never brings them back.
            self._mark_edited(session_id)
        return count

    def session_rows(self) -> list[SessionRow]:
        """Every session that is not deleted, newest first, with what the list shows."""
        return [SessionRow._make(line) for line in self.session_lines()]

    def session_lines(self) -> list[Line]:
        """The same as plain tuples (see SessionRow), for the Sessions list. Read a row at a time, each session's
        modules joined by SQLite: no temporary structure of a million entries is built and then freed at once
        (freeing one holds every thread for a third of a second)."""
        cursor = self.db.execute(
            "select s.id, s.date, coalesce(t.name, ''), coalesce(t.county, ''), s.audience, s.languages, "
            "s.participants, s.minutes, (select group_concat(module_id, ',') from (select module_id from "
            "session_modules m where m.session_key = s.key order by m.position)) "
            "from sessions s left join sites t on t.id = s.site_id "
            "where s.deleted_at is null order by s.date desc, s.created_at desc")
        return [(r[0], r[1], r[2], r[3], r[4], r[5] or "", tuple(r[8].split(",")) if r[8] else (), r[6], r[7] or 0)
                for r in cursor]
