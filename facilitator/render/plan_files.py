"""A plan's printed companions: the facilitator guide for exactly this session, and its print pack."""

from __future__ import annotations

import datetime as dt

from ..core.browse.guide import plan_guide_html
from ..core.handouts.handouts import Handouts
from ..core.handouts.needs import missing
from ..core.handouts.registry import HandoutRequest
from ..core.model import Curriculum
from ..core.teach.planner import Plan
from .handouts import handout_pdf
from .pdf import Part, RenderJob, render_pdf


def plan_guide_pdf(curriculum: Curriculum, plan: Plan, paper: str = "letter") -> bytes:
    return render_pdf(RenderJob([Part(plan_guide_html(curriculum, plan))], plan.name, plan.facilitator_language,
                                paper, plan.name))


def plan_print_pack_pdf(maker: Handouts, plan: Plan, paper: str = "letter", school: str = "",
                        date: dt.date | None = None) -> tuple[bytes | None, tuple[str, ...]]:
    """Every handout the plan's modules use, in the audience's language (None when there is none to print), and
    the ids of those left out because they still lack what they need (the school for a parent letter, the date for
    a sign-in sheet) when `school` or `date` is not given."""
    ready: list[HandoutRequest] = []
    left_out: list[HandoutRequest] = []
    for request in maker.plan_pack(plan, paper, school, date):
        (left_out if missing(request) else ready).append(request)
    data = handout_pdf([maker.make(r) for r in ready]) if ready else None
    return data, tuple(r.handout for r in left_out)
