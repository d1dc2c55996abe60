"""The fast ways of importing records keep every promise of the slow ones: the checksum over the exact bytes catches
any change, the whole-file checks refuse what the record-by-record ones would and still name the record, several
files import as one, and the screen reads a file on a worker thread with the window answering and Cancel working."""

from __future__ import annotations

import gc
import hashlib
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from records_helpers import resealed, session, state

from facilitator.core.records.exchange import (
    ExchangeError,
    ImportCancelled,
    export_records,
    import_files,
    import_records,
    read_exchange,
)
from facilitator.core.records.model import RosterEntry
from facilitator.core.records.store import RecordsStore
from facilitator.ui.tasks import wait_for_tasks


def three_sessions(store: RecordsStore, path: Path) -> dict:
    """Export a laptop with three sessions (one an adult training with a name) to `path`; the file's contents."""
    site = store.save_site("Site", "school", "Wake")
    for day in (1, 2):
        store.save_session(session(site.id, day))
    store.save_session(session(site.id, 3, 3, audience="adults", notes="padres de niños",
                               roster=(RosterEntry("Ms. Lee", "teacher"),)))
    export_records(store, path, include_names=True)
    return json.loads(path.read_text(encoding="utf-8"))


def refused(store: RecordsStore, path: Path, code: str) -> ExchangeError:
    before = state(store)
    with pytest.raises(ExchangeError) as error:
        import_records(store, path)
    assert error.value.code == code
    assert state(store) == before
    return error.value


@pytest.mark.parametrize(("old", "new"), [
    (b'"participants": 20', b'"participants": 21'),  # in a session
    (b'"name": "Site"', b'"name": "Sitf"'),  # in a site
    (b'"names_included": true', b'"names_included": false'),  # in the header, after the checksum
    (b']}}', b']}}\n'),  # a new line at the end
])
def test_changing_any_byte_after_the_checksum_is_caught(laptops, tmp_path: Path, old: bytes, new: bytes) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    three_sessions(a, path)
    raw = path.read_bytes()
    assert old in raw
    path.write_bytes(raw.replace(old, new, 1))
    assert "checksum does not match" in str(refused(b, path, "altered"))


