"""Records travelling between laptops: merges that can be repeated in any order, deletions that travel, conflicts that
are named, and bad files that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from records_helpers import resealed, session, state

from facilitator.core.records.exchange import (
    ExchangeError,
    ImportCancelled,
    export_records,
    import_records,
)
from facilitator.core.records.model import RosterEntry, SessionRecord
from facilitator.core.records.store import RecordsStore


def adult_training(store: RecordsStore) -> str:
    """A training for adults whose sign-in list holds one name; returns the session's id."""
    return store.save_session(session(store.save_site("Library", "community", "Wake").id, 1, 3, audience="adults",
                                      roster=(RosterEntry("Ms. Lee", "teacher"),)))


def carry(source: RecordsStore, target: RecordsStore, tmp_path: Path, name: str = "carry.json"):
    path = tmp_path / name
    export_records(source, path)
    return import_records(target, path)


def test_records_travel_and_a_second_import_changes_nothing(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    site = a.save_site("Carrboro High School", "school", "Orange")
    a.save_session(session(site.id, 1))
    a.save_session(session(site.id, 2, 31))
    summary = carry(a, b, tmp_path)
    assert str(summary) == "3 new, 0 updated, 0 unchanged, 0 conflicts"
    assert state(b) == state(a)
    again = carry(a, b, tmp_path)
    assert str(again) == "0 new, 0 updated, 3 unchanged, 0 conflicts"
    assert state(b) == state(a)


def test_both_directions_give_the_same_totals(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    a.save_session(session(a.save_site("Carrboro High School", "school", "Orange").id, 1, 25))
    b.save_session(session(b.save_site("El Centro", "community", "Durham").id, 3, 12))
    carry(a, b, tmp_path, "a.json")
    carry(b, a, tmp_path, "b.json")
    assert state(a) == state(b)
    assert sum(r.participants for r in a.session_rows()) == sum(r.participants for r in b.session_rows()) == 37


def test_files_stay_readable_by_laptops_whose_records_are_stored_the_old_way(laptops, tmp_path: Path) -> None:
    """Migration 4 changed how a laptop stores sessions, not what travels: files still say records version 3, so an
    Upstream that has not had migration 4 reads them."""
    a, b, _ = laptops
    a.save_session(session(a.save_site("Carrboro High School", "school", "Orange").id, 1, 25))
    export_records(a, tmp_path / "a.json")
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["schema"] == 3
    assert str(import_records(b, tmp_path / "a.json")) == "2 new, 0 updated, 0 unchanged, 0 conflicts"


def test_an_edit_that_builds_on_the_other_is_an_update_not_a_conflict(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    carry(a, b, tmp_path)
    b.save_session(SessionRecord(**{**b.session(session_id).__dict__, "participants": 24}))
    summary = carry(b, a, tmp_path)
    assert str(summary) == "0 new, 1 updated, 1 unchanged, 0 conflicts"
    assert a.session(session_id).participants == 24


def test_edits_made_apart_are_listed_and_the_newer_wins_on_both_laptops(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    carry(a, b, tmp_path)
    a.save_session(SessionRecord(**{**a.session(session_id).__dict__, "notes": "edited on A"}))
    b.save_session(SessionRecord(**{**b.session(session_id).__dict__, "notes": "edited on B"}))  # later
    export_records(a, tmp_path / "a.json")  # the two laptops swap files
    export_records(b, tmp_path / "b.json")
    to_a = import_records(a, tmp_path / "b.json")
    to_b = import_records(b, tmp_path / "a.json")
    assert len(to_a.conflicts) == len(to_b.conflicts) == 1
    assert "edited on both laptops; kept the other laptop's edit" in str(to_a.conflicts[0])
    assert "kept this laptop's edit" in str(to_b.conflicts[0])
    assert a.session(session_id).notes == b.session(session_id).notes == "edited on B"
    assert str(carry(a, b, tmp_path, "again.json")) == "0 new, 0 updated, 2 unchanged, 0 conflicts"


def test_deletions_travel_and_the_order_of_imports_does_not_matter(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    site = a.save_site("Site", "school", "Wake")
    kept, deleted = a.save_session(session(site.id, 1)), a.save_session(session(site.id, 2))
    carry(a, b, tmp_path, "first.json")
    b.delete_session(deleted)
    b.save_session(session(b.save_site("Other", "community", "Orange").id, 5))
    a.save_session(SessionRecord(**{**a.session(kept).__dict__, "participants": 40}))
    export_records(a, tmp_path / "a.json")
    export_records(b, tmp_path / "b.json")
    import_records(c, tmp_path / "b.json")
    import_records(c, tmp_path / "a.json")
    import_records(a, tmp_path / "b.json")
    import_records(b, tmp_path / "a.json")
    assert state(a) == state(b) == state(c)
    assert [r.id for r in c.session_rows() if r.id == deleted] == []
    assert c.session(kept).participants == 40


def test_the_same_place_entered_on_two_laptops_is_one_site(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    a.save_session(session(a.save_site("Carrboro High School", "school", "Orange").id, 1))
    b.save_session(session(b.save_site("carrboro high school", "school", "orange").id, 2))
    carry(b, a, tmp_path)
    carry(a, b, tmp_path)
    # One site on both laptops, spelled as the entry with the larger precedence (the same number of edits, the
    # later one): the same rule as any two copies, so every laptop keeps the same spelling.
    assert [s.name for s in a.sites()] == [s.name for s in b.sites()] == ["carrboro high school"]
    assert {r.site for r in a.session_rows()} == {r.site for r in b.session_rows()} == {"carrboro high school"}


def test_names_stay_home_unless_asked_for(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = adult_training(a)
    export_records(a, tmp_path / "plain.json")
    assert "Ms. Lee" not in (tmp_path / "plain.json").read_text(encoding="utf-8")
    import_records(b, tmp_path / "plain.json")
    assert b.session(session_id).roster == ()
    export_records(a, tmp_path / "names.json", include_names=True)
    c = laptops[2]
    import_records(c, tmp_path / "names.json")
    assert [r.name for r in c.session(session_id).roster] == ["Ms. Lee"]


def write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("damage", "message", "code"), [
    (lambda doc, path: path.write_bytes(b"\x00\x01not json"), "not an Upstream records file, or it is damaged",
     "not_ours"),
    (lambda doc, path: write(path, {"hello": 1}), "not an Upstream records file", "not_ours"),
    (lambda doc, path: write(path, {**doc, "schema": 99}), "made by a newer Upstream", "newer"),
    (lambda doc, path: write(path, {**doc, "payload": {**doc["payload"], "sites": []}}), "checksum does not match",
     "altered"),
    (lambda doc, path: resealed(path, {**doc, "payload": {**doc["payload"],
                                                          "sessions": doc["payload"]["sessions"] * 2}}),
     "lists the same session twice", "bad_content"),
])
def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(laptops, tmp_path: Path, damage, message,
                                                                    code) -> None:
    a, b, _ = laptops
    a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    b.save_session(session(b.save_site("Home", "school", "Durham").id, 2))
    path = tmp_path / "records.json"
    export_records(a, path)
    damage(json.loads(path.read_text(encoding="utf-8")), path)
    before = state(b)
    with pytest.raises(ExchangeError, match=message) as refused:
        import_records(b, path)
    assert refused.value.code == code, "the screen words the reason from the code"
    assert state(b) == before


def test_a_wrong_field_deep_in_the_file_is_named_and_nothing_is_half_merged(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    site = a.save_site("Site", "school", "Wake")
    for day in range(1, 6):
        a.save_session(session(site.id, day))
    path = tmp_path / "records.json"
    export_records(a, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["payload"]["sessions"][3]["participants"] = "many"
    resealed(path, document)
    with pytest.raises(ExchangeError, match=r"session 4 \(.*\): 'participants' is missing or not a int"):
        import_records(b, path)
    assert state(b) == {"sessions": {}, "sites": []}


def test_a_cancelled_import_leaves_no_half_merge(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    site = a.save_site("Site", "school", "Wake")
    for day in range(1, 29):
        for _ in range(10):
            a.save_session(session(site.id, day))
    path = tmp_path / "records.json"
    export_records(a, path)
    seen = []
    with pytest.raises(ImportCancelled):
        import_records(b, path, lambda done, total: seen.append(done) or done < 200)
    assert seen == [200] and state(b) == {"sessions": {}, "sites": []}
    assert str(import_records(b, path)) == "281 new, 0 updated, 0 unchanged, 0 conflicts"


def test_records_commands(tmp_path: Path, monkeypatch, capsys) -> None:
    from facilitator.cli import main

    other = RecordsStore(tmp_path / "other.db")
    other.save_session(session(other.save_site("El Centro", "community", "Durham").id, 4, 15))
    export_records(other, tmp_path / "other.json")
    other.close()
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    assert main(["records", "import", str(tmp_path / "other.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 new, 0 updated, 0 unchanged, 0 conflicts\n") and "a backup from before the import" in out
    assert main(["records", "export", "-o", str(tmp_path / "mine.json")]) == 0
    assert capsys.readouterr().out.strip().endswith("1 session(s), without roster names")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert main(["records", "import", str(tmp_path / "bad.json")]) == 1
    assert "not an Upstream records file. Nothing was changed." in capsys.readouterr().err

    third = RecordsStore(tmp_path / "third.db")
    third.save_session(session(third.save_site("Garner Middle School", "school", "Wake").id, 5, 22))
    export_records(third, tmp_path / "third.json")
    third.close()
    assert main(["records", "import", str(tmp_path / "third.json"), str(tmp_path / "bad.json")]) == 1
    assert f"not imported: {tmp_path / 'bad.json'}: not an Upstream records file" in capsys.readouterr().err
    assert main(["records", "export", "-o", str(tmp_path / "mine.json")]) == 0
    assert capsys.readouterr().out.strip().endswith("1 session(s), without roster names"), "all or none"
    assert main(["records", "import", str(tmp_path / "third.json"), str(tmp_path / "other.json")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [f"{tmp_path / 'third.json'}: 2 new, 0 updated, 0 unchanged, 0 conflicts",
                         f"{tmp_path / 'other.json'}: 0 new, 0 updated, 2 unchanged, 0 conflicts"]


def test_an_update_without_names_keeps_the_roster_already_here(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = adult_training(a)
    export_records(a, tmp_path / "names.json", include_names=True)
    import_records(b, tmp_path / "names.json")
    a.save_session(SessionRecord(**{**a.session(session_id).__dict__, "participants": 4}))
    assert str(carry(a, b, tmp_path)) == "0 new, 1 updated, 1 unchanged, 0 conflicts"
    updated = b.session(session_id)
    assert updated.participants == 4 and [r.name for r in updated.roster] == ["Ms. Lee"]


def test_removed_names_stay_removed_and_the_removal_travels(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = adult_training(a)
    export_records(a, tmp_path / "old-with-names.json", include_names=True)
    import_records(b, tmp_path / "old-with-names.json")
    assert a.purge_roster(session_id) == 1
    import_records(a, tmp_path / "old-with-names.json")
    assert a.session(session_id).roster == (), "an older file does not bring the names back"
    export_records(a, tmp_path / "after-purge.json", include_names=True)
    import_records(b, tmp_path / "after-purge.json")
    assert b.session(session_id).roster == ()


def test_an_export_written_a_record_at_a_time_is_the_sealed_document(laptops, tmp_path: Path) -> None:
    from facilitator.core.records.exchange import read_exchange, sealed

    a, b, _ = laptops
    adult_training(a)
    b.save_session(session(b.save_site("Library", "community", "Wake").id, 2, 9))
    carry(b, a, tmp_path)  # the same place from two laptops: an alias
    export_records(a, tmp_path / "names.json", include_names=True)
    raw = (tmp_path / "names.json").read_bytes()
    document = read_exchange(tmp_path / "names.json")
    assert len(document["payload"]["sessions"]) == 2 and document["payload"]["aliases"]
    del document["sha256"]  # what the file was sealed with
    assert raw == sealed(document), "the bytes and the checksum are those of the whole document sealed at once"
