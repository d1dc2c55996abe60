"""One Upstream per data folder: a second start brings the first window to the front instead of opening the same
records twice (two windows would each hold the records, and one's restore would pull them from under the other).

The two copies talk through a local socket (QLocalServer: a Unix socket or a Windows named pipe), never the network.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
ANSWER_MS = 1000
"""How long a second copy waits for the first to answer before it starts as the only one."""


class SingleInstance(QObject):
    """`key` names what must not be opened twice (the data folder's path)."""

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = "upstream-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None

    def ask_running_copy_to_show(self) -> bool:
        """True if another copy is running here; it has been asked to bring its window to the front."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(ANSWER_MS)
        socket.disconnectFromServer()
        return True

    def listen(self, window: QWidget) -> None:
        """Be the copy that others find, and show `window` when one asks."""
        self.window = window
        QLocalServer.removeServer(self.name)  # a socket left by a copy that crashed
        self.server = QLocalServer(self)
        if not self.server.listen(self.name):
            log.warning("Cannot listen for a second copy of Upstream: %s", self.server.errorString())
            return
        self.server.newConnection.connect(self._show_window)

    def _show_window(self) -> None:
        assert self.server is not None and self.window is not None
        connection = self.server.nextPendingConnection()
        if connection is not None:
            connection.disconnected.connect(connection.deleteLater)
        log.info("Another copy of Upstream was started; showing this one instead")
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def stop(self) -> None:
        """No longer the copy others find (the window has closed: work still ending must not swallow a new start)."""
        if self.server is not None:
            self.server.close()
            self.server = None
