"""The curriculum model: language-neutral structure (specs) kept apart from each language's text.

A module's spec says what exists (ids, minutes, kinds, audiences, tags); each ModuleText says it in one language,
keyed by the spec's ids. Keeping the two apart is what lets the loader prove that every language has the same shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .model_resources import CHECK_EVERY_DAYS, Helpline, LegalReference, Resources, Safety
from .model_sequence import AudienceSequence, Booster, ScopeAndSequence, Step
from .model_survey import AGREE_SCALE, SURVEY_TIMES, ItemText, Survey, SurveyItem, SurveyText

__all__ = [
    "ADAPTATIONS", "AGREE_SCALE", "AUDIENCES", "CHECK_EVERY_DAYS", "CONSENT_RULES", "GUIDE_HEADINGS", "HANDOUTS",
    "SECTION_KINDS", "SEM_LEVELS", "STOP_SV", "SURVEY_TIMES", "YOUNGEST", "YOUTH_AUDIENCES", "Activity",
    "AudienceSequence", "Booster", "Curriculum", "FactSheet", "GlossaryTerm", "Helpline", "Idea", "ItemText", "Labels",
    "LegalReference", "Module", "ModuleSpec", "ModuleText", "Place", "Question", "Resources", "Safety",
    "ScopeAndSequence", "SectionSpec", "SectionText", "Step", "Survey", "SurveyItem", "SurveyText"]
"""The whole curriculum model, with the parts model_survey, model_resources and model_sequence hold, as every
module imports it."""

AUDIENCES = ("grades_6_8", "grades_9_12", "adults", "parents", "educators", "community", "facilitators")
YOUTH_AUDIENCES = ("grades_6_8", "grades_9_12")
"""Young people: their sessions keep numbers only, never names, and Spanish handouts address them as "tú"."""
SECTION_KINDS = ("talk", "activity", "discussion", "reflection", "closing", "survey")
SEM_LEVELS = ("individual", "relationship", "community", "society")
STOP_SV = ("norms", "skills", "opportunities", "environments", "support")
HANDOUTS = ("fact-sheet", "job-offer-checklist", "workers-rights-card", "resource-card", "parent-letter",
            "survey-youth", "survey-adult", "survey-parents", "survey-educators", "survey-community",
            "survey-retrospective", "answer-key", "sign-in-sheet", "certificate", "tally-sheet")
ADAPTATIONS = ("younger", "older", "large_group", "virtual", "low_literacy", "spanish")
GUIDE_HEADINGS = (
    "audiences", "minutes", "objectives", "preparation", "materials", "content_preview", "safety_notes",
    "sections", "talking_points", "facilitator_notes", "questions", "listen_for", "respond", "activity",
    "steps", "debrief", "adaptations", "closing", "handouts", "survey_items", "sem_levels", "stop_sv", "core",
    "optional", "stale_translation", "younger",
)
CONSENT_RULES = ("opt-out", "opt-in")
"""How a school takes parents' consent for the session (G.S. 115C-81.30 leaves it to each board)."""
YOUNGEST = "grades_6_8"
"""Modules that serve this audience and an older one say how each activity and discussion changes for it."""


@dataclass(frozen=True)
class SectionSpec:
    id: str
    kind: str
    minutes: int
    core: bool
    sem_levels: tuple[str, ...] = ()
    stop_sv: tuple[str, ...] = ()
    question_ids: tuple[str, ...] = ()
    has_activity: bool = False


@dataclass(frozen=True)
class ModuleSpec:
    id: str
    number: int
    source_language: str
    minutes: int
    audiences: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    objective_ids: tuple[str, ...] = ()
    adaptation_ids: tuple[str, ...] = ()
    sem_levels: tuple[str, ...] = ()
    stop_sv: tuple[str, ...] = ()
    handouts: tuple[str, ...] = ()
    survey_items: tuple[str, ...] = ()
    help: tuple[str, ...] = ()
    """Helplines this module's handouts print after the national ones, because its text promises them."""

    @property
    def needs_younger_version(self) -> bool:
        """True when the module serves grades 6–8 and an older group, so sections must say what changes."""
        return YOUNGEST in self.audiences and any(a != YOUNGEST for a in self.audiences)

    @property
    def core_minutes(self) -> int:
        """Minutes needed when only the core sections are delivered."""
        return sum(s.minutes for s in self.sections if s.core)

    def section(self, section_id: str) -> SectionSpec:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    listen_for: tuple[str, ...]
    respond: str


@dataclass(frozen=True)
class Activity:
    title: str
    purpose: str
    steps: tuple[str, ...]
    debrief: tuple[str, ...]


