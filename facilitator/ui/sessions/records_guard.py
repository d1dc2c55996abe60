"""Opening the records safely: a backup at start and every day, and a damaged file met with a choice, not a loss."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.paths import backups_dir, records_path
from ..errors import log_failure, message_for
from ..tasks import records_idle, run_file_task

if TYPE_CHECKING:
    from ...core.records.store import Checked, RecordsStore

log = logging.getLogger(__name__)
DAY_MS = 24 * 60 * 60 * 1000


class RecordsGuard(QObject):
    """Owns the store for the window: opens it on first use, backs it up, and meets each kind of trouble with what
    helps: a damaged file or one from a newer Upstream with the newest good backup, a folder, pipe, read-only file or
    full disk with what to change (no restore: nothing is wrong with the records), a stray log with where it went."""

    records_changed = Signal(object)
    """The records changed under the pages that show them (a restore, a session logged from the presenter): carries
    the RecordsStore now open, a new one after a restore. Each page that shows records listens, as screens listen to
    Anki's operation_did_execute, so the window never reloads its pages by name."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.store: RecordsStore | None = None
        self.problem = ""
        self.checked: Checked | None = None
        """The records' full check, made on the records thread at start, so opening them later is quick."""
        self._check_done = threading.Event()
        self._check_done.set()
        self._daily = QTimer(self, interval=DAY_MS, timeout=self.back_up)

    def start(self) -> None:
        """After the window is up, on the records thread: check the records and back up what exists, then back up
        daily while the app stays open. A file that fails is left for open() to meet with its offer."""
        path = records_path()
        if path.exists() and self.store is None:
            self._check_done.clear()
            run_file_task(self.window, lambda _progress: self._check(path), lambda _checked: None,
                          failed=lambda error: log.info("The records did not pass the check at start: %s", error))
        self.back_up()
        self._daily.start()

    def _check(self, path: Path) -> Checked:
        """On the records thread; kept at once (not when the result reaches the window), so an open() that waited
        for it finds it."""
        from ...core.records.store import check_before_opening

        try:
            self.checked = check_before_opening(path)
        finally:
            self._check_done.set()
        return self.checked

    def back_up(self) -> None:
        """On the records thread: backup() checks the file first and refuses a damaged one."""
        from ...core.records.backup import backup

        path = records_path()
        if path.exists():
            run_file_task(self.window, lambda _progress: backup(path, backups_dir()),
                          lambda kept: log.info("Backed up the records to %s", kept),
                          failed=lambda error: log.warning("Could not back up the records: %s", error))

    def open(self) -> RecordsStore | None:
        # The records machinery (sqlite-utils) loads on first use, not at start-up.
        from ...core.records.store import DamagedDatabase, RecordsStore, RecordsUnavailable

        if self.store is None:
            self._check_done.wait(120)  # opened while the check at start runs: its result, not a second check
            if not records_path().exists() and self.offer_backup_for_missing():
                return self.open()
            try:
                self.store = RecordsStore(records_path(), self.checked)
                self.problem = ""
            except DamagedDatabase as error:
                self.problem = error.reason
                log.error("The records file cannot be used: %s", error)
                if self.offer_restore(newer=error.code == "newer"):
                    return self.open()
                return None
            except RecordsUnavailable as error:
                log.error("The records cannot be opened: %s", error)
                self.warn(self.tr("The session records cannot be opened"), message_for(error))
                return None
            for notice in self.store.notices:
                log.warning("Set aside a write-ahead log that did not belong to the records (%s): %s",
                            notice.detail, notice.path)
                self.warn(self.tr("Session records checked"), self.tr(
                    "A leftover file beside the session records (%1) did not belong to them, so Upstream did not "
                    "use it: your records are as they were saved. The leftover file is kept, with a copy of the "
                    "records it was found beside, as %2.").replace("%1", records_path().name + "-wal")
                    .replace("%2", notice.path.name), name="logSetAside")
        return self.store

    def offer_backup_for_missing(self) -> bool:
        """The records file is gone but backups exist (it was moved, or a restore was cut short by an older
        Upstream): starting an empty file without a word would look like every session was lost."""
        from ...core.records.backup import latest_good, made_at

        good = latest_good(backups_dir())
        if good is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The session records are missing"), self.tr(
            "There is no records file at %1, but there are backups. Restore the newest good backup (made %2), or "
            "start with no records?").replace("%1", str(records_path()))
            .replace("%2", made_at(good).astimezone().strftime("%Y-%m-%d %H:%M")), parent=self.window)
        box.setObjectName("missingRecords")
        restore_button = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start with no records"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore_button and self._restore(good)

    def warn(self, title: str, text: str, name: str = "recordsUnavailable") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setObjectName(name)
        box.exec()

    def restore_chosen(self, source: Path) -> bool:
        """Restore a backup the user chose (after saying what will happen). A copy of the current file is kept."""
        answer = QMessageBox.question(self.window, self.tr("Restore session records"), self.tr(
            "Replace the session records with the backup %1? A copy of the current records file is kept beside "
            "it, so nothing is lost.").replace("%1", source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # the check at start, a backup or a list being read: the file is swapped only once they are done
            idle = records_idle()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not idle:
            self.warn(self.tr("Not restored"), self.tr("Upstream is still busy with the session records (a backup "
                                                       "or an import). Nothing was changed. Try again in a minute."))
            return False
        if self.store is not None:
            self.store.close()
            self.store = None
        restored = self._restore(source)
        if self.open() is not None:
            self.changed()  # the restored records, or (if the restore was refused) the same file opened again
        return restored

    def changed(self) -> None:
        """Tell every page that shows records to show them again."""
        if self.store is not None:
            self.records_changed.emit(self.store)

    def _restore(self, source: Path) -> bool:
        from ...core.records.backup import restore
        from ...core.records.store import DamagedDatabase, RecordsUnavailable

        try:
            restore(source, records_path())
        except (DamagedDatabase, RecordsUnavailable) as error:
            log_failure(error)
            self.warn(self.tr("Not restored"), message_for(error))
            return False
        return True

    def offer_restore(self, newer: bool = False) -> bool:
        """Say what is wrong; restore the newest good backup only if the user agrees. Returns True if restored."""
        from ...core.records.backup import latest_good

        good = latest_good(backups_dir())
        text = self.tr("The records file was made by a newer version of Upstream, so this version does not change "
                       "it. Update Upstream on this laptop to use it.\n\n%1") if newer else self.tr(
            "The records file is damaged or is not an Upstream records file. Upstream has not changed it.\n\n%1")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The session records cannot be opened"),
                          text.replace("%1", str(records_path())), parent=self.window)
        box.setObjectName("damagedRecords")
        box.setDetailedText(self.problem)
        restore_button = None
        if good is not None:
            box.setInformativeText(self.tr("Restore the newest good backup (%1)? The file that cannot be used is "
                                           "kept beside it.").replace("%1", good.name))
            restore_button = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(self.tr("There is no backup to restore. Sessions cannot be logged until the "
                                           "file is repaired or moved away."))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if restore_button is None or box.clickedButton() is not restore_button:
            return False
        return self._restore(good)

