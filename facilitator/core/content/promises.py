"""Text that tells a class a handout lists a service must be true of the handout the class takes home.

A sentence that names a handout (card, fact sheet...) and a service (by the names helplines.yaml gives it in
`known_as`) promises that the module's handouts print that service. The handouts print the helplines every box
prints (`print_always`) and those the module lists under `help:`; anything else is a promise the paper breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Curriculum, Helpline, ModuleText
from .fields import Fields
from .problems import Problem, Severity

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True)
class PromiseRule:
    handout_words: dict[str, re.Pattern[str]]
    """language -> the words that name a handout."""
    reason: str


def load_promises(f: Fields, languages: tuple[str, ...]) -> PromiseRule | None:
    """The `promises` mapping of lint.yaml, when it has one."""
    raw = f.mapping("promises", required=False)
    if raw is None:
        return None
    g = Fields(f.path, raw, f.problems, "lint: promises", f.line_of("promises"))
    words = g.mapping("handout_words")
    reason = g.text("reason")
    g.finish()
    patterns = {}
    for language, source in (words or {}).items():
        try:
            patterns[language] = re.compile(str(source), re.IGNORECASE)
        except re.error as exc:
            g.problem(words.line_of(language), f"lint: promises: the '{language}' handout words are not a valid "
                                               f"expression ({exc})")
    return PromiseRule(patterns, reason)


def check_promises(curriculum: Curriculum, rule: PromiseRule) -> list[Problem]:
    resources = curriculum.resources
    if resources is None:
        return []
    helplines = [h for h in resources.helplines if h.known_as]
    findings = []
    for module in curriculum.modules:
        printed = {h.id for h in resources.printed(module.spec.help)}
        for language, text in module.texts.items():
            handout_words = rule.handout_words.get(language)
            if handout_words is None:
                continue
            source = text.path.read_text(encoding="utf-8") if text.path.is_file() else ""
            for sentence in _sentences(text):
                if not handout_words.search(sentence):
                    continue
                for helpline in helplines:
                    if helpline.id not in printed and _names(sentence, helpline):
                        findings.append(Problem(
                            text.path, _line_of(source, sentence),
                            f"says a handout lists {helpline.name.get(language, helpline.id)}, but module "
                            f"'{module.id}' prints no such entry (add '{helpline.id}' to its help: in module.yaml, "
                            f"or reword): {rule.reason}", Severity.LINT))
    return findings


def _sentences(text: ModuleText) -> list[str]:
    pieces = text.module_pieces() + [p for section in text.sections.values() for p in section.pieces()]
    return [s for piece in pieces for s in _SENTENCE_END.split(" ".join(piece.split())) if s]


def _names(sentence: str, helpline: Helpline) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE) for name in helpline.known_as)


def _line_of(source: str, sentence: str) -> int:
    """The file line where the sentence starts: its first words, allowing for the line breaks of folded YAML."""
    words = sentence.split()[:5]
    match = re.search(r"\s+".join(re.escape(w) for w in words), source) if words else None
    return source.count("\n", 0, match.start()) + 1 if match else 1
