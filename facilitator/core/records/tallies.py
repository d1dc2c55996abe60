"""A session's survey counts: which items it keeps counts for, and what a question's answer counts come to (how
many answered it, how many answered right). The log form fills answered and right in from the counts as they are
typed, and validation keeps the same figures when they are saved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ..model import Curriculum, SurveyItem


class Counted(NamedTuple):
    answered: int
    correct: int


def from_marks(item: SurveyItem, marks: Mapping[str, int]) -> Counted:
    """Everyone who marked an option answered; those who marked the keyed answer (on the agree scale, either point
    on the hoped-for side: SurveyItem.is_right) answered right."""
    return Counted(sum(marks.values()), sum(n for mark, n in marks.items() if item.is_right(mark)))


def from_typed(item: SurveyItem, typed: Mapping[str, str]) -> Counted | None:
    """The same from counts as typed into the form; None while one of them is not a whole number (the form then
    leaves answered and right as they were, and saving points at the count)."""
    if not all(text.isdecimal() for text in typed.values()):
        return None
    return from_marks(item, {mark: int(text) for mark, text in typed.items()})


def items_to_count(curriculum: Curriculum, modules: Iterable[str], saved: Iterable[str] = ()) -> list[str]:
    """The survey items a session's counts are kept for, in the survey's order: those its modules teach, and any
    already saved for it, even when no module it lists teaches that item any more (a retired item, or one a module
    no longer asks): saving the session again must not drop a count unseen."""
    if curriculum.survey is None:
        return []
    kept = {item for module in modules for item in curriculum.module(module).spec.survey_items} | set(saved)
    return [item for item in curriculum.survey.items if item in kept]
