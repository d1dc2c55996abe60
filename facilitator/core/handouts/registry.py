"""The handouts Upstream offers (resources/handouts/handouts.yaml), their wording files, and what a request asks for.

Each handout names what the user must choose for it (`needs`) and the languages its wording exists in; needs.py
turns `needs` into what a request still lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import UpstreamError
from ..paths import resources_dir

PRINT_PACK = "print-pack"
"""Not a handout of its own: every handout the chosen modules use, in one PDF."""
LAYOUTS = ("single", "sequential", "side")
PAPERS = ("letter", "a4")
RETURN_BY_LEAD = dt.timedelta(days=7)
"""The parent letter's slip is due at least this long before the session, so the school can act on it."""


class HandoutError(UpstreamError):
    """A handout cannot be made as asked; the message says why (and, for a template, where). The values name what
    the sentence needs: the "handout", the "language", a "module"; for a template its "template" name, "file",
    "line" and "what" (in English); for a saved profile or local helplines file that cannot be used, those of its
    own error."""

    domain = "handout"
    codes = frozenset({"unknown_handout", "no_wording", "no_language", "language_unavailable", "bad_layout",
                       "bad_paper", "needs_module", "needs_modules", "unknown_module", "needs_school", "needs_date",
                       "bad_consent", "return_by_late", "no_survey", "template_syntax", "template_refused",
                       "template_failed", "template_too_long", "template_blocks", "profile_aliases",
                       "profile_unreadable", "local_helplines"})


@dataclass(frozen=True)
class HandoutSpec:
    id: str
    template: str
    needs: tuple[str, ...]
    """What the user must choose: module (exactly one), modules (at least one), school, date."""
    languages: tuple[str, ...]


@dataclass(frozen=True)
class HandoutRequest:
    handout: str
    languages: tuple[str, ...] = ("en",)
    layout: str = "single"
    modules: tuple[str, ...] = ()
    school: str = ""
    date: dt.date | None = None
    paper: str = "letter"
    participant: str = ""
    audience: str = ""
    """Who will read it (an audience id), when known: young people get "tú" in Spanish, adults "usted"."""
    return_by: dt.date | None = None
    """Parent letter: the day the slip must be back at school; none means a week before the session."""
    consent: str = "opt-out"
    """Parent letter: the school's consent rule, "opt-out" (a slip only from families who say no) or "opt-in"
    (a child takes part only with a signed slip)."""

    @property
    def slip_due(self) -> dt.date | None:
        """The return-by date the parent letter prints."""
        return self.return_by or latest_return_by(self.date)


def handouts_dir() -> Path:
    return resources_dir() / "handouts"


@lru_cache(maxsize=1)
def handout_specs() -> tuple[HandoutSpec, ...]:
    data = yaml.safe_load((handouts_dir() / "handouts.yaml").read_text(encoding="utf-8"))
    return tuple(HandoutSpec(h["id"], h["template"], tuple(h["needs"]), tuple(h["languages"]))
                 for h in data["handouts"])


def spec(handout_id: str) -> HandoutSpec:
    for candidate in handout_specs():
        if candidate.id == handout_id:
            return candidate
    known = ", ".join(s.id for s in handout_specs())
    raise HandoutError(f"there is no handout '{handout_id}'; choose one of: {known}", "unknown_handout",
                       handout=handout_id)


@lru_cache(maxsize=16)
def strings(language: str) -> Mapping[str, Any]:
    path = handouts_dir() / "strings" / f"{language}.yaml"
    if not path.is_file():
        raise HandoutError(f"handouts have no wording in '{language}'", "no_wording", language=language)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def check_handout_strings() -> list[str]:
    """Problems with the handouts' wording files: every value must be text (YAML turns a bare on, no or yes into
    true/false), and each language needs every key English has for the handouts it is offered for."""
    problems = []
    source = strings("en")
    for language in sorted({lang for spec in handout_specs() for lang in spec.languages}):
        words = strings(language)
        for key, value in _leaves(words):
            if not isinstance(value, str):
                problems.append(f"handouts/strings/{language}.yaml: '{key}' must be text, not {value!r}")
        offered = [spec.id for spec in handout_specs() if language in spec.languages]
        needed = {"titles", "common"} | ({"resource_card"} if "resource-card" in offered else set())
        if offered != ["resource-card"]:
            needed |= set(source) - {"language", "language_name", "direction", "review", "helplines"}
        for key, _ in _leaves({k: v for k, v in source.items() if k in needed}):
            if key.startswith("titles.") and key.split(".", 1)[1] not in offered:
                continue
            if _get(words, key) is None:
                problems.append(f"handouts/strings/{language}.yaml: '{key}' is missing")
    return problems


def _leaves(tree: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    result = []
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            result += _leaves(value, path + ".")
        elif isinstance(value, list):
            result += [(f"{path}[{i}]", item) for i, item in enumerate(value)]
        else:
            result.append((path, value))
    return result


def _get(tree: Mapping[str, Any], dotted: str) -> Any:
    node: Any = tree
    for part in re.split(r"\.|\[", dotted):
        if part.endswith("]"):
            index = int(part[:-1])
            node = node[index] if isinstance(node, list) and index < len(node) else None
        else:
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is None:
            return None
    return node


def review_status(language: str) -> str:
    """source, reviewed, or unreviewed (a translation no native speaker has checked yet)."""
    return str(strings(language).get("review", "unreviewed"))


def usable_languages(handout: HandoutSpec, languages: Sequence[str]) -> tuple[str, ...]:
    """Those of `languages` the handout has wording in, else English."""
    return tuple(lang for lang in languages if lang in handout.languages) or ("en",)


def latest_return_by(session: dt.date | None) -> dt.date | None:
    """The last day a parent letter's slip may be due for a session on `session`."""
    return session - RETURN_BY_LEAD if session else None
