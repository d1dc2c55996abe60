"""A session being presented survives a crash, a closed window or a power cut: the next start offers its log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from facilitator.core.teach.planner import new_plan
from facilitator.core.teach.presenting import Run, session_from_run
from facilitator.core.teach.run_journal import clear, journal_path, load_run, save_run

MODULE = "what-is-trafficking"


def plan_of(curriculum):
    return new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", [MODULE], start_time="10:30")


def test_a_saved_run_comes_back_as_it_was(curriculum) -> None:
    run = Run(plan_of(curriculum), 0.0, started_at=dt.datetime(2026, 12, 3, 10, 31))
    run.go(1, 240.0)
    save_run(run, 600.0)
    back = load_run()
    assert back is not None and back.plan == run.plan and back.index == 1
    assert back.spent[:2] == [240.0, 360.0] and back.started_at == dt.datetime(2026, 12, 3, 10, 31)
    draft = session_from_run(back, curriculum)
    assert draft.minutes == 10 and draft.start_time == "10:31" and draft.date == dt.date(2026, 12, 3)
    clear()
    assert load_run() is None


def test_a_damaged_journal_is_set_aside_not_deleted_and_never_stops_a_start(curriculum) -> None:
    path = journal_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": 1, "plan": {"name": "half', encoding="utf-8")
    assert load_run() is None and not path.exists()
    assert path.with_suffix(".unreadable.json").read_text(encoding="utf-8").startswith('{"version": 1')


def test_the_presenter_saves_as_it_goes_and_clears_once_the_log_is_offered(curriculum, qtbot, monkeypatch) -> None:
    from facilitator.ui.present.presenter import Presenter

    clock = [0.0]
    shown = Presenter(curriculum, plan_of(curriculum), now=lambda: clock[0])
    shown.start()
    clock[0] = 120.0
    shown.next()
    assert load_run().index == 1, "a section change is saved at once"
    clock[0] = 200.0
    shown.tick()
    assert load_run().spent[1] == 80.0, "and the time so far, every few seconds"
    shown.close()  # Upstream closes mid-session: the run stays for the next start
    assert load_run() is not None
    again = Presenter(curriculum, plan_of(curriculum), now=lambda: clock[0])
    again.start()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    again.end()
    assert load_run() is None, "ended, and the log offered: nothing left to recover"
    for window in (shown.facilitator, shown.audience, again.facilitator, again.audience):
        window.deleteLater()


def test_the_next_start_offers_the_unfinished_sessions_log(curriculum, qtbot, qapp, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from facilitator.ui.i18n import LanguageSwitcher
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.ui_language = "en"

    run = Run(plan_of(curriculum), 0.0, started_at=dt.datetime(2026, 12, 3, 10, 31))
    run.go(2, 300.0)
    save_run(run, 900.0)
    asked: list[str] = []

    def answer(_parent, _title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    languages = LanguageSwitcher(qapp)
    languages.switch("en")
    window = MainWindow(curriculum, settings, languages)
    qtbot.addWidget(window)
    window.offer_unfinished_run()
    assert asked and "“Period 3” of 2026-12-03 10:31 was still being presented" in asked[0]
    dialog = window.log_dialog
    qtbot.addWidget(dialog)
    assert dialog.minutes.text() == "15" and dialog.checked_modules() == (MODULE,)
    assert load_run() is None, "offered once"

