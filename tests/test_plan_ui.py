"""The Plan screen: a 45-minute class planned, adjusted by hand, kept and reopened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QLineEdit, QMessageBox, QPushButton

from facilitator.core.teach.plans import plans
from facilitator.ui.plan.pack_details import PackDetailsDialog
from facilitator.ui.plan.plan_page import PlanPage
from facilitator.ui.tasks import wait_for_tasks
from facilitator.ui.widgets.module_checklist import ModuleIdRole as IdRole

pytestmark = pytest.mark.usefixtures("english")

MODULE = "what-is-trafficking"


@pytest.fixture
def page(qtbot, curriculum, store) -> PlanPage:
    widget = PlanPage(curriculum, store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tick(page: PlanPage, *module_ids: str) -> None:
    for row in range(page.modules.count()):
        item = page.modules.item(row)
        if item.data(IdRole) in module_ids:
            item.setCheckState(Qt.CheckState.Checked)


def answer_pack_details(monkeypatch, school: str | None = None, date: QDate | None = None,
                        cancel: bool = False) -> list[PackDetailsDialog]:
    """Answer the print pack's question as a facilitator would: leave those handouts out (no school given), add
    them with this school and date, or cancel. Returns the dialogs asked, to look at what they showed."""
    asked: list[PackDetailsDialog] = []

    def answer(dialog: PackDetailsDialog) -> int:
        asked.append(dialog)
        if cancel:
            dialog.reject()
        elif school is None:
            dialog.findChild(QPushButton, "leaveOut").click()
        else:
            dialog.findChild(QLineEdit, "packSchool").setText(school)
            if date is not None:
                dialog.findChild(QDateEdit, "packDate").setDate(date)
            dialog.findChild(QPushButton, "addDetails").click()
        return dialog.result()

    monkeypatch.setattr(PackDetailsDialog, "exec", answer)
    return asked


def pdf_words(path) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def shown_sections(page: PlanPage) -> list[str]:
    return [page.table.item(row, 1).text() for row in range(page.table.rowCount())]


def test_a_45_minute_class_is_planned_with_clock_times(page, curriculum) -> None:
    assert page.fit_note.text().startswith("Tick the modules to teach")
    page.name.setText("Period 3, Ms. Rivera")
    page.minutes.setValue(45)
    page.has_start.setChecked(True)
    page.start.setTime(QTime(10, 30))
    page.audience_language.setCurrentIndex(page.audience_language.findData("es"))
    tick(page, MODULE)
    spec = curriculum.module(MODULE).spec
    assert page.plan.minutes <= 45 and all(
        (i.module_id, i.section_id) in {(MODULE, s.id) for s in spec.sections} for i in page.plan.items)
    assert page.table.item(0, 0).text() == "10:30"
    ends = (dt.datetime(2026, 1, 1, 10, 30) + dt.timedelta(minutes=page.plan.minutes)).strftime("%H:%M")
    assert page.fit_note.text() == f"{page.plan.minutes} of 45 minutes; ends at {ends}."
    title = curriculum.module(MODULE).text("en").sections[spec.sections[0].id].title
    assert shown_sections(page)[0] == f"1 · {title}"


def test_too_little_time_says_what_the_core_needs(page, curriculum) -> None:
    tick(page, MODULE, "jobs-and-labor-trafficking")
    first = curriculum.module(MODULE).spec.core_minutes
    page.minutes.setValue(first)
    core = sum(curriculum.module(m).spec.core_minutes for m in (MODULE, "jobs-and-labor-trafficking"))
    assert page.fit_note.text() == (f"The core sections alone need {core} minutes, {core - first} more than the "
                                    f"{first} available. Choose fewer modules (for example 1) or ask for more time.")
    page.minutes.setValue(first - 1)
    assert page.fit_note.text().endswith("Ask for more time, or plan a shorter module.")
    page.minutes.setValue(core)
    assert page.fit_note.text().startswith(f"{core} of {core} minutes")


def test_moving_removing_and_adding_sections_by_hand(page, qtbot) -> None:
    tick(page, MODULE)
    page.minutes.setValue(50)
    before, total = shown_sections(page), page.plan.minutes
    page.table.selectRow(0)
    page.down_button.click()
    assert shown_sections(page)[:2] == [before[1], before[0]] and page.table.currentRow() == 1
    removed = page.plan.items[1]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.plan.minutes == total - removed.minutes
    assert page.fit_note.text().startswith(f"{total - removed.minutes} of 50 minutes")
    offered = [page.add_choice.itemData(r) for r in range(page.add_choice.count())]
    assert (removed.module_id, removed.section_id) in offered
    page.add_choice.setCurrentIndex(offered.index((removed.module_id, removed.section_id)))
    page.add_button.click()
    assert page.plan.minutes == total


def test_plans_are_kept_reopened_and_deleted(page, store, curriculum, monkeypatch) -> None:
    page.name.setText("Parent night")
    tick(page, "parents-and-caregivers")
    page.table.selectRow(0)
    page.remove_button.click()
    edited = page.plan.items
    page.save_button.click()
    assert [p.name for p in plans(store)] == ["Parent night"]
    assert page.saved_list.currentItem().text() == "Parent night"
    page.new_plan()
    assert page.plan.items == () and page.name.text() == "New plan"
    page.saved_list.setCurrentRow(0)
    assert page.plan.items == edited, "a reopened plan keeps the order and choices made by hand"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert plans(store) == [] and page.saved_list.count() == 0


def test_present_saves_and_hands_over_the_plan(page, store) -> None:
    tick(page, MODULE)
    handed: list = []
    page.present_requested.connect(handed.append)
    page.present_button.click()
    assert handed and handed[0].id == plans(store)[0].id and handed[0].items == page.plan.items


def test_the_guide_and_print_pack_follow_the_plan(page, curriculum, tmp_path, monkeypatch) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    page.name.setText("Period 3")
    page.audience_language.setCurrentIndex(page.audience_language.findData("es"))
    tick(page, MODULE)
    page.minutes.setValue(45)
    page.has_start.setChecked(True)
    page.start.setTime(QTime(10, 30))
    page.table.selectRow(0)
    page.down_button.click()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "guide"), ""))
    guide = page.save_pdf("guide")
    wait_for_tasks()
    assert guide == tmp_path / "guide.pdf" and page.notice.text() == f"Saved {guide}."
    text = subprocess.run(["pdftotext", str(guide), "-"], capture_output=True, text=True, check=True).stdout
    english = curriculum.module(MODULE).text("en").sections
    titles = [english[item.section_id].title for item in page.plan.items]
    positions = [text.index(title) for title in titles]  # first seen in the run of show
    assert positions == sorted(positions), "the run of show lists the sections in the planned order"
    assert "Period 3" in text and "10:30" in text and "Listen for" in text
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack.pdf"), ""))
    pack = page.save_pdf("pack")
    wait_for_tasks()
    text = subprocess.run(["pdftotext", str(pack), "-"], capture_output=True, text=True, check=True).stdout
    spanish = curriculum.module(MODULE).text("es")
    assert text.startswith("Hoja informativa") and spanish.title in text, "handouts in the audience's language"
    asked = answer_pack_details(monkeypatch)
    tick(page, "relationships-and-grooming")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack2.pdf"), ""))
    pack = page.save_pdf("pack")
    wait_for_tasks()
    assert page.notice.text() == (f"Saved {pack}. Not in it, because they need the school's name or the session "
                                  "date: Letter to parents and caregivers. Make them on the Handouts screen.")
    assert len(asked) == 1, "the facilitator was asked for the letter's school and date, and chose to leave it out"


def test_unsaved_changes_are_never_lost_silently(page, store, monkeypatch) -> None:
    tick(page, MODULE)
    page.name.setText("Period 5")
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    page.new_plan()
    assert page.name.text() == "Period 5" and page.plan.modules == (MODULE,), "Cancel keeps the plan on screen"
    answers.append(QMessageBox.StandardButton.Save)
    page.new_plan()
    assert [p.name for p in plans(store)] == ["Period 5"] and page.name.text() == "New plan"
    tick(page, "getting-help")
    answers.append(QMessageBox.StandardButton.Discard)
    page.saved_list.setCurrentRow(0)
    assert page.name.text() == "Period 5" and [p.name for p in plans(store)] == ["Period 5"]


def test_modules_for_other_audiences_are_greyed_and_say_whom_they_are_for(page) -> None:
    def module_item(module_id: str):
        return next(page.modules.item(r) for r in range(page.modules.count())
                    if page.modules.item(r).data(IdRole) == module_id)

    tick(page, MODULE)
    page.audience.setCurrentIndex(page.audience.findData("parents"))
    assert module_item(MODULE).toolTip() == "Written for: Grades 6–8, Grades 9–12, Adults"
    assert module_item(MODULE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert module_item("parents-and-caregivers").toolTip() == ""
    assert module_item("parents-and-caregivers").data(Qt.ItemDataRole.ForegroundRole) is None
    assert module_item(MODULE).checkState() == Qt.CheckState.Checked, "still chosen: a mixed group may need it"
    assert page.plan.modules == (MODULE,) and page.plan.items
    page.audience.setCurrentIndex(page.audience.findData("adults"))
    assert module_item(MODULE).toolTip() == "" and module_item("parents-and-caregivers").toolTip() != ""


# --- the recommended sequence ---------------------------------------------------------------------------------
def sequence_of(page: PlanPage, audience: str) -> tuple[str, ...]:
    return page.sequences.for_audience(audience).module_ids


def plan_for(page: PlanPage, audience: str, *module_ids: str) -> None:
    page.audience.setCurrentIndex(page.audience.findData(audience))
    page.minutes.setValue(min(480, sum(page.curriculum.module(m).spec.minutes for m in module_ids)))
    tick(page, *module_ids)


def number(curriculum, module_id: str) -> str:
    return str(curriculum.module(module_id).spec.number)


def test_the_plan_says_where_it_sits_in_the_sequence_in_english_and_spanish(page, curriculum, qapp) -> None:
    ids = sequence_of(page, "grades_6_8")
    plan_for(page, "grades_6_8", ids[0])
    order = " → ".join(number(curriculum, m) for m in ids)
    title = curriculum.module(ids[1]).text("en").title
    lines = page.sequence_note.text().splitlines()
    assert lines[0] == f"Session 1 of {len(ids)} in the recommended sequence for Grades 6–8 (modules {order})."
    assert lines[1] == f"Next: module {number(curriculum, ids[1])}, “{title}”, in about a week."
    assert lines[2].startswith("Why here: ") and page.sequence_note.isVisible()
    assert page.warnings_note.isHidden(), "the first session of a sequence is not a one-off"
    from facilitator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        lines = page.sequence_note.text().splitlines()
        assert lines[0] == f"Sesión 1 de {len(ids)} de la secuencia recomendada (Grados 6.º a 8.º: módulos {order})."
        assert lines[1] == f"Después: el módulo {number(curriculum, ids[1])}, «{title}», en una semana más o menos."
        assert lines[2].startswith("Por qué aquí: ")
    finally:
        switcher.switch("en")


def test_the_last_session_names_the_booster(page, curriculum) -> None:
    shown = set()
    for sequence in page.sequences.sequences:
        booster = sequence.booster
        kind = "module" if booster.module_id else "session"
        if kind in shown:
            continue
        shown.add(kind)
        plan_for(page, sequence.audience, *sequence.module_ids)
        if booster.module_id:
            what = (f"a review of module {number(curriculum, booster.module_id)}, "
                    f"“{curriculum.module(booster.module_id).text('en').title}”")
        else:
            what = booster.session["en"]
        assert page.sequence_note.text().splitlines()[1] == (
            f"This ends the sequence. Then a {booster.minutes}-minute booster {booster.when['en']}: {what}.")
        assert booster.reason["en"] in page.sequence_note.toolTip(), "the reasons are a hover away"
        tick_off = [page.modules.item(r) for r in range(page.modules.count())]
        for item in tick_off:
            item.setCheckState(Qt.CheckState.Unchecked)


def test_a_spanish_plan_in_an_english_interface_speaks_one_language_per_sentence(page, curriculum) -> None:
    sequence = next(s for s in page.sequences.sequences if s.audience == "grades_6_8")
    page.facilitator_language.setCurrentIndex(page.facilitator_language.findData("es"))
    plan_for(page, "grades_6_8", *sequence.module_ids)
    booster = page.sequence_note.text().splitlines()[1]
    assert sequence.booster.when["en"] in booster and sequence.booster.when["es"] not in booster
    assert sequence.booster.reason["en"] in page.sequence_note.toolTip()


def test_a_plan_outside_the_sequence_says_what_the_sequence_is(page, curriculum) -> None:
    ids = sequence_of(page, "grades_6_8")
    outside = next(m.id for m in sorted(curriculum.modules, key=lambda m: m.spec.number)
                   if m.id not in ids and m.spec.number > 0)
    plan_for(page, "grades_6_8", outside)
    order = " → ".join(number(curriculum, m) for m in ids)
    assert page.sequence_note.text() == (f"The recommended sequence for Grades 6–8 is modules {order}; this plan "
                                         "teaches none of them.")


@pytest.mark.parametrize("audience", ["grades_6_8", "grades_9_12", "parents", "educators", "community"])
def test_a_complete_sequential_plan_does_not_warn(page, audience) -> None:
    plan_for(page, audience, *sequence_of(page, audience))
    assert page.plan.modules == sequence_of(page, audience), "ticked modules follow the recommended order"
    assert page.warnings_note.isHidden() and page.warnings_note.text() == ""
    assert page.sequence_note.isVisible()


ONE_OFF = {
    "en": "A single session: this plan teaches only module {last}, and the recommended sequence for Grades 9–12 "
          "teaches modules {earlier} first. One session alone changes little. If this group has had them, go on; "
          "if not, plan them first.",
    "es": "Una sola sesión: este plan solo enseña el módulo {last}, y la secuencia recomendada (Grados 9.º a 12.º) "
          "enseña antes los módulos {earlier}. Una sola sesión cambia poco. Si el grupo ya los tuvo, siga adelante; "
          "si no, planéelos primero.",
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_one_off_plan_warns_in_the_interface_language(page, curriculum, qapp, language) -> None:
    from facilitator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.switch(language)
    try:
        ids = sequence_of(page, "grades_9_12")
        plan_for(page, "grades_9_12", ids[-1])
        earlier = ", ".join(number(curriculum, m) for m in ids[:-1])
        assert page.warnings_note.isVisible()
        assert page.warnings_note.text() == ONE_OFF[language].format(last=number(curriculum, ids[-1]),
                                                                     earlier=earlier)
    finally:
        switcher.switch("en")


def test_a_plan_that_drops_a_core_section_names_it(page, curriculum) -> None:
    ids = sequence_of(page, "grades_6_8")
    plan_for(page, "grades_6_8", ids[0])
    spec = curriculum.module(ids[0]).spec
    row = next(r for r, item in enumerate(page.plan.items)
               if item.core and spec.section(item.section_id).kind != "survey")
    title = curriculum.module(ids[0]).text("en").sections[page.plan.items[row].section_id].title
    page.table.selectRow(row)
    page.remove_button.click()
    assert page.warnings_note.isVisible()
    assert page.warnings_note.text() == (
        f"The plan leaves out “{title}”, a core section of module {number(curriculum, ids[0])}: the module does not "
        "teach what it promises without it. Add it back, or ask for more time.")
    page.add_button.click()
    assert page.warnings_note.isHidden(), "added back, nothing is missing"
    optional = next((r for r, item in enumerate(page.plan.items) if not item.core), None)
    if optional is not None:
        page.table.selectRow(optional)
        page.remove_button.click()
        assert page.warnings_note.isHidden(), "an optional section may be left out"


def click_saved(page: PlanPage, qtbot, name: str) -> None:
    items = page.saved_list.findItems(name, Qt.MatchFlag.MatchExactly)
    rect = page.saved_list.visualItemRect(items[0])
    qtbot.mouseClick(page.saved_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)


def answering(monkeypatch, list_widget, answer) -> list:
    """QMessageBox.question answered with `answer`; like a real dialog, it gives the focus back to the list when it
    closes. Returns the questions asked (after the third, the focus stays put, so a page that keeps asking fails
    the test rather than looping)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    asked: list = []

    def question(*args):
        asked.append(args[2])
        if len(asked) <= 3:
            QApplication.postEvent(list_widget, QFocusEvent(QEvent.Type.FocusIn,
                                                            Qt.FocusReason.ActiveWindowFocusReason))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("saved_before", [False, True], ids=["new plan", "saved plan"])
