"""Session records: saved whole or not at all, never a minor's name, safe across crashes and damaged files."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from facilitator.cli import main
from facilitator.core.model import AUDIENCES, SurveyItem
from facilitator.core.records.backup import backup, backups, latest_good, restore
from facilitator.core.records.model import RosterEntry, SectionRecord, SessionRecord, Tally
from facilitator.core.records.schema import migrations
from facilitator.core.records.store import DamagedDatabase, RecordsStore, check_file
from facilitator.core.records.tallies import from_marks, from_typed, items_to_count
from facilitator.core.records.validation import (
    SessionDraft,
    grade_band,
    minutes_from_modules,
    needs_name,
    validate,
)
from facilitator.core.records.validation_rules import Rules

TODAY = dt.date(2026, 11, 26)


def session(site_id: str, **extra) -> SessionRecord:
    values = {"date": TODAY, "site_id": site_id, "audience": "grades_9_12", "participants": 28,
              "modules": ("what-is-trafficking",), "minutes": 50}
    values.update(extra)
    return SessionRecord(**values)


def test_a_session_and_its_details_round_trip(store: RecordsStore) -> None:
    site = store.save_site("Carrboro High School", "school", "Orange")
    record = session(site.id, breakdowns={"gender": {"boy_man": 12, "nonbinary": 2}}, languages=("en", "es"))
    saved = store.session(store.save_session(record))
    assert saved.breakdowns == {"gender": {"boy_man": 12, "nonbinary": 2}}
    assert saved.languages == ("en", "es") and saved.participants == 28
    [row] = store.session_rows()
    assert (row.site, row.county, row.modules) == ("Carrboro High School", "Orange", ("what-is-trafficking",))
    assert store.last_site_id == site.id


def test_schema_keeps_merge_keys_and_settings(store: RecordsStore) -> None:
    columns = {c.name for c in store.db["sessions"].columns}
    assert {"id", "created_at", "updated_at", "deleted_at", "device_id"} <= columns
    assert not list(store.path.parent.glob("*-before-*")), "a new file has nothing to keep a copy of"
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("insert into session_modules (session_key, module_id, position) values (999, 'x', 0)")


def test_records_from_before_session_keys_keep_every_detail(tmp_path: Path) -> None:
    """A records file written before migration 4 opens with each session's details under its new key."""
    path = tmp_path / "records.db"
    old = Database(path)
    migrations.apply(old, stop_before="key_details_by_session")
    stamp = "2026-10-01T10:00:00+00:00"
    old["sites"].insert({"id": "s", "name": "Carrboro High School", "created_at": stamp, "updated_at": stamp})
    for n, session_id in enumerate(("first", "second")):
        old["sessions"].insert({"id": session_id, "date": "2026-10-0" + str(n + 1), "site_id": "s",
                                "audience": "adults", "participants": 10 + n, "created_at": stamp,
                                "updated_at": stamp, "versions": "{}"})
        old["session_modules"].insert_all([{"session_id": session_id, "module_id": "root-causes", "position": 0},
                                           {"session_id": session_id, "module_id": "getting-help", "position": 1}])
        old["section_fidelity"].insert({"session_id": session_id, "module_id": "root-causes", "section_id": "welcome",
                                        "fidelity": "adapted", "note": "short on time"})
        old["breakdowns"].insert({"session_id": session_id, "dimension": "gender", "category": "nonbinary",
                                  "count": 2})
        old["survey_tallies"].insert({"session_id": session_id, "item_id": "a1", "timing": "pre", "answered": 9,
                                      "correct": 4})
        old["survey_marks"].insert({"session_id": session_id, "item_id": "a1", "timing": "pre", "mark": "b",
                                    "count": 3})
        old["roster"].insert({"id": session_id + "-lee", "session_id": session_id, "name": "Ms. Lee"})
    old["breakdowns"].insert({"session_id": "first", "dimension": "gender", "category": None, "count": 1})
    old.close()

    store = RecordsStore(path)
    second = store.session("second")
    assert second.modules == ("root-causes", "getting-help") and second.participants == 11
    assert second.sections == (SectionRecord("root-causes", "welcome", "adapted", "short on time"),)
    assert second.breakdowns == {"gender": {"nonbinary": 2}}
    assert second.tallies == (Tally("a1", "pre", 9, 4, {"b": 3}),)
    assert [r.name for r in second.roster] == ["Ms. Lee"]
    assert store.session("first").breakdowns == {"gender": {"nonbinary": 2}}, "a row with no category is dropped"
    assert store.db.execute("pragma foreign_key_check").fetchall() == []
    assert check_file(path, quick=False) == "ok"
    assert not [t for t in store.db.table_names() if t.endswith("_v3")]
    store.close()
    before = Database(tmp_path / "records-before-key_details_by_session.db")
    assert before["session_modules"].count == 4 and "session_id" in before["session_modules"].columns_dict, \
        "the records as the older Upstream left them are kept beside the file"
    before.close()
    RecordsStore(path).close()
    assert len(list(tmp_path.glob("records-before-*.db"))) == 1, "copied once, not at every start"


