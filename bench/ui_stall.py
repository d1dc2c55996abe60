"""Benchmark (not a test): how long the UI thread stops answering while the records screens work, at N sessions.

A 5 ms timer on the UI thread stands for the window: the longest gap between its ticks is the longest the window
froze. Measured while the records are checked and backed up at start and then opened, while the Sessions screen
opens, filters and sorts and exports every record, while the Reports screen counts a school year and everything,
and while a file of 2,000 sessions from another laptop is imported and merged.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stall.py [--sessions N] [--code PATH] [--keep FILE]
--code runs another checkout of Upstream (an older commit) against the same scenario, for a before/after ratio;
--keep keeps the generated records file, so a second run (or the other checkout) skips generating it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 100


def settle(app) -> None:
    """Until every task has delivered (the older code has no task runner: its work is done when the call returns)."""
    try:
        from facilitator.ui.tasks import running
    except ImportError:
        running = None
    while running is not None and running():
        app.processEvents()
        time.sleep(0.001)
    for _ in range(3):
        app.processEvents()


def measure(app, name: str, action: Callable[[], object]) -> dict[str, float]:
    """The longest gap between the 5 ms ticks while `action` runs and its results arrive."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    app.processEvents()
    begin = time.perf_counter()
    ticks.append(begin)
    action()
    settle(app)
    end = time.perf_counter()
    ticks.append(end)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    result = {"stall_ms": max(gaps) * 1000, "took_s": end - begin}
    print(f"  {name:<34} longest freeze {result['stall_ms']:8.0f} ms   done in {result['took_s']:6.2f} s")
    return result


def records_file(sessions: int, keep: Path | None, folder: Path, modules: list[str]) -> Path:
    """A records file of `sessions` generated sessions (see bench/sessions.py), reused from `keep` when it exists."""
    from facilitator.core.records.store import RecordsStore

    sys.path.insert(0, str(ROOT / "bench"))
    from sessions import fill

    target = folder / "records.db"
    if keep is not None and keep.exists():
        shutil.copyfile(keep, target)
        return target
    begin = time.perf_counter()
    store = RecordsStore(target)
    fill(store, sessions, modules)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"  generated {sessions:,} sessions in {time.perf_counter() - begin:.0f} s")
    if keep is not None:
        shutil.copyfile(target, keep)
    return target


def other_laptop(folder: Path, modules: list[str]) -> Path:
    """An exchange file of 2,000 sessions, as one facilitator's laptop sends a coordinator."""
    from facilitator.core.records.exchange import export_records
    from facilitator.core.records.store import RecordsStore

    sys.path.insert(0, str(ROOT / "bench"))
    from sessions import fill

    store = RecordsStore(folder / "other.db")
    fill(store, 2000, modules)
    store.db.execute("update sessions set id = lower(hex(randomblob(16)))")  # not the big file's sessions
    path = folder / "other.json"
    export_records(store, path)
    store.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout of Upstream to measure")
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the generated records file here")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    import os

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["UPSTREAM_DATA_DIR"] = str(folder)
        os.environ.setdefault("UPSTREAM_CACHE_DIR", str(folder / "cache"))
        os.environ.setdefault("UPSTREAM_LOG_DIR", str(folder / "logs"))
        from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

        import facilitator
        from facilitator.core.content.loader import load_curriculum

        print(f"{args.sessions:,} sessions, code from {Path(facilitator.__file__).parent.parent}")
        app = QApplication.instance() or QApplication([])
        curriculum = load_curriculum()
        modules = [m.id for m in curriculum.modules]
        records_file(args.sessions, args.keep, folder, modules)
        exchange_file = other_laptop(folder, modules)
        QMessageBox.open = lambda self, *a: None  # the summaries are not waited for
        QMessageBox.exec = lambda self: 0
        window = QWidget()
        window.resize(1200, 800)
        window.show()
        try:
            from facilitator.core.memory import settle_after_start
        except ImportError:  # an older checkout, which settles nothing
            pass
        else:
            settle_after_start()  # as the app does once its window is up (app.start)
        results = {"sessions": args.sessions}

        from facilitator.ui.sessions.records_guard import RecordsGuard

        guard = RecordsGuard(window)
        results["start: check and back up"] = measure(app, "start: check and back up", guard.start)
        opened: dict[str, object] = {}
        results["open the records"] = measure(app, "open the records", lambda: opened.update(store=guard.open()))
        store = opened["store"]

        from facilitator.ui.sessions.sessions_page import SessionsPage

        pages: dict[str, QWidget] = {}

        def open_sessions() -> None:
            pages["sessions"] = page = SessionsPage(curriculum, store, window)
            page.resize(1200, 800)
            page.show()

        results["Sessions: open the list"] = measure(app, "Sessions: open the list", open_sessions)
        sessions = pages["sessions"]
        results["Sessions: filter by county"] = measure(
            app, "Sessions: filter by county",
            lambda: sessions.county.setCurrentIndex(sessions.county.findData("County 7")))
        order = sessions.table.horizontalHeader().sortIndicatorOrder()
        results["Sessions: sort by site"] = measure(
            app, "Sessions: sort by site", lambda: sessions.table.sortByColumn(1, order))
        results["Sessions: every county again"] = measure(
            app, "Sessions: every county again", lambda: sessions.county.setCurrentIndex(0))
        results["Sessions: newest first again"] = measure(
            app, "Sessions: newest first again", lambda: sessions.table.sortByColumn(0, order))
        from PySide6.QtCore import QDate

        from facilitator.ui.reports.reports_page import ReportsPage

        def open_reports() -> None:
            pages["reports"] = page = ReportsPage(curriculum, store, window)
            page.resize(1100, 800)
            page.show()

        results["Reports: count the school year"] = measure(app, "Reports: count the school year", open_reports)
        reports = pages["reports"]
        results["Reports: count every year"] = measure(
            app, "Reports: count every year", lambda: reports.start.setDate(QDate(2000, 1, 1)))
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(folder / "export.json"), ""))
        results["Sessions: export every record"] = measure(
            app, "Sessions: export every record", sessions.exchange.export)
        QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: ([str(exchange_file)], ""))
        results["Import: 2,000 sessions merged"] = measure(
            app, "Import: 2,000 sessions merged", sessions.exchange.import_files)
        print(f"  import said: {sessions.exchange.last_message}")
        worst = max(value["stall_ms"] for key, value in results.items() if isinstance(value, dict))
        print(f"longest freeze of all: {worst:.0f} ms (target at most {TARGET_MS} ms)")
        store.close()
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    label = "current" if args.code.resolve() == ROOT else "other"
    (out / f"ui_stall-{args.sessions}-{label}.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
