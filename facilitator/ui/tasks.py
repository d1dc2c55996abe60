"""The one way slow work runs: off the UI thread, its result delivered back on it, its failure sent to one handler.

The shape of Anki's QueryOp/CollectionOp. A screen hands `run_task` the work and what to do with its result; the
window keeps answering while the work runs. Work on the records runs on the one records thread, each task through a
connection of its own opened on that thread (see RecordsStore.on_this_thread), so the UI thread's connection is
never shared and no two tasks write at once. A task may show a progress dialog with Cancel; the work reads
`progress.report(done, total)`, which says whether to go on.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.records.store import RecordsStore
from .errors import show_error

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Pending:
    """How many jobs a thread has in hand or waiting, so others can ask whether it is busy or wait until it is not
    (a restore waits until no task has the file open; a preview, until nothing else paints)."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def add(self) -> None:
        with self._idle:
            self._count += 1

    def done(self, *_ignored: object) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    def busy(self) -> bool:
        with self._idle:
            return self._count > 0

    def wait_idle(self, seconds: float) -> bool:
        """Until no job is left; False if that took longer than `seconds`."""
        with self._idle:
            return self._idle.wait_for(lambda: self._count == 0, seconds)


class _Lane(ThreadPoolExecutor):
    """A pool that counts its jobs (see _Pending)."""

    def __init__(self, workers: int, name: str) -> None:
        super().__init__(workers, name)
        self.pending = _Pending()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.pending.add()
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self.pending.done)
        return future


_RECORDS = _Lane(1, "records")
"""One thread for work on the records: tasks reach the file one after another, as the UI thread's writes do."""


class _PaintThread(QThread):
    """A Qt thread for work that paints (handouts, guides and reports as PDF, printing), one job at a time, as Qt's
    text layout and font caches are not shared safely between threads. A QThread rather than a plain one: the text
    layout and the PDF writer start Qt timers, which need the thread's event dispatcher."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("paint")
        self.jobs: queue.SimpleQueue[Callable[[], object] | None] = queue.SimpleQueue()
        self.pending = _Pending()
        atexit.register(self.finish)

    def submit(self, job: Callable[[], object]) -> None:
        if not self.isRunning():
            self.start()
        self.pending.add()
        self.jobs.put(job)

    def run(self) -> None:
        threading.current_thread().name = "paint"
        while (job := self.jobs.get()) is not None:
            try:
                job()
            except BaseException:  # jobs report their own failures; this thread must outlive any of them
                log.exception("A painting job failed outside its task")
            finally:
                self.pending.done()

    def finish(self, drop_waiting: bool = False) -> None:
        """End the thread once its job in hand is done (at exit: a running QThread must not be destroyed); the
        jobs still waiting are done first, or dropped."""
        if not self.isRunning():
            return
        while drop_waiting:
            try:
                self.jobs.get_nowait()
            except queue.Empty:
                break
            self.pending.done()
        self.jobs.put(None)
        self.wait()


_PAINT = _PaintThread()
"""The one thread that paints off the UI thread."""
_WORK = ThreadPoolExecutor(2, "work")
"""Other work that needs no records (filtering and sorting a list): two at a time on a two-core laptop."""
_running: set[Task[Any]] = set()


class TaskCancelled(Exception):
    """Raised by work that saw Cancel; the task then calls its `cancelled` handler instead of `done`."""


@dataclass
class Progress:
    """Handed to the work on its thread: how far it has gone, and whether the person pressed Cancel."""

    _relay: _Relay
    _stop: threading.Event = field(default_factory=threading.Event)
    _last: float = 0.0

    def report(self, done: int, total: int) -> bool:
        """Say how far the work is (at most 20 times a second reach the screen); False once Cancel was pressed."""
        moment = time.monotonic()
        if done >= total or moment - self._last >= 0.05:
            self._last = moment
            try:
                self._relay.progressed.emit(done, total)
            except RuntimeError:  # the screen that asked is gone: nobody to tell, so stop
                self._stop.set()
        return not self._stop.is_set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def stop_if_cancelled(self) -> None:
        if self._stop.is_set():
            raise TaskCancelled

    def cancel(self) -> None:
        self._stop.set()


class _Relay(QObject):
    """Lives on the UI thread: signals emitted from the worker arrive here queued, in order."""

    progressed = Signal(int, int)
    ended = Signal(object)  # the result, or the exception


@dataclass
class TaskOptions:
    label: str = ""
    """Shown in a window-modal progress dialog with Cancel while the work runs; no dialog when empty."""
    cancellable: bool = True
    busy_first: bool = False
    """The dialog shows at once, busy (no percentage), until the work first reports progress."""
    name: str = "taskProgress"
    """The dialog's object name, for tests and accessibility tools."""


