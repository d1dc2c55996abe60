"""The main window as a facilitator uses it: filter, search, open a module, switch languages, come back later."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core.model import Curriculum
from facilitator.ui.curriculum.guide_reader import SectionIdRole
from facilitator.ui.curriculum.module_table import ModuleIdRole
from facilitator.ui.errors import ErrorReporter
from facilitator.ui.i18n import LanguageSwitcher
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings
from facilitator.ui.tasks import wait_for_tasks

FIRST, WHAT_IS, ONLINE = "facilitator-foundations", "what-is-trafficking", "online-safety-and-sextortion"
ONLY_IN_ONLINE = "Brianna"  # a name used only in the online-safety module's chat activity


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    store = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.ui_language = "en"
    return store


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.switch("en")


@pytest.fixture
def make_window(qtbot, curriculum: Curriculum, settings: Settings, languages: LanguageSwitcher):
    def make() -> MainWindow:
        languages.switch(settings.ui_language)
        window = MainWindow(curriculum, settings, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def listed_modules(window: MainWindow) -> list[str]:
    proxy = window.curriculum_page.proxy
    return [proxy.index(row, 0).data(ModuleIdRole) for row in range(proxy.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_browser_lists_every_module_and_opens_the_first(make_window, curriculum: Curriculum) -> None:
    window = make_window()
    page = window.curriculum_page
    assert listed_modules(window) == [m.id for m in curriculum.modules]
    assert page.reader.module_id == FIRST
    english = curriculum.module(FIRST).text("en")
    assert english.title in page.reader.browser.toPlainText()
    outline = [page.reader.outline.item(r).text() for r in range(page.reader.outline.count())]
    assert outline[0].startswith("0–") and len(outline) == len(english.sections)
    assert page.table.model().index(0, 3).data() == "139 min (core 118)"


def test_filters_by_audience_and_time(make_window) -> None:
    window = make_window()
    page = window.curriculum_page
    choose(page.audience, "grades_6_8")
    assert listed_modules(window) == [WHAT_IS, "relationships-and-grooming", ONLINE, "getting-help"]
    choose(page.audience, "")
    choose(page.minutes, 120)
    assert len(listed_modules(window)) == len(page.curriculum.modules)
    choose(page.minutes, 45)
    fitting = [m.id for m in page.curriculum.modules if m.spec.core_minutes <= 45]
    assert listed_modules(window) == fitting


def test_search_within_filters_that_exclude_its_module_says_so(make_window, qtbot) -> None:
    window = make_window()
    page = window.curriculum_page
    choose(page.audience, "parents")
    qtbot.keyClicks(page.search, ONLY_IN_ONLINE)
    assert listed_modules(window) == []
    assert page.hits_label.text() == "No matches. Try fewer words, or check the filters."
    assert page.reader.module_id == "parents-and-caregivers", "the guide that was open stays open"
    choose(page.audience, "")
    assert listed_modules(window) == [ONLINE]
    assert page.hits.count() > 0 and page.reader.module_id == ONLINE


def test_keyboard_moves_between_modules(make_window, qtbot) -> None:
    window = make_window()
    page = window.curriculum_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.reader.module_id == WHAT_IS


def test_content_language_differs_from_interface_language(make_window, curriculum: Curriculum) -> None:
    window = make_window()
    page = window.curriculum_page
    choose(page.language, "es")
    spanish = curriculum.module(FIRST).text("es")
    assert page.table.model().index(0, 1).data() == spanish.title
    assert spanish.title in page.reader.browser.toPlainText()
    assert "Preguntas para conversar" in page.reader.browser.toPlainText()
    assert window.windowTitle() == "Upstream — facilitator toolkit"
    assert page.search_label.text() == "&Search"


def test_search_as_you_type_finds_accented_words_and_opens_the_section(make_window, qtbot, curriculum) -> None:
    window = make_window()
    page = window.curriculum_page
    qtbot.keyClicks(page.search, "trafico")
    assert page.hits.isVisible() and page.hits.count() > 0
    hits = page.shown_hits
    assert len(hits) == page.hits.count()
    assert "es" in {h.language for h in hits}
    assert "match" in page.hits_label.text()
    row = next(r for r, h in enumerate(hits) if h.language == "es")
    item, hit = page.hits.item(row), hits[row]
    page.hits.itemClicked.emit(item)
    assert page.content_language == "es"
    assert page.reader.module_id == hit.module_id
    if hit.section_id:
        assert page.reader.outline.currentItem().data(SectionIdRole) == hit.section_id
    page.search.clear()
    assert not page.hits.isVisible()
    assert len(listed_modules(window)) == len(curriculum.modules)


def test_search_narrows_the_module_list(make_window, qtbot) -> None:
    window = make_window()
    page = window.curriculum_page
    qtbot.keyClicks(page.search, ONLY_IN_ONLINE)
    assert listed_modules(window) == [ONLINE]
    assert page.reader.module_id == FIRST, "typing never makes the open guide jump"
    assert not page.table.selectionModel().hasSelection()
    page.hits.itemClicked.emit(page.hits.item(0))
    assert page.reader.module_id == ONLINE
    assert page.table.selectionModel().currentIndex().data(ModuleIdRole) == ONLINE
    page.search.setText("zzqqxx")
    assert listed_modules(window) == []
    assert page.hits_label.text().startswith("No matches")


def test_switching_interface_language_retranslates_the_open_window(make_window) -> None:
    window = make_window()
    page = window.curriculum_page
    window.set_ui_language("es")
    assert window.windowTitle() == "Upstream: herramientas para facilitar"
    assert page.search_label.text() == "&Buscar"
    assert page.audience.itemText(0) == "Todos los públicos"
    assert window.nav.item(0).text() == "Currículo"
    assert window.file_menu.title() == "&Archivo"
    assert page.table.model().headerData(1, Qt.Orientation.Horizontal) == "Módulo"
    assert page.content_language == "en", "the content language stays as it was"
    window.set_ui_language("en")
    assert window.windowTitle() == "Upstream — facilitator toolkit"
    assert page.audience.itemText(0) == "All audiences"


def test_plural_messages_read_naturally_in_both_languages(make_window) -> None:
    window = make_window()
    assert window.statusBar().currentMessage() == "10 modules loaded"
    window.set_ui_language("es")
    assert window.statusBar().currentMessage() == "10 módulos cargados"


def test_choices_persist_to_the_next_start(make_window, settings: Settings) -> None:
    window = make_window()
    page = window.curriculum_page
    choose(page.audience, "adults")
    choose(page.minutes, 60)
    choose(page.language, "es")
    window.set_ui_language("es")
    window.close()
    again = make_window()
    page = again.curriculum_page
    assert (page.audience.currentData(), page.minutes.currentData(), page.content_language) == ("adults", 60, "es")
    assert again.windowTitle() == "Upstream: herramientas para facilitar"
    assert again.language_actions["es"].isChecked()


def test_an_uncaught_error_is_logged_and_shown_once(qapp, tmp_path: Path, monkeypatch) -> None:
    from facilitator.logs import setup_logging

    log_path = setup_logging()
    reporter = ErrorReporter(log_path)
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        try:
            raise RuntimeError("second failure while the dialog is open")
        except RuntimeError as nested:
            reporter.handle(type(nested), nested, nested.__traceback__)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise ValueError("the projector cable was unplugged")
    except ValueError as error:
        reporter.handle(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert "the projector cable was unplugged" in shown[0].informativeText()
    assert str(log_path) in shown[0].informativeText()
    assert "Traceback" in shown[0].detailedText()
    logged = log_path.read_text(encoding="utf-8")
    assert "the projector cable was unplugged" in logged and "second failure while the dialog is open" in logged


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_reporter_and_the_app_goes_on(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    from facilitator.logs import setup_logging

    reporter = ErrorReporter(setup_logging())
    seen: list[str] = []
    monkeypatch.setattr(reporter, "show_dialog", lambda error, details: seen.append(str(error)))
    reporter.install()
    try:
        monkeypatch.setattr(window.curriculum_page.reader, "show_module",
                            lambda *a, **k: (_ for _ in ()).throw(OSError("disk unplugged")))
        choose(window.curriculum_page.language, "es")
    finally:
        reporter.uninstall()
        monkeypatch.undo()
    assert seen == ["disk unplugged"]
    assert window.isVisible()
    qtbot.keyClicks(window.curriculum_page.search, ONLY_IN_ONLINE)
    assert listed_modules(window) == [ONLINE]


def test_text_size_is_kept_for_the_next_start(make_window) -> None:
    window = make_window()
    reader = window.curriculum_page.reader
    base = reader.browser.font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert reader.zoom == 2 and reader.browser.font().pointSizeF() > base
    window.close()
    again = make_window()
    assert again.curriculum_page.reader.zoom == 2
    again.zoom_reset_action.trigger()
    assert again.curriculum_page.reader.browser.font().pointSizeF() == base


def test_the_projector_text_size_is_kept_and_closing_upstream_closes_the_presenter(make_window, qtbot,
                                                                                  curriculum) -> None:
    from facilitator.core.teach.planner import new_plan

    plan = new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", [WHAT_IS])
    window = make_window()
    window.present(plan)
    first = window.presenter
    default = first.audience.points
    first.scale(4)  # Ctrl++ (the keys are tested with the presenter)
    window.present(plan)
    assert window.presenter is first, "a second Present brings the running session forward, not a new one"
    window.close()
    assert not first.facilitator.isVisible() and not first.audience.isVisible()
    again = make_window()
    again.present(plan)
    assert again.presenter.audience.points == default + 4
    again.close()


def test_broken_content_is_refused_with_a_readable_message(qapp, monkeypatch) -> None:
    from facilitator import app as app_module
    from facilitator.core.content.problems import ContentError, Problem

    problem = Problem(Path("modules/x/es.yaml"), 7, "es: section 'welcome' is missing")
    monkeypatch.setattr(app_module, "load_curriculum_cached",
                        lambda: (_ for _ in ()).throw(ContentError([problem])))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; put ours back afterwards
    assert app_module.start(qapp) is None
    assert len(shown) == 1
    assert "cannot open them. Nothing was changed" in shown[0].text()
    assert "modules/x/es.yaml:7: es: section 'welcome' is missing" in shown[0].detailedText()


def mnemonic(text: str) -> str:
    return text[text.index("&") + 1].lower()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_field_label_has_its_own_keyboard_shortcut(make_window, language: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window()
    window.set_ui_language(language)
    menus = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert len(set(menus)) == len(menus) == 4, menus
    for page in (window.curriculum_page, window.plan_page, window.handouts_page, window.sessions_page,
                 window.reports_page):
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
                 if "&" in w.text()]
        letters = [mnemonic(text) for text in texts] + menus
        assert len(texts) >= 5
        assert len(letters) == len(set(letters)), (texts, menus)


def test_the_handouts_area_opens_from_the_side_list(make_window, qtbot) -> None:
    from facilitator.ui.handouts.handouts_page import HandoutsPage

    window = make_window()
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == ["Curriculum", "Plan", "Handouts",
                                                                             "Sessions", "Reports"]
    window.nav.setCurrentRow(2)
    assert isinstance(window.pages.currentWidget(), HandoutsPage)
    qtbot.waitUntil(lambda: window.handouts_page.document.pageCount() == 1)
    window.nav.setCurrentRow(0)
    assert window.pages.currentWidget() is window.curriculum_page


def test_ctrl_and_a_number_opens_each_area(make_window, qtbot) -> None:
    from facilitator.ui.sessions.sessions_page import SessionsPage

    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), SessionsPage) and window.nav.currentRow() == 3
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.curriculum_page
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.reports_page and window.nav.currentRow() == 4
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.plan_page
    assert [a.text() for a in window.area_actions] == ["Curriculum", "Plan", "Handouts", "Sessions", "Reports"]


def test_a_restore_shows_in_every_open_area_and_keeps_the_plan_being_written(make_window, curriculum,
                                                                                monkeypatch) -> None:
    import datetime as dt

    from facilitator.core.paths import backups_dir, records_path
    from facilitator.core.records.backup import backup
    from facilitator.core.records.model import SessionRecord
    from facilitator.core.teach.planner import new_plan
    from facilitator.core.teach.plans import delete_plan, save_plan
    from facilitator.ui.main_window import AREAS

    window = make_window()
    store = window.records.open()
    site = store.save_site("Carrboro High School", "school", "Orange")
    store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 10, (WHAT_IS,), 50))
    kept = save_plan(store, new_plan(curriculum, "Parent night", "parents", 90, "en", "en", [WHAT_IS]))
    saved = backup(records_path(), backups_dir())
    store.save_session(SessionRecord(dt.date.today(), site.id, "adults", 11, (WHAT_IS,), 50))
    delete_plan(store, kept.id)
    for area in ("plan", "sessions", "reports"):
        window.nav.setCurrentRow(AREAS.index(area))
    plan, sessions, reports = window.plan_page, window.sessions_page, window.reports_page
    wait_for_tasks()
    plan.name.setText("Period 3")
    assert plan.saved_list.count() == 0
    assert sessions.model.rowCount() == 2 and reports.total_labels[0][0].text() == "2"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.records.restore_chosen(saved), "restored through the records guard, not the window's menu"
    wait_for_tasks()
    assert sessions.model.rowCount() == 1 and sessions.model.index(0, 1).data() == "Carrboro High School"
    assert reports.total_labels[0][0].text() == "1" and reports.total_labels[1][0].text() == "10"
    assert window.plan_page is plan and plan.name.text() == "Period 3", "the plan being written stays"
    assert [plan.saved_list.item(row).text() for row in range(plan.saved_list.count())] == ["Parent night"]


def test_closing_the_window_asks_about_an_unsaved_plan_and_cancel_stays(make_window, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.main_window import AREAS

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    window = make_window()
    window.nav.setCurrentRow(AREAS.index("plan"))
    plan = window._if_built("plan")
    plan.name.setText("Period 3")
    for row in range(plan.modules.count()):  # a plan with a module, not saved
        plan.modules.item(row).setCheckState(Qt.CheckState.Checked)
        break
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or answer[0])
    window.close()
    assert asked == ["Unsaved plan"] and window.isVisible(), "Cancel keeps the window and the plan"
    answer[0] = QMessageBox.StandardButton.Discard
    window.close()
    assert not window.isVisible()
