"""The facilitator guide of one module as HTML, in one content language, for the reader and for print.

Rendering lives in the core (Jinja2, autoescaped, StrictUndefined) so the UI only displays the result and a typo in
the template fails loudly instead of printing an empty string.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .model import Curriculum, Module, SectionSpec, SectionText


@dataclass(frozen=True)
class TimedSection:
    spec: SectionSpec
    text: SectionText
    start: int
    end: int


def timed_sections(module: Module, language: str) -> list[TimedSection]:
    """Each section with its start and end minute, counted from the start of the session."""
    text = module.text(language)
    result, clock = [], 0
    for spec in module.spec.sections:
        result.append(TimedSection(spec, text.sections[spec.id], clock, clock + spec.minutes))
        clock += spec.minutes
    return result


def section_anchor(section_id: str) -> str:
    return f"section-{section_id}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("facilitator.core", "templates"), autoescape=select_autoescape(
        default=True, default_for_string=True), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["extract"] = lambda key, mapping: mapping[key]
    return env


def guide_html(curriculum: Curriculum, module_id: str, language: str) -> str:
    module = curriculum.module(module_id)
    text = module.text(language)
    shown_language = text.language
    return _environment().get_template("guide.html.j2").render(
        module=module, spec=module.spec, text=text, labels=curriculum.labels[shown_language],
        sections=timed_sections(module, shown_language), stale=module.is_stale(shown_language),
        anchor=section_anchor)
