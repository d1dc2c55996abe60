"""The `facilitator` command: with no arguments it opens the app; subcommands (facilitator.commands, a module per
group) drive the core headlessly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .commands import content, handouts, records, report, sessions
from .core.errors import UpstreamError


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run  # imported here so headless commands never load Qt

        return run()
    try:
        return args.handler(args)
    except UpstreamError as error:  # expected, and not worded by the command itself: the detail, no traceback
        print(error, file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", description="Upstream: the facilitator toolkit. "
                                     "Run without a command to open the app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in (content, records, sessions, report, handouts):
        group.add_commands(commands)
    return parser


if __name__ == "__main__":
    sys.exit(main())
