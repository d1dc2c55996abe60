"""Fault injection (not a test): kill the records' writers at random moments, fill the disk, make folders
read-only, leave stray logs, and offer bad exchange files and bad records files; then check that every reported save
is still there, the file passes SQLite's full check, and every bad input was refused with a reason.

Each kill runs the work in a child process and, once the child says it has begun, sends SIGKILL after a random delay
within the time the work takes when nothing stops it.
Run: .venv/bin/python bench/fault_injection.py [--kills N]   (as root, the full disk is a real 4 MB tmpfs)
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.core.records.backup import backup, backups, restore  # noqa: E402
from facilitator.core.records.exchange import export_records  # noqa: E402
from facilitator.core.records.file_checks import RecordsUnavailable, check_file  # noqa: E402
from facilitator.core.records.model import SessionRecord  # noqa: E402
from facilitator.core.records.schema import migrations  # noqa: E402
from facilitator.core.records.store import RecordsStore  # noqa: E402

SAVE_LOOP = """
import sys, datetime as dt
from pathlib import Path
from facilitator.core.records.model import SessionRecord
from facilitator.core.records.store import RecordsStore
store = RecordsStore(Path(sys.argv[1]))
site = store.sites()[0].id
print("start", flush=True)
for n in range(100000):
    store.save_session(SessionRecord(dt.date(2026, 10, 1 + n % 28), site, "adults", 10, ("what-is-trafficking",), 50))
    print(n + 1, flush=True)
"""
IMPORT = """
import sys
from pathlib import Path
from facilitator.core.records.exchange import import_records
from facilitator.core.records.store import RecordsStore
store = RecordsStore(Path(sys.argv[1]))
print("start", flush=True)
import_records(store, Path(sys.argv[2]))
"""
BACKUP = """
import sys
from pathlib import Path
from facilitator.core.records.backup import backup
print("start", flush=True)
for _ in range(50):
    backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""
RESTORE = """
import sys
from pathlib import Path
from facilitator.core.records.backup import restore
print("start", flush=True)
restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""
OPEN = """
import sys
from pathlib import Path
from facilitator.core.records.store import RecordsStore
print("start", flush=True)
RecordsStore(Path(sys.argv[1])).close()
"""


def child(code: str, *arguments: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, arguments)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def timed(code: str, *arguments: Path) -> float:
    """How long the work takes, from when the child says it has begun, when nothing kills it."""
    process = child(code, *arguments)
    assert process.stdout.readline().strip() == "start"
    start = time.perf_counter()
    _out, error = process.communicate()
    if process.returncode:
        raise SystemExit(f"the work itself fails: {error}")
    return time.perf_counter() - start


def killed(code: str, *arguments: Path, within: float, rng: random.Random) -> str:
    """Start the work and SIGKILL it at a random moment within `within` seconds of its beginning; what it
    printed after it began."""
    process = child(code, *arguments)
    process.stdout.readline()  # "start"
    time.sleep(rng.uniform(0, within))
    process.send_signal(signal.SIGKILL)
    out, _error = process.communicate()
    return out


def sessions_in(path: Path) -> int:
    store = RecordsStore(path)
    try:
        return len(store.session_rows())
    finally:
        store.close()


def sessions_of(path: Path) -> list[tuple]:
    """Every session row as stored, to compare before and after."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("select * from sessions order by key").fetchall()
    finally:
        connection.close()


def new_records(path: Path, sessions: int) -> None:
    store = RecordsStore(path)
    site = store.save_site("Site", "school", "Wake")
    rows = [SessionRecord(dt.date(2026, 9, 1 + n % 28), site.id, "adults", 12, ("root-causes",), 50)
            for n in range(sessions)]
    for row in rows:
        store.save_session(row)
    store.close()


# --- the faults ---------------------------------------------------------------------------------------------------
def kills_during_save(folder: Path, kills: int, rng: random.Random) -> dict:
    database = folder / "save.db"
    new_records(database, 0)
    lost = damaged = 0
    for _ in range(kills):
        before = sessions_in(database)
        printed = killed(SAVE_LOOP, database, within=1.5, rng=rng).split()
        reported = int(printed[-1]) if printed else 0
        after = sessions_in(database)
        lost += max(0, before + reported - after)
        damaged += check_file(database) != "ok"
    return {"kills": kills, "reported saves lost": lost, "files damaged": damaged}


