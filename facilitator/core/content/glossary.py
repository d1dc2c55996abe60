"""The English-Spanish glossary: every term in every curriculum language, with a plain definition."""

from __future__ import annotations

from pathlib import Path

from ..model import GlossaryTerm
from .fields import Fields, read_entries
from .problems import Problem


def load_glossary(path: Path, languages: tuple[str, ...], problems: list[Problem]) -> tuple[GlossaryTerm, ...]:
    entries: list[GlossaryTerm] = []
    for index, (item, line) in enumerate(read_entries(path, problems, "glossary", "terms")):
        f = Fields(path, item, problems, f"glossary term {index + 1}", line)
        term_id = f.text("id")
        terms = {}
        for language in languages:
            g = Fields(path, f.raw(language), problems, f"glossary '{term_id}' ({language})", f.line_of(language))
            terms[language] = (g.text("term"), g.text("definition"))
            g.finish()
        notes = f.mapping("note", required=False) or {}
        for language in (k for k in notes if k not in languages):
            f.problem(notes.line_of(language), f"glossary '{term_id}': note in '{language}', not a curriculum language")
        f.finish()
        if any(e.id == term_id for e in entries):
            f.problem(f.line_of("id"), f"glossary: id '{term_id}' is used twice")
        entries.append(GlossaryTerm(term_id, terms, {k: str(v) for k, v in notes.items()}))
    return tuple(entries)
