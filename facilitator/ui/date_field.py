"""A date field that Tab leaves, as every other field does.

QDateEdit's own Tab walks month → day → year inside the field, so someone filling a form by keyboard types the next
field's text into the date. Here Tab and Shift+Tab move between fields; Left and Right still move between the parts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
