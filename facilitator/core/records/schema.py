"""The records schema, as sqlite-utils migrations: each change is a new function, applied once, in order.

Every top-level record has a UUID, created/updated times, a deletion tombstone and the id of the device that wrote
it, so records from several laptops can later be merged without duplicates and deletions travel. A session's
details (modules, section fidelity, breakdowns, survey tallies, roster) belong to the session and are saved with
it, in one transaction.
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


SCHEMA_VERSION = 3
"""How many migrations this version has; an exchange file from a larger number was made by a newer Upstream."""
