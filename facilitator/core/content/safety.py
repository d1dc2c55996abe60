"""The safety panel's content (safety.yaml): disclosure steps for everyone, for someone under 18 and for an adult,
which reporting duties (and the heading that says whose law they are), confidentiality rules and helplines it names,
and the projector's own words, checked like every other content file (file, line and what is wrong)."""

from __future__ import annotations

from pathlib import Path

from ..model import Resources, Safety
from .fields import Fields
from .helplines import localized
from .problems import Problem
from .yamlsource import read_yaml

SAFETY_FILE = "safety.yaml"
PROJECTOR_WORDS = ("pause", "resources", "text")
DISCLOSURE_GROUPS = ("everyone", "under_18", "adults")
"""Steps for anyone who discloses, then for someone under 18 (North Carolina's duties), then for an adult."""


def load_safety(path: Path, languages: tuple[str, ...], resources: Resources | None,
                problems: list[Problem]) -> Safety | None:
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return None
    f = Fields(path, data, problems, "safety panel")
    groups = f.mapping("disclosure")
    steps: dict[str, tuple[dict[str, str], ...]] = {}
    if groups is not None:
        g = Fields(path, groups, problems, "safety panel: disclosure", f.line_of("disclosure"))
        steps = {group: _steps(g, group, languages, problems) for group in DISCLOSURE_GROUPS}
        g.finish()
    legal = {e.id for e in resources.legal} if resources else set()
    helplines = {h.id for h in resources.helplines} if resources else set()
    reporting = f.ids("reporting", sorted(legal))
    reporting_heading = localized(f, "reporting_heading", languages)
    confidentiality = f.ids("confidentiality", sorted(legal))
    lines = f.ids("helplines", sorted(helplines))
    projector = f.mapping("projector")
    words = {}
    if projector is not None:
        g = Fields(path, projector, problems, "safety panel: projector", f.line_of("projector"))
        words = {key: localized(g, key, languages) for key in PROJECTOR_WORDS}
        g.finish()
    f.finish()
    return Safety(steps, reporting, lines, words, confidentiality, reporting_heading)


def _steps(g: Fields, group: str, languages: tuple[str, ...], problems: list[Problem]) -> tuple[dict[str, str], ...]:
    steps = []
    for index, (entry, line) in enumerate(g.entries(group), start=1):
        texts = entry if isinstance(entry, dict) else {}
        missing = [lang for lang in languages if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
        if missing:
            problems.append(Problem(g.path, line, f"safety panel: {group} step {index} needs its text in "
                                                  f"{', '.join(missing)}"))
        else:
            steps.append({lang: " ".join(texts[lang].split()) for lang in languages})
    return tuple(steps)
