"""Fitting the projector's text to the screen: the largest text size that shows it whole, pages when a section's
text is too long even at the smallest readable size, and two columns (smaller still if it must be) for the helplines,
which are never split across pages or cut.

Nothing may be cut and nothing may overflow: each page is laid out with Qt's own text layout at the width and height
the projector gives, so what is measured here is what the class sees.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
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
PAUSE_SCALE = RESOURCES_TITLE_SCALE = 1.2
TINIEST = 8
"""The size below which the helplines are not shrunk further (only a screen far too small for them gets there)."""
COLUMN_GAP = 30
"""Pixels between the helplines' two columns."""
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
    return height_of(text, width) <= height


def largest(page: Callable[[int], str], width: int, height: int, sizes: Iterable[int]) -> int | None:
    """The first of `sizes` (largest first) at which `page(size)` fits, or None when none does."""
    return next((size for size in sizes if fits(page(size), width, height)), None)


def down(points: int, smallest: int) -> list[int]:
    """Sizes from `points` down to `smallest` (or just `points` when it is smaller), STEP by STEP, ending on
    `smallest`."""
    smallest = min(smallest, points)
    return [*range(points, smallest, -STEP), smallest]


def fit(card: AudienceCard, width: int, height: int, points: int, smallest: int) -> Pages:
    """The largest size from `points` down to `smallest` at which the card fits on one page; otherwise pages at
    `smallest`, as many lines on each as fit (a line never splits across pages)."""
    smallest = min(smallest, points)
    size = largest(lambda size: card_html(card, card.lines, size), width, height, down(points, smallest))
    if size is not None:
        return Pages(size, (card.lines,))
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


def pause_html(words: str, points: int) -> str:
    return f"<p align='center' style='font-size:{points * PAUSE_SCALE:.0f}pt'>{html.escape(words)}</p>"


def fit_pause(words: str, width: int, height: int, points: int) -> int:
    """The largest size from `points` down at which the pause screen's words show whole."""
    size = largest(lambda size: pause_html(words, size), width, height, down(points, TINIEST))
    return TINIEST if size is None else size


@dataclass(frozen=True)
class Contacts:
    points: int
    """The helplines' text size."""
    first_column: int
    """How many helplines the left column holds: all of them when they show in one column."""


def contacts_html(heading: str, contacts: Sequence[tuple[str, str]], layout: Contacts) -> str:
    """Where to get help: each helpline's name in bold and its ways to reach it below, never split between the
    columns; with two columns, the left one is read first."""
    def column(items: Sequence[tuple[str, str]]) -> str:
        return "".join(f"<p style='font-size:{layout.points:.0f}pt; margin-bottom:12px'><b>{html.escape(name)}</b>"
                       f"<br>{html.escape(ways)}</p>" for name, ways in items)

    title = (f"<p style='font-size:{layout.points * RESOURCES_TITLE_SCALE:.0f}pt; font-weight:bold'>"
             f"{html.escape(heading)}</p>")
    split = layout.first_column
    if split >= len(contacts):
        return title + column(contacts)
    left, right = column(contacts[:split]), column(contacts[split:])
    cells = (f"<td width='50%' valign='top' style='padding-right:{COLUMN_GAP}px'>{left}</td>"
             f"<td width='50%' valign='top'>{right}</td>")
    return f"{title}<table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr></table>"


def fit_contacts(heading: str, contacts: Sequence[tuple[str, str]], width: int, height: int, points: int,
                 smallest: int) -> Contacts:
    """Every helpline, whole: in one column at the largest size from `points` down to `smallest`; else in two at
    the largest size that holds them all, below `smallest` if it must be (someone may be reading it to get help:
    smaller text beats a helpline left off)."""
    whole, smallest = len(contacts), min(smallest, points)

    def shows(layout: Contacts) -> bool:
        return fits(contacts_html(heading, contacts, layout), width, height)

    for size in down(points, smallest):
        if shows(Contacts(size, whole)):
            return Contacts(size, whole)
    for size in down(smallest, TINIEST):
        if size < smallest and shows(Contacts(size, whole)):
            return Contacts(size, whole)
        two = _balanced(heading, contacts, size, width)
        if shows(two):
            return two
    return two


def _balanced(heading: str, contacts: Sequence[tuple[str, str]], size: int, width: int) -> Contacts:
    """Two columns at `size`, split where the page is shortest (ties: the longer column on the left)."""
    def tall(split: int) -> float:
        return height_of(contacts_html(heading, contacts, Contacts(size, split)), width)

    split = min(range(len(contacts) - 1, 0, -1), key=tall, default=len(contacts))
    return Contacts(size, split)


def height_of(text: str, width: int) -> float:
    """The height Qt lays `text` out in at `width`, with the projector's face."""
    document = QTextDocument()
    document.setDefaultFont(projector_font())
    document.setHtml(text)
    document.setTextWidth(width)
    return document.size().height()
