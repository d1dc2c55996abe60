"""Helpers the records tests share: a session to save, what a coordinator compares, a file resealed after a change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator.core.records.exchange import sealed
from facilitator.core.records.model import SessionRecord
from facilitator.core.records.store import RecordsStore


def session(site_id: str, day: int, participants: int = 20, **extra) -> SessionRecord:
    values = {"date": dt.date(2026, 10, day), "site_id": site_id, "audience": "grades_9_12",
              "participants": participants, "modules": ("what-is-trafficking",), "minutes": 50}
    return SessionRecord(**{**values, **extra})


def state(store: RecordsStore) -> dict:
    """What a coordinator would compare: every session (deleted or not) with its details and roster, and the sites."""
    sessions = {}
    for row in store.db.query("select id, deleted_at from sessions"):
        record = store.session(row["id"])
        sessions[row["id"]] = (record.date, record.participants, record.modules, record.notes, record.roster,
                               row["deleted_at"])
    return {"sessions": sessions, "sites": sorted((s.name, s.county) for s in store.sites())}


def resealed(path: Path, document: dict) -> Path:
    """A changed file with a matching checksum, as a careless tool (not damage) would write it."""
    path.write_bytes(sealed({key: value for key, value in document.items() if key != "sha256"}))
    return path
