"""An import accepts nothing the log form would refuse, nor anything SQLite cannot store: each refusal names the file,
the record and the field, and changes nothing. Reading a file takes bounded memory and time, and can be cancelled."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from pathlib import Path

import pytest
from records_helpers import resealed, session, state

from facilitator.core.records import exchange_check, exchange_read
from facilitator.core.records.exchange import (
    SEAL,
    ExchangeError,
    ImportCancelled,
    export_records,
    import_records,
    read_exchange,
)
from facilitator.core.records.model import SectionRecord
from facilitator.core.records.privacy import findings, refused
from facilitator.core.records.store import RecordsStore
from facilitator.core.records.validation import SessionDraft, validate
from facilitator.ui.tasks import wait_for_tasks


def exported(store: RecordsStore, path: Path) -> dict:
    """Two sessions at one site, each with a breakdown and a section, exported to `path`; the file's contents."""
    site = store.save_site("Garner Middle School", "school", "Wake")
    for day in (1, 2):
        store.save_session(session(site.id, day, breakdowns={"gender": {"girl_woman": 10}},
                                   sections=(SectionRecord("what-is-trafficking", "opening", "adapted"),)))
    export_records(store, path)
    return json.loads(path.read_text(encoding="utf-8"))


def refusal(store: RecordsStore, path: Path) -> ExchangeError:
    before = state(store)
    with pytest.raises(ExchangeError) as error:
        import_records(store, path)
    assert state(store) == before, "nothing was changed"
    return error.value


def sealed_ascii(path: Path, document: dict) -> Path:
    """A file sealed like an export, written with \\u escapes (the only way JSON holds a lone surrogate)."""
    body = json.dumps(document, ensure_ascii=True)[1:].encode("ascii")
    path.write_bytes(SEAL + hashlib.sha256(body).hexdigest().encode("ascii") + b'", ' + body)
    return path


def in_session(field: str, value):
    return lambda payload: payload["sessions"][1].__setitem__(field, value)


def in_detail(key: str, row: int, column: int, value):
    return lambda payload: payload["sessions"][1][key][row].__setitem__(column, value)


@pytest.mark.parametrize(("damage", "field", "code", "english"), [
    (in_session("participants", 2**63 - 1), "participants", "too_large", "participants 9223372036854775807 is more"),
    (in_session("participants", 2**64), "participants", "too_large", "is more than 100000"),
    (in_session("participants", 100_001), "participants", "too_large", "100001 is more than 100000"),
    (in_session("minutes", float("inf")), "minutes", "not_a_number", "minutes 'inf' is not a whole number"),
    (in_session("minutes", 7 * 24 * 60), "minutes", "too_large", "minutes 10080 is more than 4320"),
    (in_session("referrals", -2), "referrals", "negative", "referrals is negative (-2)"),
    (in_session("date", "20261001"), "date", "not_a_date", "date '20261001' is not a date (YYYY-MM-DD)"),
    (in_session("date", "2026-W40-4"), "date", "not_a_date", "is not a date"),
    (in_session("audience", "Grades_6_8"), "audience", "unknown_choice", "audience 'Grades_6_8' is not one of"),
    (in_session("delivery", "by pigeon"), "delivery", "unknown_choice", "'by pigeon' is not one of the choices"),
    (in_session("languages", "en,xx"), "languages", "unknown_choice", "'xx' is not one of the choices"),
    (in_session("notes", "x" * 10_000_000), "notes", "too_long", "notes is 10000000 characters long, more than 4000"),
    (in_session("notes", "call her at 919-555-0100"), "notes", "phone_number", "'919-555-0100' looks like a phone"),
    (in_session("notes", "write to ana@example.org"), "notes", "email_address", "looks like an email address"),
    (in_session("start_time", "25:00"), "start_time", "not_a_time", "'25:00' is not a time"),
    (in_session("modules", []), "modules", "no_module", "choose at least one module"),
    (in_detail("modules", 0, 0, "no-such-module"), "modules", "unknown_module", "there is no module 'no-such"),
    (in_detail("sections", 0, 2, "mostly"), "sections", "unknown_choice", "'mostly' is not one of the choices"),
    (in_detail("sections", 0, 3, "Ms. Lee, 555-0199"), "sections", "phone_number", "looks like a phone number"),
    (in_detail("breakdowns", 0, 1, "Maria Lopez"), "breakdowns.gender", "unknown_choice", "'Maria Lopez' is not"),
    (in_detail("breakdowns", 0, 2, -1), "breakdowns.gender.girl_woman", "negative", "is negative (-1)"),
    (in_detail("breakdowns", 0, 2, 21), "breakdowns.gender", "over_total", "add up to 21, more than the 20"),
])
def test_an_import_refuses_what_the_form_would_and_names_the_file_record_and_field(laptops, tmp_path: Path, damage,
                                                                                   field, code, english) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    damage(document["payload"])
    error = refusal(b, resealed(path, document))
    assert (error.code, error.problem.field, error.problem.code) == ("bad_content", field, code)
    assert error.values == {"kind": "session", "number": "2", "file": "records.json"}
    assert str(error).startswith(f"{path}: session 2 (") and english in str(error)


