"""The records file is never replaced, mixed or emptied without the person choosing it: stray logs, restores,
damage only the full check sees, odd paths, and two programs writing at once."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from records_helpers import session

from facilitator.core.records.backup import backup, backups, latest_good, made_at, restore
from facilitator.core.records.file_checks import DamagedDatabase, RecordsUnavailable, check_file
from facilitator.core.records.model import SessionRecord
from facilitator.core.records.store import RecordsStore

ROOT = Path(__file__).resolve().parent.parent


def filled(path: Path, sessions: int, site_name: str = "Site") -> RecordsStore:
    store = RecordsStore(path)
    site = store.save_site(site_name, "school", "Wake")
    for n in range(sessions):
        store.save_session(session(site.id, 1 + n % 28))
    return store


def closed(store: RecordsStore) -> Path:
    store.close()
    return store.path


def crashed_copy(store: RecordsStore, folder: Path) -> Path:
    """The records file and its log as a crash would leave them: copied while the store is still open."""
    folder.mkdir(exist_ok=True)
    assert store.path.with_name(store.path.name + "-wal").stat().st_size > 0
    for suffix in ("", "-wal"):
        shutil.copyfile(store.path.with_name(store.path.name + suffix), folder / f"records.db{suffix}")
    return folder / "records.db"


def count(path: Path) -> int:
    store = RecordsStore(path)
    try:
        return len(store.session_rows())
    finally:
        store.close()


# --- item 1: a log that does not belong to the file ------------------------------------------------------------
def test_a_log_from_another_records_file_is_set_aside_not_replayed(tmp_path: Path) -> None:
    ours = filled(tmp_path / "ours.db", 41)
    ours.close()
    theirs = RecordsStore(tmp_path / "theirs.db")
    theirs.save_site("Elsewhere", "school", "Durham")  # their log now rewrites the pages ours keeps sessions in
    shutil.copyfile(tmp_path / "theirs.db-wal", tmp_path / "ours.db-wal")
    store = RecordsStore(tmp_path / "ours.db")
    assert len(store.session_rows()) == 41, "every session is still there"
    assert [n.code for n in store.notices] == ["log_set_aside"]
    kept = store.notices[0].path
    store.close()
    assert kept.exists() and kept.with_name(kept.name + "-wal").exists(), "the stray log is kept, with a copy"
    assert count(tmp_path / "ours.db") == 41


def test_a_backup_copied_by_hand_over_a_crashed_file_is_not_mixed_with_its_log(tmp_path: Path) -> None:
    live = filled(tmp_path / "records.db", 31)
    kept = backup(live.path, tmp_path / "backups")
    site = live.sites()[0].id
    for n in range(90):
        live.save_session(session(site, 1 + n % 28))
    crashed = crashed_copy(live, tmp_path / "crash")
    live.close()
    shutil.copyfile(kept, crashed)  # "a plain SQLite file": the person puts the backup in place
    store = RecordsStore(crashed)
    assert len(store.session_rows()) == 31, "the backup, as it was, not a mix with the old file's log"
    assert store.notices and store.notices[0].code == "log_set_aside"
    store.close()


def test_a_log_left_by_a_crash_is_replayed_even_after_sqlite_copied_part_of_it(tmp_path: Path) -> None:
    live = filled(tmp_path / "records.db", 0)
    site = live.sites()[0].id
    for n in range(150):  # long notes: enough pages for SQLite to copy the log into the file on its own
        live.save_session(session(site, 1 + n % 28, notes=f"{n} " + "x" * 3500))
    crashed = crashed_copy(live, tmp_path / "crash")
    live.close()
    alone = sqlite3.connect(f"file:{crashed}?immutable=1", uri=True)
    assert 0 < alone.execute("select count(*) from sessions").fetchone()[0] < 150, "part of the log is in the file"
    alone.close()
    store = RecordsStore(crashed)
    assert len(store.session_rows()) == 150 and store.notices == []
    store.close()


HOLD_A_READ = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("begin")
connection.execute("select count(*) from sessions").fetchone()
print("reading", flush=True)
time.sleep(60)
"""


