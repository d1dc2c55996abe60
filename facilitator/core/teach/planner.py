"""Plan a session to fit the time: core sections first, optional ones while they fit, then a run of show.

A plan is a list of sections in the order they will be delivered. The fitting keeps the curriculum's order (modules
as chosen, sections as written), because each module's sections build on one another; the facilitator can then
reorder, drop or add sections by hand and the totals follow.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Curriculum


@dataclass(frozen=True)
class PlanItem:
    module_id: str
    section_id: str
    minutes: int
    core: bool


def items_data(items: Sequence[PlanItem]) -> list[list[object]]:
    """A plan's items as plain lists, for JSON (saved plans, a run in progress)."""
    return [[i.module_id, i.section_id, i.minutes, i.core] for i in items]


def items_from(data: Sequence[Sequence[Any]]) -> tuple[PlanItem, ...]:
    return tuple(PlanItem(str(m), str(s), int(n), bool(c)) for m, s, n, c in data)


@dataclass(frozen=True)
class Fit:
    """What fitting the chosen modules into the time gave."""

    items: tuple[PlanItem, ...]
    minutes_available: int
    core_minutes: int
    """What the chosen modules' core sections need, together."""
    left_out: tuple[PlanItem, ...] = ()
    """Optional sections that did not fit."""

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    @property
    def core_fits(self) -> bool:
        return self.core_minutes <= self.minutes_available

    @property
    def over_by(self) -> int:
        """Minutes beyond the time available (0 when the plan fits)."""
        return max(0, self.minutes - self.minutes_available)


@dataclass(frozen=True)
class Plan:
    name: str
    audience: str
    minutes_available: int
    facilitator_language: str
    audience_language: str
    modules: tuple[str, ...]
    items: tuple[PlanItem, ...]
    start_time: str = ""
    """"HH:MM", or empty when the clock time is not known yet."""
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    updated_at: str = ""

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    @property
    def over_by(self) -> int:
        return max(0, self.minutes - self.minutes_available)


@dataclass(frozen=True)
class Slot:
    """One line of the run of show."""

    item: PlanItem
    starts: int
    """Minutes from the start of the session."""
    clock: str
    """Clock time it starts ("10:35"), or "+0:05" from the start when the session has no start time."""


def fit(curriculum: Curriculum, module_ids: Sequence[str], minutes_available: int) -> Fit:
    """Every core section of the chosen modules, then each optional section, in curriculum order, while it fits.

    When even the core sections do not fit, all of them are kept (a plan without its core would not teach the
    module) and the Fit says by how much they are over; the caller shows it, with the modules' core times, so the
    facilitator can choose fewer modules or ask for more time."""
    sections = [PlanItem(module_id, s.id, s.minutes, s.core)
                for module_id in module_ids for s in curriculum.module(module_id).spec.sections]
    core_minutes = sum(item.minutes for item in sections if item.core)
    spare = minutes_available - core_minutes
    kept, left_out = [], []
    for item in sections:
        if item.core:
            kept.append(item)
        elif item.minutes <= spare:
            kept.append(item)
            spare -= item.minutes
        else:
            left_out.append(item)
    return Fit(tuple(kept), minutes_available, core_minutes, tuple(left_out))


def modules_that_fit(curriculum: Curriculum, module_ids: Sequence[str], minutes_available: int) -> tuple[str, ...]:
    """The chosen modules, in order, as far as their core sections fit: a suggestion when the whole choice does not."""
    kept, used = [], 0
    for module_id in module_ids:
        core = curriculum.module(module_id).spec.core_minutes
        if used + core <= minutes_available:
            kept.append(module_id)
            used += core
    return tuple(kept)


def new_plan(curriculum: Curriculum, name: str, audience: str, minutes_available: int, facilitator_language: str,
             audience_language: str, module_ids: Sequence[str], start_time: str = "") -> Plan:
    items = fit(curriculum, module_ids, minutes_available).items
    return Plan(name, audience, minutes_available, facilitator_language, audience_language, tuple(module_ids), items,
                start_time)


def move(plan: Plan, index: int, to: int) -> Plan:
    """The plan with the section at `index` moved to position `to`."""
    items = list(plan.items)
    items.insert(max(0, min(to, len(items) - 1)), items.pop(index))
    return replace(plan, items=tuple(items))


def drop(plan: Plan, index: int) -> Plan:
    return replace(plan, items=plan.items[:index] + plan.items[index + 1:])


def add(plan: Plan, curriculum: Curriculum, module_id: str, section_id: str) -> Plan:
    """The plan with a section added where it belongs among its module's sections (a new module's at the end),
    unless it is already in."""
    if any((i.module_id, i.section_id) == (module_id, section_id) for i in plan.items):
        return plan
    spec = curriculum.module(module_id).spec.section(section_id)
    item = PlanItem(module_id, section_id, spec.minutes, spec.core)
    order = [s.id for s in curriculum.module(module_id).spec.sections]
    same = [(index, order.index(i.section_id)) for index, i in enumerate(plan.items) if i.module_id == module_id]
    before = [index for index, rank in same if rank < order.index(section_id)]
    after = [index for index, rank in same if rank > order.index(section_id)]
    position = before[-1] + 1 if before else after[0] if after else len(plan.items)
    modules = plan.modules if module_id in plan.modules else (*plan.modules, module_id)
    return replace(plan, items=(*plan.items[:position], item, *plan.items[position:]), modules=modules)


def missing_sections(plan: Plan, curriculum: Curriculum) -> list[PlanItem]:
    """Sections of the plan's modules that are not in it: what "add a section" offers."""
    present = {(i.module_id, i.section_id) for i in plan.items}
    return [PlanItem(module_id, s.id, s.minutes, s.core) for module_id in plan.modules
            for s in curriculum.module(module_id).spec.sections if (module_id, s.id) not in present]


def run_of_show(plan: Plan) -> list[Slot]:
    """Each section with the minute it starts and its clock time."""
    slots, elapsed = [], 0
    start = _start(plan.start_time)
    for item in plan.items:
        if start is None:
            clock = f"+{elapsed // 60}:{elapsed % 60:02d}"
        else:
            clock = (start + dt.timedelta(minutes=elapsed)).strftime("%H:%M")
        slots.append(Slot(item, elapsed, clock))
        elapsed += item.minutes
    return slots


def end_clock(plan: Plan) -> str:
    start = _start(plan.start_time)
    if start is None:
        return f"+{plan.minutes // 60}:{plan.minutes % 60:02d}"
    return (start + dt.timedelta(minutes=plan.minutes)).strftime("%H:%M")


def _start(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(text))
    except ValueError:
        return None