def test_same_site_name_and_county_is_the_same_site(store: RecordsStore) -> None:
    first = store.save_site("Carrboro High School", "school", "Orange")
    again = store.save_site("carrboro  high school", "school", "orange")
    assert first.id == again.id and len(store.sites()) == 1


def test_a_row_of_the_sites_list_needs_a_name_unless_it_is_a_new_empty_row() -> None:
    assert needs_name("site-1", "", "") and needs_name("", "", "Wake"), "a kept site, or a new row with a county"
    assert not needs_name("", "", ""), "a new row left empty is simply not saved"
    assert not needs_name("site-1", "Library", "Wake") and not needs_name("", "Library", "")


def test_delete_is_a_tombstone_that_can_be_undone(store: RecordsStore) -> None:
    site = store.save_site("Site", "school", "Wake")
    session_id = store.save_session(session(site.id))
    store.delete_session(session_id)
    assert store.session_rows() == []
    assert next(store.db["sessions"].rows_where("id = ?", [session_id]))["deleted_at"]
    store.restore_session(session_id)
    assert [r.id for r in store.session_rows()] == [session_id]


def test_youth_sessions_never_store_names(store: RecordsStore) -> None:
    site = store.save_site("Site", "school", "Wake")
    session_id = store.save_session(session(site.id, roster=(RosterEntry("A Student"),)))
    assert store.db["roster"].count == 0 and store.session(session_id).roster == ()
    adult = store.save_session(session(site.id, audience="educators", roster=(RosterEntry("Ms. Lee", "Teacher"),)))
    assert [r.name for r in store.session(adult).roster] == ["Ms. Lee"]
    assert store.purge_roster(adult) == 1 and store.session(adult).roster == ()


def test_a_failed_save_changes_nothing(store: RecordsStore) -> None:
    site = store.save_site("Site", "school", "Wake")
    store.save_session(session(site.id))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_session(session("no-such-site"))
    assert len(store.session_rows()) == 1 and store.db["session_modules"].count == 1


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"participants": "-3"}, "participants", "negative"),
    ({"participants": "twenty"}, "participants", "not_a_number"),
    ({"participants": ""}, "participants", "required"),
    ({"modules": ("not-a-module",)}, "modules", "unknown_module"),
    ({"date": "2027-03-01"}, "date", "future_date"),
    ({"date": "03/01/2026"}, "date", "not_a_date"),
    ({"breakdowns": {"gender": {"girl_woman": "20", "boy_man": "15"}}}, "breakdowns.gender", "over_total"),
    ({"roster": (RosterEntry("A Student"),)}, "roster", "roster_for_youth"),
])
def test_validation_names_the_field(curriculum, change, field, code) -> None:
    values = {"date": "2026-11-20", "site_id": "s", "audience": "grades_6_8", "participants": "30",
              "modules": ("getting-help",)}
    values.update(change)
    record, errors = validate(SessionDraft(**values), curriculum, TODAY)
    assert record is None
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_a_valid_draft_becomes_a_record_with_minutes_from_its_modules(curriculum) -> None:
    draft = SessionDraft(date="2026-11-20", site_id="s", audience="grades_6_8", participants=" 31 ",
                         modules=("getting-help", "online-safety-and-sextortion"),
                         breakdowns={"grade": {"7": "16", "8": "15"}})
    record, errors = validate(draft, curriculum, TODAY)
    assert errors == [] and record.participants == 31 and record.minutes == 127
    assert record.breakdowns == {"grade": {"7": 16, "8": 15}} and record.curriculum_version == curriculum.version


