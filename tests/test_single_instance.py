"""A second start of Upstream on the same records brings the first window to the front and opens nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from facilitator.ui.single_instance import SingleInstance


def test_a_second_copy_shows_the_first_window_and_stops(qtbot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[str] = []
    window.activateWindow = lambda: shown.append("activated")  # type: ignore[method-assign]
    first = SingleInstance(str(tmp_path / "data"))
    first.listen(window)
    second = SingleInstance(str(tmp_path / "data"))
    assert second.ask_running_copy_to_show()
    qtbot.waitUntil(lambda: shown == ["activated"], timeout=3000)
    assert not SingleInstance(str(tmp_path / "other data")).ask_running_copy_to_show(), "another folder is apart"
    first.server.close()
    assert not SingleInstance(str(tmp_path / "data")).ask_running_copy_to_show(), "once it has quit, a copy starts"