def test_a_log_held_back_by_a_reader_through_hundreds_of_saves_still_belongs(tmp_path: Path) -> None:
    """A program reading the records (a database browser, a long export) keeps SQLite from copying the log into the
    file; every save since must still be recognised as the file's own."""
    live = filled(tmp_path / "records.db", 20)
    site = live.sites()[0].id
    reader = subprocess.Popen([sys.executable, "-c", HOLD_A_READ, str(live.path)], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        for n in range(450):
            live.save_session(session(site, 1 + n % 28))
        crashed = crashed_copy(live, tmp_path / "crash")
    finally:
        reader.kill()
        reader.wait()
    live.close()
    store = RecordsStore(crashed)
    assert len(store.session_rows()) == 470 and store.notices == []
    store.close()


def without_marks(path: Path) -> None:
    """The file as an Upstream from before the write marks left it: no token, no base, no marks."""
    connection = sqlite3.connect(path)
    connection.execute("delete from meta where key in ('write_token', 'write_base')")
    connection.execute("delete from write_marks")
    connection.commit()
    connection.execute("pragma wal_checkpoint(truncate)")
    connection.close()


def test_a_backup_from_before_the_marks_copied_over_a_crashed_file_is_not_mixed(tmp_path: Path) -> None:
    old = tmp_path / "old-backup.db"
    filled(old, 31).close()
    without_marks(old)
    shutil.copyfile(old, tmp_path / "records.db")
    live = RecordsStore(tmp_path / "records.db")  # the first open after the upgrade
    site = live.sites()[0].id
    for n in range(95):
        live.save_session(session(site, 1 + n % 28))
    crashed = crashed_copy(live, tmp_path / "crash")
    live.close()
    shutil.copyfile(old, crashed)
    store = RecordsStore(crashed)
    assert len(store.session_rows()) == 31 and [n.code for n in store.notices] == ["log_set_aside"]
    store.close()


def test_a_crash_log_of_a_file_from_before_the_marks_is_replayed(tmp_path: Path) -> None:
    """Written by an Upstream that made no marks, for a file that has none: judged by its records alone."""
    database = tmp_path / "records.db"
    filled(database, 3).close()
    without_marks(database)
    connection = sqlite3.connect(database)  # the older Upstream saves, then the laptop loses power
    connection.execute("pragma wal_autocheckpoint = 0")
    connection.execute("update sessions set participants = 99")
    connection.commit()
    crashed = tmp_path / "crash"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(tmp_path / f"records.db{suffix}", crashed / f"records.db{suffix}")
    connection.close()
    store = RecordsStore(crashed / "records.db")
    assert {row.participants for row in store.session_rows()} == {99} and store.notices == []
    store.close()


def test_db_check_reports_a_log_that_does_not_belong(tmp_path: Path, monkeypatch, capsys) -> None:
    from facilitator import cli

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    filled(tmp_path / "records.db", 3).close()
    other = RecordsStore(tmp_path / "other.db")
    other.save_site("Elsewhere", "school", "Durham")
    shutil.copyfile(tmp_path / "other.db-wal", tmp_path / "records.db-wal")
    before = (tmp_path / "records.db").read_bytes()
    assert cli.main(["db", "check"]) == 1
    assert "write-ahead log does not belong" in capsys.readouterr().out
    assert (tmp_path / "records.db").read_bytes() == before and (tmp_path / "records.db-wal").exists()


# --- item 2: restore copies whole, checks, then swaps ----------------------------------------------------------
def test_restore_of_a_missing_file_changes_nothing(tmp_path: Path) -> None:
    filled(tmp_path / "records.db", 2).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(RecordsUnavailable) as raised:
        restore(tmp_path / "records-2026O101.db", tmp_path / "records.db")
    assert raised.value.code == "missing" and sorted(p.name for p in tmp_path.iterdir()) == before
    assert count(tmp_path / "records.db") == 2


def test_two_restores_in_the_same_second_keep_both_replaced_files(tmp_path: Path, monkeypatch) -> None:
    from facilitator.core.records import backup as backup_module

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC)

    monkeypatch.setattr(backup_module.dt, "datetime", Frozen)
    database = tmp_path / "records.db"
    filled(database, 1).close()
    first = backup(database, tmp_path / "backups")
    store = filled(database, 0)
    store.save_session(session(store.sites()[0].id, 3))
    store.close()
    kept = [restore(first, database), restore(first, database)]
    assert kept[0] != kept[1] and all(path.exists() for path in kept)
    assert [count(path) for path in kept] == [2, 1]


