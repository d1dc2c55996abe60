"""What the class sees: the projector's window, never the facilitator's notes.

Large text on a dark (or light) background: the section's own projector text fitted to the window or split into
pages, a pause screen, a white screen, or where to get help. A click on it does nothing (someone reaching for the
projector must not move the session on); closing it asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.teach.presenting import AudienceCard, SafetyPanel
from ...render.projector import (
    THEMES,
    Pages,
    card_html,
    contacts_html,
    fit,
    fit_contacts,
    fit_pause,
    min_points,
    pause_html,
    projector_font,
)

AUDIENCE_POINTS = 40
MARGINS = (60, 40, 60, 40)
"""Left, top, right and bottom space around the projector's text."""
MIN_POINTS, MAX_POINTS = 18, 72
"""The smallest and largest text size the facilitator can choose for the projector."""


class AudienceWindow(QWidget):
    """Large white text on black: the prompt, a pause screen, or where to get help. Never the notes."""

    notes_held = Signal(bool)
    """N pressed (True) or let go (False): with one screen, the notes show only while N is held."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceView")
        self.theme = "dark"
        self.set_theme("dark")
        self.points = AUDIENCE_POINTS
        self.text = QLabel()
        self.text.setObjectName("audienceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The text never makes the window grow: it is fitted to the window (fit_card), not the window to it.
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text.setFont(projector_font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(self.text)
        self.mode = "prompt"
        self.card: AudienceCard | None = None
        self.paged = Pages(self.points, ((),))
        self.page = 0
        self.words: dict[str, str] = {}
        """The projector's own words (pause screen, resources heading), kept to fit them again after a resize."""
        self.panel: SafetyPanel | None = None
        """The helplines the resources screen shows (set the first time it shows)."""
        self.may_close: Callable[[], bool] = lambda: True
        """Whether a close (the title bar's x, Alt+F4) may go ahead: the presenter asks the facilitator first."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and not event.isAutoRepeat():
            self.notes_held.emit(True)
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and not event.isAutoRepeat():
            self.notes_held.emit(False)
        super().keyReleaseEvent(event)

    def show_card(self, card: AudienceCard, page: int = 0) -> None:
        """The card fitted to this window: the largest size that shows it whole, or pages at the smallest readable
        size (Next walks through them before the next section)."""
        self.set_theme(self.theme)
        self.mode, self.card = "prompt", card
        width, height, smallest = self._room()
        self.paged = fit(card, width, height, self.points, smallest)
        self.page = max(0, min(page, len(self.paged.pages) - 1))
        self.text.setText(card_html(card, self.paged.pages[self.page], self.paged.points, self.page,
                                    len(self.paged.pages), THEMES[self.theme]["muted"]))

    def _room(self) -> tuple[int, int, int]:
        """The width and height the text has, and the smallest readable size on this screen. A window not yet (or
        never) shown is laid out for the screen it will fill."""
        size = self.size() if self.isVisible() or self.screen() is None else self.screen().geometry().size()
        return (size.width() - MARGINS[0] - MARGINS[2], size.height() - MARGINS[1] - MARGINS[3],
                min_points(size.height()))

    def turn(self, step: int) -> None:
        """The page `step` pages away of the section on the projector (Next and Back within a section)."""
        if self.card is not None:
            self.show_card(self.card, self.page + step)

    def refit(self) -> None:
        """What the projector shows, fitted anew (after the window's size or look changed)."""
        if self.mode == "prompt" and self.card is not None:
            self.show_card(self.card, self.page)
        elif self.mode == "pause":
            self.show_pause(self.words)
        elif self.mode == "resources" and self.panel is not None:
            self.show_resources(self.panel, self.words)

    @property
    def more_pages(self) -> bool:
        """Whether Next shows another page of this section first (only on a projector someone can see: in a
        rehearsal Next goes section by section)."""
        return self.isVisible() and self.mode == "prompt" and self.page < len(self.paged.pages) - 1

    @property
    def pages_before(self) -> bool:
        """Whether Back shows an earlier page of this section first (again only on a projector someone can see)."""
        return self.isVisible() and self.mode == "prompt" and self.page > 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def set_points(self, points: int) -> None:
        """The text size asked for, kept within what the facilitator may choose (MIN_POINTS to MAX_POINTS)."""
        self.points = max(MIN_POINTS, min(MAX_POINTS, points))

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._paint(THEMES[theme]["background"], THEMES[theme]["text"])

    def _paint(self, background: str, text: str) -> None:
        self.setStyleSheet(f"#audienceView {{ background: {background}; }} QLabel {{ color: {text}; }}")

    def show_white(self) -> None:
        """A white screen with nothing on it (a projector's "white" button)."""
        self.mode = "white"
        self._paint("#ffffff", "#ffffff")
        self.text.setText("")

    def show_pause(self, words: dict[str, str]) -> None:
        self.set_theme(self.theme)
        self.mode, self.words = "pause", words
        width, height, _ = self._room()
        self.text.setText(pause_html(words["pause"], fit_pause(words["pause"], width, height, self.points)))

    def show_resources(self, panel: SafetyPanel, words: dict[str, str]) -> None:
        """Every helpline whole, however many the agency added: smaller text or two columns, never one left off."""
        self.set_theme(self.theme)
        self.mode, self.panel, self.words = "resources", panel, words
        width, height, smallest = self._room()
        contacts = panel.contacts(words["text"])
        layout = fit_contacts(words["resources"], contacts, width, height, self.points, smallest)
        self.text.setText(contacts_html(words["resources"], contacts, layout))
