"""The recommended scope and sequence (sequence.yaml): for each audience, the modules in teaching order, the days
between sessions and a short booster later on, each with its reason.

The planner asks two things of it: where a plan sits in its audience's sequence, and what to warn about in plain
words (a group getting a single session, a module taught before the ones the sequence puts first, a core section
left out). Warnings are codes and ids; each screen words them in its own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..content.fields import Fields, suggest
from ..content.helplines import localized
from ..content.problems import Problem
from ..content.yamlsource import read_yaml
from ..model import AUDIENCES, AudienceSequence, Booster, Curriculum, ScopeAndSequence, Step
from .planner import Plan

SEQUENCE_FILE = "sequence.yaml"
NOT_CORE_KINDS = ("survey",)
"""Section kinds never warned about when left out: the pre/post survey is core to evaluation, not to teaching."""


@dataclass(frozen=True)
class Position:
    """Where a plan sits in its audience's sequence."""

    sequence: AudienceSequence
    covered: tuple[int, ...]
    """Session numbers (from 1) of the sequence's modules the plan teaches, in sequence order; empty when it
    teaches none of them."""

    @property
    def total(self) -> int:
        return len(self.sequence.steps)

    @property
    def next_module(self) -> str:
        """The module of the session after the plan's last one, or empty when the plan ends the sequence."""
        if not self.covered or self.covered[-1] >= self.total:
            return ""
        return self.sequence.steps[self.covered[-1]].module_id

    @property
    def ends_sequence(self) -> bool:
        return bool(self.covered) and self.covered[-1] == self.total


@dataclass(frozen=True)
class PlanWarning:
    code: str
    """one_off, earlier_missing, out_of_order or dropped_core."""
    module_id: str
    modules: tuple[str, ...] = ()
    """one_off and earlier_missing: the modules the sequence teaches first that the plan leaves out;
    out_of_order: those the plan teaches after `module_id` though the sequence puts them first."""
    section_id: str = ""
    """dropped_core: the core section left out."""


# --- loading --------------------------------------------------------------------------------------------------
def load_sequence(path: Path, languages: tuple[str, ...], module_ids: Iterable[str],
                  problems: list[Problem]) -> ScopeAndSequence | None:
    """Read and check sequence.yaml; every problem names the file and line. `module_ids` are the curriculum's."""
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return None
    known = tuple(module_ids)
    top = Fields(path, data, problems, "sequence file")
    sequences: list[AudienceSequence] = []
    for index, (item, line) in enumerate(top.entries("sequences"), start=1):
        sequence = _sequence(Fields(path, item, problems, f"sequence {index}", line), languages, known)
        if sequence is None:
            continue
        if any(s.audience == sequence.audience for s in sequences):
            problems.append(Problem(path, line, f"sequence {index}: audience '{sequence.audience}' already has a "
                                                "sequence"))
        sequences.append(sequence)
    top.finish()
    return ScopeAndSequence(tuple(sequences))


def _sequence(f: Fields, languages: tuple[str, ...], known: tuple[str, ...]) -> AudienceSequence | None:
    audience = f.text("audience")
    if audience and audience not in AUDIENCES:
        f.problem(f.line_of("audience"), f"{f.where}: unknown audience '{audience}'; expected one of: "
                                         f"{', '.join(AUDIENCES)}")
    where = f"sequence '{audience}'" if audience else f.where
    steps: list[Step] = []
    entries = f.entries("modules")
    if not entries and f.has("modules"):
        f.problem(f.line_of("modules"), f"{where}: 'modules' lists no module")
    for number, (item, line) in enumerate(entries, start=1):
        g = Fields(f.path, item, f.problems, f"{where}, module {number}", line)
        module_id = g.text("module")
        if module_id and module_id not in known:
            g.problem(g.line_of("module"), f"{g.where}: unknown module '{module_id}'{suggest(module_id, known)}")
        elif module_id and module_id in (s.module_id for s in steps):
            g.problem(g.line_of("module"), f"{g.where}: '{module_id}' is already in this sequence")
        steps.append(Step(module_id, localized(g, "reason", languages)))
        g.finish()
    days, spacing_reason = 0, {}
    spacing = f.mapping("spacing", required=len(steps) > 1)
    if spacing is not None:
        g = Fields(f.path, spacing, f.problems, f"{where}: spacing", f.line_of("spacing"))
        days = g.integer("days", minimum=1)
        spacing_reason = localized(g, "reason", languages)
        g.finish()
    booster = _booster(f, where, languages, known)
    f.finish()
    if not audience or audience not in AUDIENCES:
        return None
    return AudienceSequence(audience, tuple(steps), booster, days, spacing_reason)