def test_the_checksum_is_over_the_bytes_as_written(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = three_sessions(a, path)
    raw = path.read_bytes()
    digest = raw[len(b'{"sha256": "'):len(b'{"sha256": "') + 64].decode()
    assert digest == document["sha256"] == hashlib.sha256(raw[len(b'{"sha256": "') + 67:]).hexdigest()
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")  # the same contents, laid out anew
    refused(b, path, "altered")


def test_a_file_of_the_first_format_is_still_read(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    document = three_sessions(a, tmp_path / "new.json")
    payload = document["payload"]
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    first = {**document, "format_version": 1, "sha256": hashlib.sha256(canonical.encode("utf-8")).hexdigest()}
    (tmp_path / "first.json").write_text(json.dumps(first), encoding="utf-8")
    assert str(import_records(b, tmp_path / "first.json")) == "4 new, 0 updated, 0 unchanged, 0 conflicts"
    assert state(b) == state(a)
    first["payload"]["sessions"][0]["participants"] = 21
    (tmp_path / "first.json").write_text(json.dumps(first), encoding="utf-8")
    refused(c, tmp_path / "first.json", "altered")


def set_in_session(field: str, value) -> Callable[[dict], None]:
    return lambda payload: payload["sessions"][1].__setitem__(field, value)


@pytest.mark.parametrize(("damage", "kind", "number", "message"), [
    (lambda payload: payload["sites"][0].__setitem__("name", ""), "site", "1", "'name' is missing or not a str"),
    (lambda payload: payload["sites"][0].__setitem__("county", {"a": 1}), "site", "1", "holds a list or an object"),
    (lambda payload: payload["sessions"].__setitem__(1, "a session"), "session", "2", "not a record"),
    (set_in_session("date", "2026-13-01"), "session", "2", "date '2026-13-01' is not a date"),
    (set_in_session("participants", -1), "session", "2", "participants is negative"),
    (set_in_session("participants", True), "session", "2", "'participants' is missing or not a int"),
    (set_in_session("site_id", None), "session", "2", "'site_id' is missing or not a str"),
    (set_in_session("versions", {"not a device": 1}), "session", "2", "'versions' is not in the expected shape"),
    (set_in_session("versions", {"0" * 36: "1"}), "session", "2", "'versions' is not in the expected shape"),
    (set_in_session("notes", ["a", "list"]), "session", "2", "holds a list or an object"),
    (set_in_session("modules", [["what-is-trafficking"]]), "session", "2", "'modules' is not in the expected shape"),
    (set_in_session("sections", "as_written"), "session", "2", "'sections' is not in the expected shape"),
    (set_in_session("tallies", [["item", "pre", {"n": 1}, 3]]), "session", "2", "'tallies' is not in the expected"),
    (set_in_session("breakdowns", ["gender"]), "session", "2", "'breakdowns' is not in the expected shape"),
])
def test_every_check_names_the_record_it_refuses(laptops, tmp_path: Path, damage, kind, number, message) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = three_sessions(a, path)
    damage(document["payload"])
    error = refused(b, resealed(path, document), "bad_content")
    assert message in str(error) and str(error).startswith(f"{path}: {kind} {number}")
    assert error.values == {"kind": kind, "number": number, "file": "records.json"}, "the screen names them"


def test_the_same_detail_twice_refuses_the_file_and_changes_nothing(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = three_sessions(a, path)
    modules = document["payload"]["sessions"][2]["modules"]
    modules.append(modules[0])
    error = refused(b, resealed(path, document), "bad_content")
    assert (error.values["kind"], error.values["number"], error.problem.field) == ("session", "3", "modules")
    assert f"'{modules[0][0]}' is listed twice" in str(error) and str(path) in str(error)
    export_records(a, tmp_path / "ok.json")
    import_records(b, tmp_path / "ok.json")
    assert "listed twice" in str(refused(b, path, "bad_content")), "refused too where the session is already held"


def test_a_youth_session_never_gets_names_from_a_file(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = three_sessions(a, path)
    training = next(s for s in document["payload"]["sessions"] if s["roster"])
    training["audience"] = "grades_6_8"
    with pytest.raises(ExchangeError, match=r"session \d \(.*\): roster is not kept for youth sessions"):
        import_records(b, resealed(path, document))
    assert b.db["roster"].count == 0 and b.db["sessions"].count == 0


def test_several_files_import_as_one_and_again_change_nothing(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    three_sessions(a, tmp_path / "a.json")
    b.save_session(session(b.save_site("site", "community", "wake").id, 5))  # the same place as a's "Site"
    export_records(b, tmp_path / "b.json")
    summaries = import_files(c, [tmp_path / "a.json", tmp_path / "b.json"])
    assert [str(s) for s in summaries] == ["4 new, 0 updated, 0 unchanged, 0 conflicts",
                                           "1 new, 0 updated, 1 unchanged, 0 conflicts"]
    import_records(a, tmp_path / "b.json")
    assert state(c) == state(a)
    again = import_files(c, [tmp_path / "b.json", tmp_path / "a.json"])
    assert sum(s.new + s.updated for s in again) == 0 and state(c) == state(a)
    assert c.db.execute("pragma foreign_key_check").fetchall() == [], "every detail has its session, every site"


def test_progress_runs_through_all_the_files_and_cancel_in_the_last_changes_nothing(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    three_sessions(a, tmp_path / "a.json")
    three_sessions(b, tmp_path / "b.json")
    files = [tmp_path / "a.json", tmp_path / "b.json"]
    seen: list[float] = []
    import_files(c, files, lambda done, total: seen.append(done / total) or True)
    assert seen == sorted(seen) and seen[-1] == 1.0 and 0.5 in seen, "half way at the end of the first file"
    fresh = RecordsStore(tmp_path / "fresh.db")
    with pytest.raises(ImportCancelled):
        import_files(fresh, files, lambda done, total: done / total <= 0.5)
    assert state(fresh) == {"sessions": {}, "sites": []}
    fresh.close()


def test_several_files_are_all_or_nothing_and_the_bad_one_is_named(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    three_sessions(a, tmp_path / "a.json")
    document = three_sessions(b, tmp_path / "b.json")
    document["payload"]["sessions"][0]["site_id"] = "0" * 36  # a site in neither the file nor the laptop
    resealed(tmp_path / "b.json", document)
    with pytest.raises(ExchangeError, match=r"b\.json: session .*: its site is neither in the file"):
        import_files(c, [tmp_path / "a.json", tmp_path / "b.json"])
    assert state(c) == {"sessions": {}, "sites": []}


def test_an_import_leaves_the_connection_and_the_collector_as_it_found_them(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    three_sessions(a, tmp_path / "a.json")
    settings = ["cache_size", "temp_store", "foreign_keys"]
    before = [b.db.execute(f"pragma {name}").fetchone()[0] for name in settings]
    with pytest.raises(ImportCancelled):
        import_records(b, tmp_path / "a.json", lambda done, total: False)
    import_records(b, tmp_path / "a.json")
    assert [b.db.execute(f"pragma {name}").fetchone()[0] for name in settings] == before
    assert gc.isenabled()


def test_reading_stops_between_steps_when_asked(laptops, tmp_path: Path) -> None:
    three_sessions(laptops[0], tmp_path / "a.json")
    asked = []
    with pytest.raises(ImportCancelled):
        read_exchange(tmp_path / "a.json", lambda: asked.append(1) or len(asked) > 1)
    assert len(asked) == 2


def test_the_window_answers_and_cancel_works_while_a_file_is_read(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

    from facilitator.core.paths import backups_dir
    from facilitator.ui.sessions import records_exchange

    other, store = RecordsStore(tmp_path / "other.db"), RecordsStore(tmp_path / "records.db")
    three_sessions(other, tmp_path / "other.json")
    window = QWidget()
    qtbot.addWidget(window)
    exchange = records_exchange.RecordsExchange(store, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / "other.json")], ""))
    reading, seen = threading.Event(), {}

    def slow_read(path: Path, stop: Callable[[], bool]) -> dict:
        """A very large file: reading goes on until Cancel (or the test gives up)."""
        seen["on_worker_thread"] = threading.current_thread() is not threading.main_thread()
        reading.set()
        deadline = time.monotonic() + 10
        while not stop() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen["stopped"] = stop()
        return read_exchange(path, stop)

    def while_reading() -> None:
        progress = window.findChild(QProgressDialog, "importProgress")
        seen["shown_while_reading"] = reading.wait(5) and progress is not None and progress.isVisible()
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    monkeypatch.setattr(records_exchange, "read_exchange", slow_read)
    QTimer.singleShot(50, while_reading)
    exchange.import_files()
    wait_for_tasks()
    assert seen == {"on_worker_thread": True, "shown_while_reading": True, "stopped": True}
    assert exchange.last_message == "The import was stopped. Nothing was changed."
    assert store.session_rows() == [] and not list(backups_dir().glob("*")), "not even a backup"
    monkeypatch.setattr(records_exchange, "read_exchange", read_exchange)
    exchange.import_files()
    wait_for_tasks()
    assert exchange.last_message == "4 new, 0 updated, 0 unchanged, 0 conflicts."
    assert len(list(backups_dir().glob("*.db"))) == 1, "the backup from before the import"
    other.close()
    store.close()
