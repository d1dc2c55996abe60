"""A second start of Upstream on the same records brings the first window to the front and opens nothing."""

from __future__ import annotations

import os
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


def test_after_the_window_closes_a_new_start_is_not_swallowed_and_waiting_work_is_dropped(tmp_path) -> None:
    """The app quits while a task on the records thread still runs: the socket closes at once, so a new start
    opens its own window, and work that had not begun is dropped rather than run before the process ends."""
    import subprocess
    import sys

    code = f"""
import os
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from facilitator.ui.single_instance import SingleInstance
from facilitator.ui.tasks import run_file_task, shut_down
app = QApplication([])
window = QWidget()
first = SingleInstance({str(tmp_path)!r})
first.listen(window)
ran = []
run_file_task(window, lambda progress: time.sleep(1.5), lambda _r: None)
run_file_task(window, lambda progress: ran.append("late"), lambda _r: None)
app.aboutToQuit.connect(first.stop)
app.aboutToQuit.connect(shut_down)
QTimer.singleShot(200, app.quit)
app.exec()
print("second start swallowed:", SingleInstance({str(tmp_path)!r}).ask_running_copy_to_show())
time.sleep(1.6)
print("waiting work ran:", bool(ran))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "second start swallowed: False" in result.stdout
    assert "waiting work ran: False" in result.stdout
