"""Keeping the laptop awake while a session is presented: no screen saver over the projector, no sleep mid-class.

Each platform is asked through its own interface:
- Linux: org.freedesktop.ScreenSaver over the session D-Bus (KDE, GNOME, Xfce and others serve it). The inhibition
  is held on a private bus connection, and releasing it closes that connection: services drop an inhibition when
  its caller leaves the bus, which also covers a crash.
- Windows: SetThreadExecutionState (display and system required, until reset).
- macOS: an IOPMAssertion that prevents display sleep.
Where none is available (no session bus, a sandbox), presenting goes on; the log says why.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

SERVICE = INTERFACE = "org.freedesktop.ScreenSaver"
OBJECT_PATH = "/org/freedesktop/ScreenSaver"
CONNECTION = "upstream-keep-awake"
APPLICATION = "Upstream"
ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x00000001, 0x00000002


class KeepAwake:
    """Hold while presenting, release when the session ends; both are safe to call more than once."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.held = False
        self._mac_assertion: ctypes.c_uint32 | None = None

    def hold(self) -> bool:
        if self.held:
            return True
        try:
            if sys.platform.startswith("win"):
                self.held = bool(ctypes.windll.kernel32.SetThreadExecutionState(  # type: ignore[attr-defined]
                    ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED))
            elif sys.platform == "darwin":
                self.held = self._mac_hold()
            else:
                self.held = self._dbus_hold()
        except OSError:
            log.warning("Could not keep the laptop awake", exc_info=True)
        return self.held

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            if sys.platform.startswith("win"):
                ctypes.windll.kernel32.SetThreadExecutionState(ES_CONTINUOUS)  # type: ignore[attr-defined]
            elif sys.platform == "darwin" and self._mac_assertion is not None:
                _iokit().IOPMAssertionRelease(self._mac_assertion)
                self._mac_assertion = None
            else:
                QDBusConnection.disconnectFromBus(CONNECTION)
        except OSError:
            log.warning("Could not release the keep-awake request", exc_info=True)

    def _dbus_hold(self) -> bool:
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, CONNECTION)
        if not bus.isConnected():
            log.info("No session D-Bus: the screen saver is not held off (%s)", bus.lastError().message())
            return False
        reply = QDBusInterface(SERVICE, OBJECT_PATH, INTERFACE, bus).call("Inhibit", APPLICATION, self.reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.info("The screen saver service refused to hold off: %s", reply.errorMessage())
            QDBusConnection.disconnectFromBus(CONNECTION)
            return False
        return True

    def _mac_hold(self) -> bool:
        foundation = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation")
        foundation.CFStringCreateWithCString.restype = ctypes.c_void_p
        foundation.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        utf8 = 0x08000100

        def text(value: str) -> ctypes.c_void_p:
            return foundation.CFStringCreateWithCString(None, value.encode("utf-8"), utf8)

        assertion = ctypes.c_uint32(0)
        iokit = _iokit()
        level_on = 255
        result = iokit.IOPMAssertionCreateWithName(text("PreventUserIdleDisplaySleep"), level_on,
                                                   text(f"{APPLICATION}: {self.reason}"), ctypes.byref(assertion))
        if result != 0:
            log.info("macOS refused the keep-awake assertion (%s)", result)
            return False
        self._mac_assertion = assertion
        return True


def _iokit() -> ctypes.CDLL:
    iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
    iokit.IOPMAssertionCreateWithName.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                                                  ctypes.POINTER(ctypes.c_uint32)]
    iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
    return iokit
