"""How names of places are written and compared: the same place typed on two laptops, in either Unicode form
(a precomposed "ñ" or "n" and a combining tilde) or in any case, is one site.

SQLite's `nocase` folds ASCII letters only, so the comparison is made here."""

from __future__ import annotations

import unicodedata


def tidy(text: str) -> str:
    """As a name is stored: NFC, spaces collapsed, no spaces at the ends."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def folded(text: str) -> str:
    """What two names that mean the same place have in common (Unicode's canonical caseless match)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", tidy(text)).casefold())


def site_key(name: str, county: str | None) -> tuple[str, str]:
    """Two live sites with the same key are the same place."""
    return folded(name), folded(county or "")
