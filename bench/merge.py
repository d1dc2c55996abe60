"""Benchmark (not a test): merging records files from many laptops into one database.

Builds N laptops' records (2,000 sessions each by default, with modules, section fidelity, breakdowns and survey
tallies), exports each to a file, then times what a person does to merge them, from reading the files to the last
commit, into an empty database (several times, as a shared machine's timings vary; the median is the figure), and
then importing them all a second time (which must change nothing):
- all the files in one import (import_files), as the Import button and `facilitator records import FILE...` do;
- one file at a time, as `facilitator records import FILE` run once per file does (read_exchange, then
  merge_document: exactly import_records, its reading timed apart).
Then times the report over all the sessions against the same aggregates written as plain SQL, in the same run.
Run: .venv/bin/python bench/merge.py [--laptops 50] [--sessions 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SURVEY_ITEMS = ("definition-amp", "minors-no-force", "no-movement", "trafficking-vs-smuggling")
"""Four of the survey's questions (an import refuses a tally of a question the survey does not have)."""


def laptop(store, index: int, sessions: int) -> None:
    """One facilitator's records, written in bulk: 20 sites of their own and 5 shared with everyone."""
    rng = random.Random(index)
    own = [store.save_site(f"School {index}-{n}", "school", f"County {n % 100}") for n in range(20)]
    shared = [store.save_site(f"Shared Center {n}", "community", "Wake") for n in range(5)]
    sites = own + shared
    stamp = dt.datetime.now(dt.UTC).isoformat()
    versions = json.dumps({store.device_id: 1})
    rows, modules, sections, breakdowns, tallies = [], [], [], [], []
    for n in range(sessions):
        rows.append({"key": n + 1, "id": str(uuid.UUID(int=rng.getrandbits(128))),
                     "date": (dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)).isoformat(),
                     "start_time": "10:30", "minutes": 50, "site_id": rng.choice(sites).id,
                     "audience": rng.choice(["grades_6_8", "grades_9_12", "adults", "parents"]), "grade_band": "",
                     "languages": rng.choice(["en", "es", "en,es"]), "facilitators": "", "delivery": "in_person",
                     "participants": rng.randint(10, 40), "referrals": 0, "curriculum_version": 2, "notes": "",
                     "created_at": stamp, "updated_at": stamp, "deleted_at": None, "device_id": store.device_id,
                     "versions": versions})
        modules.append({"session_key": n + 1, "module_id": "what-is-trafficking", "position": 0})
        sections += [{"session_key": n + 1, "module_id": "what-is-trafficking", "section_id": f"s{k}",
                      "fidelity": rng.choice(["as_written", "as_written", "adapted", "skipped"]), "note": ""}
                     for k in range(6)]
        breakdowns += [{"session_key": n + 1, "dimension": "gender", "category": c, "count": 5}
                       for c in ("girl_woman", "boy_man")]
        tallies += [{"session_key": n + 1, "item_id": item, "timing": t, "answered": 20, "correct": 12}
                    for item in SURVEY_ITEMS for t in ("pre", "post")]
    with store.writing():
        for table, batch in (("sessions", rows), ("session_modules", modules), ("section_fidelity", sections),
                             ("breakdowns", breakdowns), ("survey_tallies", tallies)):
            store.db[table].insert_all(batch, batch_size=5000)


LIVE = "deleted_at is null"
PLAIN_SQL = [
    f"select count(*), sum(participants), count(distinct site_id), sum(minutes) from sessions where {LIVE}",
    f"select count(distinct t.county) from sessions s join sites t on t.id = s.site_id where s.{LIVE}",
    f"select substr(date, 1, 7), count(*), sum(participants) from sessions where {LIVE} group by 1",
    f"select m.module_id, count(*), sum(participants) from sessions s join session_modules m on m.session_key = s.key "
    f"where s.{LIVE} group by 1",
    f"select audience, count(*), sum(participants) from sessions where {LIVE} group by 1",
    f"select t.county, count(*), sum(participants) from sessions s left join sites t on t.id = s.site_id "
    f"where s.{LIVE} group by 1",
    f"select languages, count(*), sum(participants) from sessions where {LIVE} group by 1",
    f"select t.name, t.county, count(*), sum(participants) from sessions s left join sites t on t.id = s.site_id "
    f"where s.{LIVE} group by s.site_id",
    f"select f.fidelity, count(*) from section_fidelity f join sessions s on s.key = f.session_key where s.{LIVE} "
    "group by 1",
    "select t.item_id, t.timing, sum(t.answered), sum(t.correct) from survey_tallies t join sessions s "
    f"on s.key = t.session_key where s.{LIVE} group by 1, 2",
]
"""What a coordinator would type into sqlite3 for the same figures, without a date range."""


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


MERGE_TARGET_S = 10.0
"""Merging 50 laptops' files of 2,000 sessions, reading included."""


