"""The survey model: the items (what a participant can mark, and which mark is right), kept apart from each
language's wording of them, as the curriculum's modules are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

SURVEY_TIMES = ("pre", "post")
AGREE_SCALE = ("strongly_disagree", "disagree", "agree", "strongly_agree")


@dataclass(frozen=True)
class SurveyItem:
    id: str
    construct: str
    kind: str
    answer: str
    """choice: the right option id; true_false: "true" or "false"; agree_scale: the hoped-for "agree"/"disagree"."""
    options: tuple[str, ...] = ()
    asked: tuple[str, ...] = SURVEY_TIMES
    line: int = field(default=0, compare=False)

    @property
    def marks(self) -> tuple[str, ...]:
        """What a participant can mark on paper, in printed order: the ids answer counts are kept under."""
        return {"true_false": ("true", "false"), "agree_scale": AGREE_SCALE}.get(self.kind, self.options)

    def is_right(self, mark: str) -> bool:
        """Whether a mark is the keyed answer; on the agree scale both points on the hoped-for side count."""
        if self.kind == "agree_scale":
            return mark in (self.answer, f"strongly_{self.answer}")
        return mark == self.answer


@dataclass(frozen=True)
class ItemText:
    prompt: str
    explanation: str
    options: Mapping[str, str]
    short: str
    """A few words naming the item in a report's charts and tables, where the whole prompt will not fit."""


@dataclass(frozen=True)
class SurveyText:
    language: str
    version: int
    is_translation: bool
    instruments: Mapping[str, tuple[str, str]]
    """instrument id -> (title, instructions)."""
    scale: Mapping[str, str]
    true_label: str
    false_label: str
    constructs: Mapping[str, str]
    items: Mapping[str, ItemText]
    path: Path


@dataclass(frozen=True)
class Survey:
    constructs: tuple[str, ...]
    instruments: Mapping[str, tuple[str, ...]]
    items: Mapping[str, SurveyItem]
    texts: Mapping[str, SurveyText]