def test_a_damaged_or_foreign_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "records.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabase, match="not a SQLite database"):
        RecordsStore(path)
    assert path.read_bytes() == before
    good = RecordsStore(tmp_path / "good.db")
    good.save_site("Site", "school", "Wake")
    good.close()
    data = bytearray((tmp_path / "good.db").read_bytes())
    data[4096:8192] = b"\xff" * 4096
    (tmp_path / "bad.db").write_bytes(bytes(data))
    assert check_file(tmp_path / "bad.db", quick=False) != "ok"
    with pytest.raises(DamagedDatabase):
        RecordsStore(tmp_path / "bad.db")


def test_backups_rotate_and_restore_sets_the_current_file_aside(tmp_path: Path) -> None:
    db, folder = tmp_path / "records.db", tmp_path / "backups"
    records = RecordsStore(db)
    site = records.save_site("Site", "school", "Wake")
    records.save_session(session(site.id))
    first = backup(db, folder)
    records.save_session(session(site.id, participants=5))
    records.close()
    for n in range(20):
        backup(db, folder, dt.datetime(2026, 1, 1, 0, 0, n))
    assert len(backups(folder)) == 14 and latest_good(folder) is not None
    db.write_bytes(b"garbage")
    set_aside = restore(first, db)
    assert set_aside.read_bytes() == b"garbage", "the damaged file is kept, not overwritten"
    reopened = RecordsStore(db)
    assert [r.participants for r in reopened.session_rows()] == [28]
    reopened.close()


def test_a_backup_killed_half_way_leaves_no_part_file_for_ever(tmp_path: Path) -> None:
    db, folder = tmp_path / "records.db", tmp_path / "backups"
    RecordsStore(db).close()
    folder.mkdir()
    stale = folder / "records-20260101-000000-000000.db.part"
    stale.write_bytes(b"\0" * 4096)  # what a killed copy leaves
    backup(db, folder)
    assert not stale.exists() and len(backups(folder)) == 1