def test_a_site_name_of_a_million_characters_is_refused(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sites"][0]["name"] = "Escuela " * 125_000
    error = refusal(b, resealed(path, document))
    assert (error.values["kind"], error.values["number"], error.problem.field) == ("site", "1", "name")
    assert "name is 999999 characters long, more than 200" in str(error), "counted as it would be stored"


@pytest.mark.parametrize("name, said", [("  \t ", "'name' is missing"),
                                        ("\u0958" * 150, "name is 300 characters long, more than 200")])
def test_a_site_name_is_checked_as_it_would_be_stored(laptops, tmp_path: Path, name: str, said: str) -> None:
    """Spaces only are no name; 150 decomposed characters become 300 once normalized, more than a name holds."""
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sites"][0]["name"] = name
    error = refusal(b, resealed(path, document))
    assert error.values["kind"] == "site" and f"site 1 ({document['payload']['sites'][0]['id']}): {said}" in str(error)


def test_a_lone_surrogate_is_refused_not_a_crash(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sessions"][1]["notes"] = "half \ud800 a pair"
    error = refusal(b, sealed_ascii(path, document))
    assert (error.problem.field, error.problem.code) == ("notes", "bad_characters")


def test_survey_counts_keep_the_forms_rules(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sessions"][1]["tallies"] = [["reporting-duty", "pre", 10, 11]]
    error = refusal(b, resealed(path, document))
    assert (error.problem.field, error.problem.code) == ("tallies.reporting-duty.pre", "correct_over_answered")
    document["payload"]["sessions"][1]["tallies"] = [["reporting-duty", "pre", 10, 5]]
    document["payload"]["sessions"][1]["marks"] = [["reporting-duty", "pre", "z", 3]]
    error = refusal(b, resealed(path, document))
    assert (error.problem.field, error.problem.code, error.problem.values["text"]) == (
        "tallies.reporting-duty.pre", "unknown_choice", "z")
    document["payload"]["sessions"][1]["marks"] = [["reporting-duty", "pre", "a", 8], ["reporting-duty", "pre", "b", 3]]
    error = refusal(b, resealed(path, document))
    assert error.problem.code == "marks_over_answered"
    document["payload"]["sessions"][1]["marks"] = []
    document["payload"]["sessions"][1]["tallies"] = [["no-such-question", "pre", 10, 5]]
    error = refusal(b, resealed(path, document))
    assert (error.problem.code, error.problem.values["text"]) == ("unknown_choice", "no-such-question")


def test_the_form_refuses_a_survey_question_or_time_it_does_not_know(curriculum) -> None:
    for item_id, timing in (("no-such-question", "pre"), ("reporting-duty", "during")):
        draft = SessionDraft(date="2026-10-20", site_id="s", audience="adults", participants="9",
                             modules=("root-causes",), tallies=((item_id, timing, "9", "4"),))
        _, errors = validate(draft, curriculum, dt.date(2026, 10, 21))
        assert [(e.field, e.code) for e in errors] == [(f"tallies.{item_id}.{timing}", "unknown_choice")]


def test_a_good_file_still_imports(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    exported(a, tmp_path / "records.json")
    assert str(import_records(b, tmp_path / "records.json")) == "3 new, 0 updated, 0 unchanged, 0 conflicts"


@pytest.mark.parametrize(("typed", "stored", "field", "code"), [
    ({"participants": "100001"}, {"participants": 100_001}, "participants", "too_large"),
    ({"participants": "9223372036854775808"}, {"participants": 2**63}, "participants", "too_large"),
    ({"minutes": "10000"}, {"minutes": 10_000}, "minutes", "too_large"),
    ({"date": "20261001"}, {"date": "20261001"}, "date", "not_a_date"),
    ({"audience": "Grades_6_8"}, {"audience": "Grades_6_8"}, "audience", "unknown_choice"),
    ({"notes": "tel. (919) 555 0100"}, {"notes": "tel. (919) 555 0100"}, "notes", "phone_number"),
    ({"notes": "n" * 4001}, {"notes": "n" * 4001}, "notes", "too_long"),
    ({"facilitators": "f" * 501}, {"facilitators": "f" * 501}, "facilitators", "too_long"),
    ({"facilitators": "Ana (ana@example.org)"}, {"facilitators": "Ana (ana@example.org)"}, "facilitators",
     "email_address"),
])
def test_the_form_and_the_import_refuse_alike(curriculum, laptops, tmp_path: Path, typed, stored, field,
                                              code) -> None:
    values = {"date": "2026-10-20", "site_id": "s", "audience": "grades_9_12", "participants": "20",
              "modules": ("what-is-trafficking",), **typed}
    record, errors = validate(SessionDraft(**values), curriculum, dt.date(2026, 10, 21))
    assert record is None and [(e.field, e.code) for e in errors] == [(field, code)]
    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sessions"][1].update(stored)
    error = refusal(b, resealed(path, document))
    assert (error.problem.field, error.problem.code) == (field, code)


def test_the_form_refuses_a_count_sqlite_cannot_store_instead_of_failing_to_save(curriculum, store) -> None:
    site = store.save_site("Site", "school", "Wake")
    draft = SessionDraft(date="2026-10-20", site_id=site.id, audience="adults", participants=str(2**63),
                         modules=("root-causes",), referrals=str(2**70), breakdowns={"age_band": {"25_44": "1e3"}})
    record, errors = validate(draft, curriculum, dt.date(2026, 10, 21))
    assert record is None
    assert [(e.field, e.code) for e in errors] == [("participants", "too_large"), ("referrals", "too_large"),
                                                   ("breakdowns.age_band.25_44", "not_a_number")]


def test_the_privacy_guard_refuses_contact_details_but_not_dates_or_grades() -> None:
    for text in ("919-555-0100", "(919) 555-0100", "+1 919 555 0100", "+34 612 34 56 78", "555-0100",
                 "ana.lopez@example.org", "919\u2013555\u20130100", "919_555_0100", "ana_9195550100",
                 "+2 888 555 0100"):
        assert refused(f"follow up: {text}") is not None, text
    for text in ("2024-2025 school year", "grades 6-8", "Session 2 of 4, 45 minutes", "10/01/2026", "room 101",
                 "gave out the hotline, 1-888-373-7888, and 988", "(800) 273-8255"):
        assert findings(text) == [], text
    assert refused("hotline 1-888-373-7888; her cell 919-555-0100").text == "919-555-0100"


def test_the_form_refuses_contact_details_in_section_notes(curriculum) -> None:
    draft = SessionDraft(date="2026-10-20", site_id="s", audience="adults", participants="9",
                         modules=("root-causes",),
                         sections=(SectionRecord("root-causes", "x", "adapted", "ask maria@example.org"),))
    _, errors = validate(draft, curriculum, dt.date(2026, 10, 21))
    assert [(e.field, e.code, e.values["text"]) for e in errors] == [("sections", "email_address",
                                                                      "maria@example.org")]


# --- reading ----------------------------------------------------------------------------------------------------
def test_a_pipe_a_device_and_a_folder_are_refused_before_they_are_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "records.json"
    os.mkfifo(fifo)
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "folder.json").mkdir()
    for path in (fifo, tmp_path / "zero.json", tmp_path / "folder.json"):
        started = time.monotonic()
        with pytest.raises(ExchangeError) as error:
            read_exchange(path)
        assert time.monotonic() - started < 5
        assert error.value.code == "not_a_file" and error.value.values == {"file": path.name}
        assert "not a file but a folder, a device or a pipe" in str(error.value)


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "records.json"
    with path.open("wb") as handle:
        handle.truncate(exchange_read.MAX_FILE_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(ExchangeError) as error:
        read_exchange(path)
    assert error.value.code == "too_large" and error.value.values == {"file": "records.json", "limit": "500"}
    assert "larger than 500 MB" in str(error.value)


def test_reading_is_cancelled_between_chunks(laptops, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "records.json"
    exported(laptops[0], path)
    monkeypatch.setattr(exchange_read, "READ_CHUNK", 256)
    asked = []
    with pytest.raises(ImportCancelled):
        read_exchange(path, lambda: asked.append(1) or len(asked) == 3)
    assert len(asked) == 3 and path.stat().st_size > 3 * 256, "stopped while reading, not after"



def test_checking_is_cancelled_between_its_steps(laptops, tmp_path: Path, monkeypatch) -> None:
    """Checking a large file takes seconds after it is read: Cancel is heard between the checks of its columns."""
    path = tmp_path / "records.json"
    exported(laptops[0], path)
    checked: list[str] = []
    columns_fine = exchange_check._columns_fine
    monkeypatch.setattr(exchange_check, "_columns_fine", lambda records, rules: checked.append("columns") or
                        columns_fine(records, rules))
    with pytest.raises(ImportCancelled):
        read_exchange(path, lambda: bool(checked))
    assert checked == ["columns"], "stopped after the first column check, not at the end"

@pytest.mark.parametrize(("raw", "detail"), [
    (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
    (b'{"format": "upstream-records", "n": ' + b"9" * 5000 + b"}", "damaged"),
])
def test_json_that_would_crash_the_reader_is_refused(tmp_path: Path, raw: bytes, detail: str) -> None:
    path = tmp_path / "records.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError) as error:
        read_exchange(path)
    assert error.value.code == "not_ours" and detail in str(error.value)


def test_the_command_line_refuses_a_pipe_at_once(tmp_path: Path, capsys) -> None:
    from facilitator.cli import main

    os.mkfifo(tmp_path / "pipe.json")
    assert main(["records", "import", str(tmp_path / "pipe.json")]) == 1
    assert "not a file but a folder, a device or a pipe. Nothing was changed." in capsys.readouterr().err


def test_the_screen_words_each_refusal(qtbot, laptops, tmp_path: Path, monkeypatch, english) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from facilitator.ui.sessions.records_exchange import RecordsExchange

    a, b, _ = laptops
    path = tmp_path / "records.json"
    document = exported(a, path)
    document["payload"]["sessions"][1]["participants"] = 2**63 - 1
    resealed(path, document)
    os.mkfifo(tmp_path / "pipe.json")
    window = QWidget()
    qtbot.addWidget(window)
    screen = RecordsExchange(b, window)
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(chosen[-1])], ""))
    chosen.append(path)
    screen.import_files()
    wait_for_tasks()
    assert screen.last_message == ("Session number 2 in the file, field “participants”: 9223372036854775807 is more "
                                   "than 100000, the most this field takes. Nothing was changed.")
    chosen.append(tmp_path / "pipe.json")
    screen.import_files()
    wait_for_tasks()
    assert screen.last_message.startswith("This is a folder, a device or a pipe, not a records file.")
