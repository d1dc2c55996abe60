"""Notes already in the records that hold a way to reach a person: older Upstreams, or files merged before the
privacy guard (see privacy), may have let one in. `facilitator db check` lists them so someone can take them out."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .file_checks import read_only_uri
from .privacy import refused


@dataclass(frozen=True)
class StoredContact:
    session_id: str
    date: str
    where: str
    """"notes", or "section <module>/<section>" for a section's note."""
    code: str
    """What it holds: "phone_number" or "email_address" (the privacy guard's codes); never the text itself."""


def stored_contacts(path: Path) -> list[StoredContact]:
    """Every session note and section note in the records file at `path` that the privacy guard would refuse,
    deleted sessions too (their notes still travel in exports). Reads the file without changing it."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = connection.execute(
            "select id, date, 'notes', notes from sessions where notes != '' union all "
            "select s.id, s.date, 'section ' || f.module_id || '/' || f.section_id, f.note from section_fidelity f "
            "join sessions s on s.key = f.session_key where f.note != '' order by 2, 1, 3").fetchall()
    finally:
        connection.close()
    return [StoredContact(session_id, date, where, finding.code)
            for session_id, date, where, text in rows if (finding := refused(text)) is not None]
