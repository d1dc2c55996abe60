"""Where each idea of the origin document is taught: by a discussion question or an activity, proven by its text.

The ideas live in coverage.yaml. Each module says, in its own teaches.yaml, which ideas it teaches, in which
section, by which question (its id) or by the section's activity, with an evidence phrase that must appear in that
question's or activity's source-language text. A phrase of a few words, used by no other teaching point, shows
the teaching rather than a passing word ("upstream" in a welcome is not teaching the upstream idea).
"""

from __future__ import annotations

from pathlib import Path

from ..browse.textfold import fold
from ..model import Idea, Module, Place
from .fields import Fields, read_entries
from .problems import Problem, Severity

TEACHES_FILE = "teaches.yaml"
MIN_EVIDENCE_WORDS = 4
ACTIVITY = "activity"


def load_ideas(path: Path, problems: list[Problem]) -> tuple[Idea, ...]:
    ideas = []
    for index, (item, line) in enumerate(read_entries(path, problems, "coverage", "ideas")):
        f = Fields(path, item, problems, f"idea {index + 1}", line)
        ideas.append(Idea(f.text("id"), f.text("group"), f.text("idea"), (), line))
        f.finish()
    return tuple(ideas)


def load_teaching(folder: Path, problems: list[Problem]) -> list[Place]:
    """The places a module's teaches.yaml claims (none when the module has no such file)."""
    path = folder / TEACHES_FILE
    if not path.is_file():
        return []
    places = []
    for index, (item, line) in enumerate(read_entries(path, problems, "teaches", "teaches")):
        f = Fields(path, item, problems, f"teaching point {index + 1}", line)
        places.append(Place(folder.name, f.text("section"), f.text("evidence"), line, f.text("idea"), f.text("by"),
                            path))
        f.finish()
    return places


def check_coverage(ideas: tuple[Idea, ...], places: list[Place], modules: tuple[Module, ...],
                   ideas_path: Path) -> tuple[tuple[Idea, ...], list[Problem]]:
    """The ideas with the places that teach them, and a finding for every claim the text does not bear out and
    every idea that nothing teaches (findings, not errors: the app still opens while an author mends them)."""
    by_id = {m.id: m for m in modules}
    known = {idea.id for idea in ideas}
    problems = []
    seen: dict[str, Place] = {}
    for place in places:
        problem = _check_place(place, by_id[place.module_id], known)
        if problem is None:
            phrase = fold(" ".join(place.evidence.split()))
            if phrase in seen:
                other = seen[phrase]
                problem = (f"the evidence \"{place.evidence}\" is also used by {other.path.parent.name}, line "
                           f"{other.line}: each teaching point needs a phrase of its own")
            seen[phrase] = place
        if problem:
            problems.append(Problem(place.path, place.line, f"teaching point '{place.idea_id}': {problem}",
                                    Severity.LINT))
    taught = tuple(Idea(idea.id, idea.group, idea.idea, tuple(p for p in places if p.idea_id == idea.id), idea.line)
                   for idea in ideas)
    problems += [Problem(ideas_path, idea.line, f"idea '{idea.id}' is taught by no question or "
                                                             f"activity (list it in a module's {TEACHES_FILE})",
                         Severity.LINT) for idea in taught if not idea.places]
    return taught, problems


def _check_place(place: Place, module: Module, known: set[str]) -> str | None:
    if place.idea_id not in known:
        return f"there is no idea '{place.idea_id}' in coverage.yaml"
    source = module.texts[module.spec.source_language]
    if place.section_id not in source.sections:
        return f"module '{module.id}' has no section '{place.section_id}'"
    section = source.sections[place.section_id]
    if place.by == ACTIVITY:
        if section.activity is None:
            return f"section '{place.section_id}' has no activity"
        a = section.activity
        pieces = [a.title, a.purpose, *a.steps, *a.debrief]
    else:
        question = next((q for q in section.questions if q.id == place.by), None)
        if question is None:
            return (f"'by' must be '{ACTIVITY}' or a question of section '{place.section_id}' "
                    f"({', '.join(q.id for q in section.questions) or 'it has none'}), not '{place.by}'")
        pieces = [question.prompt, *question.listen_for, question.respond]
    if len(place.evidence.split()) < MIN_EVIDENCE_WORDS:
        return f"the evidence \"{place.evidence}\" needs at least {MIN_EVIDENCE_WORDS} words"
    if fold(" ".join(place.evidence.split())) not in _flat(pieces):
        return f"{place.by} of section '{place.section_id}' does not say \"{place.evidence}\""
    return None


def _flat(pieces: list[str]) -> str:
    """The text folded, with line breaks and repeated spaces made single spaces."""
    return fold(" ".join(" ".join(piece.split()) for piece in pieces))