def kills_during_import(folder: Path, kills: int, rng: random.Random) -> dict:
    source, database = folder / "source.db", folder / "import.db"
    new_records(source, 1500)
    exchange = folder / "records.upstream"
    store = RecordsStore(source)
    export_records(store, exchange)
    store.close()
    new_records(database, 5)
    spare = folder / "import-start.db"
    shutil.copyfile(database, spare)
    took = timed(IMPORT, database, exchange)
    whole = sessions_in(database) - 5
    partial = damaged = 0
    for _ in range(kills):
        shutil.copyfile(spare, database)
        killed(IMPORT, database, exchange, within=took, rng=rng)
        partial += sessions_in(database) not in (5, 1505)
        damaged += check_file(database) != "ok"
    return {"kills": kills, "sessions a whole import adds": whole, "seconds per import": round(took, 2),
            "half imports": partial, "files damaged": damaged}


def kills_during_backup(folder: Path, kills: int, rng: random.Random) -> dict:
    database, target = folder / "backed.db", folder / "backups"
    new_records(database, 3000)
    took = timed(BACKUP, database, target) / 50
    bad = 0
    for _ in range(kills):
        killed(BACKUP, database, target, within=took * 5, rng=rng)
        bad += sum(check_file(path) != "ok" for path in backups(target))
    backup(database, target)
    return {"kills": kills, "damaged backups": bad, "part files left after the next backup":
            len(list(target.glob("*.part*"))), "records lost": 3000 - sessions_in(database)}


def kills_during_restore(folder: Path, kills: int, rng: random.Random) -> dict:
    database = folder / "restored.db"
    new_records(database, 2000)
    good = backup(database, folder / "restore-backups")
    store = RecordsStore(database)
    store.save_session(SessionRecord(dt.date(2026, 9, 2), store.sites()[0].id, "adults", 3, ("root-causes",), 50))
    store.close()
    took = timed(RESTORE, good, database)
    missing = other = 0
    for _ in range(kills):
        killed(RESTORE, good, database, within=took, rng=rng)
        if not database.exists():
            missing += 1
            continue
        other += sessions_in(database) not in (2000, 2001)
    kept = list(folder.glob("restored-replaced-*.db"))
    restore(good, database)
    return {"kills": kills, "records file missing": missing, "neither the old nor the backup": other,
            "copies of replaced files, all good": all(check_file(path) == "ok" for path in kept),
            "partial copies left after the next restore": len(list(folder.glob("restored.db.restoring*")))}


def kills_during_migration(folder: Path, kills: int, rng: random.Random) -> dict:
    database = folder / "old.db"
    store = RecordsStore(folder / "template.db")
    store.close()
    old = sqlite3.connect(database)
    from sqlite_utils import Database

    migrations.apply(Database(old), stop_before="key_details_by_session")
    old.execute("insert into sites (id, name, created_at, updated_at) values ('s', 'Site', 'x', 'x')")
    old.executemany("insert into sessions (id, date, site_id, participants, created_at) values (?, ?, 's', 9, 'x')",
                    [(f"session-{n}", "2026-09-01") for n in range(40_000)])
    old.executemany("insert into session_modules (session_id, module_id, position) values (?, 'root-causes', 0)",
                    [(f"session-{n}",) for n in range(40_000)])
    old.commit()
    old.close()
    spare = folder / "old-start.db"
    shutil.copyfile(database, spare)
    took = timed(OPEN, database)
    lost = 0
    for _ in range(kills):
        shutil.copyfile(spare, database)
        for extra in folder.glob("old-before-*"):
            extra.unlink()
        killed(OPEN, database, within=took, rng=rng)
        lost += sessions_in(database) != 40_000
    return {"kills": kills, "seconds per migration": round(took, 2), "sessions lost": lost}


