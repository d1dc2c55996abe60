"""Fitting a section's projector text to the screen: the largest text size that shows it whole, and pages when even
the smallest readable size cannot.

Nothing may be cut and nothing may overflow: each page is laid out with Qt's own text layout at the width and height
the projector gives, so what is measured here is what the class sees.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextDocument

from ..core.teach.presenting import AudienceCard
from .fonts import ARABIC_FAMILY, FAMILY, register_fonts

MIN_POINTS_AT_768 = 32
"""The smallest body text on a 1024x768 projector; taller screens scale it up, so it reads the same from the back."""
TITLE_SCALE, MODULE_SCALE = 1.3, 0.55
LONG_TITLE = 60
"""Characters beyond which a section title is set at the body's size rather than larger."""
STEP = 2
THEMES = {"dark": {"background": "#000000", "text": "#ffffff", "muted": "#bdbdbd"},
          "light": {"background": "#f7f4ec", "text": "#1a1a1a", "muted": "#4a4a4a"}}
"""The projector's two looks (light text on black, dark text on off-white); every pair is 7:1 or more."""


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Pages:
    points: int
    """The body text size every page uses."""
    pages: tuple[tuple[str, ...], ...]
    """The card's lines, page by page (one page when they fit)."""


def min_points(screen_height: int) -> int:
    return max(MIN_POINTS_AT_768, round(MIN_POINTS_AT_768 * screen_height / 768))


def card_html(card: AudienceCard, lines: tuple[str, ...], points: int, page: int = 0, pages: int = 1,
              muted: str = THEMES["dark"]["muted"]) -> str:
    """The card at `points`, with `lines`; a card on several pages says which page this is, and names the module
    on its first page only (the room needs the space for the text)."""
    title = html.escape(card.title) + (f" ({page + 1}/{pages})" if pages > 1 else "")
    # A long title, or one repeated on a later page, is set at the body's size: the lines need the room.
    title_scale = TITLE_SCALE if page == 0 and len(card.title) <= LONG_TITLE else 1.0
    parts = [f"<p style='font-size:{points * MODULE_SCALE:.0f}pt; color:{muted}'>{html.escape(card.module_title)}</p>"
             if page == 0 else "",
             f"<p style='font-size:{points * title_scale:.0f}pt; font-weight:bold'>{title}</p>"]
    if lines:
        rows = "".join(f"<li style='margin-bottom:12px'>{html.escape(line)}</li>" for line in lines)
        parts.append(f"<ul style='font-size:{points:.0f}pt'>{rows}</ul>")
    return "".join(parts)


def projector_font() -> QFont:
    """The bundled face, so the text measured here is the text shown, on any laptop."""
    register_fonts()
    font = QFont(FAMILY)
    font.setFamilies([FAMILY, ARABIC_FAMILY])
    return font


def fits(text: str, width: int, height: int) -> bool:
    document = QTextDocument()
    document.setDefaultFont(projector_font())
    document.setHtml(text)
    document.setTextWidth(width)
    return document.size().height() <= height


def fit(card: AudienceCard, width: int, height: int, points: int, smallest: int) -> Pages:
    """The largest size from `points` down to `smallest` at which the card fits on one page; otherwise pages at
    `smallest`, as many lines on each as fit (a line never splits across pages)."""
    smallest = min(smallest, points)
    size = points
    while size >= smallest:
        if fits(card_html(card, card.lines, size), width, height):
            return Pages(size, (card.lines,))
        size -= STEP
    pages: list[tuple[str, ...]] = []
    current: list[str] = []
    for line in card.lines:
        trial = (*current, line)
        if current and not fits(card_html(card, trial, smallest, len(pages), len(pages) + 2), width, height):
            pages.append(tuple(current))
            current = [line]
        else:
            current = list(trial)
    pages.append(tuple(current))
    return Pages(smallest, tuple(pages))