def test_cancel_keeps_the_plan_on_screen_and_asks_once(page, store, qtbot, monkeypatch, saved_before) -> None:
    tick(page, MODULE)
    page.name.setText("Period 1")
    page.save()
    page.new_plan()
    page.name.setText("Period 5")
    tick(page, "getting-help")
    if saved_before:
        page.save()
        tick(page, "jobs-and-labor-trafficking")
    asked = answering(monkeypatch, page.saved_list, QMessageBox.StandardButton.Cancel)
    click_saved(page, qtbot, "Period 1")
    qtbot.wait(50)  # the focus comes back to the list
    assert len(asked) == 1, "Cancel is asked once, not again each time the focus returns"
    assert page.name.text() == "Period 5" and "getting-help" in page.plan.modules and not page.saved
    marked = [item.text() for item in page.saved_list.selectedItems()]
    assert marked == (["Period 5"] if saved_before else []), "the list marks the plan still on screen"
    assert (page.saved_list.currentItem().text() if saved_before else page.saved_list.currentItem()) == (
        "Period 5" if saved_before else None)


def test_save_keeps_the_changes_and_opens_the_plan_chosen(page, store, qtbot, monkeypatch) -> None:
    tick(page, MODULE)
    page.name.setText("Period 1")
    page.save()
    page.new_plan()
    page.name.setText("Period 5")
    tick(page, "getting-help")
    page.save()
    tick(page, "jobs-and-labor-trafficking")
    asked = answering(monkeypatch, page.saved_list, QMessageBox.StandardButton.Save)
    with qtbot.captureExceptions() as uncaught:
        click_saved(page, qtbot, "Period 1")
        qtbot.wait(50)
    assert not uncaught, "nothing goes to the uncaught-error handler"
    assert len(asked) == 1
    kept = {p.name: p for p in plans(store)}
    assert set(kept["Period 5"].modules) == {"getting-help", "jobs-and-labor-trafficking"}, "the changes are saved"
    assert page.name.text() == "Period 1" and page.plan.modules == (MODULE,) and page.saved
    assert page.saved_list.currentItem().text() == "Period 1"
    assert [item.text() for item in page.saved_list.selectedItems()] == ["Period 1"]