def full_disk(folder: Path) -> dict:
    """Save until the disk is full: every save either lands whole or says the disk is full."""
    mounted = False
    if os.geteuid() == 0:
        small = folder / "small"
        small.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(small)]).returncode == 0
    try:
        database = (folder / "small" if mounted else folder) / "full.db"
        store = RecordsStore(database)
        try:
            site = store.save_site("Site", "school", "Wake").id
            if not mounted:  # no tmpfs: SQLite's own page limit stands in for the disk
                store.db.execute("pragma max_page_count = 1000")
            saved, answer = 0, ""
            for n in range(100_000):
                try:
                    store.save_session(SessionRecord(dt.date(2026, 9, 1), site, "adults", 5, ("root-causes",), 50,
                                                     notes=f"note {n} " + "x" * 2000))
                    saved += 1
                except RecordsUnavailable as error:
                    answer = error.code
                    break
        finally:
            store.close()
        kept = sessions_in(database) if answer else -1
        return {"disk": "4 MB tmpfs" if mounted else "page limit", "saves before full": saved, "said": answer,
                "saves kept": kept, "file good": check_file(database) == "ok"}
    finally:
        if mounted:
            subprocess.run(["umount", str(folder / "small")])


def read_only_folder(folder: Path) -> dict:
    """A records folder that cannot be written: refused as read-only, not damaged, and the file unchanged."""
    data = folder / "read-only"
    data.mkdir()
    new_records(data / "records.db", 2)
    before = (data / "records.db").read_bytes()
    read_only_mount = ["mount", "--bind", "-o", "ro", str(data), str(data)]
    mounted = os.geteuid() == 0 and subprocess.run(read_only_mount).returncode == 0
    if not mounted:
        data.chmod(0o555)
    try:
        RecordsStore(data / "records.db").close()
        said = "opened"
    except RecordsUnavailable as error:
        said = error.code
    except Exception as error:
        said = f"{type(error).__name__}: {error}"
    finally:
        if mounted:
            subprocess.run(["umount", str(data)])
        data.chmod(0o755)
    return {"folder": "read-only mount" if mounted else "mode 555", "said": said,
            "file unchanged": (data / "records.db").read_bytes() == before}


def stray_logs(folder: Path, trials: int) -> dict:
    """A log from another file, and a backup copied by hand over a crashed file: neither is replayed."""
    kept_whole = 0
    for trial in range(trials):
        place = folder / f"stray-{trial}"
        place.mkdir()
        new_records(place / "records.db", 31)
        live = RecordsStore(place / "live.db")
        site = live.save_site("Other", "school", "Durham").id
        for n in range(20 + trial * 7):
            live.save_session(SessionRecord(dt.date(2026, 9, 1 + n % 28), site, "adults", 4, ("root-causes",), 50))
        if trial % 2:  # a backup of the live file put over it by hand
            kept = backup(place / "live.db", place / "backups")
            live.save_session(SessionRecord(dt.date(2026, 9, 3), site, "adults", 4, ("root-causes",), 50))
            shutil.copyfile(kept, place / "records.db")
            expected = 20 + trial * 7
        else:  # another file's log
            expected = 31
        shutil.copyfile(place / "live.db-wal", place / "records.db-wal")
        live.close()
        kept_whole += sessions_in(place / "records.db") == expected
    return {"trials": trials, "records as they were": kept_whole}



TRY_IMPORT = """
import sys
from pathlib import Path
from facilitator.core.records.exchange import ExchangeError, import_records
from facilitator.core.records.store import RecordsStore
store = RecordsStore(Path(sys.argv[1]))
try:
    import_records(store, Path(sys.argv[2]))
    print("imported")
except ExchangeError as error:
    print("refused", error.code)
"""
TRY_OPEN = """
import sys
from pathlib import Path
from facilitator.core.records.store import DamagedDatabase, RecordsStore, RecordsUnavailable
try:
    RecordsStore(Path(sys.argv[1])).close()
    print("opened")
except (DamagedDatabase, RecordsUnavailable) as error:
    print("refused", error.code)
"""


