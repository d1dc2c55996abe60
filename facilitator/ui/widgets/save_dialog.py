"""Asking where to save a file, and saying why writing it failed, the same way on every screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
    """The file the person chose, with `suffix` (".pdf") added when they did not type it; None if they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    return Path(path) if Path(path).suffix.lower() == suffix else Path(path + suffix)


def failure_reason(error: Exception) -> str:
    """What went wrong in a few words: the system's own ("No space left on device") for a file error."""
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a file is made on this thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
