"""`facilitator sessions`: log, list, show and delete sessions from the command line, checked by the same rules as
the log form (validation.validate), so a script can do whatever the Sessions screen does."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import AUDIENCES
from .records import open_records

if TYPE_CHECKING:
    from ..core.records.validation import SessionDraft


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = commands.add_parser("sessions", help="log, list, show and delete sessions")
    actions = sessions.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the logged sessions, newest first, filtered as on the Sessions screen")
    listing.add_argument("--from", dest="start", default="", help="first day, YYYY-MM-DD")
    listing.add_argument("--to", dest="end", default="", help="last day, YYYY-MM-DD")
    listing.add_argument("--site", default="", help="a site's name, as listed")
    listing.add_argument("--county", default="")
    listing.add_argument("--module", default="", help="a module id")
    listing.add_argument("--audience", default="", choices=["", *AUDIENCES])
    listing.add_argument("--language", default="", choices=["", "en", "es"])
    listing.add_argument("--json", action="store_true", help="one JSON list instead of lines of text")
    listing.set_defaults(command="sessions list", handler=_list)
    show = actions.add_parser("show", help="one session, everything it keeps (names of an adult roster: only "
                                           "with --include-names)")
    show.add_argument("id")
    show.add_argument("--include-names", action="store_true")
    show.set_defaults(command="sessions show", handler=_show)
    add = actions.add_parser("add", help="log a session from a JSON object (the fields of the log form)")
    add.add_argument("file", type=Path, help="a JSON file, or - for standard input")
    add.set_defaults(command="sessions add", handler=_add)
    delete = actions.add_parser("delete", help="delete a session (a tombstone that travels to other laptops)")
    delete.add_argument("id")
    delete.set_defaults(command="sessions delete", handler=_delete)


def _list(args: argparse.Namespace) -> int:
    from ..core.records.filtering import SessionFilter

    store = open_records("list the sessions")
    if store is None:
        return 1
    try:
        rows = SessionFilter(args.start, args.end, args.site, args.county, args.module, args.audience,
                             args.language).apply(store.session_lines())
    finally:
        store.close()
    from ..core.records.model import SessionRow

    if args.json:
        print(json.dumps([SessionRow._make(row)._asdict() for row in rows], ensure_ascii=False, indent=1))
        return 0
    for row in map(SessionRow._make, rows):
        print(f"{row.date}  {row.site} ({row.county or 'no county'})  {row.audience}  {','.join(row.modules)}  "
              f"{row.participants} people  {row.id}")
    print(f"{len(rows)} session(s)", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    store = open_records("show the session")
    if store is None:
        return 1
    try:
        record = store.session(args.id)
    except KeyError:
        print(f"there is no session {args.id}", file=sys.stderr)
        return 1
    finally:
        store.close()
    shown: dict[str, Any] = dataclasses.asdict(record)
    shown["date"] = record.date.isoformat()
    if not args.include_names:
        shown["roster"] = len(record.roster)  # how many signed in; their names stay here unless asked for
    print(json.dumps(shown, ensure_ascii=False, indent=1))
    return 0


def _add(args: argparse.Namespace) -> int:
    """The object's keys are SessionDraft's: numbers may be given as numbers or text; sections, tallies and a
    roster as lists. Every mistake is listed by field, and nothing is saved unless all is well."""
    from ..core.content.cache import load_curriculum_cached
    from ..core.records.validation import validate

    try:
        text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
        given = json.loads(text)
        draft = _draft(given)
    except (OSError, ValueError, TypeError) as error:
        print(f"{args.file}: not a session as JSON: {error}", file=sys.stderr)
        return 2
    record, errors = validate(draft, load_curriculum_cached(), dt.date.today())
    if record is None:
        for mistake in errors:
            print(mistake.english(), file=sys.stderr)
        return 1
    store = open_records("log the session")
    if store is None:
        return 1
    try:
        session_id = store.save_session(record)
    finally:
        store.close()
    print(session_id)
    return 0


def _draft(given: Any) -> SessionDraft:
    """A SessionDraft from a JSON object: what a form would hold, numbers as text."""
    from ..core.records.model import RosterEntry, SectionRecord
    from ..core.records.validation import SessionDraft

    if not isinstance(given, dict):
        raise ValueError("the top level must be an object")
    known = {f.name for f in dataclasses.fields(SessionDraft)}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    values: dict[str, Any] = {key: str(value) if key in ("participants", "minutes", "referrals") else value
                              for key, value in given.items()}
    for key in ("modules", "languages"):
        if key in values:
            values[key] = tuple(values[key])
    values["sections"] = tuple(SectionRecord(**section) for section in values.get("sections", ()))
    values["roster"] = tuple(RosterEntry(**entry) for entry in values.get("roster", ()))
    values["tallies"] = tuple((t["item_id"], t["timing"], str(t.get("answered", "")), str(t.get("correct", "")))
                              for t in values.get("tallies", ()))
    values["breakdowns"] = {dimension: {category: str(count) for category, count in counts.items()}
                            for dimension, counts in values.get("breakdowns", {}).items()}
    if values.pop("marks", None):
        raise ValueError("marks (answer counts by option) are counted in the app; give answered and correct in "
                         "tallies")
    return SessionDraft(**values)


def _delete(args: argparse.Namespace) -> int:
    store = open_records("delete the session")
    if store is None:
        return 1
    try:
        store.session(args.id)
        store.delete_session(args.id)
    except KeyError:
        print(f"there is no session {args.id}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"deleted {args.id}")
    return 0
