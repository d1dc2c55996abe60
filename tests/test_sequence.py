"""The recommended scope and sequence: checked like every content file, and what the planner asks of it (where a
plan sits, and when to warn). Plans are built from the loaded curriculum and sequence, never from section ids
written here, so the content can change under these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.core.content.problems import ContentError
from facilitator.core.teach.planner import drop, new_plan
from facilitator.core.teach.sequence import (
    SEQUENCE_FILE,
    PlanWarning,
    in_recommended_order,
    load_sequence,
    position,
    warnings,
)

AUDIENCES = ("grades_6_8", "grades_9_12", "parents", "educators", "community")
"""Every audience the review asks a sequence for (finding 20, issue 11 item 9)."""


@pytest.fixture(scope="module")
def sequences(curriculum):
    return curriculum.sequence


def plan_of(curriculum, audience: str, module_ids, minutes: int | None = None):
    """A plan of whole modules (every section fits unless `minutes` is smaller)."""
    total = sum(curriculum.module(m).spec.minutes for m in module_ids)
    return new_plan(curriculum, "Test", audience, minutes or max(total, 5), "en", "en", list(module_ids))


def longest(sequences):
    return max(sequences.sequences, key=lambda s: len(s.steps))


def test_the_bundled_sequence_has_every_audience_in_every_language(curriculum, sequences) -> None:
    assert sequences is not None
    assert set(AUDIENCES) <= {s.audience for s in sequences.sequences}
    ids = {m.id for m in curriculum.modules}
    for sequence in sequences.sequences:
        assert sequence.steps and set(sequence.module_ids) <= ids, sequence.audience
        texts = [step.reason for step in sequence.steps] + [sequence.booster.when, sequence.booster.reason]
        if len(sequence.steps) > 1:
            assert sequence.days_between >= 1
            texts.append(sequence.spacing_reason)
        if sequence.booster.module_id:
            assert sequence.booster.module_id in ids
        else:
            texts.append(sequence.booster.session)
        for text in texts:
            assert set(text) == set(curriculum.languages) and all(text.values()), sequence.audience
        assert 0 < sequence.booster.minutes <= 30, "a booster is a short review"
    youth = [sequences.for_audience(a) for a in ("grades_6_8", "grades_9_12")]
    assert all(len(s.steps) >= 4 for s in youth), "youth get a course, not a single class (finding 20)"


def test_every_reason_is_one_line(sequences) -> None:
    for sequence in sequences.sequences:
        for step in sequence.steps:
            assert all(len(text) <= 160 for text in step.reason.values()), (sequence.audience, step.module_id)


BAD = """\
sequences:
  - audience: grade_6_8
    modules:
      - module: what-is-trafficking
        reason: {en: First., es: Primero.}
  - audience: parents
    modules:
      - module: what-is-traficking
        reason: {en: First.}
      - module: getting-help
        reason: {en: Then., es: Luego.}
    booster:
      minutes: 20
      module: getting-help
      session: {en: A review., es: Un repaso.}
      when: {en: Next year., es: El próximo año.}
      reason: {en: It fades., es: Se olvida.}
  - audience: parents
    modules: []
    booster: {minutes: 20, module: getting-help, when: {en: a, es: b}, reason: {en: a, es: b}}
