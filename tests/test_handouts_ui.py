"""The Handouts screen as a facilitator uses it: choose, preview, save, print, and be told when printing fails."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from facilitator.core.content.loader import load_curriculum
from facilitator.core.handouts.agency import load_profile
from facilitator.ui.handouts import handouts_page, print_service
from facilitator.ui.handouts.agency_dialog import AgencyDialog
from facilitator.ui.handouts.handouts_page import HandoutsPage


@pytest.fixture
def page(qtbot) -> HandoutsPage:
    widget = HandoutsPage(load_curriculum())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def choose(page: HandoutsPage, handout: str, modules: tuple[int, ...] = ()) -> None:
    page.handout.setCurrentIndex(page.handout.findData(handout))
    for row in range(page.modules.count()):
        page.modules.item(row).setCheckState(Qt.CheckState.Checked if row in modules else Qt.CheckState.Unchecked)
    page.update_preview()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_opens_on_a_preview_of_the_resource_card(page, qtbot) -> None:
    qtbot.waitUntil(lambda: page.document.pageCount() == 1)
    assert page.handout.currentData() == "resource-card"
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_says_what_is_missing_and_keeps_the_buttons_off(page) -> None:
    choose(page, "fact-sheet")
    assert page.notice.text() == "Tick one module for this handout."
    assert not page.save_button.isEnabled()
    choose(page, "parent-letter", (4,))
    assert page.notice.text() == "Type the school's name for the letter."
    page.school.setText("Carrboro High School")
    page.update_preview()
    assert page.save_button.isEnabled() and page.document.pageCount() >= 1


def test_print_pack_renders_in_the_background(page, qtbot) -> None:
    choose(page, "print-pack", (1, 4))
    qtbot.waitUntil(lambda: page.document.pageCount() >= 5, timeout=20000)
    choose(page, "print-pack", (1, 2))
    assert page.notice.text() == "Type the school's name for the letter.", "module 2's pack has a parent letter"


def test_unreviewed_languages_say_so(page) -> None:
    names = [page.language.itemText(row) for row in range(page.language.count())]
    assert "Tiếng Việt (not yet reviewed by a native speaker)" in names
    assert "English and Spanish, side by side" in names
    page.language.setCurrentIndex(names.index("العربية (not yet reviewed by a native speaker)"))
    page.update_preview()
    assert page.notice.text() == "This translation has not been reviewed by a native speaker yet."


def test_save_as_pdf_writes_the_handout(page, tmp_path, monkeypatch) -> None:
    target = tmp_path / "checklist.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    choose(page, "job-offer-checklist")
    page.language.setCurrentIndex(page.language.findData("es"))
    page.save_pdf()
    assert "¿Es real esta oferta de trabajo?" in pdf_text(target)
    assert page.notice.text() == f"Saved to {target}"


def test_save_as_pdf_adds_the_pdf_ending_when_it_was_not_typed(page, tmp_path, monkeypatch) -> None:
    typed = tmp_path / "checklist"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(typed), "PDF files (*.pdf)"))
    choose(page, "job-offer-checklist")
    page.save_pdf()
    assert (tmp_path / "checklist.pdf").read_bytes().startswith(b"%PDF") and not typed.exists()
    assert page.notice.text() == f"Saved to {tmp_path / 'checklist.pdf'}"

def test_no_printer_offers_save_as_pdf(page, monkeypatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(handouts_page, "printing_service_ready", lambda: True)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    page.print_handout()
    assert len(shown) == 1 and shown[0].objectName() == "cannotPrint"
    assert "No printer is installed" in shown[0].text()
    assert any(b.text() == "Save as PDF…" for b in shown[0].buttons())


def test_with_no_printing_service_nothing_is_asked_and_no_network_is_used(page, tmp_path, monkeypatch) -> None:
    """Asked for printers without a local socket, CUPS connects to [::1]:631: printing asks nothing instead."""
    monkeypatch.delenv("CUPS_SERVER", raising=False)
    monkeypatch.setattr(print_service, "CUPS_SOCKETS", (tmp_path / "run" / "cups.sock", tmp_path / "var" / "cups.sock"))
    asked: list[str] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: asked.append("printers") or []))
    connected: list[socket.AddressFamily] = []
    connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: connected.append(self.family)
                        or connect(self, address))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    page.print_handout()
    assert asked == [] and "CUPS_SERVER" not in os.environ, "Qt (and so CUPS) was not asked anything"
    assert set(connected) <= {socket.AF_UNIX}, "only the local socket was looked for"
    assert len(shown) == 1 and shown[0].objectName() == "cannotPrint"
    assert shown[0].text() == ("There is no printing service on this computer (CUPS is not running), so Upstream "
                               "cannot print.")
    assert any(b.text() == "Save as PDF…" for b in shown[0].buttons())


def test_a_printer_that_refuses_the_job_is_reported_not_hidden(page, tmp_path, monkeypatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))
    handouts = page._handouts()
    assert page.print_to(printer, handouts) is False
    assert shown and "did not accept the job" in shown[0].text()
    assert not page.notice.text().startswith("Sent to")


def test_printing_paints_every_page_or_the_chosen_range(page, tmp_path) -> None:
    choose(page, "survey-youth")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    assert page.print_to(printer, page._handouts())
    assert "Student survey" in pdf_text(tmp_path / "all.pdf")
    printer.setOutputFileName(str(tmp_path / "second.pdf"))
    printer.setFromTo(2, 2)
    assert page.print_to(printer, page._handouts())
    info = subprocess.run(["pdfinfo", str(tmp_path / "second.pdf")], capture_output=True, text=True).stdout
    assert "Pages:           1" in info and "Student survey" not in pdf_text(tmp_path / "second.pdf")


def test_agency_profile_refuses_a_bad_logo_and_keeps_what_was_typed(qtbot, tmp_path) -> None:
    dialog = AgencyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Orange County Rape Crisis Center")
    (tmp_path / "logo.png").write_text("not an image", encoding="utf-8")
    dialog.logo_path.setText(str(tmp_path / "logo.png"))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "is not an image" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.name.text() == "Orange County Rape Crisis Center"
    assert load_profile(tmp_path).name == ""
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    image.save(str(tmp_path / "real.png"))
    dialog.logo_path.setText(str(tmp_path / "real.png"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_profile(tmp_path).logo == tmp_path / "real.png"


PRINT_QUEUE = "UpstreamPDF"  # set up by scripts/test.sh when run as root (CUPS with the cups-pdf printer)


def test_printing_to_a_real_cups_queue(page, qtbot) -> None:
    import pwd
    import time

    if PRINT_QUEUE not in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        if os.environ.get("CI"):
            cups = subprocess.run(["lpstat", "-t"], capture_output=True, text=True)
            pytest.fail(f"CI must provide the CUPS queue {PRINT_QUEUE} (scripts/test.sh starts it); Qt sees "
                        f"{[p.printerName() for p in QPrinterInfo.availablePrinters()]}, lpstat -t says: "
                        f"{cups.stdout}{cups.stderr}")
        pytest.skip(f"no CUPS queue named {PRINT_QUEUE} on this machine (run the tests as root to get one)")
    out = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    before = set(out.glob("*.pdf")) if out.is_dir() else set()
    printer = QPrinter(QPrinterInfo.printerInfo(PRINT_QUEUE), QPrinter.PrinterMode.HighResolution)
    printer.setDocName("upstream-resource-card")
    assert page.print_to(printer, page._handouts())
    assert page.notice.text() == f"Sent to {PRINT_QUEUE}."
    def finished_file() -> Path | None:
        """The queue's new PDF once it is complete (cups-pdf creates the file before it has written it)."""
        for path in sorted(set(out.glob("*.pdf")) - before) if out.is_dir() else []:
            if subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0:
                return path
        return None

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and finished_file() is None:
        qtbot.wait(250)
    printed = [finished_file()]
    assert printed[-1] is not None, "the print queue produced no file"
    info = subprocess.run(["pdfinfo", str(printed[-1])], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    # cups-pdf re-distils the job, so its text is not extractable; check that the printed page carries ink.
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(printed[-1]), str(printed[-1].with_suffix(""))], check=True)
    image = QImage(str(next(printed[-1].parent.glob(printed[-1].stem + "*.png"))))
    assert sum(image.pixelColor(x, y).lightness() < 200 for y in range(image.height())
               for x in range(image.width())) > 200


