"""Helplines and legal references: facts that change, each with a source and the date it was last checked.

The bundled file holds national and state entries; an agency adds its own (county DSS, a local crisis line) in a
local file of the same format, which is validated the same way and never changes the bundled one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..errors import UpstreamError
from ..model import CHECK_EVERY_DAYS, Helpline, LegalReference, Resources
from .fields import ID_PATTERN, Fields
from .problems import Problem
from .yamlsource import read_yaml

HELPLINES_FILE = "helplines.yaml"

_DIALABLE = re.compile(r"^[0-9A-Z][0-9A-Z-]*$")


def load_resources(path: Path, languages: tuple[str, ...], problems: list[Problem],
                   today: dt.date | None = None, local: bool = False) -> Resources:
    """Read a helplines file (bundled, or an agency's local one, which may hold helplines only)."""
    data, read_problems = read_yaml(path, aliases=not local)  # a local file is the agency's own: no aliases
    problems += read_problems
    if data is None:
        return Resources((), ())
    top = Fields(path, data, problems, "helplines file")
    today = today or dt.date.today()
    every = CHECK_EVERY_DAYS if local or not top.has("check_every_days") else \
        top.integer("check_every_days", minimum=1)
    always = () if local else top.ids("print_always", required=False)
    helplines = tuple(_helpline(top, entry, index, languages, today, local)
                      for index, entry in enumerate(top.entries("helplines")))
    legal = () if local else tuple(_legal(top, entry, index, languages, today)
                                   for index, entry in enumerate(top.entries("legal")))
    top.finish()
    _unique(path, [*helplines, *legal], problems)
    for unknown in sorted(set(always) - {h.id for h in helplines}):
        problems.append(Problem(path, top.line_of("print_always"), f"print_always names '{unknown}', which is not a "
                                                                    "helpline in this file"))
    return Resources(helplines, legal, every, always)


class LocalHelplinesError(UpstreamError):
    """The agency's local helplines file has problems, so it is not used until they are fixed (nothing is changed).
    `problems` are all of them; the values name the first: its "file", "line" and "what" (in English), and the
    "count" of problems."""

    domain = "helplines"
    codes = frozenset({"local_helplines"})

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more; 'facilitator helplines' lists them)" if len(problems) > 1 else ""
        super().__init__(f"the local helplines file cannot be used: {first}{more}", "local_helplines",
                         file=str(path), line=str(first.line), what=first.message, count=str(len(problems)))
        self.problems = problems


def load_local(path: Path, languages: tuple[str, ...]) -> Resources:
    """The agency's local helplines file, or LocalHelplinesError with every problem it has."""
    problems: list[Problem] = []
    local = load_resources(path, languages, problems, local=True)
    if problems:
        raise LocalHelplinesError(path, problems)
    return local


def merge(bundled: Resources, local: Resources) -> Resources:
    """The agency's local entries follow the bundled ones; a local entry with a bundled id replaces it."""
    local_ids = {h.id for h in local.helplines}
    return Resources((*(h for h in bundled.helplines if h.id not in local_ids), *local.helplines), bundled.legal,
                     bundled.check_every_days, bundled.print_always)


def _helpline(top: Fields, entry: tuple[Any, int], index: int, languages: tuple[str, ...], today: dt.date,
              local: bool) -> Helpline:
    item, line = entry
    f = Fields(top.path, item, top.problems, f"helpline {index + 1}", line)
    numbers = {key: _number(f, key) for key in ("phone", "text", "tty")}
    placeholder = f.boolean("placeholder", default=False)
    helpline = Helpline(
        id=_id(f), name=localized(f, "name", languages), purpose=localized(f, "for", languages),
        source=f.text("source"), checked=_checked(f, today), confirmed=_date(f, "confirmed", today, required=False),
        phone_words=f.text("phone_words", required=False),
        text_keywords=localized(f, "text_keywords", languages, required=False, every_language=False),
        known_as=f.texts("known_as", required=False),
        web=f.text("web", required=False), chat=f.boolean("chat", default=False),
        hours=localized(f, "hours", languages, required=not placeholder),
        languages=localized(f, "languages", languages, required=not placeholder),
        notes=localized(f, "notes", languages, required=False), check=f.text("check", required=False),
        placeholder=placeholder, local=local, **numbers)
    if not helpline.channels and not helpline.placeholder:
        f.problem(f.line, f"{f.where}: '{helpline.id}' needs a phone, text, tty, web or chat way to reach it")
    f.finish()
    return helpline


def _legal(top: Fields, entry: tuple[Any, int], index: int, languages: tuple[str, ...],
           today: dt.date) -> LegalReference:
    item, line = entry
    f = Fields(top.path, item, top.problems, f"legal reference {index + 1}", line)
    reference = LegalReference(id=_id(f), citation=f.text("citation"), summary=localized(f, "summary", languages),
                               source=f.text("source"), checked=_checked(f, today),
                               check=f.text("check", required=False))
    f.finish()
    return reference


def _id(f: Fields) -> str:
    value = f.text("id")
    if value and not ID_PATTERN.match(value):
        f.problem(f.line_of("id"), f"{f.where}: id '{value}' must be lowercase letters, digits and hyphens")
    return value


def _number(f: Fields, key: str) -> str:
    value = f.raw(key, required=False)
    if value is None:
        return ""
    text = str(value).strip()
    if isinstance(value, bool) or not _DIALABLE.match(text):
        f.problem(f.line_of(key), f"{f.where}: '{key}' must be digits, capital letters and hyphens, not {value!r}")
        return ""
    return text


def localized(f: Fields, key: str, languages: tuple[str, ...], required: bool = True,
              every_language: bool = True) -> dict[str, str]:
    """Text under `key` in every curriculum language (or, with every_language False, in some of them) and in no
    other language, each with its spaces tidied."""
    value = f.mapping(key, required)
    if value is None:
        return {}
    result = {}
    for language in languages:
        text = value.get(language)
        if text is None and not every_language:
            continue
        if not isinstance(text, str) or not text.strip():
            f.problem(value.line_of(language), f"{f.where}: '{key}' needs non-empty text in '{language}'")
        else:
            result[language] = " ".join(text.split())
    for extra in (k for k in value if k not in languages):
        f.problem(value.line_of(extra), f"{f.where}: '{key}' has '{extra}', which is not a curriculum language")
    return result


def _checked(f: Fields, today: dt.date) -> dt.date:
    """`checked`; agencies' local files written before the two dates were kept apart say `last_verified`."""
    if f.has("last_verified") and not f.has("checked"):
        return _date(f, "last_verified", today) or dt.date.min
    return _date(f, "checked", today) or dt.date.min


def _date(f: Fields, key: str, today: dt.date, required: bool = True) -> dt.date | None:
    value = f.raw(key, required)
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        f.problem(f.line_of(key), f"{f.where}: '{key}' must be a date like 2026-01-31, not {value!r}")
        return None
    if value > today:
        f.problem(f.line_of(key), f"{f.where}: '{key}' {value} is in the future")
    return value


def _unique(path: Path, entries: list[Helpline | LegalReference], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            problems.append(Problem(path, 1, f"id '{entry.id}' is used by two entries"))
        seen.add(entry.id)