def test_db_commands(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    records = RecordsStore(tmp_path / "records.db")
    records.save_site("Site", "school", "Wake")
    records.close()
    assert main(["db", "check"]) == 0 and capsys.readouterr().out.endswith(": ok\n")
    assert main(["db", "backup"]) == 0
    assert Path(capsys.readouterr().out.strip()).is_file()
    (tmp_path / "records.db").write_bytes(b"not a database")
    assert main(["db", "check"]) == 1
    assert main(["db", "backup"]) == 1 and "not a SQLite database" in capsys.readouterr().err
    assert main(["db", "restore"]) == 0
    assert "is kept as" in capsys.readouterr().out
    assert main(["db", "check"]) == 0


WRITER = """
import datetime as dt, sys
from pathlib import Path
from facilitator.core.records.store import RecordsStore
from facilitator.core.records.model import SessionRecord
store = RecordsStore(Path(sys.argv[1]))
site = store.save_site("Site", "school", "Wake")
for n in range(100000):
    session_id = store.save_session(SessionRecord(dt.date(2026, 1, 1), site.id, "adults", n, ("root-causes",), 50))
    print(session_id, flush=True)
"""


def test_killing_a_writer_mid_way_loses_no_reported_save(tmp_path: Path) -> None:
    db = tmp_path / "records.db"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    reported = []
    for line in writer.stdout:
        reported.append(line.strip())
        if len(reported) >= 150:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    reported += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    assert check_file(db, quick=False) == "ok"
    records = RecordsStore(db)
    stored = {row.id for row in records.session_rows()}
    records.close()
    assert set(reported) <= stored and len(reported) >= 150


def test_start_time_is_optional_and_checked(curriculum) -> None:
    values = {"date": "2026-11-20", "site_id": "s", "audience": "adults", "participants": "9",
              "modules": ("root-causes",)}
    record, _ = validate(SessionDraft(**values, start_time="9:05"), curriculum, TODAY)
    assert record.start_time == "09:05"
    _, errors = validate(SessionDraft(**values, start_time="25:99"), curriculum, TODAY)
    assert [(e.field, e.code) for e in errors] == [("start_time", "not_a_time")]


def test_answer_counts_fill_in_answered_and_right_and_are_kept(curriculum, store: RecordsStore) -> None:
    site = store.save_site("Durham Community Center", "community", "Durham")
    values = {"date": "2026-11-20", "site_id": site.id, "audience": "adults", "participants": "30",
              "modules": ("root-causes",)}
    marks = {("not-victims-fault", "post"): {"strongly_disagree": "11", "disagree": "9", "agree": "3",
                                             "strongly_agree": ""},
             ("reporting-duty", "pre"): {"a": "4", "b": "20", "c": "2", "d": "1"}}
    record, errors = validate(SessionDraft(**values, marks=marks), curriculum, TODAY)
    assert errors == []
    by_item = {(t.item_id, t.timing): t for t in record.tallies}
    blame = by_item[("not-victims-fault", "post")]
    assert (blame.answered, blame.correct) == (23, 20), "both points on the hoped-for side count as right"
    duty = by_item[("reporting-duty", "pre")]
    assert (duty.answered, duty.correct) == (27, 20)
    saved = store.session(store.save_session(record))
    assert {(t.item_id, t.timing): dict(t.marks) for t in saved.tallies} == {
        ("not-victims-fault", "post"): {"strongly_disagree": 11, "disagree": 9, "agree": 3},
        ("reporting-duty", "pre"): {"a": 4, "b": 20, "c": 2, "d": 1}}


def test_answer_counts_come_to_answered_and_right() -> None:
    scale = SurveyItem("not-victims-fault", "blame", "agree_scale", "disagree")
    assert from_marks(scale, {"strongly_disagree": 11, "disagree": 9, "agree": 3}) == (23, 20), \
        "both points on the hoped-for side count as right"
    choice = SurveyItem("reporting-duty", "duty", "choice", "b", options=("a", "b", "c", "d"))
    assert from_typed(choice, {"a": "4", "b": "20", "c": "2"}) == (26, 20)
    assert from_typed(choice, {"a": "4", "b": "2x"}) is None, "nothing is worked out from a count still being typed"
    assert from_typed(choice, {"a": "4", "b": "²"}) is None, "a digit that is not a number is not a count"
    assert from_typed(choice, {}) == (0, 0)


def test_a_session_counts_what_its_modules_teach_and_keeps_what_was_saved(curriculum) -> None:
    in_survey_order = list(curriculum.survey.items)
    taught = items_to_count(curriculum, ["getting-help"])
    assert taught == [item for item in in_survey_order if item in
                      {"help-seeking", "tell-adult-friend", "trafficker-to-blame", "felt-upset", "felt-unsafe"}]
    assert items_to_count(curriculum, ["getting-help"], ["felt-safe"]) == [
        item for item in in_survey_order if item in {*taught, "felt-safe"}], "a retired item's saved count stays"
    assert items_to_count(curriculum, []) == []


def test_a_session_with_no_length_typed_runs_as_long_as_its_modules(curriculum) -> None:
    two = ("getting-help", "root-causes")
    expected = sum(curriculum.module(m).spec.minutes for m in two)
    assert minutes_from_modules(curriculum, two) == expected > 0
    assert minutes_from_modules(curriculum, (*two, "no-such-module")) == expected, "an unknown module counts nothing"
    record, _ = validate(SessionDraft(date="2026-11-20", site_id="s", audience="adults", participants="9",
                                      modules=two), curriculum, TODAY)
    assert record.minutes == expected, "what the form suggests is what is saved"


def test_only_sessions_for_young_people_keep_a_grade_band(curriculum) -> None:
    bands = {audience: grade_band(audience) for audience in AUDIENCES}
    assert bands == {"grades_6_8": "grades_6_8", "grades_9_12": "grades_9_12", "adults": "", "parents": "",
                     "educators": "", "community": "", "facilitators": ""}
    rule = Rules.of(curriculum, TODAY).session["grade_band"]
    assert [rule.problem("grade_band", band) for band in bands.values()] == [None] * len(AUDIENCES), \
        "the band the form gives is one an import accepts"


def test_answer_counts_that_do_not_fit_the_item_are_refused(curriculum) -> None:
    values = {"date": "2026-11-20", "site_id": "s", "audience": "adults", "participants": "30",
              "modules": ("root-causes",)}
    draft = SessionDraft(**values, tallies=(("reporting-duty", "pre", "10", ""), ("worker-rights", "pre", "", "5")),
                         marks={("reporting-duty", "pre"): {"a": "4", "b": "9"},
                                ("worker-rights", "post"): {"maybe": "3", "true": "-1"}})
    record, errors = validate(draft, curriculum, TODAY)
    assert record is None
    assert [(e.field, e.code, dict(e.values)) for e in errors] == [
        ("tallies.reporting-duty.pre", "marks_over_answered", {"sum": "13", "answered": "10"}),
        ("tallies.worker-rights.pre", "answered_missing", {}),
        ("tallies.worker-rights.post", "unknown_choice", {"text": "maybe"}),
        ("tallies.worker-rights.post", "negative", {"text": "-1"}),
    ]


def test_a_failed_write_leaves_the_previous_file_and_no_part(tmp_path: Path) -> None:
    from facilitator.core.files import replaced_when_done, write_bytes_whole

    target = tmp_path / "report.csv"
    write_bytes_whole(target, b"first")
    with pytest.raises(RuntimeError), replaced_when_done(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("the disk filled up")
    assert target.read_bytes() == b"first" and list(tmp_path.iterdir()) == [target]
    write_bytes_whole(target, b"second")
    assert target.read_bytes() == b"second" and list(tmp_path.iterdir()) == [target]


def test_a_file_from_a_newer_upstream_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "records.db"
    records = RecordsStore(db)
    records.save_site("Site", "school", "Wake")
    records.close()
    raw = Database(db)
    raw["_sqlite_migrations"].insert({"migration_set": "upstream-records", "name": "m099_from_the_future",
                                      "applied_at": "2027-01-01T00:00:00"})
    raw.close()
    before = db.read_bytes()
    with pytest.raises(DamagedDatabase, match=r"made by a newer version of Upstream.*m099_from_the_future"):
        RecordsStore(db)
    assert db.read_bytes() == before, "nothing is written into it"


def test_the_sessions_list_lines_are_plain_tuples_the_cycle_collector_lets_go(tmp_path) -> None:
    """A million lines that the collector kept tracking would be walked by each of its full passes, holding the
    window half a second each time; plain tuples of text and numbers are dropped from its lists once seen."""
    import gc

    store = RecordsStore(tmp_path / "records.db")
    site = store.save_site("Carrboro High School", "school", "Orange")
    store.save_session(SessionRecord(dt.date(2026, 10, 1), site.id, "grades_9_12", 25, ("what-is-trafficking",)))
    [line] = store.session_lines()
    gc.collect()
    gc.collect()  # the modules tuple inside is let go on the first pass, the line on the next
    assert type(line) is tuple and not gc.is_tracked(line) and not gc.is_tracked(line[6])
    assert store.session_rows()[0] == line and store.session_rows()[0].participants == 25
    store.close()


def test_db_check_lists_stored_notes_that_hold_a_way_to_reach_someone(tmp_path: Path, monkeypatch, capsys) -> None:
    """Written straight into the file, as an older Upstream could have let it in: the guard refuses it today."""
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    records = RecordsStore(tmp_path / "records.db")
    site = records.save_site("Carrboro High School", "school", "Orange")
    first = records.save_session(SessionRecord(dt.date(2026, 10, 1), site.id, "grades_9_12", 25,
                                               ("what-is-trafficking",), notes="Went well.",
                                               sections=(SectionRecord("what-is-trafficking", "a", "adapted"),)))
    second = records.save_session(SessionRecord(dt.date(2026, 10, 8), site.id, "adults", 12, ("root-causes",),
                                                notes="Hotline 1-888-373-7888 handed out."))
    with records.writing():
        records.db.execute("update sessions set notes = 'Call Ana at 919-555-0142' where id = ?", [second])
        records.db.execute("update section_fidelity set note = 'ask j.doe@example.org' where module_id = ?",
                           ["what-is-trafficking"])
    records.close()
    assert main(["db", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": ok")
    assert out[1:] == [
        f"to remove: the session of 2026-10-01 ({first}), section what-is-trafficking/a, holds an email address; "
        "records keep no way to reach a person (edit the session and take it out)",
        f"to remove: the session of 2026-10-08 ({second}), notes, holds a phone number; records keep no way to "
        "reach a person (edit the session and take it out)"]
    assert not any("919-555-0142" in line or "example.org" in line for line in out), "never repeated on screen"