"""


def test_a_bad_sequence_file_names_file_and_line_for_every_problem(tmp_path, curriculum) -> None:
    path = tmp_path / SEQUENCE_FILE
    path.write_text(BAD, encoding="utf-8")
    problems: list = []
    load_sequence(path, curriculum.languages, [m.id for m in curriculum.modules], problems)
    found = {(p.line, p.message) for p in problems}
    assert all(p.path == path for p in problems)

    def at(line: int, *words: str) -> bool:
        return any(n == line and all(w in message for w in words) for n, message in found)

    assert at(2, "unknown audience 'grade_6_8'")
    assert at(2, "'booster' is missing"), "every sequence has a booster"
    assert at(8, "unknown module 'what-is-traficking'", "did you mean 'what-is-trafficking'")
    assert at(9, "'reason' needs non-empty text in 'es'")
    assert at(6, "'spacing' is missing"), "two sessions or more need the days between them"
    assert at(13, "either the 'module'", "not both")
    assert at(19, "'modules' lists no module")
    assert at(18, "audience 'parents' already has a sequence")


def test_a_bad_sequence_file_stops_the_curriculum_with_file_and_line(mini_curriculum) -> None:
    from facilitator.core.content.loader import check_content, load_curriculum

    assert check_content(mini_curriculum).curriculum.sequence is None, "a curriculum may have no sequence"
    path = mini_curriculum / SEQUENCE_FILE
    path.write_text("sequences:\n  - audience: grades_9_12\n    modules:\n      - module: no-such-module\n",
                    encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_curriculum(mini_curriculum)
    assert f"{path}:4: " in str(raised.value) and "unknown module 'no-such-module'" in str(raised.value)


def test_position_says_which_session_and_what_comes_next(curriculum, sequences) -> None:
    sequence = longest(sequences)
    ids = sequence.module_ids
    second = position(plan_of(curriculum, sequence.audience, [ids[1]]), sequences)
    assert second.covered == (2,) and second.total == len(ids) and second.next_module == ids[2]
    assert not second.ends_sequence
    both = position(plan_of(curriculum, sequence.audience, ids[:2]), sequences)
    assert both.covered == (1, 2) and both.next_module == ids[2]
    last = position(plan_of(curriculum, sequence.audience, [ids[-1]]), sequences)
    assert last.ends_sequence and last.next_module == ""
    outside = next(m.id for m in curriculum.modules if m.id not in ids)
    elsewhere = position(plan_of(curriculum, sequence.audience, [outside]), sequences)
    assert elsewhere.covered == () and elsewhere.next_module == ""
    assert position(plan_of(curriculum, sequence.audience, []), sequences) is None
    assert position(plan_of(curriculum, "facilitators", [outside]), sequences) is None, "no sequence, no position"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_whole_sequence_in_order_does_not_warn(curriculum, sequences, audience) -> None:
    ids = sequences.for_audience(audience).module_ids
    assert warnings(plan_of(curriculum, audience, ids), curriculum, sequences) == []
    for index, module_id in enumerate(ids):  # one session a week, each its own plan, in order
        found = warnings(plan_of(curriculum, audience, [module_id]), curriculum, sequences)
        assert [w.code for w in found] == ([] if index == 0 else ["one_off"])


def test_a_single_later_session_is_a_one_off(curriculum, sequences) -> None:
    sequence = longest(sequences)
    ids = sequence.module_ids
    found = warnings(plan_of(curriculum, sequence.audience, [ids[2]]), curriculum, sequences)
    assert found == [PlanWarning("one_off", ids[2], ids[:2])]
    first = warnings(plan_of(curriculum, sequence.audience, [ids[0]]), curriculum, sequences)
    assert first == [], "the first session has nothing before it; the position says what comes next"


def test_leaving_out_an_earlier_module_and_teaching_out_of_order_warn(curriculum, sequences) -> None:
    sequence = longest(sequences)
    ids, audience = sequence.module_ids, sequence.audience
    gap = warnings(plan_of(curriculum, audience, [ids[0], ids[2]]), curriculum, sequences)
    assert gap == [PlanWarning("earlier_missing", ids[2], (ids[1],))]
    backwards = warnings(plan_of(curriculum, audience, [ids[1], ids[0]]), curriculum, sequences)
    assert backwards == [PlanWarning("out_of_order", ids[1], (ids[0],))]
    assert in_recommended_order([ids[1], ids[0]], audience, sequences) == (ids[0], ids[1])
    outside = next(m.id for m in curriculum.modules if m.id not in ids)
    assert in_recommended_order([outside, ids[1], ids[0]], audience, sequences) == (ids[0], ids[1], outside)
    assert in_recommended_order([ids[1], ids[0]], "facilitators", sequences) == (ids[1], ids[0])


def test_a_dropped_core_section_is_named_and_optional_or_survey_ones_are_not(curriculum, sequences) -> None:
    sequence = longest(sequences)
    module_id = sequence.module_ids[0]
    plan = plan_of(curriculum, sequence.audience, [module_id])
    core = next(i for i, item in enumerate(plan.items)
                if item.core and curriculum.module(module_id).spec.section(item.section_id).kind != "survey")
    assert warnings(drop(plan, core), curriculum, sequences) == [
        PlanWarning("dropped_core", module_id, section_id=plan.items[core].section_id)]
    optional = [i for i, item in enumerate(plan.items) if not item.core]
    if optional:
        assert warnings(drop(plan, optional[0]), curriculum, sequences) == []
    # The same section, had it been the pre/post survey: leaving it out is not a teaching gap.
    module = curriculum.module(module_id)
    surveyed = replace(module, spec=replace(module.spec, sections=tuple(
        replace(s, kind="survey") if s.id == plan.items[core].section_id else s for s in module.spec.sections)))
    as_survey = replace(curriculum, modules=tuple(surveyed if m.id == module_id else m for m in curriculum.modules))
    assert warnings(drop(plan, core), as_survey, sequences) == []
    assert [w.code for w in warnings(drop(plan, core), curriculum, None)] == ["dropped_core"], \
        "a core section is core for every audience, with or without a sequence"
