"""Text someone typed (an agency's name and phone, a school's name), printed so it cannot reorder what follows it."""

from __future__ import annotations

_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
"""The explicit embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI)."""


def isolated(text: str) -> str:
    """`text` as a unit of its own. Its embedding, override and isolate controls are dropped: a right-to-left
    override left open in an agency's name printed the phone number after it backwards, and none belongs in a name
    or a number. The rest goes in a first-strong isolate (FSI...PDI), so an Arabic or Hebrew name keeps its own
    direction without pulling the numbers that follow it into its run. Qt lays isolates out as Unicode says and
    prints nothing for them, so a PDF's extracted text is unchanged. Marks (LRM, RLM) stay: they reorder nothing
    outside the isolate."""
    text = text.translate(_CONTROLS)
    return f"\u2068{text}\u2069" if text else text
