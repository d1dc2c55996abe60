"""Which modules a facilitator sees in the browser, given the audience, the minutes available and a language."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Module


@dataclass(frozen=True)
class ModuleFilter:
    audience: str | None = None
    """Only modules written for this audience."""
    minutes: int | None = None
    """Only modules whose core sections fit in this many minutes (optional sections can be dropped)."""
    language: str | None = None
    """Only modules that have text in this language."""

    def accepts(self, module: Module) -> bool:
        spec = module.spec
        return ((self.audience is None or self.audience in spec.audiences)
                and (self.minutes is None or spec.core_minutes <= self.minutes)
                and (self.language is None or self.language in module.texts))
