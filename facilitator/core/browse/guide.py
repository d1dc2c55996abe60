"""The facilitator guide of one module as HTML, in one content language, for the reader.

Built with plain Python and html.escape rather than a template engine: the guide is on screen at start-up, and
importing and compiling a template engine there cost more than half a bare Qt window's whole start time.
Every piece of content is escaped; the headings come from the content language's own labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from ..model import Curriculum, Labels, Module, ModuleSpec, ModuleText, SectionSpec, SectionText
from ..teach.planner import Plan, run_of_show

STYLE = """
h1 { margin-bottom: 2px; }
h2 { margin-top: 18px; color: #0b4f6c; }
h3 { margin-top: 14px; }
h4 { margin-top: 8px; margin-bottom: 2px; color: #444444; }
.meta { color: #555555; }
.stale { background-color: #fff3cd; color: #664d03; }
.preview { background-color: #eef6f9; }
.timing { color: #0b4f6c; font-weight: bold; }
.question { font-weight: bold; }
.label { color: #555555; font-style: italic; }
"""


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


def guide_html(curriculum: Curriculum, module_id: str, language: str) -> str:
    module = curriculum.module(module_id)
    text = module.text(language)
    labels = curriculum.labels[text.language]
    sections = timed_sections(module, text.language)
    parts = [f'<html lang="{escape(text.language)}"><head><meta charset="utf-8"><title>{escape(text.title)}'
             f"</title><style>{STYLE}</style></head><body>",
             *_overview(module.spec, text, labels, module.is_stale(text.language)),
             *_plan(sections, labels)]
    for section in sections:
        parts += _section(section, labels)
    h = labels.headings
    parts.append(f"<h2>{escape(h['adaptations'])}</h2>")
    for key, adaptation in text.adaptations.items():
        label = text.adaptation_for.get(key) or labels.adaptations[key]
        parts.append(f"<h4>{escape(label)}</h4><p>{escape(adaptation)}</p>")
    parts.append(f"<h2>{escape(h['closing'])}</h2><p>{escape(text.closing)}</p>")
    if module.spec.handouts:
        parts.append(_meta(h["handouts"], module.spec.handouts))
    parts.append("</body></html>")
    return "\n".join(parts)


def plan_guide_html(curriculum: Curriculum, plan: Plan) -> str:
    """The guide for a planned session, in the facilitator's language: the run of show with clock times, what to
    prepare for each module, then every planned section in the planned order with its notes and questions."""
    language = plan.facilitator_language
    labels = curriculum.labels.get(language) or curriculum.labels["en"]
    h = labels.headings
    audience = labels.audiences.get(plan.audience, plan.audience)
    parts = [f'<html lang="{escape(language)}"><head><meta charset="utf-8"><title>{escape(plan.name)}</title>'
             f"<style>{STYLE}</style></head><body>", f"<h1>{escape(plan.name)}</h1>",
             f'<p class="meta">{escape(h["audiences"])}: {escape(audience)} · {plan.minutes} {escape(h["minutes"])}'
             "</p>", f"<h2>{escape(h['sections'])}</h2>", '<table cellpadding="3">']
    slots = run_of_show(plan)
    for slot in slots:
        module = curriculum.module(slot.item.module_id)
        title = module.text(language).sections[slot.item.section_id].title
        parts.append(f'<tr><td class="timing">{escape(slot.clock)}</td><td>{module.spec.number}. {escape(title)}'
                     f'</td><td class="meta">{slot.item.minutes} {escape(h["minutes"])}</td></tr>')
    parts.append("</table>")
    for module_id in dict.fromkeys(slot.item.module_id for slot in slots):
        text = curriculum.module(module_id).text(language)
        parts += [f"<h2>{curriculum.module(module_id).spec.number}. {escape(text.title)}</h2>",
                  f"<h3>{escape(h['preparation'])}</h3>", _list(text.preparation),
                  f"<h3>{escape(h['materials'])}</h3>", _list(text.materials),
                  f"<h3>{escape(h['content_preview'])}</h3><p>{escape(text.content_preview)}</p>",
                  f"<h3>{escape(h['safety_notes'])}</h3>", _list(text.safety_notes)]
    for slot in slots:
        module = curriculum.module(slot.item.module_id)
        spec = module.spec.section(slot.item.section_id)
        timed = TimedSection(spec, module.text(language).sections[spec.id], slot.starts, slot.starts + spec.minutes)
        parts += _section(timed, labels)
    parts.append("</body></html>")
    return "\n".join(parts)


def _overview(spec: ModuleSpec, text: ModuleText, labels: Labels, stale: bool) -> list[str]:
    h = labels.headings
    length = f"{spec.minutes} {h['minutes']}"
    if spec.core_minutes != spec.minutes:
        length += f" ({h['core']}: {spec.core_minutes} {h['minutes']})"
    parts = [f"<h1>{spec.number}. {escape(text.title)}</h1>",
             f'<p class="meta">{escape(h["audiences"])}: '
             f"{escape(', '.join(labels.audiences[a] for a in spec.audiences))} · {escape(length)}</p>"]
    if stale:
        parts.append(f'<table width="100%" cellpadding="6"><tr><td class="stale">{escape(h["stale_translation"])}'
                     "</td></tr></table>")
    parts.append(f"<p>{escape(text.summary)}</p>")
    if spec.sem_levels:
        parts.append(_meta(h["sem_levels"], (labels.sem_levels[x] for x in spec.sem_levels)))
    if spec.stop_sv:
        parts.append(_meta(h["stop_sv"], (labels.stop_sv[x] for x in spec.stop_sv), "; "))
    parts += [f"<h2>{escape(h['objectives'])}</h2>", _list(text.objectives.values()),
              f"<h2>{escape(h['preparation'])}</h2>", _list(text.preparation),
              f"<h3>{escape(h['materials'])}</h3>", _list(text.materials),
              f"<h2>{escape(h['content_preview'])}</h2>",
              f'<table width="100%" cellpadding="8"><tr><td class="preview">{escape(text.content_preview)}'
              "</td></tr></table>",
              f"<h2>{escape(h['safety_notes'])}</h2>", _list(text.safety_notes)]
    return parts


def _plan(sections: list[TimedSection], labels: Labels) -> list[str]:
    h = labels.headings
    rows = [f'<tr><td class="timing">{s.start}–{s.end}</td>'
            f'<td><a href="#{section_anchor(s.spec.id)}">{escape(s.text.title)}</a></td>'
            f'<td class="meta">{escape(_timing_label(s, labels, with_range=False))}</td></tr>' for s in sections]
    return [f"<h2>{escape(h['sections'])}</h2>", '<table cellpadding="3">', *rows, "</table>"]


def _timing_label(section: TimedSection, labels: Labels, with_range: bool) -> str:
    h = labels.headings
    pieces = [labels.section_kinds[section.spec.kind], h["core"] if section.spec.core else h["optional"]]
    pieces.insert(0 if with_range else 1, f"{section.start}–{section.end} {h['minutes']}" if with_range
                  else f"{section.spec.minutes} {h['minutes']}")
    return " · ".join(pieces)


def _section(section: TimedSection, labels: Labels) -> list[str]:
    h, spec, text = labels.headings, section.spec, section.text
    parts = [f'<a name="{section_anchor(spec.id)}"></a><h2>{escape(text.title)}</h2>',
             f'<p class="timing">{escape(_timing_label(section, labels, with_range=True))}</p>']
    tags = [labels.sem_levels[x] for x in spec.sem_levels] + [labels.stop_sv[x] for x in spec.stop_sv]
    if tags:
        parts.append(f'<p class="meta">{escape(" · ".join(tags))}</p>')
    parts += [f"<h4>{escape(h['talking_points'])}</h4>", _list(text.talking_points)]
    if text.activity:
        activity = text.activity
        parts.append(f"<h3>{escape(h['activity'])}: {escape(activity.title)}</h3>")
        if activity.purpose:
            parts.append(f"<p>{escape(activity.purpose)}</p>")
        parts += [f"<h4>{escape(h['steps'])}</h4>", _list(activity.steps, "ol"),
                  f"<h4>{escape(h['debrief'])}</h4>", _list(activity.debrief)]
    if text.questions:
        parts.append(f"<h3>{escape(h['questions'])}</h3>")
        for number, question in enumerate(text.questions, start=1):
            parts += [f'<p class="question">{number}. {escape(question.prompt)}</p>',
                      f'<p class="label">{escape(h["listen_for"])}:</p>', _list(question.listen_for),
                      f'<p><span class="label">{escape(h["respond"])}:</span> {escape(question.respond)}</p>']
    if text.younger:
        parts += [f"<h4>{escape(h['younger'])}</h4>", _list(text.younger)]
    if text.facilitator_notes:
        parts += [f"<h4>{escape(h['facilitator_notes'])}</h4>", _list(text.facilitator_notes)]
    return parts


def _list(items: Iterable[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def _meta(heading: str, values: Iterable[str], separator: str = ", ") -> str:
    return f'<p class="meta">{escape(heading)}: {escape(separator.join(values))}</p>'
