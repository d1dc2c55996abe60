"""Turn one module's YAML (structure and per-language text) into model objects, checking each against the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import (
    ADAPTATIONS,
    AUDIENCES,
    HANDOUTS,
    SECTION_KINDS,
    SEM_LEVELS,
    STOP_SV,
    YOUNGEST,
    Activity,
    FactSheet,
    ModuleSpec,
    ModuleText,
    Question,
    SectionSpec,
    SectionText,
)
from .fields import Fields
from .problems import Problem, Severity
from .yamlsource import LocatedDict

YOUNGER_VERSION_KINDS = ("activity", "discussion")
"""Section kinds that must say how they change for grades 6–8 in a module that also serves older groups."""


def parse_spec(path: Path, data: Any, problems: list[Problem], languages: tuple[str, ...],
               survey_items: tuple[str, ...] | None = None) -> ModuleSpec:
    """`survey_items`: the ids the survey instrument defines (None: no instrument to check against)."""
    f = Fields(path, data, problems, "module")
    module_id = f.text("id")
    if module_id and module_id != path.parent.name:
        f.problem(f.line_of("id"), f"module: id '{module_id}' must match its folder name '{path.parent.name}'")
    number = f.integer("number", minimum=0)
    source_language = f.text("source_language")
    if source_language and source_language not in languages:
        f.problem(f.line_of("source_language"),
                  f"module: source_language '{source_language}' is not one of the curriculum's languages "
                  f"({', '.join(languages)})")
    minutes = f.integer("minutes", minimum=1)
    audiences = f.ids("audiences", AUDIENCES)
    if not audiences and f.has("audiences"):
        f.problem(f.line_of("audiences"), "module: 'audiences' must name at least one audience")
    spec_fields = {
        "objective_ids": f.ids("objectives"),
        "adaptation_ids": f.ids("adaptations", ADAPTATIONS, required=False),
        "sem_levels": f.ids("sem_levels", SEM_LEVELS, required=False),
        "stop_sv": f.ids("stop_sv", STOP_SV, required=False),
        "handouts": f.ids("handouts", HANDOUTS, required=False),
        "survey_items": f.ids("survey_items", survey_items, required=False),
        "help": f.ids("help", required=False),
    }
    sections = _parse_section_specs(f)
    f.finish()
    total = sum(s.minutes for s in sections)
    if sections and total != minutes:
        f.problem(f.line_of("sections"),
                  f"module: section minutes add up to {total}, but the module lasts {minutes} minutes")
    return ModuleSpec(id=module_id, number=number, source_language=source_language, minutes=minutes,
                      audiences=audiences, sections=sections, **spec_fields)


def _parse_section_specs(f: Fields) -> tuple[SectionSpec, ...]:
    raw = f.raw("sections")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        f.problem(f.line_of("sections"), "module: 'sections' must be a non-empty list")
        return ()
    sections: list[SectionSpec] = []
    question_ids: set[str] = set()
    for index, item in enumerate(raw):
        s = Fields(f.path, item, f.problems, f"section {index + 1}", raw.line_of(index))
        section_id = s.text("id")
        kind = s.text("kind")
        if kind and kind not in SECTION_KINDS:
            s.problem(s.line_of("kind"), f"section {index + 1}: kind '{kind}' is not one of {', '.join(SECTION_KINDS)}")
        questions = s.ids("questions", required=False)
        for qid in questions:
            if qid in question_ids:
                s.problem(s.line_of("questions"),
                          f"section {index + 1}: question id '{qid}' is used twice in the module")
            question_ids.add(qid)
        if any(existing.id == section_id for existing in sections):
            s.problem(s.line_of("id"), f"section {index + 1}: id '{section_id}' is used twice")
        sections.append(SectionSpec(
            id=section_id, kind=kind, minutes=s.integer("minutes", minimum=1), core=s.boolean("core"),
            sem_levels=s.ids("sem_levels", SEM_LEVELS, required=False),
            stop_sv=s.ids("stop_sv", STOP_SV, required=False),
            question_ids=questions, has_activity=s.boolean("activity", default=False)))
        s.finish()
    return tuple(sections)


def parse_text(path: Path, data: Any, problems: list[Problem], spec: ModuleSpec, language: str,
               source: ModuleText | None) -> ModuleText:
    """Parse `language`'s text; `source` is the source-language text when this file is a translation."""
    f = Fields(path, data, problems, language)
    declared = f.text("language")
    if declared and declared != language:
        f.problem(f.line_of("language"), f"'language' says '{declared}' but the file is {path.name}")
    is_translation = language != spec.source_language
    version = _parse_version(f, spec, is_translation)
    objectives = {k: _plain(f, v, k, "objective") for k, v in f.keyed("objectives", spec.objective_ids,
                                                                        "objective").items()}
    adaptations = {k: _plain(f, v, k, "adaptation") for k, v in f.keyed("adaptations", spec.adaptation_ids,
                                                                         "adaptation").items()}
    fact_sheet = _parse_fact_sheet(f, source)
    text = ModuleText(
        language=language, version=version, is_translation=is_translation, title=f.text("title"),
        summary=f.text("summary"), objectives=objectives, preparation=f.texts("preparation"),
        materials=f.texts("materials"), content_preview=f.text("content_preview"),
        safety_notes=f.texts("safety_notes"), adaptations=adaptations, closing=f.text("closing"),
        sections=_parse_section_texts(f, spec, source), path=path, fact_sheet=fact_sheet,
        fact_sheet_adults=_parse_adult_sheet(f, fact_sheet), adaptation_for=_parse_adaptation_for(f, spec))
    f.finish()
    return text


