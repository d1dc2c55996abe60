"""Export this laptop's records to a file and import another laptop's, from the Sessions screen."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...core.paths import backups_dir
from ...core.records.backup import backup
from ...core.records.exchange import (
    Conflict,
    ExchangeError,
    ImportCancelled,
    ImportSummary,
    export_records,
    import_files,
    read_exchange,
)
from ...core.records.store import DamagedDatabase, RecordsStore, RecordsUnavailable
from ..errors import failure_reason, log_failure, message_for
from ..widgets.save_dialog import ask_save_path


class RecordsExchange(QObject):
    def __init__(self, store: RecordsStore, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.window = store, parent
        self.last_message = ""

    def export(self) -> bool:
        suggested = Path.home() / f"upstream-records-{dt.date.today().isoformat()}.json"
        path = ask_save_path(self.window, self.tr("Export the session records"), suggested,
                             self.tr("Upstream records (*.json)"), ".json")
        if path is None:
            return False
        include_names = False
        if self.store.db["roster"].count:
            include_names = QMessageBox.question(
                self.window, self.tr("Export the session records"),
                self.tr("Some adult trainings have a sign-in list with names and emails. Include those names in "
                        "the file? Choose No unless the person receiving it needs them for certificates."),
                defaultButton=QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        try:
            count = export_records(self.store, path, include_names=include_names)
        except OSError as error:
            log_failure(error)
            self._say(QMessageBox.Icon.Warning, self.tr("Not exported"),
                      self.tr("The file could not be written: %1").replace("%1", failure_reason(error)))
            return False
        self._say(QMessageBox.Icon.Information, self.tr("Exported"),
                  self.tr("%n session(s) written to %1.", "", count).replace("%1", str(path)))
        return True

    def import_files(self) -> bool:
        """Merge the files chosen (one or many: a coordinator gathers every facilitator's) as one import."""
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import session records"), str(Path.home()),
                                                self.tr("Upstream records (*.json)"))
        if not paths:
            return False
        progress = self._progress()
        read = partial(self._read, progress, [])
        try:
            summaries = import_files(self.store, [Path(path) for path in paths], partial(self._report, progress),
                                     read)
        except ExchangeError as error:
            self._refused(error)
            return False
        except ImportCancelled as error:
            self._say(QMessageBox.Icon.Information, self.tr("Import cancelled"), message_for(error))
            return False
        except (RecordsUnavailable, DamagedDatabase) as error:  # a full disk, or the backup before the import
            log_failure(error)
            self._say(QMessageBox.Icon.Warning, self.tr("Not imported"), message_for(error))
            return False
        finally:
            progress.reset()
            progress.deleteLater()
        self._say(QMessageBox.Icon.Information, self.tr("Records imported"),
                  self._summary(ImportSummary.combined(summaries)))
        return True

    def _progress(self) -> QProgressDialog:
        """Shown at once (busy until the file is read and the backup made): it keeps the window from being used
        during the import."""
        progress = QProgressDialog(self.tr("Merging the records…"), self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        return progress

    def _read(self, progress: QProgressDialog, read: list[Path], path: Path) -> dict[str, Any]:
        """Read and check a file (after the first, which was good, back up the records) on a worker thread, as a
        large file or database takes seconds, while this thread keeps the window and the Cancel button answering.
        The merge stays on this thread: the store's connection belongs to it. `read` lists the files read so far
        in this import."""
        reader = _Reader(path, None if read else self.store.path)
        read.append(path)
        thread, waiting = QThread(self), QEventLoop()
        reader.moveToThread(thread)
        thread.started.connect(reader.run)
        reader.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(reader.deleteLater)
        thread.finished.connect(waiting.quit)
        # stop() only sets a flag; call it directly, or it would wait in the busy reader thread's queue.
        progress.canceled.connect(reader.stop, Qt.ConnectionType.DirectConnection)
        thread.start()
        waiting.exec()
        thread.wait()
        thread.deleteLater()
        outcome = reader.outcome
        if isinstance(outcome, Exception):
            raise outcome
        if progress.wasCanceled():  # Cancel came as the reading or the backup ended
            raise ImportCancelled
        return outcome

    @staticmethod
    def _report(progress: QProgressDialog, done: int, total: int) -> bool:
        progress.setRange(0, 100)  # no longer busy: the first file is read
        progress.setValue(int(done * 100 / total))
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    def _summary(self, summary: ImportSummary) -> str:
        text = self.tr("%1 new, %2 updated, %3 unchanged, %4 conflicts.")
        for number, value in enumerate((summary.new, summary.updated, summary.unchanged, len(summary.conflicts)), 1):
            text = text.replace(f"%{number}", str(value))
        lines = [text, *(self._conflict(c) for c in summary.conflicts)]
        return "\n".join(lines)

    def _conflict(self, conflict: Conflict) -> str:
        if conflict.kind == "site":
            text = self.tr("Site %1 was changed on both laptops; the other laptop's change (%2) was kept.") \
                if conflict.kept_theirs else \
                self.tr("Site %1 was changed on both laptops; this laptop's change (%2) was kept.")
        else:
            text = self.tr("The session of %1 was changed on both laptops; the other laptop's change (%2) was kept.") \
                if conflict.kept_theirs else \
                self.tr("The session of %1 was changed on both laptops; this laptop's change (%2) was kept.")
        return text.replace("%1", conflict.name).replace("%2", conflict.when)

    def _refused(self, error: ExchangeError) -> None:
        """Why, in the interface language; the detailed English reason goes to the log."""
        log_failure(error)
        which = self.tr("File: %1").replace("%1", error.values["file"]) if "file" in error.values else ""
        self._say(QMessageBox.Icon.Warning, self.tr("Not imported"), message_for(error), which)

    def _say(self, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> None:
        """Shown without blocking, and kept in last_message for the status of the page."""
        self.last_message = text
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(detail)
        box.setObjectName("exchangeMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class _Reader(QObject):
    """On a worker thread: reads and checks a records file, then backs up the `records` if given (a bad first file
    is refused before anything, the backup included). `outcome` is the file's contents, or the exception."""

    done = Signal()

    def __init__(self, path: Path, records: Path | None) -> None:
        super().__init__()
        self.path, self.records = path, records
        self.outcome: dict[str, Any] | Exception | None = None
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    @Slot()
    def run(self) -> None:
        try:
            document = read_exchange(self.path, lambda: self._stop)
            if self.records is not None:
                backup(self.records, backups_dir())  # its own connections: safe on this thread
            self.outcome = document
        except Exception as error:  # raised again on the UI thread, which reports it
            self.outcome = error
        self.done.emit()
