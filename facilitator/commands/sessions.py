"""`facilitator sessions`: log, list, show and delete sessions from the command line, checked by the same rules as
the log form (validation.validate), so a script can do whatever the Sessions screen does."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import AUDIENCES
from .options import date_option
from .records import open_records

if TYPE_CHECKING:
    from ..core.records.validation import SessionDraft


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = commands.add_parser("sessions", help="log, list, show and delete sessions")
    actions = sessions.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the logged sessions, newest first, filtered as on the Sessions screen")
    listing.add_argument("--from", dest="start", type=date_option, help="first day, YYYY-MM-DD")
    listing.add_argument("--to", dest="end", type=date_option, help="last day, YYYY-MM-DD")
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
        rows = SessionFilter(args.start.isoformat() if args.start else "", args.end.isoformat() if args.end else "",
                             args.site, args.county, args.module, args.audience,
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
        draft = _draft(json.loads(_session_text(args.file)))
    except (OSError, ValueError) as error:
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
        if record.site_id not in {site.id for site in store.sites()}:
            print(f"site_id: there is no site {record.site_id!r} in these records", file=sys.stderr)
            return 1
        session_id = store.save_session(record)
    finally:
        store.close()
    print(session_id)
    return 0


MAX_SESSION_BYTES = 1024 * 1024
"""A session's JSON is a few kilobytes; more than a megabyte is not one."""


def _session_text(path: Path) -> str:
    """The JSON given, read only from an ordinary file (a pipe or a device could keep it waiting for ever) or
    standard input, and at most MAX_SESSION_BYTES of it."""
    if str(path) == "-":
        text = sys.stdin.read(MAX_SESSION_BYTES + 1)
    else:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ValueError("not an ordinary file (a folder, a pipe or a device)")
        with path.open(encoding="utf-8") as file:
            text = file.read(MAX_SESSION_BYTES + 1)
    if len(text) > MAX_SESSION_BYTES:
        raise ValueError(f"more than {MAX_SESSION_BYTES // 1024 // 1024} MB, far more than one session")
    return text


TEXT_KEYS = ("date", "site_id", "audience", "start_time", "grade_band", "facilitators", "delivery", "notes")
NUMBER_KEYS = ("participants", "minutes", "referrals")


def _draft(given: Any) -> SessionDraft:
    """A SessionDraft from a JSON object: what a form would hold, numbers as text. Any value of the wrong kind is
    a ValueError naming its key (the form's own checks then say what is wrong with the values)."""
    from ..core.records.model import RosterEntry, SectionRecord
    from ..core.records.validation import SessionDraft

    if not isinstance(given, dict):
        raise ValueError("the top level must be an object")
    known = {*TEXT_KEYS, *NUMBER_KEYS, "modules", "languages", "sections", "tallies", "breakdowns", "roster"}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for key in TEXT_KEYS:
        _kind(key, given.get(key, ""), str)
    for key in NUMBER_KEYS:
        _kind(key, given.get(key, ""), (int, str))
    values: dict[str, Any] = {key: given[key] for key in TEXT_KEYS if key in given}
    values.update({key: str(given[key]) for key in NUMBER_KEYS if key in given})
    for key in ("modules", "languages"):
        if key in given:
            values[key] = tuple(_kind(f"{key}[]", item, str) for item in _kind(key, given[key], list))
    try:
        values["sections"] = tuple(SectionRecord(**_kind("sections[]", s, dict))
                                   for s in _kind("sections", given.get("sections", []), list))
        values["roster"] = tuple(RosterEntry(**_kind("roster[]", r, dict))
                                 for r in _kind("roster", given.get("roster", []), list))
        values["tallies"] = tuple((str(t["item_id"]), str(t["timing"]), str(t.get("answered", "")),
                                   str(t.get("correct", "")))
                                  for t in (_kind("tallies[]", item, dict)
                                            for item in _kind("tallies", given.get("tallies", []), list)))
    except (KeyError, TypeError) as error:
        raise ValueError(f"a section, tally or roster entry lacks or has an unknown key: {error}") from error
    values["breakdowns"] = {dimension: {category: str(_kind(f"breakdowns.{dimension}.{category}", count, int))
                                        for category, count in _kind(f"breakdowns.{dimension}", counts, dict).items()}
                            for dimension, counts in _kind("breakdowns", given.get("breakdowns", {}), dict).items()}
    return SessionDraft(**values)


def _kind(key: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool):
        names = " or ".join({"str": "text", "int": "a whole number", "list": "a list", "dict": "an object"}[k.__name__]
                            for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise ValueError(f"{key} must be {names}, not {json.dumps(value)}")
    return value


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
