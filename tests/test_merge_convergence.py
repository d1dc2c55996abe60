"""Merges converge: laptops that exchange files end with the same records and the same reports, whatever ids they
know a place by, whichever clock runs ahead; each reports every conflict; and no merge leaves a name on a youth
session."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from records_helpers import session, state

from facilitator.core.records import store as store_module
from facilitator.core.records.exchange import export_records, import_records
from facilitator.core.records.model import RosterEntry, SessionRecord
from facilitator.core.records.store import RecordsStore
from facilitator.core.records.validation import InvalidSite


def carry(source: RecordsStore, target: RecordsStore, tmp_path: Path, include_names: bool = False):
    path = tmp_path / f"from-{source.device_id}.json"
    export_records(source, path, include_names=include_names)
    return import_records(target, path)


def swap(a: RecordsStore, b: RecordsStore, tmp_path: Path) -> None:
    carry(a, b, tmp_path)
    carry(b, a, tmp_path)


def sites_seen(store: RecordsStore) -> list[tuple[str, int]]:
    """What a report by site shows: each site's name and how many took part there."""
    totals: dict[str, int] = {}
    for row in store.session_rows():
        totals[row.site] = totals.get(row.site, 0) + row.participants
    return sorted(totals.items())


def edit(store: RecordsStore, session_id: str, **changes) -> None:
    store.save_session(SessionRecord(**{**store.session(session_id).__dict__, **changes}))


def test_a_rename_reaches_the_laptop_that_knows_the_site_by_an_alias(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    a_site = a.save_site("Escuela", "school", "Wake")
    a.save_session(session(a_site.id, 1, 20))
    b.save_session(session(b.save_site("Escuela", "school", "Wake").id, 2, 15))
    carry(a, b, tmp_path)  # b keeps its own site and a's id as an alias
    a.save_site("Escuela Peña", "school", "Wake", a_site.id)
    carry(a, b, tmp_path)
    assert [s.name for s in b.sites()] == ["Escuela Peña"]
    carry(b, a, tmp_path)
    assert [s.name for s in a.sites()] == ["Escuela Peña"]
    assert sites_seen(a) == sites_seen(b) == [("Escuela Peña", 35)]


def test_a_rename_on_the_laptop_with_the_alias_travels_back_though_the_names_now_differ(laptops,
                                                                                        tmp_path: Path) -> None:
    a, b, _ = laptops
    a.save_session(session(a.save_site("Escuela", "school", "Wake").id, 1, 20))
    b_site = b.save_site("Escuela", "school", "Wake")
    b.save_session(session(b_site.id, 2, 15))
    carry(a, b, tmp_path)
    b.save_site("Escuela Peña", "school", "Wake", b_site.id)
    carry(b, a, tmp_path)  # "Escuela Peña" is no twin of "Escuela": the file's aliases say it is the same place
    carry(a, b, tmp_path)
    assert sites_seen(a) == sites_seen(b) == [("Escuela Peña", 35)]
    assert state(a)["sites"] == state(b)["sites"]


def test_a_third_laptop_that_held_both_as_two_sites_folds_them_into_one(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    a.save_session(session(a.save_site("Escuela", "school", "Wake").id, 1, 20))
    b_site = b.save_site("Escuela Pena", "school", "Wake")
    b.save_session(session(b_site.id, 2, 15))
    carry(a, c, tmp_path)
    carry(b, c, tmp_path)
    assert len(c.sites()) == 2, "nothing yet says they are one place"
    b.save_site("Escuela", "school", "Wake", b_site.id)
    carry(a, b, tmp_path)  # now b knows: its file carries a's id as an alias of its site
    carry(b, c, tmp_path)
    assert sites_seen(c) == sites_seen(b) == [("Escuela", 35)] and len(c.sites()) == 1
    assert c.db.execute("pragma foreign_key_check").fetchall() == []


def test_a_clock_a_year_ahead_does_not_win_every_conflict(laptops, tmp_path: Path, monkeypatch) -> None:
    a, b, _ = laptops
    session_id = a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    carry(a, b, tmp_path)
    edit(a, session_id, participants=21)
    edit(a, session_id, participants=22)  # two edits on a, with its clock right
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=365)).isoformat(timespec="microseconds")
    monkeypatch.setattr(store_module, "now", lambda: ahead)
    edit(b, session_id, participants=99)  # one edit on b, whose clock runs a year ahead
    monkeypatch.undo()
    export_records(a, tmp_path / "a.json")
    export_records(b, tmp_path / "b.json")
    to_a, to_b = import_records(a, tmp_path / "b.json"), import_records(b, tmp_path / "a.json")
    assert a.session(session_id).participants == b.session(session_id).participants == 22
    assert [c.kept_theirs for c in to_a.conflicts] == [False] and [c.kept_theirs for c in to_b.conflicts] == [True]


