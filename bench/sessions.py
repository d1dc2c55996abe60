"""Benchmark (not a test): the Sessions screen and the records store with 100,000 generated sessions.

Times opening the Sessions screen, changing a filter, and saving one session (bench/ui_stall.py measures how
long the window freezes meanwhile).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sessions.py [--sessions N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fill(store, sessions: int, modules: list[str]) -> None:
    """Generated sessions across 400 sites in 100 counties, written in bulk."""
    rng = random.Random(7)
    sites = [store.save_site(f"School {n}", "school", f"County {n % 100}") for n in range(400)]
    stamp = dt.datetime.now(dt.UTC).isoformat()
    audiences = ["grades_6_8", "grades_9_12", "adults", "parents", "educators", "community"]
    rows, links = [], []
    for n in range(sessions):
        rows.append({"key": n + 1, "id": str(uuid.UUID(int=rng.getrandbits(128))),
                     "date": (dt.date(2020, 1, 1) + dt.timedelta(days=n % 2500)).isoformat(),
                     "start_time": "", "minutes": 50, "site_id": rng.choice(sites).id,
                     "audience": rng.choice(audiences), "grade_band": "",
                     "languages": rng.choice(["en", "es", "en,es"]),
                     "facilitators": "", "delivery": "in_person", "participants": rng.randint(5, 40), "referrals": 0,
                     "curriculum_version": 1, "notes": "", "created_at": stamp, "updated_at": stamp,
                     "deleted_at": None, "device_id": store.device_id})
        links.append({"session_key": n + 1, "module_id": rng.choice(modules), "position": 0})
    with store.writing():
        store.db["sessions"].insert_all(rows, batch_size=5000)
        store.db["session_modules"].insert_all(links, batch_size=5000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from facilitator.core.content.loader import load_curriculum
    from facilitator.core.records.model import SessionRecord
    from facilitator.core.records.store import RecordsStore
    from facilitator.ui.sessions.sessions_page import SessionsPage
    from facilitator.ui.tasks import wait_for_tasks

    QApplication.instance() or QApplication([])
    curriculum = load_curriculum()
    with tempfile.TemporaryDirectory() as folder:
        store = RecordsStore(Path(folder) / "records.db")
        fill(store, args.sessions, [m.id for m in curriculum.modules])
        begin = time.perf_counter()
        page = SessionsPage(curriculum, store)
        page.resize(1200, 800)
        page.show()
        wait_for_tasks()  # the list is read, filtered and sorted on workers
        opened = time.perf_counter() - begin
        filters = []
        for county in ["County 7", "County 42", "", "County 99", ""] * 4:
            begin = time.perf_counter()
            page.county.setCurrentIndex(page.county.findData(county))
            wait_for_tasks()
            filters.append(time.perf_counter() - begin)
        site = store.sites()[0]
        saves = []
        for n in range(30):
            record = SessionRecord(dt.date.today(), site.id, "grades_9_12", 20 + n, ("root-causes",), 50,
                                   breakdowns={"gender": {"girl_woman": 10, "boy_man": 9}})
            begin = time.perf_counter()
            store.save_session(record)
            saves.append(time.perf_counter() - begin)
        shown = page.model.rowCount()
        store.close()
    results = {"sessions": args.sessions, "open_s": opened, "filter_ms": statistics.median(filters) * 1000,
               "filter_max_ms": max(filters) * 1000, "save_ms": statistics.median(saves) * 1000,
               "save_max_ms": max(saves) * 1000}
    print(f"{args.sessions:,} sessions: Sessions screen opens in {opened:.2f} s")
    print(f"filter change: median {results['filter_ms']:.1f} ms, max {results['filter_max_ms']:.1f} ms "
          f"(target < 50 ms); {shown:,} rows shown after the last change")
    print(f"save one session: median {results['save_ms']:.1f} ms, max {results['save_max_ms']:.1f} ms "
          "(target < 20 ms; synchronous=FULL, so each save is on disk)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sessions.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
