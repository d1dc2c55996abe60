"""Search as you type over every module in every language.

The index folds the text once when built and keeps one folded string per section and language, so a keystroke
costs a couple of hundred substring tests; only the sections that match are looked at passage by passage.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Curriculum, ModuleText
from .textfold import fold, fold_with_offsets

SNIPPET_RADIUS = 60


@dataclass(frozen=True)
class Passage:
    number: int
    text: str
    folded: str


@dataclass(frozen=True)
class Section:
    """One section (or a module's own text, section_id None) in one language."""

    module_id: str
    language: str
    section_id: str | None
    folded: str
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class SearchHit:
    module_id: str
    language: str
    section_id: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    """(start, end) of each matched word inside `snippet`."""


class SearchIndex:
    def __init__(self, curriculum: Curriculum) -> None:
        self.sections: list[Section] = []
        self._offsets: dict[int, Sequence[int]] = {}
        """Folded-to-original offsets, worked out the first time a passage matches and kept for the next keystroke."""
        count = 0
        for module in curriculum.modules:
            for language, text in module.texts.items():
                for section_id, pieces in _sections(text):
                    passages = tuple(Passage(count + n, piece, fold(piece)) for n, piece in enumerate(pieces))
                    count += len(passages)
                    self.sections.append(Section(module.id, language, section_id,
                                                 "\n".join(p.folded for p in passages), passages))

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Sections whose text contains every word of `query`, best first: the exact phrase in one passage, then
        every word in one passage, then the words spread over the section; curriculum order within each."""
        phrase = " ".join(fold(query).split())
        words = phrase.split()
        if not words:
            return []
        ranked: list[tuple[int, int, Section, Passage]] = []
        for order, section in enumerate(self.sections):
            if not all(word in section.folded for word in words):
                continue
            passage = next((p for p in section.passages if phrase in p.folded), None)
            rank = 0
            if passage is None:
                rank, passage = 1, next((p for p in section.passages if all(w in p.folded for w in words)), None)
            if passage is None:
                rank, passage = 2, next(p for p in section.passages if any(w in p.folded for w in words))
            ranked.append((rank, order, section, passage))
        ranked.sort(key=lambda entry: entry[:2])
        return [self._hit(section, passage, words) for _, _, section, passage in ranked[:limit]]

    def _hit(self, section: Section, passage: Passage, words: list[str]) -> SearchHit:
        if passage.number not in self._offsets:
            self._offsets[passage.number] = fold_with_offsets(passage.text)[1]
        return _hit(section, passage, self._offsets[passage.number], words)


def _sections(text: ModuleText) -> list[tuple[str | None, list[str]]]:
    """Every searchable piece of a module's text, grouped by section (None: the module's own text)."""
    return [(None, text.module_pieces()), *((sid, section.pieces()) for sid, section in text.sections.items())]


def _hit(section: Section, passage: Passage, offsets: Sequence[int], words: list[str]) -> SearchHit:
    """The snippet around the first matched word, with every matched word inside it highlighted."""
    folded = passage.folded
    first = min(at for at in (folded.find(w) for w in words) if at >= 0)
    start_char = offsets[first]
    lo = max(0, start_char - SNIPPET_RADIUS)
    hi = min(len(passage.text), start_char + SNIPPET_RADIUS * 2)
    if lo > 0:
        space = passage.text.find(" ", lo)
        lo = space + 1 if 0 <= space < start_char else lo
    snippet = passage.text[lo:hi]
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(passage.text) else ""
    highlights = []
    window_start, window_end = bisect_left(offsets, lo), bisect_left(offsets, hi)
    for word in words:
        at = folded.find(word, window_start, window_end)
        while at >= 0:
            begin, end = offsets[at], offsets[at + len(word) - 1] + 1
            if end <= hi:
                highlights.append((begin - lo + len(prefix), end - lo + len(prefix)))
            at = folded.find(word, at + 1, window_end)
    return SearchHit(section.module_id, section.language, section.section_id, prefix + snippet + suffix,
                     tuple(sorted(set(highlights))))
