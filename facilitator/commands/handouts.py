"""`facilitator handout list` and `facilitator handout render`: the handouts, and one (or a print pack) as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.model import AUDIENCES, CONSENT_RULES  # plain data: the parser needs the choices, not the core


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


NEED_OPTIONS = {"one_module": "one --module", "modules": "--module", "school": "--school", "date": "--date",
                "return_by": "--return-by"}
"""The option that gives what a handout needs (the codes of core/handouts/needs.py)."""


def _handout_list(args: argparse.Namespace) -> int:
    from ..core.handouts.needs import missing, missing_from_pack
    from ..core.handouts.registry import HandoutRequest, handout_specs, review_status, strings

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

    from ..core.handouts.needs import missing, missing_from_pack
    from ..core.handouts.registry import PRINT_PACK, HandoutError, HandoutRequest
    from ..render.offscreen import offscreen_gui
    from ..render.pdf import RenderError
    from ..userdata import user_handouts

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
        from ..render.handouts import handout_pdf

        data = handout_pdf(handouts)
    except (HandoutError, RenderError) as error:
        print(f"cannot make the handout: {error}", file=sys.stderr)
        return 1
    from ..core.files import write_bytes_whole

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
