"""A date field that Tab leaves, as every other field does, and that shows the year in full.

QDateEdit's own Tab walks month → day → year inside the field, so someone filling a form by keyboard types the next
field's text into the date. Here Tab and Shift+Tab move between fields; Left and Right still move between the parts.
The locale's short format writes the year in two digits ("1/1/00"), which leaves a filter's century to guessing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._show_full_years()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._show_full_years()
        super().changeEvent(event)

    def _show_full_years(self) -> None:
        """The interface language's order of day, month and year, with four-digit years."""
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
