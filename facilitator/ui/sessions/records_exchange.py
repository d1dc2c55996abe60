"""Export this laptop's records to a file and import another laptop's, from the Sessions screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
from ..errors import failure_reason, log_failure, message_for, show_error
from ..tasks import Progress, TaskOptions, run_records_task
from ..widgets.save_dialog import ask_save_path


class RecordsExchange(QObject):
    """Export and import through the task runner: the file is written, or read, checked and merged, on the records
    thread while the window answers; a window-modal progress dialog with Cancel keeps the records from being edited
    during an import."""

    records_changed = Signal()
    """An import merged records into this laptop's."""

    def __init__(self, store: RecordsStore, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.window = store, parent
        self.last_message = ""

    def export(self) -> None:
        suggested = Path.home() / f"upstream-records-{dt.date.today().isoformat()}.json"
        path = ask_save_path(self.window, self.tr("Export the session records"), suggested,
                             self.tr("Upstream records (*.json)"), ".json")
        if path is None:
            return
        include_names = False
        if self.store.has_roster_names():
            include_names = QMessageBox.question(
                self.window, self.tr("Export the session records"),
                self.tr("Some adult trainings have a sign-in list with names and emails. Include those names in "
                        "the file? Choose No unless the person receiving it needs them for certificates."),
                defaultButton=QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        run_records_task(self.window, self.store,
                         lambda records, _progress: export_records(records, path, include_names=include_names),
                         lambda count: self._exported(path, count), failed=self._not_exported,
                         options=TaskOptions(self.tr("Writing the records…"), cancellable=False, busy_first=True))

    def _exported(self, path: Path, count: int) -> None:
        self._say(QMessageBox.Icon.Information, self.tr("Exported"),
                  self.tr("%n session(s) written to %1.", "", count).replace("%1", str(path)))

    def _not_exported(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            show_error(self.window, error)
            return
        log_failure(error)
        self._say(QMessageBox.Icon.Warning, self.tr("Not exported"),
                  self.tr("The file could not be written: %1").replace("%1", failure_reason(error)))

    def import_files(self) -> None:
        """Merge the files chosen (one or many: a coordinator gathers every facilitator's) as one import. Each file
        is read and checked whole first; the records are backed up once the first file proves good."""
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import session records"), str(Path.home()),
                                                self.tr("Upstream records (*.json)"))
        if not paths:
            return

        def merge(records: RecordsStore, progress: Progress) -> list[ImportSummary]:
            backed_up: list[Path] = []

            def read(path: Path) -> dict[str, Any]:
                document = read_exchange(path, lambda: progress.cancelled)
                if not backed_up:
                    backed_up.append(backup(records.path, backups_dir()))
                progress.stop_if_cancelled()
                return document

            return import_files(records, [Path(path) for path in paths], progress.report, read)

        run_records_task(self.window, self.store, merge, self._imported, failed=self._not_imported,
                         cancelled=self._import_cancelled,
                         options=TaskOptions(self.tr("Merging the records…"), busy_first=True, name="importProgress"))

    def _imported(self, summaries: list[ImportSummary]) -> None:
        self._say(QMessageBox.Icon.Information, self.tr("Records imported"),
                  self._summary(ImportSummary.combined(summaries)))
        self.records_changed.emit()

    def _import_cancelled(self) -> None:
        self._say(QMessageBox.Icon.Information, self.tr("Import cancelled"), message_for(ImportCancelled()))

    def _not_imported(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._import_cancelled()
        elif isinstance(error, ExchangeError):
            self._refused(error)
        elif isinstance(error, RecordsUnavailable | DamagedDatabase):  # a full disk, or the backup before it
            log_failure(error)
            self._say(QMessageBox.Icon.Warning, self.tr("Not imported"), message_for(error))
        else:
            show_error(self.window, error)

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