def _parse_adaptation_for(f: Fields, spec: ModuleSpec) -> dict[str, str]:
    """Who each adaptation is for. A module that does not serve grades 6–8 must say who its "younger" version is
    for, or the guide would label it as a grades 6–8 version."""
    raw = f.mapping("adaptation_for", required=False)
    result: dict[str, str] = {}
    if raw is not None:
        for key, value in raw.items():
            if key not in spec.adaptation_ids:
                f.problem(raw.line_of(key), f"{f.where}: adaptation_for names '{key}', which is not one of the "
                                            f"module's adaptations ({', '.join(spec.adaptation_ids)})")
            elif not isinstance(value, str) or not value.strip():
                f.problem(raw.line_of(key), f"{f.where}: adaptation_for '{key}' must be non-empty text")
            else:
                result[key] = " ".join(value.split())
    if "younger" in spec.adaptation_ids and YOUNGEST not in spec.audiences and "younger" not in result:
        f.problems.append(Problem(f.path, f.line_of("adaptations"), f"{f.where}: the module does not serve grades "
                                  "6–8, so 'adaptation_for' must say who its 'younger' version is for",
                                  Severity.LINT))
    return result


def _parse_adult_sheet(f: Fields, youth_sheet: FactSheet | None) -> FactSheet | None:
    """Optional, in any language: the same sheet worded for adult readers, point for point."""
    if not f.has("fact_sheet_adults"):
        return None
    g = Fields(f.path, f.raw("fact_sheet_adults"), f.problems, f"{f.where}: fact_sheet_adults",
               f.line_of("fact_sheet_adults"))
    sheet = FactSheet(intro=g.text("intro"), key_points=g.texts("key_points"))
    g.finish()
    if youth_sheet is None:
        g.problem(g.line, f"{g.where}: there is no 'fact_sheet' for it to reword")
    elif len(sheet.key_points) != len(youth_sheet.key_points):
        g.problem(g.line_of("key_points"), f"{g.where}: has {len(sheet.key_points)} key points but 'fact_sheet' "
                                           f"has {len(youth_sheet.key_points)}")
    return sheet


def _parse_fact_sheet(f: Fields, source: ModuleText | None) -> FactSheet | None:
    """Optional; a translation must have one exactly when its source does, with as many key points."""
    if not f.has("fact_sheet"):
        if source is not None and source.fact_sheet is not None:
            f.problem(f.line, f"{f.where}: 'fact_sheet' is missing (the source has one)")
        return None
    if source is not None and source.fact_sheet is None:
        f.problem(f.line_of("fact_sheet"), f"{f.where}: has a 'fact_sheet' but the source has none")
    g = Fields(f.path, f.raw("fact_sheet"), f.problems, f"{f.where}: fact_sheet", f.line_of("fact_sheet"))
    sheet = FactSheet(intro=g.text("intro"), key_points=g.texts("key_points"))
    g.finish()
    if source is not None and source.fact_sheet is not None and \
            len(sheet.key_points) != len(source.fact_sheet.key_points):
        g.problem(g.line_of("key_points"), f"{g.where}: has {len(sheet.key_points)} key points but the source has "
                                           f"{len(source.fact_sheet.key_points)}")
    return sheet


