"""The `facilitator` command: with no arguments it opens the app; subcommands drive the core headlessly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.loader import check_content
from .core.stats import summarise


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
    return parser


def _content_check(args: argparse.Namespace) -> int:
    result = check_content(args.root)
    for problem in result.problems:
        print(problem)
    if result.curriculum is None:
        print(f"{len(result.problems)} problem(s); the curriculum cannot be loaded.", file=sys.stderr)
        return 1
    for language in result.curriculum.languages:
        s = summarise(result.curriculum, language)
        stale = f", {s.stale} stale" if s.stale else ""
        print(f"{language}: {s.modules} modules, {s.sections} sections, {s.activities} activities, "
              f"{s.questions} discussion questions, {s.words:,} words{stale}")
    if result.problems:
        print(f"{len(result.problems)} problem(s).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