def _module_ids() -> list[str]:
    from facilitator.core.content.loader import load_curriculum

    return [m.id for m in sorted(load_curriculum().modules, key=lambda m: m.spec.number)]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("module", _module_ids())
def test_every_modules_print_pack_is_saved_as_pdf(page, curriculum, qtbot, tmp_path, monkeypatch, module,
                                                 language) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from facilitator.core.handouts.handouts import Handouts
    from facilitator.core.handouts.needs import missing
    from facilitator.core.handouts.registry import strings

    dialogs: list = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: dialogs.append(args[1:3]))
    audience = curriculum.module(module).spec.audiences[0]
    page.audience.setCurrentIndex(page.audience.findData(audience))
    page.audience_language.setCurrentIndex(page.audience_language.findData(language))
    tick(page, module)
    asked = answer_pack_details(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack.pdf"), ""))
    with qtbot.captureExceptions() as uncaught:
        pack = page.save_pdf("pack")
        wait_for_tasks()
    assert not uncaught and not dialogs
    assert pack == tmp_path / "pack.pdf" and pack.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(pack)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:"))) > 0
    maker = Handouts(curriculum)
    left_out = [r.handout for r in maker.print_pack(page.plan.modules, (language,), "single", "letter",
                                                    audience=audience) if missing(r)]
    if left_out:
        assert page.notice.text().startswith(f"Saved {pack}. Not in it, because they need the school's name or the "
                                             "session date: ")
        assert all(page._labels.handout(h) in page.notice.text() for h in left_out)
    else:
        assert page.notice.text() == f"Saved {pack}."
    assert len(asked) == (1 if left_out else 0), "the school and the date are asked for only when a handout needs them"
    left_out_titles = [strings(language)["titles"][h] for h in left_out]
    assert not [title for title in left_out_titles if title in pdf_words(pack)], "left out means not in the pack"

    answer_pack_details(monkeypatch, "Carrboro High School", QDate(2026, 12, 3))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "full.pdf"), ""))
    with qtbot.captureExceptions() as uncaught:
        full = page.save_pdf("pack")
        wait_for_tasks()
    assert not uncaught and not dialogs and page.notice.text() == f"Saved {full}.", "given both, nothing is left out"
    words = pdf_words(full)
    expected = {r.handout: strings(r.languages[0])["titles"][r.handout] for r in maker.plan_pack(page.plan)}
    assert set(left_out) <= set(expected) and "safety-card" in expected
    assert [h for h, title in expected.items() if title not in words] == [], "every handout of the modules is in it"
    if "parent-letter" in expected:
        assert "Carrboro High School" in words
    if left_out:
        assert any(date in words for date in ("December 3, 2026", "3 de diciembre de 2026"))