def settle() -> None:
    """Let the disk finish writing what came before, so that a timing holds only its own writes."""
    if hasattr(os, "sync"):
        os.sync()


def one_at_a_time(store, files: list[Path]) -> tuple[float, float, list]:
    """(total, reading and checking) seconds of importing each file on its own, and the summaries."""
    from facilitator.core.records.exchange import merge_document, read_exchange

    settle()
    reading = 0.0
    summaries = []
    start = time.perf_counter()
    for path in files:
        began = time.perf_counter()
        document = read_exchange(path)
        reading += time.perf_counter() - began
        summaries.append(merge_document(store, document))
    return time.perf_counter() - start, reading, summaries


def all_at_once(store, files: list[Path]) -> tuple[float, list]:
    from facilitator.core.records.exchange import import_files

    settle()
    start = time.perf_counter()
    summaries = import_files(store, files)
    return time.perf_counter() - start, summaries


def changed(summaries: list) -> int:
    return sum(s.new + s.updated for s in summaries)


def fresh(base: Path, name: str):
    from facilitator.core.records.store import RecordsStore

    for old in base.glob(f"{name}.db*"):
        old.unlink()
    return RecordsStore(base / f"{name}.db")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="merges into an empty database per way (median kept)")
    args = parser.parse_args()
    from facilitator.core.records.exchange import export_records
    from facilitator.core.records.store import RecordsStore
    from facilitator.core.reports.figures import build_report

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        files = []
        for index in range(args.laptops):
            store = RecordsStore(base / f"laptop{index}.db")
            laptop(store, index, args.sessions)
            files.append(base / f"laptop{index}.json")
            export_records(store, files[-1])
            store.close()
        size = sum(f.stat().st_size for f in files) / len(files) / 1e6
        singles, readings, wholes = [], [], []
        for _ in range(args.repeat):
            merged = fresh(base, "one-at-a-time")
            first, reading, summaries = one_at_a_time(merged, files)
            singles.append(first)
            readings.append(reading)
            merged.close()
            merged = fresh(base, "all-at-once")
            first_all, summaries_all = all_at_once(merged, files)
            wholes.append(first_all)
            merged.close()
        merged = RecordsStore(base / "one-at-a-time.db")
        again, _, summaries_again = one_at_a_time(merged, files)
        total = merged.db.execute("select count(*), sum(participants) from sessions").fetchone()
        sites = merged.db.execute("select count(*) from sites").fetchone()[0]
        merged.close()
        merged = RecordsStore(base / "all-at-once.db")
        again_all, summaries_all_again = all_at_once(merged, files)
        same = (changed(summaries_all), merged.db.execute("select count(*), sum(participants) from sessions")
                .fetchone(), merged.db.execute("select count(*) from sites").fetchone()[0]) == \
            (changed(summaries), total, sites)
        report_s = best_of(3, lambda: build_report(merged, dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
        plain_s = best_of(3, lambda: [merged.db.execute(sql).fetchall() for sql in PLAIN_SQL])
        merged.close()
    laptops, per_file = args.laptops, 1000 / args.laptops
    single, whole = statistics.median(singles), statistics.median(wholes)
    print(f"{laptops} files of {args.sessions:,} sessions ({size:.1f} MB each); {changed(summaries):,} records new; "
          f"{total[0]:,} sessions, {total[1]:,} participants, {sites} sites; median of {args.repeat} merges each")
    print(f"all files in one import (the Import button, `records import FILE...`): merged in {whole:.2f} s "
          f"(target < {MERGE_TARGET_S:.0f} s; runs {', '.join(f'{t:.2f}' for t in wholes)}); the same records as "
          f"one at a time: {'yes' if same else 'NO'}")
    print(f"  importing all {laptops} again: {again_all:.2f} s; changed {changed(summaries_all_again)} records "
          "(must be 0)")
    print(f"one file at a time (`records import FILE` once per file): merged in {single:.2f} s (runs "
          f"{', '.join(f'{t:.2f}' for t in singles)}); per file {statistics.median(readings) * per_file:.0f} ms "
          f"reading and checking, {(single - statistics.median(readings)) * per_file:.0f} ms merging")
    print(f"  importing all {laptops} again: {again:.2f} s; changed {changed(summaries_again)} records (must be 0)")
    print(f"report over {total[0]:,} sessions: {report_s * 1000:.0f} ms; the same aggregates as plain SQL: "
          f"{plain_s * 1000:.0f} ms; ratio {report_s / plain_s:.2f}x (target within 1.5x)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "merge.json").write_text(json.dumps({
        "laptops": laptops, "sessions": args.sessions, "merge_all_s": wholes, "merge_one_by_one_s": singles,
        "read_s": readings, "again_all_s": again_all, "again_s": again, "report_s": report_s,
        "plain_sql_s": plain_s}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