def test_a_long_batch_can_be_cancelled_and_the_window_stays_usable(page, qtbot) -> None:
    choose(page, "resource-card")
    qtbot.waitUntil(lambda: page.document.pageCount() == 1)
    page.school.setText("Carrboro High School")
    choose(page, "print-pack", tuple(range(10)))
    with qtbot.waitSignal(page.background_done, timeout=20000) as outcome:
        page._progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert outcome.args == ["cancelled"]
    assert page.document.pageCount() == 1, "the cancelled pack replaced nothing"
    choose(page, "job-offer-checklist")
    qtbot.waitUntil(lambda: page.document.pageCount() >= 1 and page.save_button.isEnabled())


def test_choosing_again_while_a_pack_renders_replaces_it(page, qtbot) -> None:
    page.school.setText("Carrboro High School")
    choose(page, "print-pack", (1, 4))
    qtbot.waitUntil(lambda: page.document.pageCount() >= 5, timeout=20000)
    alone = page.document.pageCount()
    choose(page, "print-pack", tuple(range(10)))
    with qtbot.waitSignal(page.background_done, timeout=30000) as outcome:
        for _ in range(5):  # each new choice stops the render before it, which never reports back
            choose(page, "print-pack", (1, 4))
    assert outcome.args == ["finished"]
    qtbot.wait(300)
    assert page.document.pageCount() == alone, "the last choice is what the preview shows"


