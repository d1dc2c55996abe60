"""Case- and accent-insensitive matching: "trafico" finds "Tráfico", and a hit maps back to the original text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Lowercase, without accents or compatibility forms: the form both the query and the text are compared in.

    Equal to folding character by character (what fold_with_offsets does), but done on the whole string at once.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each folded character, the index of the original character it came from."""
    if text.isascii() or all(len(_fold_char(c)) == 1 for c in text):
        return fold(text), range(len(text))  # one folded character per original: the offsets are the identity
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets
