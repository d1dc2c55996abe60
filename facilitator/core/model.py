"""The curriculum model: language-neutral structure (specs) kept apart from each language's text.

A module's spec says what exists (ids, minutes, kinds, audiences, tags); each ModuleText says it in one language,
keyed by the spec's ids. Keeping the two apart is what lets the loader prove that every language has the same shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

AUDIENCES = ("grades_6_8", "grades_9_12", "adults", "parents", "educators", "community", "facilitators")
YOUTH_AUDIENCES = ("grades_6_8", "grades_9_12")
"""Young people: their sessions keep numbers only, never names, and Spanish handouts address them as "tú"."""
SECTION_KINDS = ("talk", "activity", "discussion", "reflection", "closing", "survey")
SEM_LEVELS = ("individual", "relationship", "community", "society")
STOP_SV = ("norms", "skills", "opportunities", "environments", "support")
HANDOUTS = ("fact-sheet", "job-offer-checklist", "workers-rights-card", "resource-card", "parent-letter",
            "survey-youth", "survey-adult", "survey-parents", "survey-educators", "survey-community",
            "survey-retrospective", "answer-key", "sign-in-sheet", "certificate", "tally-sheet")
SURVEY_TIMES = ("pre", "post")
AGREE_SCALE = ("strongly_disagree", "disagree", "agree", "strongly_agree")
ADAPTATIONS = ("younger", "older", "large_group", "virtual", "low_literacy", "spanish")
GUIDE_HEADINGS = (
    "audiences", "minutes", "objectives", "preparation", "materials", "content_preview", "safety_notes",
    "sections", "talking_points", "facilitator_notes", "questions", "listen_for", "respond", "activity",
    "steps", "debrief", "adaptations", "closing", "handouts", "survey_items", "sem_levels", "stop_sv", "core",
    "optional", "stale_translation", "younger",
)
CONSENT_RULES = ("opt-out", "opt-in")
"""How a school takes parents' consent for the session (G.S. 115C-81.30 leaves it to each board)."""
CHECK_EVERY_DAYS = 180
"""How often a helpline or legal fact is looked at again when its file does not say (agencies' local files)."""
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
class Helpline:
    id: str
    name: Mapping[str, str]
    purpose: Mapping[str, str]
    source: str
    checked: dt.date
    """When someone last compared it with the published source named in `source`."""
    confirmed: dt.date | None = None
    """When someone last confirmed it with the service itself; None until that happens."""
    phone: str = ""
    phone_words: str = ""
    text: str = ""
    tty: str = ""
    web: str = ""
    chat: bool = False
    hours: Mapping[str, str] | None = None
    languages: Mapping[str, str] | None = None
    notes: Mapping[str, str] | None = None
    check: str = ""
    placeholder: bool = False
    local: bool = False
    text_keywords: Mapping[str, str] | None = None
    """The word to text to `text`, by language (988 takes AYUDA for Spanish)."""
    known_as: tuple[str, ...] = ()
    """Names the curriculum's prose uses for it, to find text that promises it on a handout."""

    @property
    def last_checked(self) -> dt.date:
        """The newest of the two dates: how fresh the entry is, whichever way it was checked."""
        return max(self.checked, self.confirmed or dt.date.min)

    @property
    def channels(self) -> tuple[str, ...]:
        """How to reach it: any of phone, text, tty, web, chat."""
        present = {"phone": self.phone, "text": self.text, "tty": self.tty, "web": self.web, "chat": self.chat}
        return tuple(name for name, value in present.items() if value)

    @property
    def web_only(self) -> bool:
        return bool(self.web) and not (self.phone or self.text or self.tty)

@dataclass(frozen=True)
class LegalReference:
    id: str
    citation: str
    summary: Mapping[str, str]
    source: str
    checked: dt.date
    check: str = ""

    @property
    def last_checked(self) -> dt.date:
        return self.checked

@dataclass(frozen=True)
class Resources:
    helplines: tuple[Helpline, ...]
    legal: tuple[LegalReference, ...]
    check_every_days: int = CHECK_EVERY_DAYS
    """How old an entry's newest check may be before `content check` lists it as due."""
    print_always: tuple[str, ...] = ()
    """Helplines every help box prints first, whatever the modules."""

    def needing_check(self) -> list[tuple[str, str]]:
        """(id, what to confirm) for every entry whose facts are known to be changing."""
        return [(entry.id, entry.check) for entry in (*self.helplines, *self.legal) if entry.check]

    def printed(self, promised: Iterable[str] = ()) -> list[Helpline]:
        """What a help box prints before the agency's local entries: the lines every box prints, then those the
        modules promise (`promised`, their `help:` ids), each once; placeholders have no number to print."""
        by_id = {h.id: h for h in self.helplines if not h.placeholder}
        return [by_id[i] for i in dict.fromkeys((*self.print_always, *promised)) if i in by_id]

    def unconfirmed(self) -> list[Helpline]:
        """Helplines nobody has confirmed with the service itself (placeholders have nothing to confirm)."""
        return [h for h in self.helplines if h.confirmed is None and not h.placeholder]

    def overdue(self, today: dt.date) -> list[Helpline | LegalReference]:
        """Entries whose newest check is older than check_every_days."""
        limit = today - dt.timedelta(days=self.check_every_days)
        return [entry for entry in (*self.helplines, *self.legal) if entry.last_checked < limit]

@dataclass(frozen=True)
class Safety:
    """What the presenter's safety panel holds, from safety.yaml."""

    disclosure: Mapping[str, tuple[Mapping[str, str], ...]]
    """Steps for responding to a disclosure, by group (everyone, under_18, adults): each language -> text."""
    reporting: tuple[str, ...]
    """Ids of the legal references (in the helplines file) that say who must report harm to a minor, and to whom."""
    helplines: tuple[str, ...]
    projector: Mapping[str, Mapping[str, str]]
    """The projector's own words (pause screen, resources heading): key -> language -> text."""
    confidentiality: tuple[str, ...] = ()
    """Ids of the legal references that say what stays confidential when an adult discloses, and its limits."""

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


# --- the recommended scope and sequence (sequence.yaml; loaded and asked by core/sequence.py) -----------------
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
