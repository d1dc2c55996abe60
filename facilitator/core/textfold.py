"""Case- and accent-insensitive matching: "trafico" finds "Tráfico", and a hit maps back to the original text."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Lowercase, without accents or compatibility forms: the form both the query and the text are compared in."""
    return "".join(_fold_char(c) for c in text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of the original character it came from."""
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets
