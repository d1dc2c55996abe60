"""Whether a section's talking points can be said in its time and still leave room for the class.

Talking points are what the facilitator says aloud; read at a steady classroom pace, they must leave most of a
section's minutes to the questions, the activity and the participants' own words. The pace and the share are data
(lint.yaml `timing`), with the reason the rule exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Curriculum
from .fields import Fields
from .problems import Problem, Severity


@dataclass(frozen=True)
class TimingRule:
    words_per_minute: int
    max_share: float
    reason: str


def load_timing(f: Fields) -> TimingRule | None:
    """The `timing` mapping of lint.yaml, when it has one."""
    raw = f.mapping("timing", required=False)
    if raw is None:
        return None
    g = Fields(f.path, raw, f.problems, "lint: timing", f.line_of("timing"))
    pace = g.integer("words_per_minute", minimum=60)
    share = g.raw("max_share")
    reason = g.text("reason")
    g.finish()
    if share is None:  # already reported as missing
        return None
    if not isinstance(share, (int, float)) or isinstance(share, bool) or not 0 < share <= 1:
        g.problem(g.line_of("max_share"), f"lint: timing: 'max_share' must be a number above 0 and at most 1, "
                                          f"not {share!r}")
        return None
    return TimingRule(pace, float(share), reason)


def spoken_minutes(words: int, rule: TimingRule) -> float:
    return words / rule.words_per_minute


def check_timing(curriculum: Curriculum, rule: TimingRule) -> list[Problem]:
    """A finding for every section, in every language, whose talking points alone fill more than the share."""
    findings = []
    for module in curriculum.modules:
        for text in module.texts.values():
            source = text.path.read_text(encoding="utf-8") if text.path.is_file() else ""
            for spec in module.spec.sections:
                section = text.sections.get(spec.id)
                if section is None:
                    continue
                words = sum(len(point.split()) for point in section.talking_points)
                said = spoken_minutes(words, rule)
                if said <= rule.max_share * spec.minutes:
                    continue
                findings.append(Problem(
                    text.path, section_line(source, spec.id),
                    f"section '{spec.id}': its talking points ({words} words) take about {said:.1f} minutes to say "
                    f"at {rule.words_per_minute} words a minute, {said / spec.minutes:.0%} of its {spec.minutes} "
                    f"minutes; keep them to {rule.max_share:.0%} ({rule.max_share * spec.minutes:.1f} minutes) by "
                    f"moving detail into facilitator_notes or giving the section more time: {rule.reason}",
                    Severity.LINT))
    return findings


def section_line(source: str, section_id: str) -> int:
    """The line of a section's key under `sections:` in a module text file (1 when it cannot be found)."""
    start = source.find("\nsections:")
    match = re.compile(rf"^  {re.escape(section_id)}:\s*$", re.MULTILINE).search(source, max(start, 0))
    return source.count("\n", 0, match.start()) + 1 if match else 1