def _parse_version(f: Fields, spec: ModuleSpec, is_translation: bool) -> int:
    if not is_translation:
        if f.has("translates"):
            f.raw("translates")
            f.problem(f.line_of("translates"), f"{f.where}: the source language carries 'version', not 'translates'")
        return f.integer("version", minimum=1)
    if f.has("version"):
        f.raw("version")
        f.problem(f.line_of("version"), f"{f.where}: a translation records 'translates: {{language: "
                                        f"{spec.source_language}, version: N}}' instead of 'version'")
    t = Fields(f.path, f.raw("translates"), f.problems, f"{f.where}: translates", f.line_of("translates"))
    if not f.has("translates"):
        return 0
    source_language = t.text("language")
    if source_language and source_language != spec.source_language:
        t.problem(t.line_of("language"), f"{f.where}: translates '{source_language}', but the module's source "
                                         f"language is '{spec.source_language}'")
    version = t.integer("version", minimum=1)
    t.finish()
    return version


def _plain(f: Fields, value: Any, key: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        line = value.line if isinstance(value, LocatedDict) else f.line
        f.problem(line, f"{f.where}: {what} '{key}' must be non-empty text")
        return ""
    return value.strip()


def _parse_section_texts(f: Fields, spec: ModuleSpec, source: ModuleText | None) -> dict[str, SectionText]:
    raw = f.keyed("sections", tuple(s.id for s in spec.sections), "section")
    result: dict[str, SectionText] = {}
    for section in spec.sections:
        if section.id not in raw:
            continue
        where = f"{f.where}: section '{section.id}'"
        s = Fields(f.path, raw[section.id], f.problems, where, f.line_of("sections"))
        questions = tuple(
            _parse_question(s, qid, value) for qid, value in s.keyed("questions", section.question_ids,
                                                                      "question").items())
        activity = None
        if section.has_activity:
            source_activity = source.sections[section.id].activity if source and section.id in source.sections \
                else None
            activity = _parse_activity(s, source_activity)
        elif s.has("activity"):
            s.raw("activity")
            s.problem(s.line_of("activity"), f"{where}: has an activity but the structure says activity: false")
        younger_required = spec.needs_younger_version and section.kind in YOUNGER_VERSION_KINDS
        younger = s.texts("younger", required=False)
        if younger_required and not younger:
            s.problem(s.line, f"{where}: needs 'younger': how this {section.kind} changes for grades 6–8 "
                              "(the module serves them and an older group)")
        audience = _parse_audience(s, where, source.sections.get(section.id) if source else None)
        result[section.id] = SectionText(title=s.text("title"), talking_points=s.texts("talking_points"),
                                         facilitator_notes=s.texts("facilitator_notes", required=False),
                                         younger=younger, questions=questions, activity=activity,
                                         audience=audience)
        s.finish()
    return result


def _parse_audience(s: Fields, where: str, source: SectionText | None) -> tuple[str, ...]:
    """What the class reads on the projector: its own text, never the facilitator's. A section without it is a
    finding (the projector falls back to the title alone), and a translation has as many lines as its source."""
    audience = s.texts("audience", required=False)
    if not audience:
        s.problems.append(Problem(s.path, s.line, f"{where}: needs 'audience': what the class reads on the "
                                                  "projector, written for participants", Severity.LINT))
    elif source is not None and source.audience and len(audience) != len(source.audience):
        s.problem(s.line_of("audience"), f"{where}: 'audience' has {len(audience)} lines but the source has "
                                         f"{len(source.audience)}")
    return audience


def _parse_question(s: Fields, qid: str, value: Any) -> Question:
    q = Fields(s.path, value, s.problems, f"{s.where}: question '{qid}'", s.line)
    question = Question(id=qid, prompt=q.text("prompt"), listen_for=q.texts("listen_for"), respond=q.text("respond"))
    q.finish()
    return question


def _parse_activity(s: Fields, source: Activity | None) -> Activity:
    a = Fields(s.path, s.raw("activity"), s.problems, f"{s.where}: activity", s.line)
    activity = Activity(title=a.text("title"), purpose=a.text("purpose", required=False),
                        steps=a.texts("steps"), debrief=a.texts("debrief"))
    a.finish()
    if source is not None:
        for name in ("steps", "debrief"):
            ours, theirs = len(getattr(activity, name)), len(getattr(source, name))
            if a.has(name) and ours != theirs:
                a.problem(a.line_of(name), f"{a.where}: has {ours} {name} but the source has {theirs}")
    return activity
