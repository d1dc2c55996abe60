"""The Handouts area: choose a handout and its options, see it, print it or save it as PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...core.dates import long_date
from ...core.files import write_bytes_whole
from ...core.handouts.handouts import (
    Handout,
    HandoutError,
    HandoutRequest,
    Handouts,
    handout_specs,
    latest_return_by,
    review_status,
    strings,
)
from ...core.model import AUDIENCES, CONSENT_RULES, Curriculum
from ...render.handouts import handout_pdf, print_handouts
from ...render.pdf import RenderError
from ...userdata import user_handouts
from ..errors import failure_reason, log_failure, message_for
from ..i18n import RetranslateOnLanguageChange, interface_language
from ..labels import LANGUAGE_ENDONYMS, UiLabels
from ..widgets.date_field import DateField
from ..widgets.layout import column, side_by_side
from ..widgets.save_dialog import ask_save_path
from .print_service import printing_service_ready
from .render_worker import PdfWorker, start_worker

PRINT_PACK = "print-pack"
ModuleIdRole = Qt.ItemDataRole.UserRole + 1
BACKGROUND_FROM = 3
"""Render this many handouts or more on a worker thread, with progress and Cancel."""


class HandoutsPage(RetranslateOnLanguageChange, QWidget):
    background_done = Signal(str)
    """A background render ended: "finished", "failed" or "cancelled"."""

    def __init__(self, curriculum: Curriculum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum = curriculum
        self.maker: Handouts = user_handouts(curriculum)
        self._labels = UiLabels(self)
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.last_error = ""

        self.handout = QComboBox(objectName="handoutChoice")
        self.handout.addItem("", PRINT_PACK)
        for spec in handout_specs():
            self.handout.addItem("", spec.id)
        self.modules = QListWidget(objectName="handoutModules")
        for module in curriculum.modules:
            item = QListWidgetItem()
            item.setData(ModuleIdRole, module.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        self.readers = QComboBox(objectName="handoutReaders")
        for audience in ("", *AUDIENCES):
            self.readers.addItem("", audience)
        self.language = QComboBox(objectName="handoutLanguage")
        self.school = QLineEdit(objectName="handoutSchool")
        self.date = DateField(QDate.currentDate(), objectName="handoutDate")
        self.date.setCalendarPopup(True)
        self.return_by = DateField(QDate.currentDate().addDays(-7), objectName="handoutReturnBy")
        self.return_by.setCalendarPopup(True)
        self._return_by_typed = False  # until someone sets it, the return-by date follows the session date
        self.consent = QComboBox(objectName="handoutConsent")
        for rule in CONSENT_RULES:
            self.consent.addItem("", rule)
        self.consent_hint = QLabel(objectName="handoutConsentHint")
        self.consent_hint.setWordWrap(True)
        self.paper = QComboBox(objectName="handoutPaper")
        self.paper.addItem("", "letter")
        self.paper.addItem("", "a4")
        self.notice = QLabel(objectName="handoutNotice")
        self.notice.setWordWrap(True)
        self.print_button = QPushButton(objectName="printButton")
        self.save_button = QPushButton(objectName="saveButton")
        self.document = QPdfDocument(self)
        self.preview = QPdfView(objectName="handoutPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        for label, field in zip(self.labels, (self.handout, self.modules, self.readers, self.language, self.school,
                                               self.date, self.return_by, self.consent, self.paper), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(self.form.getWidgetPosition(self.consent)[0] + 1, "", self.consent_hint)
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
        self.date.dateChanged.connect(self._follow_session_date)
        self.return_by.dateChanged.connect(self._return_by_set)
        for signal in (self.handout.currentIndexChanged, self.language.currentIndexChanged,
                       self.readers.currentIndexChanged,
                       self.paper.currentIndexChanged, self.school.textChanged, self.date.dateChanged,
                       self.return_by.dateChanged, self.consent.currentIndexChanged, self.modules.itemChanged):
            signal.connect(self._refresh.start)
        self.consent.currentIndexChanged.connect(self._explain_consent)
        self.handout.currentIndexChanged.connect(self._fill_languages)
        self.handout.currentIndexChanged.connect(self._show_letter_fields)
        self.modules.itemChanged.connect(self._show_letter_fields)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_pdf)
        self.handout.setCurrentIndex(self.handout.findData("resource-card"))  # needs no choices: a preview at once
        self.retranslate_ui()
        self._fill_languages()
        self._show_letter_fields()

    # --- language ---------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for label, text in zip(self.labels, (self.tr("Hand&out"), self.tr("&Modules"), self.tr("&Who reads it"),
                                             self.tr("Lan&guages"),
                                             self.tr("&School or site"), self.tr("Session &date"),
                                             self.tr("Return slip &by"), self.tr("Parents' &consent"),
                                             self.tr("Pape&r")),
                               strict=True):
            label.setText(text)
        self.consent.setItemText(0, self.tr("Opt-out"))
        self.consent.setItemText(1, self.tr("Opt-in"))
        self._explain_consent()
        self.consent.setToolTip(self.tr("Your school board's rule for this lesson; the letter and its slip follow it."))
        self.return_by.setToolTip(self.tr("The day the slip must be back at school: at least a week before the "
                                          "session, so the school can act on it."))
        for row in range(self.handout.count()):
            handout_id = self.handout.itemData(row)
            self.handout.setItemText(row, self.tr("Print pack: everything the modules use")
                                     if handout_id == PRINT_PACK else self._labels.handout(handout_id))
        self.readers.setItemText(0, self.tr("As the modules suggest"))
        for row in range(1, self.readers.count()):
            self.readers.setItemText(row, self._labels.audience(self.readers.itemData(row)))
        self.readers.setToolTip(self.tr("Young people read Spanish handouts in \"tú\" and get the youth survey; "
                                        "adults read \"usted\" and get their own survey."))
        self.paper.setItemText(0, self.tr("Letter"))
        self.paper.setItemText(1, self.tr("A4"))
        self.school.setPlaceholderText(self.tr("Needed for the parent letter"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Sav&e as PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the handout"))
        self.modules.setAccessibleName(self.tr("Modules the handout is for"))
        language = interface_language()
        for row, module in enumerate(self.curriculum.modules):
            self.modules.item(row).setText(f"{module.spec.number}. {module.text(language).title}")
        self._fill_languages()

    def _fill_languages(self) -> None:
        """Offer the languages the chosen handout exists in, and the two ways of printing two languages."""
        current = self.language.currentData()
        handout_id = self.handout.currentData()
        offered = ("en", "es") if handout_id == PRINT_PACK else next(
            s.languages for s in handout_specs() if s.id == handout_id)
        self.language.blockSignals(True)
        self.language.clear()
        for code in offered:
            name = LANGUAGE_ENDONYMS.get(code) or strings(code)["language_name"]
            if review_status(code) == "unreviewed":
                name = self.tr("%1 (not yet reviewed by a native speaker)").replace("%1", name)
            self.language.addItem(name, code)
        if {"en", "es"} <= set(offered):
            self.language.addItem(self.tr("English and Spanish, side by side"), "en+es/side")
            self.language.addItem(self.tr("English, then Spanish"), "en+es/sequential")
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    # --- the parent letter's own fields ---------------------------------------------------------------------------
    def makes_letter(self) -> bool:
        """Whether the choice includes the parent letter: chosen, or in the print pack of the ticked modules."""
        handout_id = self.handout.currentData()
        if handout_id == PRINT_PACK:
            return any("parent-letter" in self.curriculum.module(m).spec.handouts for m in self.checked_modules())
        return handout_id == "parent-letter"

    def _show_letter_fields(self) -> None:
        letter = self.makes_letter()
        for field in (self.return_by, self.consent, self.consent_hint):
            self.form.setRowVisible(field, letter)

    def _explain_consent(self) -> None:
        self.consent_hint.setText(
            self.tr("Families return the slip only if the child will NOT take part.")
            if self.consent.currentData() == "opt-out" else
            self.tr("A child takes part only if the family returns a signed slip."))

    def _follow_session_date(self, session: QDate) -> None:
        """Keep the return-by date a week before the session until someone sets it; then keep what they set."""
        if self._return_by_typed:
            return
        self.return_by.blockSignals(True)
        self.return_by.setDate(session.addDays(-7))
        self.return_by.blockSignals(False)

    def _return_by_set(self) -> None:
        self._return_by_typed = True

    # --- what to make -------------------------------------------------------------------------------------------
    def checked_modules(self) -> tuple[str, ...]:
        return tuple(self.modules.item(row).data(ModuleIdRole) for row in range(self.modules.count())
                     if self.modules.item(row).checkState() == Qt.CheckState.Checked)

    def _missing(self) -> str:
        """What the user still has to choose, in words; empty when the handout can be made."""
        handout_id = self.handout.currentData()
        modules = self.checked_modules()
        if handout_id == PRINT_PACK:
            in_pack = {h for m in modules for h in self.curriculum.module(m).spec.handouts}
            needs = {"modules"} | {need for s in handout_specs() if s.id in in_pack for need in s.needs
                                   if need != "module"}  # the pack makes one fact sheet per module
        else:
            needs = set(next(s.needs for s in handout_specs() if s.id == handout_id))
        if "module" in needs and len(modules) != 1:
            return self.tr("Tick one module for this handout.")
        if "modules" in needs and not modules:
            return self.tr("Tick the module or modules this handout is for.")
        if "school" in needs and not self.school.text().strip():
            return self.tr("Type the school's name for the letter.")
        if self.makes_letter():
            latest = latest_return_by(_day(self.date.date()))
            if latest is not None and _day(self.return_by.date()) > latest:
                return self.tr("The slip's return-by date must be at least a week before the session, so the school "
                               "can act on it: choose %1 or earlier.").replace(
                                   "%1", long_date(latest, interface_language(("en", "es"))))
        return ""

    def language_choice(self) -> tuple[tuple[str, ...], str]:
        """The chosen languages and layout, from the combo's key ("es", "en+es/side", "en+es/sequential")."""
        codes, _, layout = self.language.currentData().partition("/")
        return tuple(codes.split("+")), layout or "single"

    def requests(self) -> list[HandoutRequest]:
        languages, layout = self.language_choice()
        date = _day(self.date.date())
        paper, school, modules = self.paper.currentData(), self.school.text().strip(), self.checked_modules()
        letter = {"return_by": _day(self.return_by.date()), "consent": self.consent.currentData()}
        audience = self.readers.currentData()
        if self.handout.currentData() == PRINT_PACK:
            return [replace(request, **letter) if request.handout == "parent-letter" else request
                    for request in self.maker.print_pack(modules, languages, layout, paper, school, date, audience)]
        return [HandoutRequest(self.handout.currentData(), languages, layout, modules, school, date, paper,
                               audience=audience, **letter)]

    def _handouts(self) -> list[Handout] | None:
        missing = self._missing()
        if missing:
            self._show_notice(missing)
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
        if len(handouts) >= BACKGROUND_FROM:
            self._in_background(handouts, self._show_pdf)
        else:
            self._show_pdf(self._pdf_or_none(handouts))

    def _pdf_or_none(self, handouts: list[Handout]) -> bytes | None:
        self._retire_worker()
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
        """Render on a worker thread with a progress dialog; `done` gets the PDF back on this (the UI) thread."""
        self._retire_worker()
        self._progress = QProgressDialog(self.tr("Preparing the handouts…"), self.tr("Cancel"), 0, 100, self)
        self._progress.setObjectName("handoutProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._when_done = done
        self._worker = PdfWorker(handouts)
        # Bound methods of this widget, so Qt queues the calls onto the UI thread (a lambda would run on the worker).
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        # stop() only sets a flag; call it directly, or it would wait in the busy worker thread's queue.
        self._progress.canceled.connect(self._worker.stop, Qt.ConnectionType.DirectConnection)
        self._thread = start_worker(self._worker, self)

    def _retire_worker(self) -> None:
        """A newer request replaces a running one: stop it, ignore what it still sends, and wait for it.

        Waiting (at most one page, as the worker checks its stop flag between pages) keeps two renders from ever
        running at once: Qt's text layout and font caches are not safe to share between threads.
        """
        worker = getattr(self, "_worker", None)
        if worker is None or not Shiboken.isValid(worker):
            return
        worker.stop()
        for signal, slot in ((worker.progressed, self._on_progress), (worker.finished, self._on_finished),
                             (worker.failed, self._on_failed), (worker.cancelled, self._on_cancelled)):
            signal.disconnect(slot)
        self._progress.reset()
        self.wait_for_background()

    def _on_progress(self, step: int, total: int) -> None:
        self._progress.setValue(int(step * 100 / total))

    def _on_finished(self, data: bytes) -> None:
        self._progress.reset()
        self._when_done(data)
        self.background_done.emit("finished")

    def _on_failed(self, message: str) -> None:
        self._progress.reset()
        self._show_notice(message)
        self.background_done.emit("failed")

    def _on_cancelled(self) -> None:
        self._progress.reset()
        self.background_done.emit("cancelled")

    def wait_for_background(self, milliseconds: int = 30000) -> bool:
        """For tests and for closing: wait until a background render has finished."""
        thread = getattr(self, "_thread", None)
        try:
            return thread is None or thread.wait(milliseconds)
        except RuntimeError:  # the thread object was already cleaned up: it has finished
            return True

    def save_pdf(self) -> None:
        handouts = self._handouts()
        if handouts is None:
            return
        suggested = Path.home() / f"{handouts[0].title}.pdf".replace("/", "-")
        path = ask_save_path(self, self.tr("Save the handout as PDF"), suggested, self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return
        self._in_background(handouts, lambda data: self._write(path, data)) \
            if len(handouts) >= BACKGROUND_FROM else self._write(path, self._pdf_or_none(handouts))

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
        self.print_to(printer, handouts)

    def print_to(self, printer: QPrinter, handouts: list[Handout]) -> bool:
        """Print, or say plainly why not; Qt's silent failure is never reported as success."""
        first = printer.fromPage() or 1
        self._retire_worker()
        try:
            for _ in range(1 if printer.supportsMultipleCopies() else printer.copyCount()):
                print_handouts(handouts, printer, first=first, last=printer.toPage())
        except RenderError:
            self._offer_pdf(self.tr("The printer did not accept the job. It may be switched off, out of paper, or "
                                    "the print system may not be running."))
            return False
        self._show_notice(self.tr("Sent to %1.").replace("%1", printer.printerName()))
        return True

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


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
