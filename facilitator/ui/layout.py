"""Small layout helpers for the shapes the windows repeat: a bare column, and two panes side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


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