def test_a_conflict_is_reported_on_both_laptops_and_only_once(laptops, tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    carry(a, b, tmp_path)
    edit(a, session_id, notes="edited on A")
    edit(b, session_id, notes="edited on B")  # later
    first = carry(b, a, tmp_path)
    assert [str(c) for c in first.conflicts] == [f"session 2026-10-01: edited on both laptops; kept the other "
                                                 f"laptop's edit of {first.conflicts[0].when}"]
    second = carry(a, b, tmp_path)  # b only sees a's merged copy, which builds on both edits
    assert str(second).endswith("1 conflicts")
    assert [str(c) for c in second.conflicts] == [f"session 2026-10-01: edited on both laptops; kept this laptop's "
                                                  f"edit of {first.conflicts[0].when}"]
    assert carry(b, a, tmp_path).conflicts == [] and carry(a, b, tmp_path).conflicts == []
    assert state(a) == state(b)


def test_a_coordinator_hears_of_conflicts_resolved_on_the_facilitators_laptops(laptops, tmp_path: Path) -> None:
    a, b, c = laptops
    session_id = a.save_session(session(a.save_site("Site", "school", "Wake").id, 1))
    carry(a, b, tmp_path)
    edit(a, session_id, participants=5)
    edit(b, session_id, participants=6)
    carry(b, a, tmp_path)
    summary = carry(a, c, tmp_path)
    assert len(summary.conflicts) == 1 and summary.conflicts[0].kind == "session"


def test_an_incoming_youth_version_removes_the_roster_here_even_from_a_file_without_names(laptops,
                                                                                          tmp_path: Path) -> None:
    a, b, _ = laptops
    session_id = a.save_session(session(a.save_site("Library", "community", "Wake").id, 1, 3, audience="adults",
                                         roster=(RosterEntry("Ms. Lee", "teacher"),)))
    carry(a, b, tmp_path, include_names=True)
    assert [r.name for r in b.session(session_id).roster] == ["Ms. Lee"]
    edit(a, session_id, audience="grades_6_8", grade_band="grades_6_8", roster=())  # corrected on the form
    carry(a, b, tmp_path)  # no names in this file
    assert b.session(session_id).roster == () and b.db["roster"].count == 0


@pytest.mark.parametrize("other", [unicodedata.normalize("NFD", "Escuela Peña"), "ESCUELA PEÑA", " escuela  peña "])
def test_the_same_name_in_another_unicode_form_or_case_is_the_same_site(store, laptops, tmp_path: Path,
                                                                        other: str) -> None:
    first = store.save_site("Escuela Peña", "school", "Condado de Wake")
    assert store.save_site(other, "school", "CONDADO DE WAKE").id == first.id
    a, b, _ = laptops
    a.save_session(session(a.save_site("Escuela Peña", "school", "Wake").id, 1))
    b.save_session(session(b.save_site(other, "school", "wake").id, 2))
    swap(a, b, tmp_path)
    assert len(a.sites()) == len(b.sites()) == 1 and sites_seen(a) == sites_seen(b)


def test_site_names_are_stored_in_one_unicode_form_and_kept_to_a_sane_length(store) -> None:
    decomposed = unicodedata.normalize("NFD", "Escuela Peña")
    saved = store.save_site(decomposed, "school", "Wake")
    assert saved.name == "Escuela Peña" and [s.name for s in store.sites()] == ["Escuela Peña"]
    with pytest.raises(InvalidSite) as refused:
        store.save_site("x" * 201, "school", "Wake")
    assert [(e.field, e.code) for e in refused.value.errors] == [("name", "too_long")]


def test_three_laptops_editing_one_session_agree_whatever_the_order_of_their_files(tmp_path: Path) -> None:
    """One edit on A, two on B, one on C (the latest clock), then files in many orders: the kept copy is the one made
    after the most edits, on every laptop, and each laptop reports each conflict once."""
    import itertools
    import random

    pairs = list(itertools.permutations(range(3), 2))
    orders = random.Random(5).sample(list(itertools.product(pairs, repeat=3)), 12)
    for number, order in enumerate(orders):
        folder = tmp_path / str(number)
        folder.mkdir()
        laptops = [RecordsStore(folder / f"{n}.db") for n in range(3)]
        session_id = laptops[0].save_session(session(laptops[0].save_site("S", "school", "Wake").id, 1, 10))
        carry(laptops[0], laptops[1], folder)
        carry(laptops[0], laptops[2], folder)
        edit(laptops[0], session_id, participants=11)
        edit(laptops[1], session_id, participants=12)
        edit(laptops[1], session_id, participants=13)
        edit(laptops[2], session_id, participants=14)
        reported = [0, 0, 0]
        for a, b in [*order, *pairs, *pairs]:
            reported[b] += len(carry(laptops[a], laptops[b], folder).conflicts)
        assert [laptop.session(session_id).participants for laptop in laptops] == [13, 13, 13], order
        assert len(set(reported)) == 1, (order, reported)
        for laptop in laptops:
            laptop.close()


def test_random_exchanges_of_renames_twins_and_edits_converge() -> None:
    """A sample of bench/merge_convergence.py (which runs 300): random renames into each other's names, twins,
    edits, deletions and audience changes on three laptops, then full exchanges: the same records everywhere."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from merge_convergence import run

    assert {seed: found for seed in range(12) if (found := run(seed, 25))} == {}


def test_two_copies_with_the_same_vector_still_agree(tmp_path: Path) -> None:
    """After a restore a laptop counts its edits again from the backup's: an edit with the same vector as one another
    laptop already holds is still compared, and both laptops keep the same copy."""
    from facilitator.core.records.backup import backup, restore

    a, b = RecordsStore(tmp_path / "a.db"), RecordsStore(tmp_path / "b.db")
    session_id = a.save_session(session(a.save_site("Hall", "school", "Wake").id, 1, 10))
    saved = backup(a.path, tmp_path / "backups")
    edit(a, session_id, participants=20)
    carry(a, b, tmp_path)
    a.close()
    restore(saved, tmp_path / "a.db")
    a = RecordsStore(tmp_path / "a.db")
    edit(a, session_id, participants=30)
    for _ in range(2):
        swap(a, b, tmp_path)
    assert a.session(session_id).participants == b.session(session_id).participants
    a.close()
    b.close()
