"""`facilitator db` (backup, restore, check) and `facilitator records` (export, import): the session records, kept
safe on this laptop and carried between laptops in one file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.records.store import RecordsStore


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    database = commands.add_parser("db", help="back up, restore or check the session records")
    db_commands = database.add_subparsers(title="db commands", metavar="ACTION", required=True)
    db_commands.add_parser("backup", help="make a backup now").set_defaults(command="db backup", handler=_db_backup)
    restore = db_commands.add_parser("restore", help="put a backup in place (the current file is set aside)")
    restore.add_argument("file", type=Path, nargs="?", default=None, help="the backup (default: the newest good one)")
    restore.set_defaults(command="db restore", handler=_db_restore)
    db_commands.add_parser("check", help="SQLite's full integrity check").set_defaults(command="db check",
                                                                                     handler=_db_check)

    records = commands.add_parser("records", help="carry session records between laptops in one file")
    records_commands = records.add_subparsers(title="records commands", metavar="ACTION", required=True)
    export = records_commands.add_parser("export", help="write this laptop's records to a file")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--include-names", action="store_true",
                        help="also carry adult-training rosters (names and emails); left out by default")
    export.set_defaults(command="records export", handler=_records_export)
    merge = records_commands.add_parser("import", help="merge another laptop's records file into this one's")
    merge.add_argument("files", type=Path, nargs="+", metavar="FILE",
                       help="files written by 'facilitator records export'; several are merged as one import "
                            "(all or none), much faster than one by one")
    merge.set_defaults(command="records import", handler=_records_import)


def _db_backup(args: argparse.Namespace) -> int:
    from ..core.paths import backups_dir, records_path
    from ..core.records.backup import backup
    from ..core.records.store import DamagedDatabase, RecordsUnavailable

    if not records_path().exists():
        print(f"{records_path()}: no records yet, nothing to back up", file=sys.stderr)
        return 1
    try:
        print(backup(records_path(), backups_dir()))
    except DamagedDatabase as error:
        print(f"cannot back up: {error}. The file was not changed; 'facilitator db restore' puts the newest good "
              "backup in its place.", file=sys.stderr)
        return 1
    except RecordsUnavailable as error:
        print(f"cannot back up: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    return 0


def _db_restore(args: argparse.Namespace) -> int:
    from ..core.paths import backups_dir, records_path
    from ..core.records.backup import latest_good, restore
    from ..core.records.store import DamagedDatabase, RecordsUnavailable

    source = args.file or latest_good(backups_dir())
    if source is None:
        print(f"no good backup in {backups_dir()}", file=sys.stderr)
        return 1
    try:
        set_aside = restore(source, records_path())
    except (DamagedDatabase, RecordsUnavailable) as error:
        print(f"not restored: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    print(f"restored {source} to {records_path()}")
    if set_aside:
        print(f"a copy of the file it replaced is kept as {set_aside}")
    return 0


def _db_check(args: argparse.Namespace) -> int:
    """SQLite's full check of the file, and of its write-ahead log; then the notes that hold a phone number or an
    email address. Changes nothing."""
    from ..core.paths import records_path
    from ..core.records.store import RecordsUnavailable, check_file
    from ..core.records.wal_guard import foreign_log_problem

    try:
        log = foreign_log_problem(records_path()) if records_path().exists() else ""
        result = f"its write-ahead log does not belong to it: {log}" if log else check_file(records_path())
    except RecordsUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{records_path()}: {result}")
    if result != "ok":
        return 1
    from ..core.records.notes_audit import stored_contacts

    for found in stored_contacts(records_path()):  # the file is sound; what it holds may still need a hand
        what = "a phone number" if found.code == "phone_number" else "an email address"
        print(f"to remove: the session of {found.date} ({found.session_id}), {found.where}, holds {what}; "
              "records keep no way to reach a person (edit the session and take it out)")
    return 0


def open_records(doing: str) -> RecordsStore | None:
    """The records store, or None after saying why it cannot be opened (a damaged file is left untouched)."""
    from ..core.paths import backups_dir, records_path
    from ..core.records.backup import latest_good
    from ..core.records.store import DamagedDatabase, RecordsStore, RecordsUnavailable

    if not records_path().exists() and (good := latest_good(backups_dir())) is not None:
        print(f"cannot {doing}: there is no records file at {records_path()}, but there are backups; "
              f"'facilitator db restore' puts the newest good one ({good.name}) in its place", file=sys.stderr)
        return None
    try:
        store = RecordsStore(records_path())
    except DamagedDatabase as error:
        print(f"cannot {doing}: {error}. The file was not changed; 'facilitator db restore' puts the newest good "
              "backup in its place.", file=sys.stderr)
        return None
    except RecordsUnavailable as error:
        print(f"cannot {doing}: {error}. Nothing was changed.", file=sys.stderr)
        return None
    for notice in store.notices:  # "log_set_aside", the only kind so far
        print(f"{records_path()}-wal did not belong to the records ({notice.detail}), so it was not used; it is "
              f"kept, with the file it was found beside, as {notice.path}-wal", file=sys.stderr)
    return store


def _records_export(args: argparse.Namespace) -> int:
    from ..core.records.exchange import export_records

    store = open_records("export")
    if store is None:
        return 1
    try:
        count = export_records(store, args.output, include_names=args.include_names)
    except OSError as error:
        print(f"cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    names = "with" if args.include_names else "without"
    print(f"{args.output}: {count} session(s), {names} roster names")
    return 0


def _records_import(args: argparse.Namespace) -> int:
    from ..core.paths import backups_dir, records_path
    from ..core.records.backup import backup
    from ..core.records.exchange import ExchangeError, import_files, merge_document, read_exchange
    from ..core.records.store import DamagedDatabase, RecordsUnavailable

    try:
        # One file is checked before anything is touched, the backup included; several are each checked whole
        # before any of their records is written, inside one transaction that a bad file rolls back.
        document = read_exchange(args.files[0]) if len(args.files) == 1 else None
    except ExchangeError as error:
        print(f"not imported: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    store = open_records("import")
    if store is None:
        return 1
    try:
        kept = backup(records_path(), backups_dir())
        summaries = [merge_document(store, document, path=args.files[0])] if document else \
            import_files(store, args.files)
    except (ExchangeError, DamagedDatabase, RecordsUnavailable) as error:  # a full disk stops the backup too
        print(f"not imported: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        store.close()
    for path, summary in zip(args.files, summaries, strict=True):
        print(summary if len(args.files) == 1 else f"{path}: {summary}")
        for conflict in summary.conflicts:
            print(f"  {conflict}")
    print(f"a backup from before the import: {kept}")
    return 0

