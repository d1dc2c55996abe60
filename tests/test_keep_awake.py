"""While presenting, the laptop stays awake: on Linux through org.freedesktop.ScreenSaver, tested against a session
bus and a screen-saver service this test starts itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

FAKE_SAVER = '''
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class Saver(QDBusAbstractAdaptor):
    @Slot(str, str, result="uint")
    def Inhibit(self, application, reason):
        print("inhibit", application, reason, flush=True)
        return 42


app = QCoreApplication([])
root = QObject()
saver = Saver(root)
bus = QDBusConnection.sessionBus()
bus.registerObject("/org/freedesktop/ScreenSaver", root)
bus.registerService("org.freedesktop.ScreenSaver")
print("ready", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
'''

PRESENT = '''
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.core.content.loader import load_curriculum
from facilitator.core.teach.planner import new_plan
from facilitator.ui.present.keep_awake import CONNECTION
from facilitator.ui.present.presenter import Presenter
Presenter.ask_one_screen_mode = lambda self: "rehearsal"
curriculum = load_curriculum()
shown = Presenter(curriculum, new_plan(curriculum, "P", "grades_9_12", 45, "en", "en", ["what-is-trafficking"]))
shown.start()
print("held", shown.awake.held, QDBusConnection(CONNECTION).isConnected(), flush=True)
shown.close()
print("released", shown.awake.held, QDBusConnection(CONNECTION).isConnected(), flush=True)
'''


def test_presenting_holds_off_the_screen_saver_and_ending_lets_it_go(tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("the D-Bus screen saver is the Linux way")
    if shutil.which("dbus-daemon") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide dbus-daemon (scripts/test.sh installs it)")
        pytest.skip("needs dbus-daemon (scripts/test.sh installs it when run as root)")
    daemon = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                            capture_output=True, text=True, check=True)
    address, pid = daemon.stdout.split()[:2]
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
    saver = subprocess.Popen([sys.executable, "-c", FAKE_SAVER], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert saver.stdout.readline().strip() == "ready"
        done = subprocess.run([sys.executable, "-c", PRESENT], env=env, capture_output=True, text=True,
                              check=True, timeout=60)
        assert "held True True" in done.stdout and "released False False" in done.stdout, done.stdout + done.stderr
        time.sleep(0.2)
        saver.terminate()
        heard = saver.communicate(timeout=10)[0]
        assert "inhibit Upstream presenting a session" in heard
    finally:
        saver.kill()
        os.kill(int(pid), 15)


def test_without_a_session_bus_presenting_goes_on(qapp) -> None:
    from facilitator.ui.present.keep_awake import KeepAwake

    awake = KeepAwake("presenting a session")
    assert awake.hold() is False and not awake.held, "no bus (as in these tests): nothing held, nothing broken"
    awake.release()
