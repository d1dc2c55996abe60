"""A plan's printed companions: the facilitator guide for exactly this session, and its print pack."""

from __future__ import annotations

from ..core.browse.guide import plan_guide_html
from ..core.handouts.handouts import Handouts
from ..core.model import Curriculum
from ..core.teach.planner import Plan
from .handouts import handout_pdf
from .pdf import Part, RenderJob, render_pdf


def plan_guide_pdf(curriculum: Curriculum, plan: Plan, paper: str = "letter") -> bytes:
    return render_pdf(RenderJob([Part(plan_guide_html(curriculum, plan))], plan.name, plan.facilitator_language,
                                paper, plan.name))


def plan_print_pack_pdf(maker: Handouts, plan: Plan, paper: str = "letter") -> tuple[bytes | None, tuple[str, ...]]:
    """Every handout the plan's modules use, in the audience's language (None when there is none to print), and
    the ids of those left out because they need what a plan does not know (the school for a parent letter, the
    date for a sign-in sheet)."""
    requests = maker.print_pack(plan.modules, (plan.audience_language,), "single", paper, audience=plan.audience,
                                facilitator_language=plan.facilitator_language)
    ready, left_out = [], []
    for request in requests:
        (left_out if maker.unmet_needs(request) else ready).append(request)
    data = handout_pdf([maker.make(r) for r in ready]) if ready else None
    return data, tuple(r.handout for r in left_out)