@dataclass(frozen=True)
class SectionText:
    title: str
    talking_points: tuple[str, ...]
    facilitator_notes: tuple[str, ...] = ()
    younger: tuple[str, ...] = ()
    """How this section changes for grades 6–8: words, examples, activity."""
    questions: tuple[Question, ...] = ()
    activity: Activity | None = None
    audience: tuple[str, ...] = ()
    """What the class reads on the projector, in this language: prompts, questions and the steps they follow,
    written for participants (never the facilitator's notes or steps)."""

    def pieces(self) -> list[str]:
        """Every piece of text in the section, in reading order (for search, word counts and coverage)."""
        result = [self.title, *self.talking_points, *self.facilitator_notes, *self.younger, *self.audience]
        for question in self.questions:
            result += [question.prompt, *question.listen_for, question.respond]
        if self.activity:
            result += [self.activity.title, self.activity.purpose, *self.activity.steps, *self.activity.debrief]
        return [piece for piece in result if piece]


@dataclass(frozen=True)
class FactSheet:
    """What participants take home: a short introduction and the points to remember, in their words."""

    intro: str
    key_points: tuple[str, ...]


@dataclass(frozen=True)
class ModuleText:
    """One language's text of a module. `version` is the source version this text is, or translates."""

    language: str
    version: int
    is_translation: bool
    title: str
    summary: str
    objectives: Mapping[str, str]
    preparation: tuple[str, ...]
    materials: tuple[str, ...]
    content_preview: str
    safety_notes: tuple[str, ...]
    adaptations: Mapping[str, str]
    closing: str
    sections: Mapping[str, SectionText]
    path: Path = field(default=Path(), compare=False)
    fact_sheet: FactSheet | None = None
    fact_sheet_adults: FactSheet | None = None
    """The fact sheet as adults read it, where the language addresses adults differently (Spanish "usted")."""
    adaptation_for: Mapping[str, str] = field(default_factory=dict)
    """Who an adaptation is for, where the guide's general label would say the wrong thing (adaptation -> words)."""

    def module_pieces(self) -> list[str]:
        """The module-level text (everything outside the sections), in reading order."""
        result = [self.title, self.summary, *self.objectives.values(), *self.preparation, *self.materials,
                  self.content_preview, *self.safety_notes, *self.adaptations.values(), self.closing]
        for sheet in (self.fact_sheet, self.fact_sheet_adults):
            if sheet:
                result += [sheet.intro, *sheet.key_points]
        return [piece for piece in result if piece]


@dataclass(frozen=True)
class Module:
    spec: ModuleSpec
    texts: Mapping[str, ModuleText]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)

    def text(self, language: str) -> ModuleText:
        """The text in `language`, falling back to the source language when that language is missing."""
        return self.texts.get(language) or self.texts[self.spec.source_language]

    def is_stale(self, language: str) -> bool:
        """True when this language's text translates an older version of the source."""
        text = self.texts.get(language)
        source = self.texts[self.spec.source_language]
        return text is not None and text.is_translation and text.version < source.version


@dataclass(frozen=True)
class Labels:
    """The words the guide uses in one content language (audience names, section kinds, headings...)."""

    language: str
    language_name: str
    audiences: Mapping[str, str]
    section_kinds: Mapping[str, str]
    sem_levels: Mapping[str, str]
    stop_sv: Mapping[str, str]
    adaptations: Mapping[str, str]
    headings: Mapping[str, str]


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    terms: Mapping[str, tuple[str, str]]
    """language -> (term, definition)."""
    notes: Mapping[str, str]


@dataclass(frozen=True)
class Place:
    """Where a module teaches an idea: a section, and the question (its id) or "activity" that teaches it."""

    module_id: str
    section_id: str
    evidence: str
    line: int
    idea_id: str = ""
    by: str = ""
    path: Path = field(default=Path(), compare=False)


@dataclass(frozen=True)
class Idea:
    id: str
    group: str
    idea: str
    places: tuple[Place, ...]
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Curriculum:
    version: int
    languages: tuple[str, ...]
    modules: tuple[Module, ...]
    labels: Mapping[str, Labels]
    survey: Survey | None = None
    resources: Resources | None = None
    glossary: tuple[GlossaryTerm, ...] = ()
    coverage: tuple[Idea, ...] = ()
    safety: Safety | None = None
    sequence: ScopeAndSequence | None = None
    """The recommended scope and sequence per audience (sequence.yaml)."""

    def module(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id:
                return module
        raise KeyError(module_id)

    def stale(self) -> list[tuple[Module, str]]:
        """Every (module, language) whose translation is older than its source."""
        return [(m, lang) for m in self.modules for lang in m.languages if m.is_stale(lang)]
