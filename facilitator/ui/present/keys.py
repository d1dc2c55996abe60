"""The presenter's keys: the facilitator's keyboard and a presentation remote run the whole session.

Remotes send Page Down/Up (Logitech, Kensington), "." or B to blank, F5 / Shift+F5 / Escape from their start button,
and the Forward/Back keys (Trust): each does what a presenter expects. The same keys work whichever of the two windows
has the focus (someone may click the projector's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

KEYS: tuple[tuple[str | Qt.Key, str], ...] = (
    ("Right", "next"), ("PgDown", "next"), ("Space", "next"), (Qt.Key.Key_Forward, "next"),
    ("Left", "back"), ("PgUp", "back"), (Qt.Key.Key_Back, "back"),
    ("B", "blank"), (".", "blank"), ("F5", "resume"), ("Shift+F5", "resume"), ("Esc", "escape"),
    ("W", "white"), ("F", "freeze"), ("L", "theme"), ("X", "swap"),
    ("S", "safety"), ("R", "resources"), ("Ctrl+E", "end"),
    ("F1", "keys"), ("?", "keys"), ("Shift+?", "keys"),
    ("Ctrl++", "larger"), ("Ctrl+=", "larger"), ("Ctrl+-", "smaller"))
"""Each key and the action it runs (the names of the actions the presenter hands over)."""


class PresenterKeys(QObject):
    def __init__(self, actions: Mapping[str, Callable[[], None]], windows: Sequence[QWidget],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.shortcuts = [QShortcut(QKeySequence(key), window, actions[name]) for key, name in KEYS
                          for window in windows]

    def show_help(self, parent: QWidget) -> None:
        """F1: every key, in words a facilitator can read at a glance."""
        QMessageBox.information(parent, self.tr("Keys while presenting"), self.tr(
            "Next: Right arrow, Page Down, Space, or a remote's Forward key\n"
            "Back: Left arrow, Page Up, or a remote's Back key\n"
            "Blank the projector (pause screen): B or .    White screen: W\n"
            "Show the section again: F5 or Shift+F5\n"
            "Freeze the projector while you look ahead: F    Light or dark projector: L\n"
            "Swap the two screens: X    One screen: hold N for your notes\n"
            "Escape: leave full screen, or blank; it never ends the session\n"
            "Safety panel: S    Where to get help, on the projector: R\n"
            "Text size: Ctrl + + and Ctrl + −\n"
            "End the session and log it: Ctrl+E\n"
            "These keys: F1 or ?"))
