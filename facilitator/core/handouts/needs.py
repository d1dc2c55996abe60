"""What a handout request still lacks of what its handout needs from the user: the one home of these rules.

The core refuses a request with a need left (Handouts.make), the CLI says which option supplies it, the Handouts
screen words the first one and keeps its buttons off, and the Plan screen asks for what its print pack lacks.
Each need is a code; the interfaces word the codes, so the rules themselves live only here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import long_date
from .registry import PRINT_PACK, HandoutError, HandoutRequest, latest_return_by, spec

NEED_CODES = ("one_module", "modules", "school", "date", "return_by")
"""one_module: exactly one module; modules: at least one; school: the school's or site's name; date: the session
date; return_by: the parent letter's slip is due too late (it must be at least a week before the session)."""


@dataclass(frozen=True)
class Need:
    code: str
    """One of NEED_CODES."""
    request: HandoutRequest
    """The request that lacks it: its handout, and for return_by the dates that clash."""

    @property
    def handout(self) -> str:
        return self.request.handout

    @property
    def latest(self) -> dt.date | None:
        """For return_by: the last day the slip may be due."""
        return latest_return_by(self.request.date)

    def __str__(self) -> str:
        """In English, for the CLI and the core's own errors; the UI words the code in its own language."""
        subject = "the print pack" if self.handout == PRINT_PACK else f"the {self.handout} handout"
        if self.code == "return_by":
            given, session = self.request.return_by, self.request.date
            assert given is not None and session is not None and self.latest is not None
            return (f"the return-by date ({long_date(given, 'en')}) must be at least a week before the session "
                    f"({long_date(session, 'en')}): {long_date(self.latest, 'en')} or earlier")
        what = {"one_module": "one module", "modules": "at least one module", "school": "the school's name",
                "date": "a date"}[self.code]
        return f"{subject} needs {what}"


    def error(self) -> HandoutError:
        """The core's refusal of a request with this need left, coded for the screens."""
        if self.code == "return_by":
            assert self.request.return_by is not None and self.latest is not None
            return HandoutError(str(self), "return_by_late", return_by=self.request.return_by.isoformat(),
                                latest=self.latest.isoformat())
        code = {"one_module": "needs_module", "modules": "needs_modules", "school": "needs_school",
                "date": "needs_date"}[self.code]
        return HandoutError(str(self), code, handout=self.handout)


def missing(request: HandoutRequest) -> tuple[Need, ...]:
    """What `request` lacks of what its handout needs, in the order a form asks for it; empty when it can be made."""
    needs = spec(request.handout).needs
    lacking = [code for code, lacks in (
        ("one_module", "module" in needs and len(request.modules) != 1),
        ("modules", "modules" in needs and not request.modules),
        ("school", "school" in needs and not request.school.strip()),
        ("date", "date" in needs and request.date is None),
        ("return_by", request.handout == "parent-letter" and _slip_too_late(request)),
    ) if lacks]
    return tuple(Need(code, request) for code in lacking)


def missing_from_pack(modules: Sequence[str], requests: Sequence[HandoutRequest]) -> tuple[Need, ...]:
    """A print pack's needs: modules first (a pack for no module is no pack), then what each of its handouts lacks."""
    if not modules:
        return (Need("modules", HandoutRequest(PRINT_PACK)),)
    return tuple(need for request in requests for need in missing(request))


def _slip_too_late(request: HandoutRequest) -> bool:
    latest = latest_return_by(request.date)
    return request.return_by is not None and latest is not None and request.return_by > latest
