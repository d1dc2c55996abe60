"""A plan's printed companions: the facilitator guide for exactly this session, and its print pack."""

from __future__ import annotations

from ..core.guide import plan_guide_html
from ..core.handouts import Handouts
from ..core.model import Curriculum
from ..core.planner import Plan
from .handouts import handout_pdf
from .pdf import Part, RenderJob, render_pdf


def plan_guide_pdf(curriculum: Curriculum, plan: Plan, paper: str = "letter") -> bytes:
    return render_pdf(RenderJob([Part(plan_guide_html(curriculum, plan))], plan.name, plan.facilitator_language,
                                paper, plan.name))


def plan_print_pack_pdf(maker: Handouts, plan: Plan, paper: str = "letter") -> tuple[bytes, tuple[str, ...]]:
    """Every handout the plan's modules use, in the audience's language, and the ids of those left out because
    they need what a plan does not know (the school for a parent letter, the date for a sign-in sheet)."""
    requests = maker.print_pack(plan.modules, (plan.audience_language,), "single", paper, audience=plan.audience)
    left_out = tuple(r.handout for r in requests if maker.unmet_needs(r))
    made = [maker.make(r) for r in requests if not maker.unmet_needs(r)]
    return handout_pdf(made), left_out