def test_restore_is_refused_while_another_program_has_the_records_open(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    filled(database, 2).close()
    good = backup(database, tmp_path / "backups")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('select 1 from sessions').fetchall();"
        " print('open', flush=True); time.sleep(30)"), str(database)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(RecordsUnavailable) as raised:
            restore(good, database)
        assert raised.value.code == "in_use"
    finally:
        holder.kill()
        holder.wait()
    assert restore(good, database) is not None, "once it is closed, the restore goes ahead"


KILL_DURING_RESTORE = """
import sys
from pathlib import Path
from facilitator.core.records import backup
original = backup.os.replace
def replace(source, target):
    if str(target).endswith("records.db"):
        print("swapping", flush=True)
        import os, signal; os.kill(os.getpid(), signal.SIGKILL)
    original(source, target)
backup.os.replace = replace
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_restore_killed_at_the_swap_leaves_the_records_in_place(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 1)), tmp_path / "backups")
    store = RecordsStore(database)
    store.save_session(session(store.sites()[0].id, 2))
    store.close()
    result = subprocess.run([sys.executable, "-c", KILL_DURING_RESTORE, str(good), str(database)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == -9 and "swapping" in result.stdout
    assert count(database) == 2, "killed before the swap: the records are as they were"



def test_a_log_left_by_a_killed_restore_never_reaches_the_next_copy(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 2)), tmp_path / "backups")
    other = filled(tmp_path / "other.db", 30, site_name="Elsewhere")
    shutil.copyfile(tmp_path / "other.db-wal", tmp_path / "records.db.restoring.part-wal")
    other.close()
    restore(good, database)
    assert count(database) == 2 and not list(tmp_path.glob("records.db.restoring*"))
    assert sorted(path.name for path in good.parent.iterdir()) == [good.name], "a backup is one file, nothing beside"

KILL_AFTER_SWAP = """
import os, pathlib, signal, sys
from pathlib import Path
from facilitator.core.records import backup
unlink = pathlib.Path.unlink
def dying_unlink(self, missing_ok=False):
    if self.name == "records.db-wal":
        print("swapped", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    unlink(self, missing_ok=missing_ok)
pathlib.Path.unlink = dying_unlink
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_restore_killed_after_the_swap_never_replays_the_old_log_into_the_backup(tmp_path: Path) -> None:
    live = filled(tmp_path / "live.db", 5)
    good = backup(live.path, tmp_path / "backups")
    site = live.sites()[0].id
    for n in range(40):
        live.save_session(session(site, 1 + n % 28))
    crashed = crashed_copy(live, tmp_path / "crash")  # records.db and its log, as a crash left them
    live.close()
    result = subprocess.run([sys.executable, "-c", KILL_AFTER_SWAP, str(good), str(crashed)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == -9 and "swapped" in result.stdout
    store = RecordsStore(crashed)
    assert len(store.session_rows()) == 5, "the backup, as it was"
    assert [n.code for n in store.notices] == ["log_set_aside"]
    store.close()
    kept = next(crashed.parent.glob("records-replaced-*.db"))
    assert count(kept) == 45, "the replaced file, its log included, is kept"


def test_backups_are_ordered_by_when_they_were_made_across_a_clock_change(tmp_path: Path) -> None:
    database, folder = tmp_path / "records.db", tmp_path / "backups"
    filled(database, 1).close()
    # 1 November 2026, 01:30 EDT then 01:10 EST: later in fact, earlier on the wall clock.
    eastern = dt.timezone(dt.timedelta(hours=-4)), dt.timezone(dt.timedelta(hours=-5))
    earlier = backup(database, folder, dt.datetime(2026, 11, 1, 1, 30, tzinfo=eastern[0]))
    later = backup(database, folder, dt.datetime(2026, 11, 1, 1, 10, tzinfo=eastern[1]))
    assert backups(folder) == [later, earlier] and latest_good(folder) == later


def test_a_store_whose_file_was_replaced_under_it_writes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    store = filled(database, 2)
    site = store.sites()[0].id
    good = backup(database, tmp_path / "backups")
    os.replace(shutil.copyfile(good, tmp_path / "other.db"), database)  # what a restore elsewhere does
    with pytest.raises(RecordsUnavailable) as raised:
        store.save_session(session(site, 9))
    assert raised.value.code == "replaced"
    store.close()
    assert count(database) == 2


def test_asking_whether_the_records_are_open_keeps_this_programs_own_locks(tmp_path: Path) -> None:
    from facilitator.core.records.file_checks import open_elsewhere

    store = filled(tmp_path / "records.db", 1)
    assert open_elsewhere(store.path) and open_elsewhere(store.path), "asking twice: the lock is still held"
    store.close()
    assert not open_elsewhere(store.path)


# --- item 3: nothing is written into a file that fails the full check -------------------------------------------
def damaged_only_in_an_index(path: Path) -> None:
    """A file quick_check passes and integrity_check rejects: an index that no longer matches its table."""
    connection = sqlite3.connect(path)
    connection.execute("create index idx_damage on sessions (participants)")
    connection.execute("pragma writable_schema = on")
    connection.execute("update sqlite_master set sql = 'create index idx_damage on sessions (minutes)' "
                       "where name = 'idx_damage'")
    connection.commit()
    connection.close()


def test_a_file_the_full_check_rejects_is_neither_used_nor_backed_up(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 3)), tmp_path / "backups")
    damaged_only_in_an_index(database)
    assert check_file(database, quick=True) == "ok" and check_file(database) != "ok"
    before = database.read_bytes()
    with pytest.raises(DamagedDatabase):
        RecordsStore(database)
    with pytest.raises(DamagedDatabase):
        backup(database, tmp_path / "backups")
    assert database.read_bytes() == before and latest_good(tmp_path / "backups") == good


# --- item 7: odd paths are refused clearly, without a hang ------------------------------------------------------
def test_a_pipe_where_the_log_belongs_is_refused_without_a_hang(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    filled(database, 1).close()
    os.mkfifo(tmp_path / "records.db-wal")
    with pytest.raises(RecordsUnavailable) as raised:
        RecordsStore(database)
    assert raised.value.code == "not_a_file" and raised.value.path.name == "records.db-wal"


@pytest.mark.parametrize("kind, code", [("folder", "folder"), ("fifo", "not_a_file"), ("device", "not_a_file")])
def test_a_records_path_that_is_not_a_file_is_refused(tmp_path: Path, kind: str, code: str) -> None:
    path = tmp_path / "records.db"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(RecordsUnavailable) as raised:
        RecordsStore(path)
    assert raised.value.code == code
    with pytest.raises(RecordsUnavailable):
        check_file(path)


def owner_access(path, mode: int) -> bool:
    """os.access as it answers a user who is not root: by the owner's permission bits (root may read anything)."""
    bits = os.stat(path).st_mode
    wanted = [(os.R_OK, 0o400), (os.W_OK, 0o200), (os.X_OK, 0o100)]
    return all(bits & bit for flag, bit in wanted if mode & flag)


@pytest.mark.parametrize("file_mode, folder_mode, code", [(0o000, 0o755, "no_permission"),
                                                          (0o444, 0o555, "read_only"),
                                                          (0o644, 0o555, "read_only")])
def test_an_unreadable_or_read_only_records_file_is_not_called_damaged(tmp_path: Path, monkeypatch, file_mode: int,
                                                                       folder_mode: int, code: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "records.db"
    filled(database, 1).close()
    before = database.read_bytes()
    monkeypatch.setattr(os, "access", owner_access)
    database.chmod(file_mode)
    folder.chmod(folder_mode)
    try:
        with pytest.raises(RecordsUnavailable) as raised:
            RecordsStore(database)
    finally:
        folder.chmod(0o755)
        database.chmod(0o644)
    assert raised.value.code == code
    assert database.read_bytes() == before


def test_a_full_disk_is_reported_as_a_full_disk(tmp_path: Path) -> None:
    store = filled(tmp_path / "records.db", 1)
    site = store.sites()[0].id
    store.db.execute("pragma max_page_count = " + str(store.db.execute("pragma page_count").fetchone()[0]))
    with pytest.raises(RecordsUnavailable) as raised:
        store.save_session(session(site, 2, notes="x" * 200_000))
    assert raised.value.code == "disk_full"
    store.close()
    assert count(tmp_path / "records.db") == 1


# --- item 9: two writers wait for each other --------------------------------------------------------------------
def test_two_programs_saving_at_once_both_save_everything(tmp_path: Path) -> None:
    database = tmp_path / "records.db"
    site = filled(database, 0).sites()[0].id
    failures: list[BaseException] = []

    def save_many() -> None:
        store = RecordsStore(database)
        try:
            for n in range(60):
                store.save_session(session(site, 1 + n % 28))
        except BaseException as error:
            failures.append(error)
        finally:
            store.close()

    writers = [threading.Thread(target=save_many) for _ in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert failures == [] and count(database) == 180



def test_two_imports_and_a_save_at_once_all_land(tmp_path: Path) -> None:
    from facilitator.core.records.exchange import export_records, import_records

    files = []
    for name in ("a", "b"):
        laptop = filled(tmp_path / f"{name}.db", 300, site_name=f"Site {name}")
        files.append(tmp_path / f"{name}.json")
        export_records(laptop, files[-1])
        laptop.close()
    database = tmp_path / "records.db"
    site = filled(database, 0).sites()[0].id
    failures: list[BaseException] = []

    def run(work) -> None:
        store = RecordsStore(database)
        try:
            work(store)
        except BaseException as error:  # the test reports any failure
            failures.append(error)
        finally:
            store.close()

    works = [lambda store, path=path: import_records(store, path) for path in files]
    works.append(lambda store: [store.save_session(session(site, 2)) for _ in range(40)])
    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and count(database) == 640

# --- what the app says ------------------------------------------------------------------------------------------
def guard_in(tmp_path: Path, qtbot, monkeypatch) -> tuple:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from facilitator.ui.sessions.records_guard import RecordsGuard

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    owner = QWidget()
    qtbot.addWidget(owner)
    return RecordsGuard(owner), shown


def test_the_app_says_a_folder_in_the_way_is_a_folder_and_offers_no_restore(tmp_path: Path, qtbot,
                                                                           monkeypatch) -> None:
    (tmp_path / "records.db").mkdir()
    backup(closed(filled(tmp_path / "elsewhere.db", 1)), tmp_path / "backups")
    guard, shown = guard_in(tmp_path, qtbot, monkeypatch)
    assert guard.open() is None
    assert [box.objectName() for box in shown] == ["recordsUnavailable"]
    assert "is a folder, not a records file" in shown[0].text()
    assert "Restore the backup" not in [button.text() for button in shown[0].buttons()]
    assert (tmp_path / "records.db").is_dir()


def test_the_app_says_where_a_stray_log_went(tmp_path: Path, qtbot, monkeypatch) -> None:
    filled(tmp_path / "records.db", 4).close()
    other = RecordsStore(tmp_path / "other.db")
    other.save_site("Elsewhere", "school", "Durham")
    shutil.copyfile(tmp_path / "other.db-wal", tmp_path / "records.db-wal")
    guard, shown = guard_in(tmp_path, qtbot, monkeypatch)
    store = guard.open()
    assert len(store.session_rows()) == 4
    assert [box.objectName() for box in shown] == ["logSetAside"]
    assert "did not belong to them" in shown[0].text() and store.notices[0].path.name in shown[0].text()
    store.close()


def test_the_app_offers_the_newest_good_backup_for_a_file_from_a_newer_upstream(tmp_path: Path, qtbot,
                                                                               monkeypatch) -> None:
    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 2)), tmp_path / "backups")
    connection = sqlite3.connect(database)
    connection.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values "
                       "('upstream-records', 'm099_from_the_future', '2030-01-01')")
    connection.commit()
    connection.close()
    guard, shown = guard_in(tmp_path, qtbot, monkeypatch)
    assert guard.open() is None
    assert "made by a newer version of Upstream" in shown[0].text() and good.name in shown[0].informativeText()


