"""Fitting a session into the time a teacher gives, and keeping the plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.records.store import RecordsStore
from facilitator.core.teach.planner import (
    add,
    drop,
    end_clock,
    fit,
    missing_sections,
    modules_that_fit,
    move,
    new_plan,
    run_of_show,
)
from facilitator.core.teach.plans import delete_plan, load_plan, plans, save_plan

MODULE = "what-is-trafficking"


def sections(curriculum, module_id: str):
    return curriculum.module(module_id).spec.sections


def test_the_full_module_fits_its_own_length_exactly(curriculum) -> None:
    spec = curriculum.module(MODULE).spec
    result = fit(curriculum, [MODULE], spec.minutes)
    assert [i.section_id for i in result.items] == [s.id for s in spec.sections], "curriculum order"
    assert result.minutes == spec.minutes and result.over_by == 0 and result.left_out == ()


def test_core_first_then_optional_sections_while_they_fit(curriculum) -> None:
    spec = curriculum.module(MODULE).spec
    optional = [s for s in spec.sections if not s.core]
    assert optional, "the module has optional sections to fit"
    smallest = min(optional, key=lambda s: s.minutes)
    result = fit(curriculum, [MODULE], spec.core_minutes + smallest.minutes)
    assert {i.section_id for i in result.items} == {s.id for s in spec.sections if s.core} | {smallest.id}
    assert result.minutes == spec.core_minutes + smallest.minutes
    assert {i.section_id for i in result.left_out} == {s.id for s in optional} - {smallest.id}
    only_core = fit(curriculum, [MODULE], spec.core_minutes)
    assert all(i.core for i in only_core.items) and only_core.over_by == 0


def test_when_even_the_core_does_not_fit_the_plan_says_by_how_much(curriculum) -> None:
    modules = [MODULE, "jobs-and-labor-trafficking"]
    core = sum(curriculum.module(m).spec.core_minutes for m in modules)
    result = fit(curriculum, modules, 45)
    assert not result.core_fits and result.core_minutes == core
    assert result.over_by == core - 45, "every core section is kept, and the overrun is stated"
    assert all(i.core for i in result.items), "no optional section is added to a plan that is already over"
    assert modules_that_fit(curriculum, modules, 45) == (MODULE,)
    assert modules_that_fit(curriculum, modules, 5) == ()


def test_reorder_drop_and_add_change_the_total_and_the_clock(curriculum) -> None:
    plan = new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", [MODULE], start_time="10:30")
    slots = run_of_show(plan)
    assert slots[0].clock == "10:30" and slots[1].clock == f"10:{30 + plan.items[0].minutes}"
    assert end_clock(plan) == f"{10 + (30 + plan.minutes) // 60}:{(30 + plan.minutes) % 60:02d}"
    first, second = plan.items[:2]
    moved = move(plan, 0, 1)
    assert moved.items[:2] == (second, first) and moved.minutes == plan.minutes
    dropped = drop(plan, 0)
    assert dropped.minutes == plan.minutes - first.minutes and first not in dropped.items
    back = add(dropped, curriculum, MODULE, first.section_id)
    assert back.items == plan.items, "an added section goes back to its place in the module"
    assert add(back, curriculum, MODULE, first.section_id) is back, "a section is never in a plan twice"
    assert [i.section_id for i in missing_sections(dropped, curriculum)][:1] == [first.section_id]
    untimed = run_of_show(new_plan(curriculum, "x", "adults", 50, "en", "en", [MODULE]))
    assert untimed[0].clock == "+0:00" and untimed[1].clock == f"+0:{untimed[1].starts:02d}"


def test_plans_are_saved_listed_reopened_and_deleted(curriculum, tmp_path: Path) -> None:
    store = RecordsStore(tmp_path / "records.db")
    try:
        first = save_plan(store, new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", [MODULE]))
        second = save_plan(store, new_plan(curriculum, "Parent night", "parents", 90, "es", "es",
                                           ["parents-and-caregivers"], start_time="18:00"))
        assert {p.name for p in plans(store)} == {"Period 3", "Parent night"}
        reopened = load_plan(store, first.id)
        assert reopened.items == first.items and reopened.audience_language == "es"
        edited = save_plan(store, drop(reopened, 0))
        assert plans(store)[0].id == edited.id, "the plan saved last comes first"
        assert len(load_plan(store, first.id).items) == len(first.items) - 1
        delete_plan(store, second.id)
        assert [p.id for p in plans(store)] == [first.id]
        with pytest.raises(KeyError):
            load_plan(store, second.id)
    finally:
        store.close()