class Task(Generic[T]):
    """One piece of work in flight. Keeps itself alive until its result is delivered or its parent is gone."""

    def __init__(self, parent: QWidget, done: Callable[[T], None], failed: Callable[[BaseException], None] | None,
                 cancelled: Callable[[], None] | None, options: TaskOptions) -> None:
        self.parent, self._done, self._cancelled = parent, done, cancelled
        self._failed = failed or (lambda error: show_error(parent, error))
        self._relay = _Relay(parent)
        self.progress = Progress(self._relay)
        self.dialog = self._dialog(options) if options.label else None
        self._relay.ended.connect(self._end)
        self._relay.destroyed.connect(lambda: _running.discard(self))

    def _dialog(self, options: TaskOptions) -> QProgressDialog:
        dialog = QProgressDialog(options.label, QCoreApplication.translate("Task", "Cancel"), 0,
                                 0 if options.busy_first else 100, self.parent)
        dialog.setObjectName(options.name)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not options.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._stopping)
        dialog.setMinimumDuration(0 if options.busy_first else 400)
        if options.busy_first:
            dialog.show()
        self._relay.progressed.connect(self._show_progress)
        return dialog

    def _stopping(self) -> None:
        """Cancel was pressed: the work stops at its next step (an import rolls back), and until it has, the dialog
        stays up so the window cannot be used meanwhile."""
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Task", "Stopping…"))
            self.dialog.setCancelButton(None)
            self.dialog.setRange(0, 0)
            self.dialog.show()

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.progress.cancelled:
            self.dialog.setRange(0, 100)
            self.dialog.setValue(int(done * 100 / total) if total else 0)

    def start(self, pool: ThreadPoolExecutor | _PaintThread, work: Callable[[], T]) -> Task[T]:
        _running.add(self)
        relay = self._relay

        def run() -> T:
            try:
                result: Any = work()
            except BaseException as error:  # every failure reaches the UI thread, which reports it once
                result = error
            try:
                relay.ended.emit(result)
            except RuntimeError:  # the screen that asked was closed meanwhile: there is no one to deliver to
                if isinstance(result, BaseException) and not isinstance(result, TaskCancelled):
                    log.warning("Work for a closed screen failed", exc_info=(type(result), result,
                                                                             result.__traceback__))
            return result

        pool.submit(run)
        return self

    def _end(self, result: Any) -> None:
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self._relay.deleteLater()
        if isinstance(result, TaskCancelled):
            if self._cancelled is not None:
                self._cancelled()
        elif isinstance(result, BaseException):
            self._failed(result)
        else:
            self._done(result)


def run_task(parent: QWidget, work: Callable[[Progress], T], done: Callable[[T], None], *,
             failed: Callable[[BaseException], None] | None = None, cancelled: Callable[[], None] | None = None,
             options: TaskOptions | None = None) -> Task[T]:
    """Run `work(progress)` on a worker thread, then `done(result)` on the UI thread. A failure goes to `failed`
    (by default: logged once and shown in words); work that raised TaskCancelled calls `cancelled`. Nothing is
    delivered once `parent` is gone."""
    task: Task[T] = Task(parent, done, failed, cancelled, options or TaskOptions())
    return task.start(_WORK, lambda: work(task.progress))


