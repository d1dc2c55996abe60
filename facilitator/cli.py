"""The `facilitator` command: with no arguments it opens the app; subcommands drive the core headlessly."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .core.model import AUDIENCES, CONSENT_RULES  # plain data: the parser needs the choices, not the core

if TYPE_CHECKING:
    from .core.model import Resources
    from .core.records.store import RecordsStore

# Each command imports what it needs when it runs: opening the app (no command) must not pay for the YAML parser
# and validator, which a warm start does not use.


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run  # imported here so headless commands never load Qt

        return run()
    return args.handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", description="Upstream: the facilitator toolkit. "
                                     "Run without a command to open the app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    content = commands.add_parser("content", help="work with the curriculum content")
    content_commands = content.add_subparsers(title="content commands", metavar="ACTION", required=True)
    check = content_commands.add_parser("check", help="validate every content file; exit 1 on any problem")
    check.add_argument("--root", type=Path, default=None,
                       help="curriculum folder to check (default: the bundled curriculum)")
    check.set_defaults(command="content check", handler=_content_check)

    helplines = commands.add_parser("helplines", help="list the helplines, with the agency's local entries")
    helplines.add_argument("--lang", default="en", help="language of names and descriptions (default: en)")
    helplines.add_argument("--local", type=Path, default=None,
                           help="the agency's local entries (default: local-helplines.yaml in the data folder)")
    helplines.set_defaults(command="helplines", handler=_helplines)

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

    report = commands.add_parser("report", help="the figures for a date range, for funders")
    report.add_argument("--from", dest="start", type=_date, required=True, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_date, required=True, help="last day, YYYY-MM-DD")
    report.add_argument("--format", choices=["csv", "xlsx", "pdf"], default="csv",
                        help="csv (every table, one under the other), xlsx (one sheet per table) or pdf (with charts)")
    report.add_argument("--language", choices=["en", "es"], default="en", help="the report's language")
    report.add_argument("--paper", choices=["letter", "a4"], default="letter", help="page size of a PDF report")
    report.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    report.set_defaults(command="report", handler=_report)

    handout = commands.add_parser("handout", help="list handouts or render one to PDF")
    handout_commands = handout.add_subparsers(title="handout commands", metavar="ACTION", required=True)
    listing = handout_commands.add_parser("list", help="the handouts, with what each needs and its languages")
    listing.set_defaults(command="handout list", handler=_handout_list)
    render = handout_commands.add_parser("render", help="write one handout (or print-pack) as a PDF")
    render.add_argument("id", help="handout id (see 'handout list'), or print-pack for everything the modules use")
    render.add_argument("--module", action="append", default=[], help="module id; repeat for several")
    render.add_argument("--lang", default="en", help="en, es, en+es, or another language the handout offers")
    render.add_argument("--layout", choices=("side", "sequential"), default="side",
                        help="two languages side by side (default) or one after the other")
    render.add_argument("--school", default="", help="school or site name, for the parent letter")
    render.add_argument("--date", default=None, help="session date, YYYY-MM-DD")
    render.add_argument("--return-by", default=None,
                        help="parent letter: the day the slip is due at school, YYYY-MM-DD, at least a week before "
                             "the session (default: a week before it)")
    render.add_argument("--consent", choices=CONSENT_RULES, default="opt-out",
                        help="parent letter: the school's consent rule; opt-out (default): families return the slip "
                             "only if the child will NOT take part; opt-in: a child takes part only with a signed slip")
    render.add_argument("--audience", choices=AUDIENCES, default="",
                        help="who will read it: young people get 'tú' in Spanish and the youth survey, adults 'usted' "
                             "(default: young people only when every module is for young people)")
    render.add_argument("--participant", default="", help="name on a certificate (adult trainings only)")
    render.add_argument("--paper", choices=("letter", "a4"), default="letter")
    render.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    render.set_defaults(command="handout render", handler=_handout_render)
    return parser


def _content_check(args: argparse.Namespace) -> int:
    from .core.content.loader import check_content
    from .core.content.stats import summarise

    result = check_content(args.root)
    for problem in result.problems:
        print(problem)
    if result.curriculum is None:
        print(f"{len(result.problems)} problem(s); the curriculum cannot be loaded.", file=sys.stderr)
        return 1
    from .core.handouts.registry import check_handout_strings

    handout_problems = check_handout_strings()
    for problem in handout_problems:
        print(problem)
    curriculum = result.curriculum
    for language in curriculum.languages:
        s = summarise(curriculum, language)
        stale = f", {s.stale} stale" if s.stale else ""
        print(f"{language}: {s.modules} modules, {s.sections} sections, {s.activities} activities, "
              f"{s.questions} discussion questions, {s.words:,} words{stale}")
    if curriculum.resources:
        _list_checks_due(curriculum.resources)
    if result.problems or handout_problems:
        print(f"{len(result.problems) + len(handout_problems)} problem(s).", file=sys.stderr)
        return 1
    return 0


def _list_checks_due(resources: Resources) -> None:
    """What someone should confirm before the next printing: facts known to be changing, helplines nobody has
    confirmed with the service itself, and entries checked too long ago. Notes, not problems: content still loads."""
    for entry_id, what in resources.needing_check():
        print(f"note: {entry_id}: {what}")
    for helpline in resources.unconfirmed():
        print(f"to confirm: {helpline.id}: never confirmed with the service itself (checked against "
              f"{helpline.source} on {helpline.checked})")
    for entry in resources.overdue(dt.date.today()):
        print(f"due: {entry.id}: last checked {entry.last_checked}, more than {resources.check_every_days} days ago")


def _helplines(args: argparse.Namespace) -> int:
    from .core.content.helplines import load_resources, merge
    from .core.content.loader import load_curriculum
    from .core.content.problems import Problem
    from .core.paths import local_helplines_path

    curriculum = load_curriculum()
    if curriculum.resources is None or args.lang not in curriculum.languages:
        print(f"unknown language '{args.lang}'; choose one of: {', '.join(curriculum.languages)}", file=sys.stderr)
        return 2
    resources = curriculum.resources
    local_path = args.local or local_helplines_path()
    if local_path.is_file():
        problems: list[Problem] = []
        local = load_resources(local_path, curriculum.languages, problems, local=True)
        if problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            print(f"{local_path}: not used until these are fixed; nothing was changed.", file=sys.stderr)
            return 1
        resources = merge(resources, local)
    elif args.local:
        print(f"{args.local}: no such file", file=sys.stderr)
        return 1
    for helpline in resources.helplines:
        if helpline.placeholder:
            continue
        ways = [f"{way} {getattr(helpline, way)}" for way in ("phone", "text", "tty", "web") if getattr(helpline, way)]
        if helpline.chat:
            ways.append("chat")
        local = " (local)" if helpline.local else ""
        confirmed = f"confirmed with the service {helpline.confirmed}" if helpline.confirmed else \
            "not yet confirmed with the service"
        print(f"{helpline.name[args.lang]}{local}: {' · '.join(ways)} · checked {helpline.checked} · {confirmed}")
    return 0


NEED_OPTIONS = {"one_module": "one --module", "modules": "--module", "school": "--school", "date": "--date",
                "return_by": "--return-by"}
"""The option that gives what a handout needs (the codes of core/handouts/needs.py)."""


def _handout_list(args: argparse.Namespace) -> int:
    from .core.handouts.needs import missing, missing_from_pack
    from .core.handouts.registry import HandoutRequest, handout_specs, review_status, strings

    def needs(lacking: tuple) -> str:
        return f" (needs {', '.join(NEED_OPTIONS[need.code] for need in lacking)})" if lacking else ""

    print(f"print-pack: everything the chosen modules use, in one PDF{needs(missing_from_pack((), ()))}")
    for spec in handout_specs():
        languages = ", ".join(f"{lang}{'*' if review_status(lang) == 'unreviewed' else ''}"
                              for lang in spec.languages)
        print(f"{spec.id}: {strings('en')['titles'][spec.id]}{needs(missing(HandoutRequest(spec.id)))} [{languages}]")
    print("* not yet reviewed by a native speaker")
    return 0


def _handout_render(args: argparse.Namespace) -> int:
    import datetime as dt
    from dataclasses import replace

    from .core.handouts.needs import missing, missing_from_pack
    from .core.handouts.registry import PRINT_PACK, HandoutError, HandoutRequest
    from .render.offscreen import offscreen_gui
    from .render.pdf import RenderError
    from .userdata import user_handouts

    dates: dict[str, dt.date | None] = {}
    for option, value in (("--date", args.date), ("--return-by", args.return_by)):
        try:
            dates[option] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            print(f"{option}: '{value}' is not a date like 2026-12-03", file=sys.stderr)
            return 2
    date, letter = dates["--date"], {"return_by": dates["--return-by"], "consent": args.consent}
    languages = tuple(args.lang.split("+"))
    layout = "single" if len(languages) == 1 else args.layout
    app = offscreen_gui()
    maker = user_handouts()
    try:
        if args.id == PRINT_PACK:
            requests = [replace(request, **letter) if request.handout == "parent-letter" else request
                        for request in maker.print_pack(args.module, languages, layout, args.paper, args.school,
                                                        date, args.audience)]
            lacking = missing_from_pack(args.module, requests)
        else:
            requests = [HandoutRequest(args.id, languages, layout, tuple(args.module), args.school, date,
                                       args.paper, args.participant, args.audience, **letter)]
            lacking = missing(requests[0])
        for need in lacking:
            print(f"cannot make the handout: {need} (give {NEED_OPTIONS[need.code]})", file=sys.stderr)
        if lacking:
            return 1
        handouts = [maker.make(request) for request in requests]
        from .render.handouts import handout_pdf

        data = handout_pdf(handouts)
    except (HandoutError, RenderError) as error:
        print(f"cannot make the handout: {error}", file=sys.stderr)
        return 1
    from .core.files import write_bytes_whole

    try:
        write_bytes_whole(args.output, data)
    except OSError as error:
        print(f"cannot write {args.output}: {error.strerror or error} (nothing was written)", file=sys.stderr)
        return 1
    for warning in {w for h in handouts for w in h.warnings}:
        print(f"note: {warning}", file=sys.stderr)
    print(f"{args.output}: {len(handouts)} handout(s)")
    del app
    return 0


def _db_backup(args: argparse.Namespace) -> int:
    from .core.paths import backups_dir, records_path
    from .core.records.backup import backup
    from .core.records.store import DamagedDatabase, RecordsUnavailable

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
    from .core.paths import backups_dir, records_path
    from .core.records.backup import latest_good, restore
    from .core.records.store import DamagedDatabase, RecordsUnavailable

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


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-09-01") from error


def _open_records(doing: str) -> RecordsStore | None:
    """The records store, or None after saying why it cannot be opened (a damaged file is left untouched)."""
    from .core.paths import backups_dir, records_path
    from .core.records.backup import latest_good
    from .core.records.store import DamagedDatabase, RecordsStore, RecordsUnavailable

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


def _report(args: argparse.Namespace) -> int:
    from .core.content.cache import load_curriculum_cached
    from .core.reports.view import curriculum_report

    if args.end < args.start:
        print(f"--to {args.end} is before --from {args.start}", file=sys.stderr)
        return 2
    store = _open_records("report")
    if store is None:
        return 1
    try:
        view, words = curriculum_report(store, load_curriculum_cached(), args.start, args.end, args.language)
    finally:
        store.close()
    from .core.handouts.agency import AgencyError

    try:
        if args.format == "pdf":
            from .core.handouts.agency import load_profile
            from .render.offscreen import offscreen_gui
            from .render.report_pdf import write_report_pdf

            app = offscreen_gui()  # noqa: F841 (fonts and painting need a GUI application)
            write_report_pdf(view, words, args.output, args.paper, load_profile().name)
        else:
            from .core.reports.files import write_csv, write_xlsx

            (write_xlsx if args.format == "xlsx" else write_csv)(view, args.output)
    except OSError as error:
        print(f"cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    except AgencyError as error:  # the agency profile, whose name heads the report, is refused
        print(f"cannot write {args.output}: {error}", file=sys.stderr)
        return 1
    figures = view.report
    print(f"{args.output}: {figures.sessions} session(s), {figures.participants} participant(s), "
          f"{figures.hours} hour(s), {args.start} to {args.end}")
    return 0


def _records_export(args: argparse.Namespace) -> int:
    from .core.records.exchange import export_records

    store = _open_records("export")
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
    from .core.paths import backups_dir, records_path
    from .core.records.backup import backup
    from .core.records.exchange import ExchangeError, import_files, merge_document, read_exchange
    from .core.records.store import DamagedDatabase, RecordsUnavailable

    try:
        # One file is checked before anything is touched, the backup included; several are each checked whole
        # before any of their records is written, inside one transaction that a bad file rolls back.
        document = read_exchange(args.files[0]) if len(args.files) == 1 else None
    except ExchangeError as error:
        print(f"not imported: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    store = _open_records("import")
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


def _db_check(args: argparse.Namespace) -> int:
    """SQLite's full check of the file, and of its write-ahead log: changes nothing."""
    from .core.paths import records_path
    from .core.records.store import RecordsUnavailable, check_file
    from .core.records.wal_guard import foreign_log_problem

    try:
        log = foreign_log_problem(records_path()) if records_path().exists() else ""
        result = f"its write-ahead log does not belong to it: {log}" if log else check_file(records_path())
    except RecordsUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{records_path()}: {result}")
    return 0 if result == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
