"""The safety panel's content (safety.yaml): disclosure steps, which reporting duties and helplines it names, and
the projector's own words, checked like every other content file (file, line and what is wrong)."""

from __future__ import annotations

from pathlib import Path

from .fields import Fields
from .helplines import localized
from .model import Resources, Safety
from .problems import Problem
from .yamlsource import read_yaml

SAFETY_FILE = "safety.yaml"
PROJECTOR_WORDS = ("pause", "resources", "text")


def load_safety(path: Path, languages: tuple[str, ...], resources: Resources | None,
                problems: list[Problem]) -> Safety | None:
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return None
    f = Fields(path, data, problems, "safety panel")
    steps = []
    for index, (entry, line) in enumerate(f.entries("disclosure"), start=1):
        texts = entry if isinstance(entry, dict) else {}
        missing = [lang for lang in languages if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
        if missing:
            problems.append(Problem(path, line, f"safety panel: disclosure step {index} needs its text in "
                                                f"{', '.join(missing)}"))
        else:
            steps.append({lang: " ".join(texts[lang].split()) for lang in languages})
    legal = {e.id for e in resources.legal} if resources else set()
    helplines = {h.id for h in resources.helplines} if resources else set()
    reporting = f.ids("reporting", sorted(legal))
    lines = f.ids("helplines", sorted(helplines))
    projector = f.mapping("projector")
    words = {}
    if projector is not None:
        g = Fields(path, projector, problems, "safety panel: projector", f.line_of("projector"))
        words = {key: localized(g, key, languages) for key in PROJECTOR_WORDS}
        g.finish()
    f.finish()
    return Safety(tuple(steps), reporting, lines, words)
