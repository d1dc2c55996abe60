"""`facilitator content check` and `facilitator helplines`: the curriculum's content checked, and the helplines
listed with the agency's local entries."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.model import Resources


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def _content_check(args: argparse.Namespace) -> int:
    from ..core.content.loader import check_content
    from ..core.content.stats import summarise

    result = check_content(args.root)
    for problem in result.problems:
        print(problem)
    if result.curriculum is None:
        print(f"{len(result.problems)} problem(s); the curriculum cannot be loaded.", file=sys.stderr)
        return 1
    from ..core.handouts.registry import check_handout_strings

    handout_problems = check_handout_strings()
    for wording in handout_problems:
        print(wording)
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
    from ..core.content.helplines import LocalHelplinesError, load_local, merge
    from ..core.content.loader import load_curriculum
    from ..core.paths import local_helplines_path

    curriculum = load_curriculum()
    if curriculum.resources is None or args.lang not in curriculum.languages:
        print(f"unknown language '{args.lang}'; choose one of: {', '.join(curriculum.languages)}", file=sys.stderr)
        return 2
    resources = curriculum.resources
    local_path = args.local or local_helplines_path()
    if local_path.is_file():
        try:
            resources = merge(resources, load_local(local_path, curriculum.languages))
        except LocalHelplinesError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            print(f"{local_path}: not used until these are fixed; nothing was changed.", file=sys.stderr)
            return 1
    elif args.local:
        print(f"{args.local}: no such file", file=sys.stderr)
        return 1
    for helpline in resources.helplines:
        if helpline.placeholder:
            continue
        ways = [f"{way} {getattr(helpline, way)}" for way in ("phone", "text", "tty", "web") if getattr(helpline, way)]
        if helpline.chat:
            ways.append("chat")
        own = " (local)" if helpline.local else ""
        confirmed = f"confirmed with the service {helpline.confirmed}" if helpline.confirmed else \
            "not yet confirmed with the service"
        print(f"{helpline.name[args.lang]}{own}: {' · '.join(ways)} · checked {helpline.checked} · {confirmed}")
    return 0
