"""Asking where to save a file the same way on every screen (ui/errors.py says why writing it failed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
    """The file the person chose, with `suffix` (".pdf") added when they did not type it; None if they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    return Path(path) if Path(path).suffix.lower() == suffix else Path(path + suffix)
