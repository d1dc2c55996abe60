"""A Qt that can draw with no display: the CLI and benchmarks paint handouts and reports through it."""

from __future__ import annotations

import os


def offscreen_gui():
    """A QGuiApplication (no widgets); offscreen unless a display is available."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["facilitator"])
