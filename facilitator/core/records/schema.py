"""The records schema, as sqlite-utils migrations: each change is a new function, applied once, in order.

Every top-level record has a UUID, created/updated times, a deletion tombstone and the id of the device that wrote
it, so records from several laptops can later be merged without duplicates and deletions travel. A session's
details (modules, section fidelity, breakdowns, survey tallies, roster) belong to the session, by its integer key
(see key_details_by_session), and are saved with it in one transaction.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("upstream-records")
RECORD = {"created_at": str, "updated_at": str, "deleted_at": str, "device_id": str}


@migrations()
def create_records(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sites"].create({"id": str, "name": str, "site_type": str, "county": str, **RECORD}, pk="id",
                       not_null={"name", "created_at", "updated_at"})
    db["sessions"].create({
        "id": str, "date": str, "start_time": str, "minutes": int, "site_id": str, "audience": str,
        "grade_band": str, "languages": str, "facilitators": str, "delivery": str, "participants": int,
        "referrals": int, "curriculum_version": int, "notes": str, **RECORD,
    }, pk="id", foreign_keys=[("site_id", "sites", "id")], not_null={"date", "participants", "created_at"})
    db["session_modules"].create({"session_id": str, "module_id": str, "position": int},
                                 pk=("session_id", "module_id"), foreign_keys=[("session_id", "sessions", "id")])
    db["section_fidelity"].create({"session_id": str, "module_id": str, "section_id": str, "fidelity": str,
                                   "note": str}, pk=("session_id", "module_id", "section_id"),
                                  foreign_keys=[("session_id", "sessions", "id")])
    db["breakdowns"].create({"session_id": str, "dimension": str, "category": str, "count": int},
                            pk=("session_id", "dimension", "category"),
                            foreign_keys=[("session_id", "sessions", "id")])
    db["survey_tallies"].create({"session_id": str, "item_id": str, "timing": str, "answered": int,
                                 "correct": int},
                                pk=("session_id", "item_id", "timing"), foreign_keys=[("session_id", "sessions", "id")])
    db["survey_marks"].create({"session_id": str, "item_id": str, "timing": str, "mark": str, "count": int},
                              pk=("session_id", "item_id", "timing", "mark"),
                              foreign_keys=[("session_id", "sessions", "id")])
    db["roster"].create({"id": str, "session_id": str, "name": str, "role": str, "organization": str,
                         "email": str}, pk="id", foreign_keys=[("session_id", "sessions", "id")])
    db["sessions"].create_index(["date"])
    db["sessions"].create_index(["site_id"])
    db["session_modules"].create_index(["module_id"])
    db["roster"].create_index(["session_id"])


@migrations()
def add_versions(db: Database) -> None:
    """Per-record version vectors (device id -> edits made there), so a merge can tell an edit that builds on
    another from two edits made apart; and aliases for sites that two laptops created separately."""
    for table in ("sites", "sessions"):
        db[table].add_column("versions", str)
        db.execute(f"update {table} set versions = json_object(coalesce(device_id, ''), 1)")
    db["site_aliases"].create({"alias_id": str, "site_id": str}, pk="alias_id",
                              foreign_keys=[("site_id", "sites", "id")])


@migrations()
def add_plans(db: Database) -> None:
    """Session plans, kept with the records so the same backups cover them. They stay on this laptop: the records
    exchange carries sessions and sites, not plans."""
    db["plans"].create({"id": str, "name": str, "audience": str, "minutes_available": int,
                        "facilitator_language": str, "audience_language": str, "modules": str, "items": str,
                        "start_time": str, "created_at": str, "updated_at": str}, pk="id",
                       not_null={"name", "created_at", "updated_at"})


KEYED_TABLES = (
    """create table sessions (key integer primary key, id text not null unique, date text not null, start_time text,
       minutes integer, site_id text references sites (id), audience text, grade_band text, languages text,
       facilitators text, delivery text, participants integer not null, referrals integer, curriculum_version integer,
       notes text, created_at text not null, updated_at text, deleted_at text, device_id text, versions text)""",
    """create table session_modules (session_key integer not null references sessions (key), module_id text,
       position integer, primary key (session_key, module_id)) without rowid""",
    """create table section_fidelity (session_key integer not null references sessions (key), module_id text,
       section_id text, fidelity text, note text, primary key (session_key, module_id, section_id)) without rowid""",
    """create table breakdowns (session_key integer not null references sessions (key), dimension text,
       category text, count integer, primary key (session_key, dimension, category)) without rowid""",
    """create table survey_tallies (session_key integer not null references sessions (key), item_id text,
       timing text, answered integer, correct integer, primary key (session_key, item_id, timing)) without rowid""",
    """create table survey_marks (session_key integer not null references sessions (key), item_id text,
       timing text, mark text, count integer, primary key (session_key, item_id, timing, mark)) without rowid""",
    """create table roster (id text primary key, session_key integer not null references sessions (key), name text,
       role text, organization text, email text)""",
    "create index idx_roster_session_key on roster (session_key)",
)
"""The sessions by date, by site and by module had indexes until migration 4. Nothing searched them (the Sessions list
filters in memory, a report reads most rows), and a merge had to keep all three, scattered, for every new session."""
DETAIL_COLUMNS = {
    "session_modules": "module_id, position",
    "section_fidelity": "module_id, section_id, fidelity, note",
    "breakdowns": "dimension, category, count",
    "survey_tallies": "item_id, timing, answered, correct",
    "survey_marks": "item_id, timing, mark, count",
    "roster": "id, name, role, organization, email",
}
"""A session's details: the tables that hang off a session, and their columns besides the session's key."""


@migrations()
def key_details_by_session(db: Database) -> None:
    """Give each session a small integer key that never changes, and keep its details in tables ordered by that key
    (WITHOUT ROWID, the key first in the primary key).

    Keyed by the session's random UUID, a merge's detail rows landed all over five indexes, so importing one
    laptop's file rewrote most of their pages; keyed by an increasing integer, new rows are appended, and each
    table is one B-tree with no second index to keep (see KEYED_TABLES). The UUID stays the session's identity
    between laptops. A detail row with an empty part of its key (only an old import could have stored one) is
    dropped."""
    for table in ("sessions", *DETAIL_COLUMNS):
        db.execute(f"alter table {table} rename to {table}_v3")
    for index in ("idx_sessions_date", "idx_sessions_site_id", "idx_session_modules_module_id",
                  "idx_roster_session_id"):
        db.execute(f"drop index {index}")
    for statement in KEYED_TABLES:
        db.execute(statement)
    columns = ("id, date, start_time, minutes, site_id, audience, grade_band, languages, facilitators, delivery, "
               "participants, referrals, curriculum_version, notes, created_at, updated_at, deleted_at, device_id, "
               "versions")
    db.execute(f"insert into sessions (key, {columns}) select rowid, {columns} from sessions_v3 order by rowid")
    for table, columns in DETAIL_COLUMNS.items():
        picked = ", ".join(f"d.{column}" for column in columns.split(", "))
        db.execute(f"insert or ignore into {table} (session_key, {columns}) select s.key, {picked} "
                   f"from {table}_v3 d join sessions s on s.id = d.session_id")
    for table in (*DETAIL_COLUMNS, "sessions"):
        db.execute(f"drop table {table}_v3")


@migrations()
def add_conflicts(db: Database) -> None:
    """Conflicts resolved by a merge, kept so the note travels in the records file and the other laptop reports
    the conflict too (it may only ever see the merged record, which builds on both edits)."""
    db["conflicts"].create({"id": str, "kind": str, "record_id": str, "name": str, "kept_device": str,
                            "kept_at": str}, pk="id")



@migrations()
def add_edit_ranks(db: Database) -> None:
    """Each record's `edits`: how many edits its version vector held when the copy kept was made. Of two copies
    edited apart, the one with more edits wins (then the later, then the device), and a merge keeps the winner's
    count, not the merged vector's: so every laptop picks the same copy in whatever order files arrive, and an edit
    made after another always has more. Records from before this count from their vectors."""
    for table in ("sites", "sessions"):
        db[table].add_column("edits", int)
        db.execute(f"update {table} set edits = (select coalesce(sum(value), 0) from json_each({table}.versions))")


@migrations()
def add_write_marks(db: Database) -> None:
    """The token of every write since the write-ahead log began (see wal_guard), one row each: a log belongs to the
    file if the file holds one of them, and the file may hold any (SQLite copies the log into it in steps, and a
    reader in another program can hold that back for any number of writes)."""
    db["write_marks"].create({"token": str}, pk="token")

RECORDS_VERSION = 3
"""The version of what travels between laptops, written in every exchange file: the last migration that changed the
sites' and sessions' fields (4 changed only how a laptop stores them, so an Upstream of version 3 still reads files
from this one). A file from a larger number was made by a newer Upstream, whose records this one cannot hold."""