def test_a_print_pack_the_agency_profile_stops_says_why(page, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from facilitator.core.paths import PROFILE_FILE, user_data_dir

    profile = user_data_dir() / PROFILE_FILE
    profile.parent.mkdir(parents=True, exist_ok=True)
    profile.write_text("name: &a Rape Crisis Center\nphone: *a\n", encoding="utf-8")
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack.pdf"), ""))
    tick(page, MODULE)
    with qtbot.captureExceptions() as uncaught:
        assert page.save_pdf("pack") is None
    assert not uncaught, "not the uncaught-error dialog"
    assert len(warned) == 1 and warned[0].startswith(f"The PDF could not be written to {tmp_path / 'pack.pdf'}: "
                                                     f"The agency profile cannot be used: {profile}:1: uses a YAML "
                                                     "anchor or alias")
    assert not (tmp_path / "pack.pdf").exists()


def plan_pack_of(page: PlanPage, curriculum, module: str) -> None:
    page.audience.setCurrentIndex(page.audience.findData(curriculum.module(module).spec.audiences[0]))
    tick(page, module)


def test_a_pack_with_a_parent_letter_asks_for_the_school_and_the_date(page, curriculum, tmp_path,
                                                                      monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    seen: dict = {}

    def answer(dialog: PackDetailsDialog) -> int:
        school, date = dialog.findChild(QLineEdit, "packSchool"), dialog.findChild(QDateEdit, "packDate")
        add = dialog.findChild(QPushButton, "addDetails")
        seen.update(text="\n".join(label.text() for label in dialog.findChildren(QLabel)), date=date.date(),
                    fields=(school.isVisibleTo(dialog), date.isVisibleTo(dialog)), before=add.isEnabled())
        school.setText("Carrboro Middle School")
        date.setDate(QDate(2026, 12, 3))
        seen["after"] = add.isEnabled()
        add.click()
        return dialog.result()

    monkeypatch.setattr(PackDetailsDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack.pdf"), ""))
    plan_pack_of(page, curriculum, "parents-and-caregivers")
    pack = page.save_pdf("pack")
    wait_for_tasks()
    assert "Letter to parents and caregivers: the school's name and the session date" in seen["text"]
    assert seen["fields"] == (True, True) and seen["date"] == QDate.currentDate(), "the date starts at today"
    assert not seen["before"] and seen["after"], "a letter cannot be added without the school's name"
    assert page.notice.text() == f"Saved {pack}."
    words = pdf_words(pack)
    assert "Dear parents and caregivers" in words and "Carrboro Middle School" in words
    assert "December 3, 2026" in words and "November 26, 2026" in words, "the slip is due a week before"


def test_a_pack_that_needs_only_the_date_asks_only_for_it(page, curriculum, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    seen: dict = {}

    def answer(dialog: PackDetailsDialog) -> int:
        school, date = dialog.findChild(QLineEdit, "packSchool"), dialog.findChild(QDateEdit, "packDate")
        seen.update(text="\n".join(label.text() for label in dialog.findChildren(QLabel)),
                    fields=(school.isVisibleTo(dialog), date.isVisibleTo(dialog)))
        date.setDate(QDate(2026, 12, 3))
        dialog.findChild(QPushButton, "addDetails").click()
        return dialog.result()

    monkeypatch.setattr(PackDetailsDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "pack.pdf"), ""))
    plan_pack_of(page, curriculum, "facilitator-foundations")
    pack = page.save_pdf("pack")
    wait_for_tasks()
    assert seen["fields"] == (False, True)
    assert "Sign-in sheet (adult trainings): the session date" in seen["text"]
    assert "Tally sheet (counts only, no names): the session date" in seen["text"]
    assert page.notice.text() == f"Saved {pack}."
    words = pdf_words(pack)
    assert "Sign-in sheet" in words and "Session tally sheet" in words and "December 3, 2026" in words


def test_cancelling_the_pack_question_saves_nothing(page, curriculum, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked_where: list = []
    asked = answer_pack_details(monkeypatch, cancel=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: asked_where.append(a) or (str(tmp_path / "p.pdf"), ""))
    plan_pack_of(page, curriculum, "relationships-and-grooming")
    before = page.notice.text()
    assert page.save_pdf("pack") is None
    assert len(asked) == 1 and asked_where == [] and not (tmp_path / "p.pdf").exists()
    assert page.notice.text() == before
