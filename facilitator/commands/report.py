"""`facilitator report`: the figures for a date range, for funders, as CSV, XLSX or PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..core.dates import PERIODS, period_dates
from .options import date_option
from .records import open_records


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="the figures for a date range, for funders")
    report.add_argument("--from", dest="start", type=date_option, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=date_option, help="last day, YYYY-MM-DD")
    report.add_argument("--period", choices=[p for p in PERIODS if p != "custom"],
                        help="a named period around today instead of --from and --to: school_year (July to June), "
                             "federal_year (October to September), federal_quarter, half_year (January to June or "
                             "July to December), rpe_year (August to July), calendar_year, each also as last_...; "
                             "or last_12_months")
    report.add_argument("--format", choices=["csv", "xlsx", "pdf"], default="csv",
                        help="csv (every table, one under the other), xlsx (one sheet per table) or pdf (with charts)")
    report.add_argument("--language", choices=["en", "es"], default="en", help="the report's language")
    report.add_argument("--paper", choices=["letter", "a4"], default="letter", help="page size of a PDF report")
    report.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    report.set_defaults(command="report", handler=_report)


def _report(args: argparse.Namespace) -> int:
    from ..core.content.cache import load_curriculum_cached
    from ..core.reports.view import curriculum_report

    if args.period:
        if args.start or args.end:
            print("give --period, or --from and --to, not both", file=sys.stderr)
            return 2
        dates = period_dates(args.period, dt.date.today())
        if dates is None:  # only before year 1 or after 9999: no day of the period can be written
            print(f"--period {args.period} has no days that a date can hold today", file=sys.stderr)
            return 2
        args.start, args.end = dates
    elif not (args.start and args.end):
        print("give --from and --to (or --period)", file=sys.stderr)
        return 2
    if args.end < args.start:
        print(f"--to {args.end} is before --from {args.start}", file=sys.stderr)
        return 2
    store = open_records("report")
    if store is None:
        return 1
    try:
        view, words = curriculum_report(store, load_curriculum_cached(), args.start, args.end, args.language)
    finally:
        store.close()
    from ..core.handouts.agency import AgencyError

    try:
        if args.format == "pdf":
            from ..core.handouts.agency import load_profile
            from ..render.offscreen import offscreen_gui
            from ..render.report_pdf import write_report_pdf

            app = offscreen_gui()  # noqa: F841 (fonts and painting need a GUI application)
            write_report_pdf(view, words, args.output, args.paper, load_profile().name)
        else:
            from ..core.reports.files import write_csv, write_xlsx

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

