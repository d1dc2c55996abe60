"""The task runner: slow work runs off the UI thread, its result comes back on it, its failure reaches one handler
(logged once), Cancel stops it, and records work runs on the records thread through a connection of its own."""

import datetime as dt
import itertools
import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from facilitator.core.records.model import SessionRecord
from facilitator.core.records.store import RecordsStore
from facilitator.ui.tasks import TaskCancelled, TaskOptions, run_records_task, run_task, running, wait_for_tasks


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_work_runs_on_a_worker_and_its_result_comes_back_on_the_ui_thread(window) -> None:
    seen: dict[str, object] = {}

    def work(_progress) -> int:
        seen["work_thread"] = threading.current_thread()
        return 42

    run_task(window, work, lambda result: seen.update(result=result, done_thread=threading.current_thread()))
    wait_for_tasks()
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread() and seen["done_thread"] is threading.main_thread()
    assert running() == 0


def test_the_window_answers_while_work_runs(window, qtbot) -> None:
    ticks: list[float] = []
    timer = QTimer(window, interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    run_task(window, lambda _progress: time.sleep(0.5), lambda _result: None)
    wait_for_tasks()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 20 and max(gaps) < 0.1, "the UI thread kept handling its timer"


def test_a_failure_is_logged_once_and_shown_in_words(window, caplog) -> None:
    def work(_progress) -> None:
        raise OSError(28, "No space left on device")

    with caplog.at_level(logging.WARNING):
        run_task(window, work, lambda _result: pytest.fail("no result for failed work"))
        wait_for_tasks()
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[0] is OSError
    [box] = [b for b in window.findChildren(QMessageBox, "errorMessage") if b.isVisible()]
    assert box.text() == "The disk is full."


def test_cancel_stops_the_work_and_calls_its_handler(window, qtbot) -> None:
    started, said = threading.Event(), []

    def work(progress) -> None:
        started.set()
        for step in range(1000):
            if not progress.report(step, 1000):
                raise TaskCancelled
            time.sleep(0.01)

    run_task(window, work, lambda _result: said.append("done"), cancelled=lambda: said.append("cancelled"),
             options=TaskOptions("Counting…", busy_first=True))
    assert started.wait(5)
    dialog = window.findChild(QProgressDialog, "taskProgress")
    assert dialog is not None and dialog.isVisible() and dialog.labelText() == "Counting…"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert said == ["cancelled"]


def test_nothing_is_delivered_to_a_screen_that_was_closed(qtbot) -> None:
    screen, said, release = QWidget(), [], threading.Event()
    run_task(screen, lambda _progress: release.wait(5), lambda _result: said.append("delivered"))
    screen.deleteLater()
    qtbot.wait(20)
    release.set()
    wait_for_tasks()
    assert said == [] and running() == 0


def test_records_work_has_its_own_connection_on_the_records_thread(window, tmp_path: Path) -> None:
    store = RecordsStore(tmp_path / "records.db")
    site = store.save_site("Carrboro High School", "school", "Orange")
    seen: dict[str, object] = {}

    def work(records: RecordsStore, _progress) -> str:
        seen["thread"] = threading.current_thread().name
        seen["other_connection"] = records.db.conn is not store.db.conn
        return records.save_session(SessionRecord(dt.date(2026, 11, 4), site.id, "adults", 14, ("root-causes",)))

    run_records_task(window, store, work, lambda session_id: seen.update(saved=session_id))
    wait_for_tasks()
    assert seen["thread"].startswith("records") and seen["other_connection"] is True
    assert [row.id for row in store.session_rows()] == [seen["saved"]], "the UI thread's connection sees the write"
    store.close()


def test_the_check_and_backup_at_start_run_on_the_records_thread_and_opening_reuses_the_check(
        window, tmp_path: Path, monkeypatch) -> None:
    import facilitator.core.records.opening as opening
    from facilitator.core.paths import backups_dir, records_path
    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    RecordsStore(records_path()).close()
    checks, real = [], opening.check_file
    monkeypatch.setattr(opening, "check_file",
                        lambda path, *a, **k: checks.append(threading.current_thread().name) or real(path, *a, **k))
    guard = RecordsGuard(window)
    guard.start()
    wait_for_tasks()
    assert len(list(backups_dir().glob("records-*.db"))) == 1
    assert checks and all(name.startswith("records") for name in checks), "never on the UI thread"
    at_start = len(checks)
    store = guard.open()
    assert store is not None and len(checks) == at_start, "opening after the check at start does not check again"
    store.save_site("El Centro", "community", "Durham")
    store.close()
    guard.store, seen_before = None, len(checks)
    assert guard.open() is not None and len(checks) == seen_before + 1, "a file written since is checked again"
    guard.store.close()


def test_painting_for_a_closed_screen_is_dropped_and_the_next_one_still_runs(qtbot) -> None:
    from facilitator.ui.tasks import run_paint_task

    screen, started, release, said = QWidget(), threading.Event(), threading.Event(), []

    def work(progress) -> str:
        started.set()
        release.wait(5)
        progress.report(1, 2)  # tells a screen that is gone
        return "made"

    run_paint_task(screen, work, lambda result: said.append(result))
    assert started.wait(5)
    screen.deleteLater()
    qtbot.wait(20)
    release.set()
    wait_for_tasks()
    other = QWidget()
    qtbot.addWidget(other)
    run_paint_task(other, lambda _progress: threading.current_thread().name, lambda name: said.append(name))
    wait_for_tasks()
    assert said == ["paint"], "nothing reached the closed screen, and the paint thread lives on"


def test_a_restore_waits_for_the_records_work_under_way_and_every_page_gets_a_live_store(
        window, tmp_path: Path, monkeypatch) -> None:
    from facilitator.core.paths import backups_dir, records_path
    from facilitator.core.records.backup import backup
    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    guard = RecordsGuard(window)
    store = guard.open()
    site = store.save_site("Carrboro High School", "school", "Orange")
    saved = backup(records_path(), backups_dir())
    store.save_session(SessionRecord(dt.date(2026, 11, 4), site.id, "adults", 14, ("root-causes",)))
    reading = threading.Event()
    run_records_task(window, store, lambda records, _p: reading.set() or time.sleep(0.5) or records.session_rows(),
                     lambda _rows: None)
    assert reading.wait(5)
    stores: list[RecordsStore] = []
    guard.records_changed.connect(stores.append)
    assert guard.restore_chosen(saved), "not refused because this copy of Upstream had the file open itself"
    wait_for_tasks()
    assert [row.participants for row in stores[-1].session_rows()] == [], "the pages are given the restored file"
    guard.store.close()


def test_opening_while_the_check_at_start_runs_waits_for_it_rather_than_checking_again(
        window, tmp_path: Path, monkeypatch) -> None:
    import facilitator.core.records.store as store_module
    from facilitator.core.paths import records_path
    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    RecordsStore(records_path()).close()
    checks, real = [], store_module.check_before_opening

    def slow_check(path: Path) -> object:
        checks.append(threading.current_thread().name)
        time.sleep(0.3)
        return real(path)

    monkeypatch.setattr(store_module, "check_before_opening", slow_check)
    guard = RecordsGuard(window)
    guard.start()
    store = guard.open()  # at once, while the check at start still runs
    assert store is not None and checks == ["records_0"], "one check, on the records thread"
    wait_for_tasks()
    store.close()