LETTER_ROW = 2  # relationships-and-grooming: its handouts include the parent letter


def test_parent_letter_fields_show_for_the_letter_and_refuse_a_late_return_by(page, tmp_path, monkeypatch) -> None:
    assert not page.form.isRowVisible(page.return_by) and not page.form.isRowVisible(page.consent)
    choose(page, "parent-letter", (LETTER_ROW,))
    assert page.form.isRowVisible(page.return_by) and page.form.isRowVisible(page.consent)
    assert [page.consent.itemText(row) for row in range(page.consent.count())] == ["Opt-out", "Opt-in"]
    assert page.consent_hint.text() == "Families return the slip only if the child will NOT take part."
    page.school.setText("Carrboro Middle School")
    page.date.setDate(QDate(2026, 12, 3))
    assert page.return_by.date() == QDate(2026, 11, 26), "until it is set, the slip is due a week before"
    page.return_by.setDate(QDate(2026, 11, 30))
    page.update_preview()
    assert page.notice.text() == ("The slip's return-by date must be at least a week before the session, so the "
                                  "school can act on it: choose November 26, 2026 or earlier.")
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert page.return_by.date() == QDate(2026, 11, 30) and page.school.text() == "Carrboro Middle School", \
        "the form keeps what was typed"
    page.date.setDate(QDate(2026, 12, 10))
    assert page.return_by.date() == QDate(2026, 11, 30), "a date someone set does not move with the session"
    page.consent.setCurrentIndex(page.consent.findData("opt-in"))
    assert page.consent_hint.text() == "A child takes part only if the family returns a signed slip."
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    page.update_preview()
    assert page.save_button.isEnabled()
    page.save_pdf()
    text = " ".join(pdf_text(target).split())
    assert "Permission slip — sign and return it if your child may take part" in text
    assert "return it to the school by November 30, 2026" in text and "session on December 10, 2026" in text
    choose(page, "job-offer-checklist")
    assert not page.form.isRowVisible(page.return_by)


def test_print_pack_letter_gets_the_return_by_and_consent(page) -> None:
    page.school.setText("Carrboro Middle School")
    choose(page, "print-pack", (LETTER_ROW,))
    assert page.form.isRowVisible(page.consent)
    page.date.setDate(QDate(2026, 12, 3))
    page.return_by.setDate(QDate(2026, 11, 19))
    page.consent.setCurrentIndex(page.consent.findData("opt-in"))
    letters = [r for r in page.requests() if r.handout == "parent-letter"]
    assert [(r.return_by, r.consent) for r in letters] == [(dt.date(2026, 11, 19), "opt-in")]
    choose(page, "print-pack", (1,))
    assert not page.form.isRowVisible(page.consent), "module 1's pack has no parent letter"


