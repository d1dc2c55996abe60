"""Small layout helpers for the shapes the windows repeat: a bare column, two panes side by side, the line a form
shows an error in, and text set larger or bolder than the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

ERROR_COLOUR = "#a4262c"
"""Dark red: legible on the light background (contrast above 4.5:1)."""


def column(*widgets: QWidget | tuple[QWidget, int]) -> QWidget:
    """A margin-free vertical stack; give (widget, stretch) to let a widget take the spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in widgets:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return box


def side_by_side(left: QWidget, right: QWidget, left_width: int, right_width: int) -> QSplitter:
    """A resizable pair whose right pane takes any extra width."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([left_width, right_width])
    return splitter


def error_label(object_name: str) -> QLabel:
    """A hidden, wrapping line of dark red text, shown beside what it is about when a form has a mistake."""
    label = QLabel(objectName=object_name)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.setWordWrap(True)
    label.hide()
    return label


def emphasised(widget: QWidget, scale: float = 1.0, bold: bool = True) -> None:
    """Set `widget`'s own font `scale` times larger, and bold: headings, big figures, timers."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def note_label(name: str, selectable: bool = False) -> QLabel:
    """A wrapping line of notice text (named, for tests and screen readers), selectable when it holds a path."""
    note = QLabel()
    note.setObjectName(name)
    note.setWordWrap(True)
    if selectable:
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return note


def row_of(*widgets: QWidget | None) -> QHBoxLayout:
    """A row of widgets; None stretches."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    return row
