"""Where each idea of the origin document is taught: a map from idea to module sections, checked against the text.

Each place names a module, a section and a phrase that must appear in that section's source-language text, so the
map cannot claim coverage that the guide does not give.
"""

from __future__ import annotations

from pathlib import Path

from .fields import Fields, read_entries
from .model import Idea, Module, Place
from .problems import Problem
from .textfold import fold


def load_coverage(path: Path, problems: list[Problem]) -> tuple[Idea, ...]:
    ideas = []
    for index, (item, line) in enumerate(read_entries(path, problems, "coverage", "ideas")):
        f = Fields(path, item, problems, f"idea {index + 1}", line)
        idea_id, group, text = f.text("id"), f.text("group"), f.text("idea")
        places_raw = f.raw("covered_in")
        places = []
        if not isinstance(places_raw, list) or not places_raw:
            f.problem(f.line_of("covered_in"), f"idea '{idea_id}': 'covered_in' must list at least one section")
        else:
            for number, place in enumerate(places_raw):
                p = Fields(path, place, problems, f"idea '{idea_id}' place {number + 1}", places_raw.line_of(number))
                places.append(Place(p.text("module"), p.text("section"), p.text("evidence"), p.line))
                p.finish()
        f.finish()
        ideas.append(Idea(idea_id, group, text, tuple(places)))
    return tuple(ideas)


def check_coverage(path: Path, ideas: tuple[Idea, ...], modules: tuple[Module, ...]) -> list[Problem]:
    """Every place must exist and its section must really contain the evidence phrase."""
    by_id = {m.id: m for m in modules}
    problems = []
    for idea in ideas:
        for place in idea.places:
            module = by_id.get(place.module_id)
            if module is None:
                problems.append(Problem(path, place.line, f"idea '{idea.id}': no module '{place.module_id}'"))
                continue
            source = module.texts[module.spec.source_language]
            if place.section_id not in source.sections:
                problems.append(Problem(path, place.line, f"idea '{idea.id}': module '{place.module_id}' has no "
                                                          f"section '{place.section_id}'"))
            elif fold(place.evidence) not in _flat(source.sections[place.section_id].pieces()):
                problems.append(Problem(path, place.line, f"idea '{idea.id}': section '{place.section_id}' of "
                                                          f"'{place.module_id}' does not say \"{place.evidence}\""))
    return problems


def _flat(pieces: list[str]) -> str:
    """The section's text folded, with line breaks and repeated spaces made single spaces."""
    return fold(" ".join(" ".join(piece.split()) for piece in pieces))
