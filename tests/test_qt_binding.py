"""Guard against a Qt binding that drops references to None: on Python 3.11 the app would abort mid-session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_methods_returning_nothing_keep_none_alive(qapp) -> None:
    label, document = QLabel(), QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Upstream")
        document.setTextWidth(100)
    assert sys.getrefcount(None) - before > -50, "this PySide6 release corrupts None's reference count"