def run_paint_task(parent: QWidget, work: Callable[[Progress], T], done: Callable[[T], None], *,
                   failed: Callable[[BaseException], None] | None = None, cancelled: Callable[[], None] | None = None,
                   options: TaskOptions | None = None) -> Task[T]:
    """Like run_task, for work that paints: on the one paint thread (QPainter may paint a PDF or a printer there)."""
    task: Task[T] = Task(parent, done, failed, cancelled, options or TaskOptions())
    return task.start(_PAINT, lambda: work(task.progress))


def records_idle(seconds: float = 120) -> bool:
    """Wait until no task has the records open (before a restore swaps the file): none on the records thread, and
    none painting (a report written as PDF reads the records there); False if that took too long."""
    return _RECORDS.pending.wait_idle(seconds) and _PAINT.pending.wait_idle(seconds)


def painting() -> bool:
    """Whether the paint thread has work in hand or waiting (a small preview then queues behind it, not waits)."""
    return _PAINT.pending.busy()


def paint_here_after_others(seconds: float = 30) -> None:
    """Before painting on the UI thread (a one-page preview, printing at once): let the paint thread's jobs end
    first, as two paintings at once share Qt's caches unsafely. Cancel the jobs first, so this waits a page."""
    if not _PAINT.pending.wait_idle(seconds):
        raise TimeoutError(f"the paint thread was still busy after {seconds} s")


def run_records_task(parent: QWidget, store: RecordsStore, work: Callable[[RecordsStore, Progress], T],
                     done: Callable[[T], None], *, failed: Callable[[BaseException], None] | None = None,
                     cancelled: Callable[[], None] | None = None, options: TaskOptions | None = None,
                     paints: bool = False) -> Task[T]:
    """Like run_task, for work on the records: on the records thread, with a connection of its own to `store`'s
    file, closed when the work ends. Work that also paints (a report as PDF) runs on the paint thread instead
    (`paints`), still with a connection of its own."""
    task: Task[T] = Task(parent, done, failed, cancelled, options or TaskOptions())

    def on_records_thread() -> T:
        with store.on_this_thread() as records:
            return work(records, task.progress)

    return task.start(_PAINT if paints else _RECORDS, on_records_thread)


def run_file_task(parent: QWidget, work: Callable[[Progress], T], done: Callable[[T], None], *,
                  failed: Callable[[BaseException], None] | None = None,
                  options: TaskOptions | None = None) -> Task[T]:
    """Like run_task, for work on the records file itself with no connection (its check, a backup): on the records
    thread, so it never runs beside a task that writes."""
    task: Task[T] = Task(parent, done, failed, None, options or TaskOptions())
    return task.start(_RECORDS, lambda: work(task.progress))


def shut_down() -> None:
    """The app is quitting: Cancel every task that listens for it, drop work not yet begun, and paint nothing more.
    Work already under way that cannot stop (a check of the file) ends by itself; an import stops and rolls back."""
    for task in list(_running):
        task.progress.cancel()
    _RECORDS.shutdown(wait=False, cancel_futures=True)
    _WORK.shutdown(wait=False, cancel_futures=True)
    _PAINT.finish(drop_waiting=True)


def running() -> int:
    """How many tasks have not delivered their result yet."""
    return len(_running)


def wait_for_tasks(timeout_ms: int = 30_000) -> None:
    """Deliver every running task's result, handling events while waiting (for tests and benchmarks)."""
    timer = QElapsedTimer()
    timer.start()
    while _running and timer.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    for _ in range(3):  # what the last result set in motion happens too: a layout settles in a pass per level
        QCoreApplication.processEvents()
    if _running:
        raise TimeoutError(f"{len(_running)} task(s) still running after {timeout_ms} ms")
