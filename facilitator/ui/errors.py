"""One place for errors: every uncaught exception is logged and shown once, in plain words, with details."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("upstream.errors")


class ErrorReporter(QObject):
    """Installed as sys.excepthook. The app keeps running after the dialog; a second error raised while the
    dialog is open is logged but not stacked on top of it."""

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Uncaught exception\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self.show_dialog(error, details)
        finally:
            self._showing = False

    def show_content_error(self, details: str) -> None:
        """The bundled curriculum failed validation: say so plainly; the problems go in the details."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), self.tr(
            "The curriculum files have errors, so Upstream cannot open them. Nothing was changed. Reinstalling "
            "Upstream restores the original files."))
        box.setObjectName("contentErrorDialog")
        box.setDetailedText(details)
        box.exec()

    def show_dialog(self, error: BaseException, details: str) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(self.tr("Upstream ran into a problem it did not expect. Your work so far is kept, and you can "
                            "go on using the app."))
        box.setInformativeText(self.tr("What happened: %1\n\nThe details are saved in the log file:\n%2")
                               .replace("%1", str(error) or type(error).__name__)
                               .replace("%2", str(self.log_path)))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def show_error(parent: QWidget, error: BaseException) -> None:
    """An expected failure of work the person asked for: logged once with its traceback, then said in words."""
    from .widgets.save_dialog import failure_reason

    log.error("%s failed", type(error).__name__, exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("ErrorReporter", "Something went wrong"),
                      failure_reason(error) if isinstance(error, Exception) else type(error).__name__,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("taskFailed")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
