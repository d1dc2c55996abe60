"""What a question's answer counts come to: how many answered it, and how many answered right. The log form fills
answered and right in from the counts as they are typed, and validation keeps the same figures when they are saved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ..model import SurveyItem


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
