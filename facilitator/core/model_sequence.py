"""The recommended scope and sequence (sequence.yaml, loaded and asked by teach/sequence.py): for each audience,
the modules in order and why, the days between sessions, and the booster session that follows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    module_id: str
    reason: Mapping[str, str]
    """language -> why the module sits here."""


@dataclass(frozen=True)
class Booster:
    minutes: int
    when: Mapping[str, str]
    reason: Mapping[str, str]
    module_id: str = ""
    """The module it reviews, or empty when `session` describes it."""
    session: Mapping[str, str] = field(default_factory=dict)
    """language -> a short description of the session, when it is not named by a module."""


@dataclass(frozen=True)
class AudienceSequence:
    audience: str
    steps: tuple[Step, ...]
    booster: Booster
    days_between: int = 0
    """Days from one session to the next (0 when the sequence is a single session)."""
    spacing_reason: Mapping[str, str] = field(default_factory=dict)

    @property
    def module_ids(self) -> tuple[str, ...]:
        return tuple(step.module_id for step in self.steps)


@dataclass(frozen=True)
class ScopeAndSequence:
    sequences: tuple[AudienceSequence, ...]

    def for_audience(self, audience: str) -> AudienceSequence | None:
        return next((s for s in self.sequences if s.audience == audience), None)

