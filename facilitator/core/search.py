"""Search as you type over every module in every language.

The index folds each passage once when built, so a keystroke costs only substring tests over prepared text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Curriculum, ModuleText
from .textfold import fold, fold_with_offsets

SNIPPET_RADIUS = 60


@dataclass(frozen=True)
class Passage:
    module_id: str
    language: str
    section_id: str | None
    text: str
    folded: str


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
        self.passages: list[Passage] = []
        self._offsets: dict[int, Sequence[int]] = {}
        """Folded-to-original offsets, worked out the first time a passage matches and kept for the next keystroke."""
        for module in curriculum.modules:
            for language, text in module.texts.items():
                for section_id, passage in _passages(text):
                    self.passages.append(Passage(module.id, language, section_id, passage, fold(passage)))

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Passages containing every word of `query`, in curriculum order, at most one hit per section and language."""
        words = fold(query).split()
        if not words:
            return []
        hits: list[SearchHit] = []
        seen: set[tuple[str, str, str | None]] = set()
        for number, passage in enumerate(self.passages):
            key = (passage.module_id, passage.language, passage.section_id)
            if key in seen or not all(w in passage.folded for w in words):
                continue
            seen.add(key)
            if number not in self._offsets:
                self._offsets[number] = fold_with_offsets(passage.text)[1]
            hits.append(_hit(passage, self._offsets[number], words))
            if len(hits) >= limit:
                break
        return hits


def _passages(text: ModuleText) -> list[tuple[str | None, str]]:
    """Every searchable piece of a module's text, tagged with the section it belongs to (None: the module)."""
    result: list[tuple[str | None, str]] = [(None, piece) for piece in text.module_pieces()]
    for section_id, section in text.sections.items():
        result += [(section_id, piece) for piece in section.pieces()]
    return result


def _hit(passage: Passage, offsets: Sequence[int], words: list[str]) -> SearchHit:
    """The snippet around the first matched word, with every matched word inside it highlighted."""
    folded = passage.folded
    first = min(folded.find(w) for w in words)
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
    return SearchHit(passage.module_id, passage.language, passage.section_id, prefix + snippet + suffix,
                     tuple(sorted(set(highlights))))
