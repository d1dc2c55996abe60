"""The Handouts area: choose a handout and its options (HandoutChoices), see it, print it or save it as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from ...core.files import write_bytes_whole
from ...core.handouts.handouts import Handout
from ...core.handouts.registry import HandoutError
from ...core.model import Curriculum
from ...render.handouts import handout_pdf, print_handouts
from ...render.pdf import Cancelled, RenderError
from ...userdata import user_handouts
from ..errors import failure_reason, log_failure, message_for, show_error
from ..i18n import RetranslateOnLanguageChange
from ..tasks import (
    Progress,
    Task,
    TaskCancelled,
    TaskOptions,
    paint_here_after_others,
    painting,
    run_paint_task,
    wait_for_tasks,
)
from ..widgets.layout import column, side_by_side
from ..widgets.save_dialog import ask_save_path
from .handout_choices import HandoutChoices
from .print_service import printing_service_ready

BACKGROUND_FROM = 3
"""Render this many handouts or more on the paint thread, with progress and Cancel."""


class HandoutsPage(RetranslateOnLanguageChange, HandoutChoices):
    background_done = Signal(str)
    """A background render ended: "finished", "failed" or "cancelled"."""

    def __init__(self, curriculum: Curriculum, parent: QWidget | None = None) -> None:
        super().__init__(curriculum, parent)
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.last_error = ""
        self._asked = 0
        """Counts the renders asked for: only the latest one asked reports back."""
        self._task: Task[bytes] | None = None
        self._progress: QProgressDialog | None = None
        self.notice = QLabel(objectName="handoutNotice")
        self.notice.setWordWrap(True)
        self.print_button = QPushButton(objectName="printButton")
        self.save_button = QPushButton(objectName="saveButton")
        self.document = QPdfDocument(self)
        self.preview = QPdfView(objectName="handoutPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.addLayout(self.form)
        options_layout.addWidget(self.notice)
        options_layout.addLayout(buttons)
        options_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_by_side(options, column(self.preview), 420, 820))

        self._refresh = QTimer(self, singleShot=True, interval=250, timeout=self.update_preview)
        self.choices_changed.connect(self._refresh.start)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_pdf)
        self.retranslate_ui()
        self._show_letter_fields()

    def retranslate_ui(self) -> None:
        self.retranslate_choices()
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Sav&e as PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the handout"))

    def _handouts(self) -> list[Handout] | None:
        missing = self.missing()
        if missing:
            self._show_notice(self.need_text(missing[0]))
            return None
        try:
            handouts = [self.maker.make(request) for request in self.requests()]
        except HandoutError as error:
            log_failure(error)
            self._show_notice(message_for(error))
            return None
        warnings = sorted({warning for handout in handouts for warning in handout.warnings})
        self._show_notice(self.tr("This translation has not been reviewed by a native speaker yet.")
                          if warnings else "")
        return handouts

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.last_error = text

    # --- preview, save, print -----------------------------------------------------------------------------------
    def update_preview(self) -> None:
        self._refresh.stop()  # this update supersedes one still waiting
        handouts = self._handouts()
        ready = handouts is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if not ready:
            self.document.close()
            return
        if self._here(handouts):
            self._show_pdf(self._pdf_or_none(handouts))
        else:
            self._in_background(handouts, self._show_pdf)

    def _pdf_or_none(self, handouts: list[Handout]) -> bytes | None:
        """A small PDF made here and now (one or two handouts take a few milliseconds); a newer one replaces any
        render still running."""
        self._supersede()
        paint_here_after_others()
        try:
            return handout_pdf(handouts)
        except RenderError as error:
            log_failure(error)
            self._show_notice(message_for(error))
            return None

    def _show_pdf(self, data: bytes | None) -> None:
        if data is None:
            return
        self.document.close()
        self._pdf_bytes = QByteArray(data)
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _in_background(self, handouts: list[Handout], done: Callable[[bytes], None]) -> None:
        """Render on the paint thread with progress and Cancel; `done` gets the PDF on the UI thread. A render
        asked for later replaces this one: it is stopped and never reports back."""
        self._supersede()
        asked = self._asked

        def render(progress: Progress) -> bytes:
            try:
                return handout_pdf(handouts, progress.report)
            except Cancelled:
                raise TaskCancelled from None

        def finished(data: bytes) -> None:
            if asked == self._asked:
                done(data)
                self.background_done.emit("finished")

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                log_failure(error)
                self._show_notice(message_for(error))
                self.background_done.emit("failed")

        def cancelled() -> None:
            if asked == self._asked:
                self.background_done.emit("cancelled")

        self._task = run_paint_task(self, render, finished, failed=failed, cancelled=cancelled,
                                    options=TaskOptions(self.tr("Preparing the handouts…"), name="handoutProgress"))
        self._progress = self._task.dialog

    def _supersede(self) -> None:
        """Whatever render is still running is stopped (at its next page) and its result ignored."""
        self._asked += 1
        if self._task is not None:
            self._task.progress.cancel()
            if self._task.dialog is not None:
                self._task.dialog.hide()
            self._task = None

    def wait_for_background(self, milliseconds: int = 30000) -> bool:
        """For tests: wait until every background render has delivered."""
        wait_for_tasks(milliseconds)
        return True

    def save_pdf(self) -> None:
        handouts = self._handouts()
        if handouts is None:
            return
        suggested = Path.home() / f"{handouts[0].title}.pdf".replace("/", "-")
        path = ask_save_path(self, self.tr("Save the handout as PDF"), suggested, self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return
        if self._here(handouts):
            self._write(path, self._pdf_or_none(handouts))
        else:
            self._in_background(handouts, lambda data: self._write(path, data))

    def _here(self, handouts: list[Handout]) -> bool:
        """A few handouts are made at once on this thread, unless the paint thread is still busy (a print, a pack
        being stopped): then they wait their turn there, and the window does not wait."""
        return len(handouts) < BACKGROUND_FROM and not painting()

    def _write(self, path: Path, data: bytes | None) -> None:
        if data is None:
            return
        try:
            write_bytes_whole(path, data)
        except OSError as error:
            log_failure(error)
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The PDF could not be saved to %1: %2")
                                .replace("%1", str(path)).replace("%2", failure_reason(error)))
            return
        self._show_notice(self.tr("Saved to %1").replace("%1", str(path)))

    def print_handout(self) -> None:
        handouts = self._handouts()
        if handouts is None:
            return
        if not printing_service_ready():  # asked with no local socket, CUPS would try the network
            self._offer_pdf(self.tr("There is no printing service on this computer (CUPS is not running), so "
                                    "Upstream cannot print."))
            return
        if not QPrinterInfo.availablePrinters():
            self._offer_pdf(self.tr("No printer is installed on this computer, or the print system is not "
                                    "running."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._supersede()
        run_paint_task(
            self, lambda _progress: _print_job(printer, handouts), lambda _none: self._sent(printer),
            failed=self._not_printed, options=TaskOptions(self.tr("Sending the handouts to the printer…"),
                                                          cancellable=False, name="printProgress"))

    def print_to(self, printer: QPrinter, handouts: list[Handout]) -> bool:
        """Print now, on this thread, or say plainly why not; Qt's silent failure is never reported as success.
        The Print button does the same on the paint thread."""
        self._supersede()
        paint_here_after_others()
        try:
            _print_job(printer, handouts)
        except RenderError as error:
            self._not_printed(error)
            return False
        self._sent(printer)
        return True

    def _sent(self, printer: QPrinter) -> None:
        self._show_notice(self.tr("Sent to %1.").replace("%1", printer.printerName()))

    def _not_printed(self, error: BaseException) -> None:
        log_failure(error)
        if not isinstance(error, RenderError):
            show_error(self, error)
            return
        self._offer_pdf(self.tr("The printer did not accept the job. It may be switched off, out of paper, or "
                                "the print system may not be running."))

    def _offer_pdf(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot print"), reason, parent=self)
        box.setObjectName("cannotPrint")
        box.setInformativeText(self.tr("You can save the handout as a PDF and print it from another computer."))
        save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is save:
            self.save_pdf()

    def reload_profile(self) -> None:
        """The agency profile changed: make handouts with the new one."""
        self.maker = user_handouts(self.curriculum)
        self._refresh.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.document.status() == QPdfDocument.Status.Null:
            self._refresh.start()



def _print_job(printer: QPrinter, handouts: list[Handout]) -> None:
    """Every copy asked for (when the printer cannot make copies itself), from the page range chosen."""
    first = printer.fromPage() or 1
    for _ in range(1 if printer.supportsMultipleCopies() else printer.copyCount()):
        print_handouts(handouts, printer, first=first, last=printer.toPage())
