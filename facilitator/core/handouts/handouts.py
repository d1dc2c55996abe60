"""Handouts as HTML, filled from the curriculum and the agency: what render/ lays out as PDF or prints.

The core stops at HTML parts. Each template writes one language; two languages go one after the other (each from a
new page) or side by side (see rendering.py). registry.py holds the handouts on offer, needs.py what a request
still lacks, context.py what each template is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..content import surveys
from ..content.surveys import survey_handout
from ..errors import UpstreamError
from ..model import CONSENT_RULES, Curriculum, Helpline, Module
from ..teach.planner import Plan
from .agency import AgencyProfile, usable_logo
from .context import Contexts, for_youth
from .needs import missing
from .registry import (
    LAYOUTS,
    PAPERS,
    HandoutError,
    HandoutRequest,
    HandoutSpec,
    handout_specs,
    review_status,
    spec,
    strings,
    usable_languages,
)
from .rendering import HtmlPart, render, side_by_side, template_environment

SURVEY_FORMS = frozenset({*surveys.SURVEY_HANDOUTS.values(), surveys.RETROSPECTIVE_HANDOUT})
"""Handouts that are a survey form; a print pack carries exactly one, the group's."""


@dataclass(frozen=True)
class Handout:
    """Everything render/ needs: the parts, a title and language for the PDF, the footer, the logo to load."""

    parts: tuple[HtmlPart, ...]
    title: str
    language: str
    paper: str
    footer: str
    logo: Path | None = None
    warnings: tuple[str, ...] = field(default=())


class Handouts:
    """Makes handouts from one curriculum, one agency profile and the agency's local helplines.

    `refused`, when given, says why the saved profile or the local helplines cannot be used; every handout is then
    refused with it rather than printed without the agency's details or its own helplines. A logo that is missing,
    unreadable or too large is left out, and the reason logged."""

    def __init__(self, curriculum: Curriculum, agency: AgencyProfile | None = None,
                 local_helplines: Sequence[Helpline] = (), user_templates: Path | None = None,
                 refused: UpstreamError | None = None) -> None:
        self.curriculum = curriculum
        self.agency = agency or AgencyProfile()
        self.refused = refused
        self.logo = usable_logo(self.agency.logo)
        self.local_helplines = tuple(local_helplines)
        self.contexts = Contexts(curriculum, self.agency, self.logo is not None, self.local_helplines)
        self.env = template_environment(user_templates)

    def make(self, request: HandoutRequest) -> Handout:
        if self.refused is not None:
            raise HandoutError(str(self.refused), self.refused.code, **self.refused.values)
        handout = spec(request.handout)
        self._check(handout, request)
        contexts = [self.contexts.context(handout, request, language) for language in request.languages]
        parts: tuple[HtmlPart, ...]
        if request.layout == "side" and len(contexts) == 2:
            parts = (side_by_side(self.env, handout.template, contexts),)
        else:
            parts = tuple(HtmlPart(render(self.env, handout.template, context), context.lang, context.rtl)
                          for context in contexts)
        titles = " / ".join(dict.fromkeys(c.title for c in contexts))
        warnings = tuple(f"The {strings(lang)['language_name']} wording has not been reviewed by a native speaker yet."
                         for lang in request.languages if review_status(lang) == "unreviewed")
        footer = self.contexts.agency.name or "Upstream"
        return Handout(parts, titles, request.languages[0], request.paper, footer, self.logo, warnings)

    def print_pack(self, modules: Sequence[str], languages: tuple[str, ...], layout: str, paper: str,
                   school: str = "", date: dt.date | None = None, audience: str = "",
                   facilitator_language: str = "") -> list[HandoutRequest]:
        """Every handout the chosen modules use, in the registry's order (a fact sheet for each module), worded
        for `audience` when it is known, and the facilitator's safety card, in the facilitator's language (the
        protocol on paper: on one screen the safety panel is never shown). needs.missing_from_pack says what the
        requests still lack."""
        chosen = [self.curriculum.module(m) for m in modules]
        wanted = {h for m in chosen for h in m.spec.handouts}
        surveyed = {h for h in wanted if h in SURVEY_FORMS} or any(
            s.kind == "survey" for m in chosen for s in m.spec.sections)
        if self.curriculum.survey and surveyed:
            # One survey for the group, whichever forms the modules name: the audience's, when it is known.
            wanted = (wanted - SURVEY_FORMS) | {self._survey_for(audience, chosen), "answer-key"}
        requests = []
        for handout in handout_specs():
            if handout.id not in wanted:
                continue
            usable = usable_languages(handout, languages)
            if handout.id == "fact-sheet":
                requests += [HandoutRequest(handout.id, usable, layout, (m,), school, date, paper, audience=audience)
                             for m in modules if "fact-sheet" in self.curriculum.module(m).spec.handouts]
            else:
                requests.append(HandoutRequest(handout.id, usable, layout, tuple(modules), school, date, paper,
                                               audience=audience))
        card = spec("safety-card")
        own = facilitator_language if facilitator_language in card.languages else usable_languages(card, languages)[0]
        requests.append(HandoutRequest(card.id, (own,), "single", tuple(modules), school, date, paper,
                                       audience="facilitators"))  # the card speaks to the facilitator
        return requests

    def plan_pack(self, plan: Plan, paper: str = "letter", school: str = "",
                  date: dt.date | None = None) -> list[HandoutRequest]:
        """A plan's print pack: its modules' handouts in the audience's language, for its audience."""
        return self.print_pack(plan.modules, (plan.audience_language,), "single", paper, school, date, plan.audience,
                               plan.facilitator_language)

    def _survey_for(self, audience: str, modules: Sequence[Module]) -> str:
        """The survey handout for a group: the audience's form, or, when the audience is not known, the youth form
        for youth-only modules and otherwise the adult form, which takes the instrument the modules' audiences use."""
        survey = self.curriculum.survey
        if audience and survey is not None:
            return survey_handout(survey, audience)
        return surveys.SURVEY_HANDOUTS["youth" if for_youth("", modules) else surveys.ADULT_INSTRUMENT]

    def _check(self, handout: HandoutSpec, request: HandoutRequest) -> None:
        """Refuse what no form offers (an unknown language, layout, paper, module or consent rule), then the first
        thing the user still has to give (needs.missing)."""
        if not request.languages:
            raise HandoutError("choose at least one language", "no_language")
        for language in request.languages:
            if language not in handout.languages:
                raise HandoutError(f"the {handout.id} handout is not available in '{language}' "
                                   f"(available: {', '.join(handout.languages)})", "language_unavailable",
                                   handout=handout.id, language=language)
        if request.layout not in LAYOUTS:
            raise HandoutError(f"layout must be one of {', '.join(LAYOUTS)}", "bad_layout", layout=request.layout)
        if request.paper not in PAPERS:
            raise HandoutError(f"paper must be letter or a4, not '{request.paper}'", "bad_paper", paper=request.paper)
        for module_id in request.modules:
            try:
                self.curriculum.module(module_id)
            except KeyError:
                raise HandoutError(f"there is no module '{module_id}'", "unknown_module", module=module_id) from None
        if handout.id == "parent-letter" and request.consent not in CONSENT_RULES:
            raise HandoutError(f"the consent rule must be opt-out or opt-in, not '{request.consent}'", "bad_consent",
                               consent=request.consent)
        needs = missing(request)
        if needs:
            raise needs[0].error()
