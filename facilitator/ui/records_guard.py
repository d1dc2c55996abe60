"""Opening the records safely: a backup at start and every day, and a damaged file met with a choice, not a loss."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.paths import backups_dir, records_path

if TYPE_CHECKING:
    from ..core.records.store import RecordsStore

log = logging.getLogger(__name__)
DAY_MS = 24 * 60 * 60 * 1000


class RecordsGuard(QObject):
    """Owns the store for the window: opens it on first use, backs it up, and handles a damaged file."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.store: RecordsStore | None = None
        self.problem = ""
        self._daily = QTimer(self, interval=DAY_MS, timeout=self.back_up)

    def start(self) -> None:
        """After the window is up: back up what exists, then daily while the app stays open."""
        self.back_up()
        self._daily.start()

    def back_up(self) -> None:
        from ..core.records.backup import backup
        from ..core.records.store import DamagedDatabase

        path = records_path()
        if path.exists():  # backup() checks the file first and refuses a damaged one
            try:
                log.info("Backed up the records to %s", backup(path, backups_dir()))
            except (OSError, DamagedDatabase):
                log.warning("Could not back up the records", exc_info=True)

    def open(self) -> RecordsStore | None:
        # The records machinery (sqlite-utils) loads on first use, not at start-up.
        from ..core.records.store import DamagedDatabase, RecordsStore

        if self.store is None:
            try:
                self.store = RecordsStore(records_path())
                self.problem = ""
            except DamagedDatabase as error:
                self.problem = error.reason
                log.error("The records file is damaged: %s", error)
                if self.offer_restore():
                    return self.open()
        return self.store

    def restore_chosen(self, source: Path) -> bool:
        """Restore a backup the user chose (after saying what will happen). The current file is set aside."""
        from ..core.records.backup import restore
        from ..core.records.store import DamagedDatabase

        answer = QMessageBox.question(self.window, self.tr("Restore session records"), self.tr(
            "Replace the session records with the backup %1? The current records file is kept beside it, so "
            "nothing is lost.").replace("%1", source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.store is not None:
            self.store.close()
            self.store = None
        try:
            restore(source, records_path())
        except DamagedDatabase as error:
            QMessageBox.warning(self.window, self.tr("Not restored"), self.tr(
                "That backup cannot be used: %1. Nothing was changed.").replace("%1", error.reason))
            return False
        return self.open() is not None

    def offer_restore(self) -> bool:
        """Say what is wrong; restore the newest good backup only if the user agrees. Returns True if restored."""
        from ..core.records.backup import latest_good, restore

        good = latest_good(backups_dir())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The session records cannot be opened"),
                          self.tr("The records file is damaged or is not an Upstream records file. Upstream has not "
                                  "changed it.\n\n%1").replace("%1", str(records_path())), parent=self.window)
        box.setObjectName("damagedRecords")
        box.setDetailedText(self.problem)
        restore_button = None
        if good is not None:
            box.setInformativeText(self.tr("Restore the newest good backup (%1)? The damaged file is kept beside it.")
                                   .replace("%1", good.name))
            restore_button = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(self.tr("There is no backup to restore. Sessions cannot be logged until the "
                                           "file is repaired or moved away."))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if restore_button is None or box.clickedButton() is not restore_button:
            return False
        restore(good, records_path())
        return True
