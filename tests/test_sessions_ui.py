"""The Sessions screen as a facilitator uses it after class: log in a minute, fix mistakes in place, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem

from facilitator.core.records.model import SessionRecord
from facilitator.core.records.store import RecordsStore
from facilitator.ui.sessions.session_dialog import SessionDialog
from facilitator.ui.sessions.sessions_page import SessionsPage
from facilitator.ui.tasks import wait_for_tasks

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def page(qtbot, curriculum, store) -> SessionsPage:
    widget = SessionsPage(curriculum, store)
    qtbot.addWidget(widget)
    widget.show()
    wait_for_tasks()
    return widget


def tick(dialog: SessionDialog, module_id: str, state: Qt.CheckState = Qt.CheckState.Checked) -> None:
    for row in range(dialog.modules.count()):
        item = dialog.modules.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == module_id:
            item.setCheckState(state)


def untick(dialog: SessionDialog, module_id: str) -> None:
    tick(dialog, module_id, Qt.CheckState.Unchecked)


def educators_form(qtbot, page, curriculum, store) -> SessionDialog:
    """A new session form for educators and professionals, with their module ticked."""
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData("educators"))
    tick(dialog, "educators-and-professionals")
    return dialog


def test_logging_a_session_puts_it_in_the_list(qtbot, page, curriculum, store) -> None:
    site = store.save_site("Carrboro High School", "school", "Orange")
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.date.date() == QDate.currentDate(), "the date starts at today"
    assert dialog.site.currentData() == site.id
    dialog.audience.setCurrentIndex(dialog.audience.findData("grades_9_12"))
    tick(dialog, "jobs-and-labor-trafficking")
    assert dialog.minutes.placeholderText() == "57 minutes from the modules"
    qtbot.keyClicks(dialog.participants, "27")
    dialog.breakdowns.fields["gender"]["boy_man"].setText("12")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.reload()
    wait_for_tasks()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Carrboro High School" and page.model.index(0, 6).data() == 27
    assert store.session(dialog.saved_id).breakdowns == {"gender": {"boy_man": 12}}
    assert store.last_site_id == site.id


def test_mistakes_are_shown_at_the_field_and_what_was_typed_stays(qtbot, page, curriculum, store) -> None:
    store.save_site("Site", "school", "Wake")
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.participants.setText("-3")
    dialog.breakdowns.fields["gender"]["girl_woman"].setText("abc")
    dialog.date.setDate(QDate.currentDate().addMonths(3))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["participants"].text() == "Use 0 or more, not -3."
    assert dialog.errors["modules"].text() == "Tick at least one module."
    assert dialog.breakdowns.errors["gender"].text() == "“abc” is not a whole number."
    assert "more than a month from today" in dialog.errors["date"].text()
    assert dialog.participants.text() == "-3"
    assert dialog.breakdowns.fields["gender"]["girl_woman"].text() == "abc"
    assert page.store.session_rows() == []
    dialog.participants.setText("10")
    dialog.breakdowns.fields["gender"]["girl_woman"].setText("12")
    dialog.date.setDate(QDate.currentDate())
    tick(dialog, "getting-help")
    dialog.save()
    assert dialog.breakdowns.errors["gender"].text() == "These add up to 12, more than the 10 who took part."
    assert dialog.errors["participants"].isHidden()


def test_delete_can_be_undone(page, store) -> None:
    site = store.save_site("Site", "school", "Wake")
    store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 12, ("root-causes",), 50))
    page.reload()
    wait_for_tasks()
    page.table.selectRow(0)
    page.delete_session()
    wait_for_tasks()
    assert page.model.rowCount() == 0 and store.session_rows() == []
    page.undo_stack.undo()
    wait_for_tasks()
    assert page.model.rowCount() == 1
    page.undo_stack.redo()
    wait_for_tasks()
    assert page.model.rowCount() == 0


def test_filters_narrow_the_list(page, store) -> None:
    orange = store.save_site("Carrboro High School", "school", "Orange")
    wake = store.save_site("Apex Middle School", "school", "Wake")
    store.save_session(SessionRecord(dt.date(2026, 9, 1), orange.id, "grades_9_12", 30, ("root-causes",), 50))
    store.save_session(SessionRecord(dt.date(2026, 10, 1), wake.id, "grades_6_8", 25, ("getting-help",), 45,
                                     languages=("en", "es")))
    page.reload()
    wait_for_tasks()
    assert page.count_label.text() == "2 sessions shown"
    page.county.setCurrentIndex(page.county.findData("Wake"))
    wait_for_tasks()
    assert page.count_label.text() == "1 session shown" and page.model.index(0, 1).data() == "Apex Middle School"
    page.county.setCurrentIndex(0)
    wait_for_tasks()
    page.language.setCurrentIndex(page.language.findData("es"))
    wait_for_tasks()
    assert page.model.rowCount() == 1
    page.language.setCurrentIndex(0)
    wait_for_tasks()
    page.date_from.setDate(QDate(2026, 9, 15))
    wait_for_tasks()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["2026-10-01"]


def test_editing_keeps_the_session_and_changes_what_was_fixed(qtbot, page, curriculum, store) -> None:
    site = store.save_site("Site", "school", "Wake")
    session_id = store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 12, ("root-causes",), 50))
    dialog = SessionDialog(curriculum, store, store.session(session_id), page)
    qtbot.addWidget(dialog)
    assert dialog.participants.text() == "12" and dialog.windowTitle() == "Edit the session"
    dialog.participants.setText("14")
    dialog.save()
    assert [r.participants for r in store.session_rows()] == [14]
    assert [r.id for r in store.session_rows()] == [session_id]


def test_a_damaged_records_file_is_reported_and_left_alone(qtbot, tmp_path, monkeypatch, curriculum) -> None:
    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    (tmp_path / "records.db").write_bytes(b"garbage, not a database")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    guard = RecordsGuard(owner)
    assert guard.open() is None
    assert shown and shown[0].objectName() == "damagedRecords"
    assert "has not changed it" in shown[0].text() and "no backup to restore" in shown[0].informativeText()
    assert (tmp_path / "records.db").read_bytes() == b"garbage, not a database"


def test_sections_tallies_and_roster_are_saved_with_the_session(qtbot, page, curriculum, store, monkeypatch) -> None:
    store.save_site("Site", "school", "Wake")
    dialog = educators_form(qtbot, page, curriculum, store)
    sections = curriculum.module("educators-and-professionals").spec.sections
    assert dialog.sections.rowCount() == len(sections)
    choice = dialog.sections.cellWidget(1, 1)
    choice.setCurrentIndex(choice.findData("adapted"))
    dialog.sections.cellWidget(1, 2).setText("Shortened for time")
    item_row = dialog.tallies.item_ids.index("reporting-duty")
    dialog.tallies.item(item_row, 1).setText("20")
    dialog.tallies.item(item_row, 2).setText("9")
    dialog.tallies.item(item_row, 3).setText("19")
    dialog.tallies.item(item_row, 4).setText("17")
    assert dialog.roster.isEnabled()
    dialog.roster.setItem(0, 0, QTableWidgetItem("Ms. Lee"))
    dialog.participants.setText("20")
    dialog.save()
    saved = store.session(dialog.saved_id)
    assert [(s.section_id, s.fidelity, s.note) for s in saved.sections if s.fidelity != "as_written"] == [
        (sections[1].id, "adapted", "Shortened for time")]
    assert {(t.item_id, t.timing, t.answered, t.correct) for t in saved.tallies} == {
        ("reporting-duty", "pre", 20, 9), ("reporting-duty", "post", 19, 17)}
    assert [r.name for r in saved.roster] == ["Ms. Lee"]
    page.reload()
    wait_for_tasks()
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.purge_names() == 1 and store.session(dialog.saved_id).roster == ()


def test_unticking_a_module_by_mistake_loses_nothing_typed_for_it(qtbot, page, curriculum, store) -> None:
    store.save_site("Site", "school", "Wake")
    dialog = educators_form(qtbot, page, curriculum, store)
    dialog.sections.cellWidget(1, 2).setText("Shortened for time")
    dialog.sections.cellWidget(1, 1).setCurrentIndex(dialog.sections.cellWidget(1, 1).findData("adapted"))
    row = dialog.tallies.item_ids.index("reporting-duty")
    dialog.tallies.item(row, 1).setText("20")
    dialog.tallies.item(row, 2).setText("9")
    untick(dialog, "educators-and-professionals")
    assert dialog.sections.rowCount() == 0 and "reporting-duty" not in dialog.tallies.item_ids
    tick(dialog, "educators-and-professionals")
    assert dialog.sections.cellWidget(1, 2).text() == "Shortened for time"
    assert dialog.sections.cellWidget(1, 1).currentData() == "adapted"
    row = dialog.tallies.item_ids.index("reporting-duty")
    assert (dialog.tallies.item(row, 1).text(), dialog.tallies.item(row, 2).text()) == ("20", "9")


def test_youth_sessions_have_no_roster_and_reject_impossible_counts(qtbot, page, curriculum, store) -> None:
    store.save_site("Site", "school", "Wake")
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData("grades_6_8"))
    assert not dialog.roster.isEnabled()
    assert dialog.roster_note.text() == "Youth sessions keep numbers only, never names."
    tick(dialog, "getting-help")
    dialog.participants.setText("25")
    dialog.tallies.item(0, 1).setText("20")
    dialog.tallies.item(0, 2).setText("22")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.detail_error.text() == "Survey counts: More correct answers than people who answered."
    assert dialog.tallies.item(0, 2).text() == "22", "what was typed stays"


def test_sites_can_be_renamed_and_added_without_duplicates(qtbot, page, store) -> None:
    from facilitator.ui.sessions.sites_dialog import SitesDialog

    site = store.save_site("Carboro High", "school", "Orange")
    store.save_session(SessionRecord(dt.date.today(), site.id, "grades_9_12", 20, ("root-causes",), 50))
    dialog = SitesDialog(store, page)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setText("")
    dialog._add_row("", "", "school", "")
    dialog.save()
    assert dialog.error.text() == "Row 1 needs a name." and dialog.result() != QDialog.DialogCode.Accepted
    dialog.table.item(0, 0).setText("Carrboro High School")
    dialog.table.item(1, 0).setText("El Centro Hispano")
    dialog.table.cellWidget(1, 1).setCurrentIndex(dialog.table.cellWidget(1, 1).findData("community"))
    dialog.table.item(1, 2).setText("Durham")
    dialog.save()
    assert [(s.name, s.site_type, s.county) for s in store.sites()] == [
        ("Carrboro High School", "school", "Orange"), ("El Centro Hispano", "community", "Durham")]
    page.reload()
    wait_for_tasks()
    assert page.model.index(0, 1).data() == "Carrboro High School", "the session follows its renamed site"


def test_restoring_a_backup_from_the_app_keeps_the_current_file(qtbot, tmp_path, monkeypatch) -> None:
    from facilitator.core.records.backup import backup
    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    guard = RecordsGuard(owner)
    store = guard.open()
    site = store.save_site("Site", "school", "Wake")
    store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 10, ("root-causes",), 50))
    saved = backup(tmp_path / "records.db", tmp_path / "backups")
    store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 11, ("root-causes",), 50))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert guard.restore_chosen(saved)
    assert [r.participants for r in guard.store.session_rows()] == [10]
    kept = list(tmp_path.glob("records-replaced-*.db"))
    assert len(kept) == 1, "a copy of the replaced file is kept"
    old = RecordsStore(kept[0])
    assert sorted(r.participants for r in old.session_rows()) == [10, 11]
    old.close()
    guard.store.close()


def test_every_validation_message_reads_in_english_and_spanish(qtbot, qapp, curriculum, store) -> None:
    from facilitator.core.records.validation_fields import ENGLISH, FieldError
    from facilitator.ui.i18n import LanguageSwitcher

    dialog = SessionDialog(curriculum, store)
    qtbot.addWidget(dialog)
    values = {"text": "x", "sum": "12", "total": "10", "correct": "5", "answered": "4"}
    english = {code: dialog.message(FieldError("participants", code, values)) for code in ENGLISH}
    switcher = LanguageSwitcher(qapp)
    switcher.switch("es")
    try:
        spanish = {code: dialog.message(FieldError("participants", code, values)) for code in ENGLISH}
    finally:
        switcher.switch("en")  # removes this switcher's Spanish catalogue again
    assert spanish["not_a_time"] == "«x» no es una hora como 10:30."
    untranslated = [code for code in ENGLISH if not spanish[code] or spanish[code] == english[code]]
    assert untranslated == []


def test_counting_answers_fills_in_the_tallies_and_comes_back_on_edit(qtbot, page, curriculum, store,
                                                                      monkeypatch) -> None:
    from facilitator.ui.sessions.answer_counts_dialog import AnswerCountsDialog

    store.save_site("Site", "community", "Durham")
    typed = {("pre", "agree"): "6", ("pre", "disagree"): "14", ("post", "strongly_disagree"): "15",
             ("post", "disagree"): "5", ("post", "agree"): "1"}

    def count(dialog: AnswerCountsDialog) -> QDialog.DialogCode:
        assert [f.objectName() for f in dialog.fields.values()][:2] == ["count_pre_strongly_disagree",
                                                                         "count_post_strongly_disagree"]
        for key, text in typed.items():
            dialog.fields[key].setText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnswerCountsDialog, "exec", count)
    dialog = educators_form(qtbot, page, curriculum, store)
    row = dialog.tallies.item_ids.index("not-victims-fault")
    dialog.tallies.setCurrentCell(row, 0)
    qtbot.mouseClick(dialog.count_answers, Qt.MouseButton.LeftButton)
    shown = [dialog.tallies.item(row, column).text() for column in range(1, 5)]
    assert shown == ["20", "14", "21", "20"], "answered and right (disagreeing is hoped for) follow the counts"
    dialog.participants.setText("22")
    dialog.save()
    saved = store.session(dialog.saved_id)
    assert {t.timing: dict(t.marks) for t in saved.tallies} == {
        "pre": {"agree": 6, "disagree": 14}, "post": {"strongly_disagree": 15, "disagree": 5, "agree": 1}}

    again = SessionDialog(curriculum, store, saved, page)
    qtbot.addWidget(again)
    survey = curriculum.survey
    reopened = AnswerCountsDialog(survey.items["not-victims-fault"], survey.texts["en"], again.tallies.marks)
    qtbot.addWidget(reopened)
    assert {key: field.text() for key, field in reopened.fields.items() if field.text()} == typed
    assert [again.tallies.item(row, column).text() for column in range(1, 5)] == shown


def test_answer_counts_above_the_answered_number_point_at_the_question(qtbot, page, curriculum, store) -> None:
    store.save_site("Site", "community", "Durham")
    dialog = educators_form(qtbot, page, curriculum, store)
    dialog.participants.setText("22")
    row = dialog.tallies.item_ids.index("reporting-duty")
    dialog.tallies.item(row, 1).setText("10")
    dialog.tallies.marks[("reporting-duty", "pre")] = {"a": "4", "b": "9"}
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.detail_error.text() == "Survey counts: The answer counts add up to 13, more than the 10 who answered."
    assert dialog.tallies.currentRow() == row
    assert dialog.tallies.item(row, 1).text() == "10" and store.session_rows() == []


def test_tab_leaves_the_date_for_the_next_field(qtbot, page, curriculum, store) -> None:
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.start_time, "Tab goes to the next field, not to the day inside the date"
    assert dialog.date.date() == QDate.currentDate()


def test_records_from_another_laptop_are_imported_from_the_screen(qtbot, page, store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from facilitator.core.records.exchange import export_records

    for name, site, county in (("other", "El Centro", "Durham"), ("third", "Northside Library", "Orange")):
        other = RecordsStore(tmp_path / f"{name}.db")
        other.save_session(SessionRecord(date=dt.date(2026, 10, 2), site_id=other.save_site(site, "community",
                                         county).id, audience="adults", participants=15, modules=("root-causes",)))
        export_records(other, tmp_path / f"{name}.json")
        other.close()
    chosen = [str(tmp_path / "other.json")]
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert page.exchange.last_message == "2 new, 0 updated, 0 unchanged, 0 conflicts."
    assert page.model.rowCount() == 1
    chosen.append(str(tmp_path / "third.json"))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert page.exchange.last_message == "2 new, 0 updated, 2 unchanged, 0 conflicts.", "both files, one summary"
    assert page.model.rowCount() == 2

    (tmp_path / "fourth.json").write_text('{"format": "something else"}', encoding="utf-8")
    chosen[:] = [str(tmp_path / "third.json"), str(tmp_path / "fourth.json")]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert page.exchange.last_message == \
        "This is not a records file exported by Upstream, or it is damaged. Nothing was changed."
    [box] = [b for b in page.findChildren(QMessageBox, "exchangeMessage") if b.isVisible() and b.informativeText()]
    assert box.informativeText() == "File: fourth.json", "which of the files chosen is refused"
    assert page.model.rowCount() == 2

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.json"), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert page.exchange.last_message == f"2 sessions written to {tmp_path / 'mine.json'}."


def test_dates_show_the_year_in_full_in_the_interface_language(qtbot, qapp) -> None:
    from facilitator.ui.i18n import LanguageSwitcher
    from facilitator.ui.widgets.date_field import DateField

    field = DateField(QDate(2000, 1, 31))
    qtbot.addWidget(field)
    assert field.text() == "1/31/2000", "not 1/31/00: a filter's century is not left to guessing"
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        assert field.text() == "31/1/2000", "day first in Spanish, and the date changes with the language"
    finally:
        switcher.switch("en")


def test_a_filter_changed_while_the_list_is_read_keeps_what_the_read_brings(page, store, monkeypatch) -> None:
    import time

    site = store.save_site("Carrboro High School", "school", "Orange")
    store.save_session(SessionRecord(dt.date(2026, 10, 1), site.id, "grades_9_12", 25, ("what-is-trafficking",)))
    read = RecordsStore.session_rows
    monkeypatch.setattr(RecordsStore, "session_rows", lambda self: time.sleep(0.3) or read(self))
    page.reload()
    page.language.setCurrentIndex(page.language.findData("en"))  # while the read is still under way
    wait_for_tasks()
    assert page.model.rowCount() == 1, "the session saved before the reload is listed"


def test_a_youth_sessions_notes_that_may_hold_a_name_are_pointed_out_and_kept(qtbot, page, curriculum, store,
                                                                             qapp) -> None:
    from facilitator.ui.i18n import LanguageSwitcher

    store.save_site("Carrboro High School", "school", "Orange")
    dialog = SessionDialog(curriculum, store, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setCurrentIndex(dialog.audience.findData("grades_9_12"))
    qtbot.keyClicks(dialog.notes, "Gym at Carrboro High School; National Human Trafficking Hotline cards given")
    assert not dialog.name_warning.isVisible(), "a school and a helpline are not a person"
    dialog.notes.setText("Ana López stayed after to ask about a job offer")
    assert dialog.name_warning.isVisible()
    assert dialog.name_warning.text() == ("“Ana López” may be a person's name. Youth sessions keep no names: if it "
                                          "is one, take it out.")
    assert dialog.notes.text() == "Ana López stayed after to ask about a job offer", "what was typed stays"
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        dialog.notes.setText("Juan de la Cruz preguntó por un trabajo")
        assert dialog.name_warning.text().startswith("“Juan de la Cruz” puede ser el nombre de una persona.")
    finally:
        switcher.switch("en")
    dialog.audience.setCurrentIndex(dialog.audience.findData("adults"))
    assert not dialog.name_warning.isVisible(), "adult trainings may keep names, for certificates"


def test_the_name_warning_looks_for_full_names_only() -> None:
    from facilitator.core.records.privacy import looks_like_name

    places = frozenset({"El Centro Hispano"})
    assert looks_like_name("Maria Gonzalez asked twice.", places) == "Maria Gonzalez"
    assert looks_like_name("Tomás y Ana se quedaron.", places) == "Tomás y Ana"
    assert looks_like_name("Met at El Centro Hispano on Monday.", places) == ""
    assert looks_like_name("Today Ana López told us.", places) == "Ana López", "a common word before a name"
    assert looks_like_name("Luego José Pérez habló.", places) == "José Pérez"
    assert looks_like_name("Ana Garner asked.", frozenset({"Garner Middle School"})) == "Ana Garner"
    assert looks_like_name("Grade 8, period 3. Went well.", places) == ""
    assert looks_like_name("", places) == ""
