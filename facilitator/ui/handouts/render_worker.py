"""Render handouts to PDF off the UI thread, with progress and a way to stop, so the window never freezes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ...core.handouts.handouts import Handout
from ...render.handouts import handout_pdf
from ...render.pdf import Cancelled


class PdfWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, handouts: list[Handout]) -> None:
        super().__init__()
        self._handouts = handouts
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    @Slot()
    def run(self) -> None:
        try:
            data = handout_pdf(self._handouts, self._report)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # reported to the user by the page, with the reason
            self.failed.emit(str(error))
        else:
            self.finished.emit(data)

    def _report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop


def start_worker(worker: PdfWorker, parent: QObject) -> QThread:
    """Run `worker` on its own thread, which ends (and is cleaned up) when the worker is done."""
    thread = QThread(parent)
    # The thread (owned by `parent`) holds the worker, so dropping the caller's reference while the worker runs
    # cannot delete it under its own feet.
    thread.worker = worker  # type: ignore[attr-defined]
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        # QThread.quit is thread-safe; calling it directly lets the thread end even while the UI waits for it.
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