def _booster(f: Fields, where: str, languages: tuple[str, ...], known: tuple[str, ...]) -> Booster:
    value = f.mapping("booster")
    if value is None:
        return Booster(0, {}, {})
    g = Fields(f.path, value, f.problems, f"{where}: booster", f.line_of("booster"))
    minutes = g.integer("minutes", minimum=1)
    module_id = g.text("module", required=False)
    if module_id and module_id not in known:
        g.problem(g.line_of("module"), f"{g.where}: unknown module '{module_id}'{suggest(module_id, known)}")
    session = localized(g, "session", languages, required=False)
    if g.has("module") == g.has("session"):
        g.problem(g.line, f"{g.where}: give either the 'module' it reviews or a 'session' that describes it, "
                          "not both or neither")
    booster = Booster(minutes, localized(g, "when", languages), localized(g, "reason", languages), module_id,
                      session)
    g.finish()
    return booster


# --- what the planner asks ------------------------------------------------------------------------------------
def taught_order(plan: Plan) -> tuple[str, ...]:
    """The plan's modules in the order it teaches them: by their first section in the run of show, then those
    chosen with no section left in it."""
    order = list(dict.fromkeys(item.module_id for item in plan.items))
    return (*order, *(m for m in plan.modules if m not in order))


def in_recommended_order(module_ids: Iterable[str], audience: str,
                         sequences: ScopeAndSequence | None) -> tuple[str, ...]:
    """The chosen modules as the audience's sequence orders them; those outside it keep their order, after."""
    sequence = sequences.for_audience(audience) if sequences else None
    chosen = tuple(module_ids)
    if sequence is None:
        return chosen
    ranked = [m for m in sequence.module_ids if m in chosen]
    return (*ranked, *(m for m in chosen if m not in ranked))


def position(plan: Plan, sequences: ScopeAndSequence | None) -> Position | None:
    """Where the plan sits in its audience's sequence; None when the audience has none or no module is chosen."""
    sequence = sequences.for_audience(plan.audience) if sequences else None
    if sequence is None or not plan.modules:
        return None
    taught = set(taught_order(plan))
    return Position(sequence, tuple(n for n, m in enumerate(sequence.module_ids, start=1) if m in taught))


def warnings(plan: Plan, curriculum: Curriculum, sequences: ScopeAndSequence | None) -> list[PlanWarning]:
    """What the planner warns about, in this order: a single session of a longer sequence, or earlier modules
    left out; modules taught before those the sequence puts first; core sections left out of a chosen module."""
    result: list[PlanWarning] = []
    sequence = sequences.for_audience(plan.audience) if sequences else None
    order = taught_order(plan)
    if sequence is not None:
        ids = sequence.module_ids
        in_sequence = [m for m in order if m in ids]
        if in_sequence:
            last = max(ids.index(m) for m in in_sequence)
            left_out = tuple(m for m in ids[:last] if m not in in_sequence)
            if left_out:
                code = "one_off" if len(in_sequence) == 1 else "earlier_missing"
                result.append(PlanWarning(code, ids[last], left_out))
        for index, module_id in enumerate(in_sequence):
            later = tuple(m for m in in_sequence[index + 1:] if ids.index(m) < ids.index(module_id))
            if later:
                result.append(PlanWarning("out_of_order", module_id, tuple(sorted(later, key=ids.index))))
    present = {(item.module_id, item.section_id) for item in plan.items}
    for module_id in order:
        for section in curriculum.module(module_id).spec.sections:
            if section.core and section.kind not in NOT_CORE_KINDS and (module_id, section.id) not in present:
                result.append(PlanWarning("dropped_core", module_id, section_id=section.id))
    return result
