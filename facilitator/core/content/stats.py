"""Counts that summarise the curriculum in one language: for `content check` and the about box."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Curriculum, ModuleText

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class LanguageSummary:
    language: str
    modules: int
    sections: int
    questions: int
    activities: int
    words: int
    stale: int


def module_words(text: ModuleText) -> int:
    """Words of facilitator guidance in one module's text."""
    pieces = text.module_pieces() + [piece for section in text.sections.values() for piece in section.pieces()]
    return sum(len(_WORD.findall(piece)) for piece in pieces)


def summarise(curriculum: Curriculum, language: str) -> LanguageSummary:
    texts = [m.texts[language] for m in curriculum.modules if language in m.texts]
    return LanguageSummary(
        language=language, modules=len(texts),
        sections=sum(len(t.sections) for t in texts),
        questions=sum(len(s.questions) for t in texts for s in t.sections.values()),
        activities=sum(1 for t in texts for s in t.sections.values() if s.activity),
        words=sum(module_words(t) for t in texts),
        stale=sum(1 for m in curriculum.modules if m.is_stale(language)))