def bad_exchange_files(folder: Path) -> dict:
    """Files a careless tool, a damaged disk or a hostile hand might give: each must be refused with a reason,
    at once, the records unchanged. Files with a changed field are resealed, so only their meaning is wrong."""
    from facilitator.core.records.exchange import SEAL, sealed

    source = folder / "source.db"
    store = RecordsStore(source)
    site = store.save_site("Escuela Peña", "school", "Wake")
    store.save_session(SessionRecord(dt.date(2026, 9, 1), site.id, "adults", 12, ("root-causes",), 50))
    good = folder / "good.json"
    export_records(store, good)
    store.close()
    document = json.loads(good.read_bytes())

    def changed(change: Callable[[dict], object]) -> bytes:
        """The good file with its session changed, sealed again (in ASCII, so even a lone surrogate is written)."""
        copy = json.loads(json.dumps(document))
        change(copy["payload"]["sessions"][0])
        body = json.dumps({key: value for key, value in copy.items() if key != "sha256"})[1:].encode("ascii")
        return SEAL + hashlib.sha256(body).hexdigest().encode("ascii") + b'", ' + body

    def session_field(name: str, value: object) -> Callable[[dict], object]:
        return lambda session: session.__setitem__(name, value)

    raw = good.read_bytes()
    inputs: dict[str, bytes | str] = {
        "participants 2**63-1": changed(session_field("participants", 2**63 - 1)),
        "participants -1": changed(session_field("participants", -1)),
        "minutes Infinity": changed(session_field("minutes", float("inf"))),
        "minutes a float": changed(session_field("minutes", 50.5)),
        "date 20261001": changed(session_field("date", "20261001")),
        "date 2026-13-01": changed(session_field("date", "2026-13-01")),
        "audience Grades_6_8": changed(session_field("audience", "Grades_6_8")),
        "unknown module": changed(session_field("modules", [["no-such-module", 0]])),
        "unknown breakdown": changed(session_field("breakdowns", [["gender", "unicorn", 3]])),
        "10 MB notes": changed(session_field("notes", "x" * 10_000_000)),
        "a phone number in the notes": changed(session_field("notes", "call her at 919-555-0100")),
        "a lone surrogate": changed(session_field("notes", "\ud800")),
        "a roster on a youth session": changed(lambda s: s.update(audience="grades_6_8",
                                                                   roster=[["x", "Ana", "", "", ""]])),
        "a list where text belongs": changed(session_field("notes", ["a", "b"])),
        "an integer of 4,000 digits": changed(session_field("participants", 10**4000)),
        "100,000 nested brackets": b"[" * 100_000 + b"]" * 100_000,
        "truncated": raw[: len(raw) // 2],
        "one byte changed": raw[:200] + bytes([raw[200] ^ 1]) + raw[201:],
        "not UTF-8": b"\xff\xfe" + raw,
        "empty": b"",
        "a spreadsheet": b"PK\x03\x04" + b"\0" * 200,
        "from a newer Upstream": sealed({**{k: v for k, v in document.items() if k != "sha256"}, "schema": 99}),
        "the same session twice": sealed({**document, "payload": {**document["payload"], "sessions":
                                                                   document["payload"]["sessions"] * 2}}),
        "a pipe": "fifo",
        "a folder": "folder",
        "a link to /dev/zero": "zero",
    }
    database = folder / "records.db"
    new_records(database, 3)
    before = sessions_of(database)
    outcomes: dict[str, str] = {}
    for number, (name, content) in enumerate(inputs.items()):
        path = folder / f"bad-{number}.json"
        if content == "fifo":
            os.mkfifo(path)
        elif content == "folder":
            path.mkdir()
        elif content == "zero":
            path.symlink_to("/dev/zero")
        else:
            path.write_bytes(content)  # type: ignore[arg-type]
        try:
            result = subprocess.run([sys.executable, "-c", TRY_IMPORT, str(database), str(path)], cwd=ROOT,
                                    capture_output=True, text=True, timeout=60)
            outcomes[name] = result.stdout.strip() or f"crashed: {result.stderr.strip().splitlines()[-1:]}"
        except subprocess.TimeoutExpired:
            outcomes[name] = "hung"
    refused = sum(outcome.startswith("refused") for outcome in outcomes.values())
    return {"bad files": len(inputs), "refused with a reason": refused,
            "not refused": {name: outcome for name, outcome in outcomes.items() if not outcome.startswith("refused")},
            "records unchanged": sessions_of(database) == before and check_file(database) == "ok"}


def bad_records_files(folder: Path) -> dict:
    """What might sit where the records file belongs: each is refused with a code, and left exactly as it was."""
    template = folder / "template.db"
    new_records(template, 2)
    data = template.read_bytes()
    index_damage = folder / "index.db"
    index_damage.write_bytes(data)
    connection = sqlite3.connect(index_damage)
    connection.execute("create index idx_damage on sessions (participants)")
    connection.execute("pragma writable_schema = on")
    connection.execute("update sqlite_master set sql = 'create index idx_damage on sessions (minutes)' "
                       "where name = 'idx_damage'")
    connection.commit()
    connection.close()
    newer = folder / "newer.db"
    newer.write_bytes(data)
    connection = sqlite3.connect(newer)
    connection.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values "
                       "('upstream-records', 'm099_from_the_future', '2030-01-01')")
    connection.commit()
    connection.close()
    inputs: dict[str, bytes | str | Path] = {
        "random bytes": bytes(random.Random(1).getrandbits(8) for _ in range(50_000)),
        "a spreadsheet": b"PK\x03\x04" + b"\0" * 4096,
        "the header only": data[:100],
        "truncated": data[: len(data) // 2],
        "a page zeroed": data[:4096] + b"\0" * 4096 + data[8192:],
        "damage only the full check sees": index_damage,
        "from a newer Upstream": newer,
        "a folder": "folder",
        "a pipe": "fifo",
        "a link to /dev/zero": "zero",
    }
    outcomes: dict[str, str] = {}
    unchanged = 0
    for number, (name, content) in enumerate(inputs.items()):
        place = folder / f"case-{number}"
        place.mkdir()
        path = place / "records.db"
        if content == "folder":
            path.mkdir()
        elif content == "fifo":
            os.mkfifo(path)
        elif content == "zero":
            path.symlink_to("/dev/zero")
        elif isinstance(content, Path):
            shutil.copyfile(content, path)
        else:
            path.write_bytes(content)
        before = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        try:
            result = subprocess.run([sys.executable, "-c", TRY_OPEN, str(path)], cwd=ROOT, capture_output=True,
                                    text=True, timeout=60)
            outcomes[name] = result.stdout.strip() or f"crashed: {result.stderr.strip().splitlines()[-1:]}"
        except subprocess.TimeoutExpired:
            outcomes[name] = "hung"
        unchanged += before is None or path.read_bytes() == before
    return {"bad files": len(inputs), "refused with a code": sum(o.startswith("refused") for o in outcomes.values()),
            "not refused": {name: o for name, o in outcomes.items() if not o.startswith("refused")},
            "left as they were": unchanged}

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20, help="kills of each kind")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    faults: dict[str, Callable[[Path], dict]] = {
        "kill during save": lambda f: kills_during_save(f, args.kills, rng),
        "kill during import": lambda f: kills_during_import(f, args.kills, rng),
        "kill during backup": lambda f: kills_during_backup(f, args.kills, rng),
        "kill during restore": lambda f: kills_during_restore(f, args.kills, rng),
        "kill during migration": lambda f: kills_during_migration(f, args.kills, rng),
        "full disk": full_disk,
        "read-only folder": read_only_folder,
        "stray write-ahead logs": lambda f: stray_logs(f, 10),
        "bad exchange files": bad_exchange_files,
        "bad records files": bad_records_files,
    }
    results = {}
    for name, fault in faults.items():
        with tempfile.TemporaryDirectory() as folder:
            results[name] = fault(Path(folder))
        print(f"{name}: {json.dumps(results[name])}", flush=True)


if __name__ == "__main__":
    main()