def test_a_missing_records_file_with_backups_is_not_silently_started_empty(tmp_path: Path, qtbot, monkeypatch,
                                                                          capsys) -> None:
    from facilitator import cli

    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 3)), tmp_path / "backups")
    database.unlink()
    guard, shown = guard_in(tmp_path, qtbot, monkeypatch)
    assert cli.main(["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "r.csv")]) == 1
    assert f"but there are backups; 'facilitator db restore' puts the newest good one ({good.name})" in \
        capsys.readouterr().err and not database.exists()
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.clickedButton", lambda box: box.buttons()[0])
    store = guard.open()
    assert [box.objectName() for box in shown] == ["missingRecords"] and len(store.session_rows()) == 3
    store.close()


def test_a_save_on_a_full_disk_says_so_and_keeps_what_was_typed(qtbot, tmp_path: Path, monkeypatch,
                                                                curriculum) -> None:
    from facilitator.ui.sessions.session_dialog import SessionDialog

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    store = filled(tmp_path / "records.db", 1)
    dialog = SessionDialog(curriculum, store)
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData("adults"))
    for row in range(dialog.modules.count()):
        item = dialog.modules.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == "root-causes":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.participants.setText("17")
    dialog.notes.setText("ran long; the group asked about visas")

    def disk_full(record) -> str:
        raise RecordsUnavailable(store.path, "disk_full")

    monkeypatch.setattr(store, "save_session", disk_full)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.detail_error.isHidden()
    assert dialog.detail_error.text().startswith("The disk that holds") and dialog.participants.text() == "17"
    assert len(store.session_rows()) == 1
    store.close()


def test_the_sites_dialog_refuses_a_name_too_long_and_saves_no_row(qtbot, tmp_path: Path) -> None:
    from facilitator.ui.sessions.sites_dialog import SitesDialog

    store = filled(tmp_path / "records.db", 0)
    dialog = SitesDialog(store)
    qtbot.addWidget(dialog)
    dialog._add_row("", "El Centro Hispano", "community", "Durham")
    dialog._add_row("", "Escuela " * 40, "school", "Wake")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Row 3: ") and "at most 200" in dialog.error.text()
    assert [site.name for site in store.sites()] == ["Site"], "no row saved, not even the good one"
    store.close()


def test_a_restore_is_called_off_if_the_records_are_opened_while_the_backup_is_copied(tmp_path: Path,
                                                                                     monkeypatch) -> None:
    from facilitator.core.records import backup as backup_module

    database = tmp_path / "records.db"
    good = backup(closed(filled(database, 2)), tmp_path / "backups")
    opened: list[RecordsStore] = []
    copy = backup_module.copy_database

    def copy_then_someone_opens(source: Path, target: Path) -> None:
        copy(source, target)
        opened.append(RecordsStore(database))  # Upstream started in another window meanwhile

    monkeypatch.setattr(backup_module, "copy_database", copy_then_someone_opens)
    with pytest.raises(RecordsUnavailable) as raised:
        restore(good, database)
    assert raised.value.code == "in_use" and not list(tmp_path.glob("records.db.restoring*"))
    opened[0].save_session(session(opened[0].sites()[0].id, 5))
    opened[0].close()
    assert count(database) == 3, "the save made meanwhile is in the records"


def test_a_hand_copy_put_back_after_the_log_began_again_is_not_mixed_with_it(tmp_path: Path) -> None:
    """SQLite begins the log again from its start once it is all in the file, without shrinking it: the marks of
    the writes before must not let a copy taken then match the log that follows."""
    database = tmp_path / "records.db"
    store = filled(database, 0)
    site = store.sites()[0].id
    ids = [store.save_session(session(site, 1 + n % 28, 10)) for n in range(50)]
    store.close()
    store = RecordsStore(database)
    shutil.copyfile(database, tmp_path / "hand-copy.db")  # copied by hand, the app open
    store.save_session(SessionRecord(**{**store.session(ids[0]).__dict__, "participants": 11}))
    store.db.execute("pragma wal_checkpoint(passive)").fetchall()  # what SQLite does by itself every 1,000 pages
    store.save_session(SessionRecord(**{**store.session(ids[49]).__dict__, "participants": 12}))
    crashed = crashed_copy(store, tmp_path / "crash")
    store.close()
    shutil.copyfile(tmp_path / "hand-copy.db", crashed)
    reopened = RecordsStore(crashed)
    assert [reopened.session(ids[0]).participants, reopened.session(ids[49]).participants] == [10, 10]
    assert [n.code for n in reopened.notices] == ["log_set_aside"]
    reopened.close()


def test_a_log_left_by_an_import_that_folded_two_sites_into_one_is_replayed(tmp_path: Path) -> None:
    from facilitator.core.records.exchange import export_records, import_records

    a, b, c = (RecordsStore(tmp_path / f"{name}.db") for name in "abc")
    hall = a.save_site("Hall", "school", "Wake")
    a.save_session(session(hall.id, 1))
    c.save_session(session(c.save_site("Escuela", "school", "Wake").id, 2))
    for source, name in ((a, "a1"), (c, "c1")):
        export_records(source, tmp_path / f"{name}.json")
        import_records(b, tmp_path / f"{name}.json")
    a.save_site("Escuela", "school", "Wake", hall.id)  # now the same place as c's: a's file says so
    import_records(a, tmp_path / "c1.json")
    export_records(a, tmp_path / "a2.json")
    import_records(b, tmp_path / "a2.json")  # b folds its two sites into one
    crashed = crashed_copy(b, tmp_path / "crash")
    for store in (a, b, c):
        store.close()
    reopened = RecordsStore(crashed)
    assert [site.name for site in reopened.sites()] == ["Escuela"] and reopened.notices == []
    reopened.close()


def test_a_burst_of_backups_keeps_the_newest_of_each_of_the_last_fourteen_days(tmp_path: Path) -> None:
    database, folder = tmp_path / "records.db", tmp_path / "backups"
    filled(database, 1).close()
    today = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
    for days_ago in range(1, 21):  # one backup a day for the last 20 days
        backup(database, folder, today - dt.timedelta(days=days_ago))
    for second in range(16):  # then Upstream is started 16 times in a row
        backup(database, folder, today + dt.timedelta(seconds=second / 8))
    day = today.astimezone().date()  # days as the laptop's clock has them
    kept_days = {made_at(path).astimezone().date() for path in backups(folder)}
    assert len([path for path in backups(folder) if made_at(path).astimezone().date() == day]) == 14
    assert kept_days == {day - dt.timedelta(days=n) for n in range(14)}, "the newest of each of the last 14 days"


def test_a_folder_name_with_uri_characters_still_checks_the_records_themselves(tmp_path: Path) -> None:
    """A "#", "?" or "%" in a folder's name once cut the SQLite URI short, so a different, empty file was checked
    and a damaged one could pass."""
    from facilitator.core.records.file_checks import check_file

    folder = tmp_path / "Agency #1 ?100% data"
    folder.mkdir()
    store = RecordsStore(folder / "records.db")
    store.save_site("Carrboro High School", "school", "Orange")
    store.close()
    assert check_file(folder / "records.db") == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name], "no stray file opened beside it"
    (folder / "records.db").write_bytes((folder / "records.db").read_bytes()[:4096] + b"\0" * 8192)
    assert check_file(folder / "records.db") != "ok", "the damaged file itself is the one checked"