def test_parent_letter_fields_speak_spanish(page, qapp) -> None:
    from facilitator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        choose(page, "parent-letter", (LETTER_ROW,))
        page.school.setText("Escuela Carrboro")
        page.date.setDate(QDate(2026, 12, 3))
        page.return_by.setDate(QDate(2026, 12, 1))
        page.update_preview()
        assert page.form.labelForField(page.return_by).text() == "Entregar el talón a más &tardar"
        assert page.form.labelForField(page.consent).text() == "&Consentimiento de las familias"
        assert page.consent.itemText(1) == "Con permiso firmado (opt-in)"
        assert page.consent_hint.text() == ("Las familias devuelven el talón solo si su hija o su hijo NO va a "
                                            "participar.")
        assert page.notice.text() == ("El talón debe entregarse al menos una semana antes de la sesión, para que la "
                                      "escuela pueda tenerlo en cuenta: elija el 26 de noviembre de 2026 o una "
                                      "fecha anterior.")
    finally:
        switcher.switch("en")


def test_who_reads_it_decides_tu_or_usted_and_the_survey(page) -> None:
    page.language.setCurrentIndex(page.language.findData("es"))
    choose(page, "fact-sheet", (1,))  # module 1: grades 6-8, grades 9-12 and adults
    module = page.curriculum.module("what-is-trafficking").text("es")
    page.readers.setCurrentIndex(page.readers.findData("grades_6_8"))
    youth = page.maker.make(page.requests()[0]).parts[0].html
    page.readers.setCurrentIndex(page.readers.findData("adults"))
    adults = page.maker.make(page.requests()[0]).parts[0].html
    assert module.fact_sheet.key_points[0] in youth and module.fact_sheet_adults.key_points[0] in adults
    assert "Nunca es tu culpa." in youth and "Nunca es su culpa." in adults
    choose(page, "print-pack", (1,))
    assert "survey-adult" in [r.handout for r in page.requests()]
    page.readers.setCurrentIndex(page.readers.findData("grades_9_12"))
    assert "survey-youth" in [r.handout for r in page.requests()]


def test_a_broken_agency_profile_is_named_in_the_interface_language(qtbot, qapp) -> None:
    from facilitator.core.paths import PROFILE_FILE, user_data_dir
    from facilitator.ui.i18n import LanguageSwitcher

    profile = user_data_dir() / PROFILE_FILE
    profile.parent.mkdir(parents=True, exist_ok=True)
    profile.write_text("name: [unclosed\n", encoding="utf-8")
    page = HandoutsPage(load_curriculum())
    qtbot.addWidget(page)
    page.update_preview()
    assert page.notice.text() == (f"The agency profile cannot be used: {profile}:2: this line cannot be read. Fix it "
                                  "under File > Agency profile…")
    assert not page.print_button.isEnabled()
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        page.update_preview()
        assert page.notice.text() == (f"No se puede usar el perfil de la agencia: {profile}:2: esta línea no se "
                                      "puede leer. Corríjalo en Archivo > Perfil de la agencia…")
    finally:
        switcher.switch("en")


def test_every_need_the_core_names_is_worded_in_english_and_spanish(page, qapp) -> None:
    from facilitator.core.handouts.needs import NEED_CODES, Need
    from facilitator.core.handouts.registry import HandoutRequest
    from facilitator.ui.i18n import LanguageSwitcher

    request = HandoutRequest("parent-letter", date=dt.date(2026, 12, 3), return_by=dt.date(2026, 12, 1))
    switcher = LanguageSwitcher(qapp)
    worded = {}
    try:
        for language in ("en", "es"):
            switcher.switch(language)
            worded[language] = [page.need_text(Need(code, request)) for code in NEED_CODES]
    finally:
        switcher.switch("en")
    assert worded["en"][NEED_CODES.index("date")] == "Choose the session date."
    assert worded["es"][NEED_CODES.index("date")] == "Elija la fecha de la sesión."
    for texts in worded.values():
        assert all(texts) and len(set(texts)) == len(NEED_CODES), texts
    assert not set(worded["en"]) & set(worded["es"]), "every need is said in Spanish too"
