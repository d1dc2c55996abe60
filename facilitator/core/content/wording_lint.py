"""Words the curriculum never uses, as data with a reason each (resources/curriculum/lint.yaml).

The file text is scanned as written, so a finding names the exact line. A space in a pattern also matches a line
break, because folded YAML paragraphs wrap anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .fields import Fields
from .problems import Problem, Severity
from .promises import PromiseRule, load_promises
from .timing import TimingRule, load_timing
from .yamlsource import read_yaml


@dataclass(frozen=True)
class LintRule:
    id: str
    languages: tuple[str, ...]
    pattern: re.Pattern[str]
    mentions_allowed: bool
    reason: str


@dataclass(frozen=True)
class LintConfig:
    """Everything lint.yaml asks of the text: words never used, how much talk fits a section, true promises."""

    rules: list[LintRule]
    timing: TimingRule | None
    promises: PromiseRule | None


def load_lint(path: Path, languages: tuple[str, ...], problems: list[Problem]) -> LintConfig:
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return LintConfig([], None, None)
    top = Fields(path, data, problems, "lint")
    rules = _rules(path, top.entries("rules"), problems)
    config = LintConfig(rules, load_timing(top), load_promises(top, languages))
    top.finish()
    return config


def _rules(path: Path, entries: list[tuple[object, int]], problems: list[Problem]) -> list[LintRule]:
    rules = []
    for index, (item, line) in enumerate(entries):
        f = Fields(path, item, problems, f"lint rule {index + 1}", line)
        rule_id, languages, source = f.text("id"), f.ids("languages"), f.text("pattern")
        mentions_allowed, reason = f.boolean("mentions_allowed"), f.text("reason")
        f.finish()
        try:
            pattern = re.compile(_spaces_match_line_breaks(source), re.IGNORECASE)
        except re.error as exc:
            f.problem(f.line_of("pattern"), f"lint rule '{rule_id}': the pattern is not a valid expression ({exc})")
            continue
        rules.append(LintRule(rule_id, languages, pattern, mentions_allowed, reason))
    return rules


def _spaces_match_line_breaks(pattern: str) -> str:
    """Turn each literal space (outside [...] and not escaped) into \\s+, so a phrase matches across a wrap."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        else:
            out.append(r"\s+" if char == " " and not in_class else char)
    return "".join(out)


def lint_file(path: Path, language: str, rules: list[LintRule]) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    findings = []
    for rule in rules:
        if language not in rule.languages:
            continue
        for match in rule.pattern.finditer(text):
            if rule.mentions_allowed and _quoted(text, match.start(), match.end()):
                continue
            line = text.count("\n", 0, match.start()) + 1
            found = " ".join(match.group().split())
            findings.append(Problem(path, line, f"'{found}' ({rule.id}): {rule.reason}", Severity.LINT))
    return findings


def _quoted(text: str, start: int, end: int) -> bool:
    """True when the match sits inside quotation marks within its own YAML item (a list item or a key's value).

    Straight double quotes count by parity; curly quotes and guillemets by which kind came last. Apostrophes are
    ignored: they are too often just apostrophes.
    """
    item_start = max((m.end() for m in _ITEM_START.finditer(text, 0, start)), default=0)
    next_item = _ITEM_START.search(text, end)
    before = _VALUE_QUOTE.sub("", text[item_start:start], count=1)
    after = text[end:next_item.start() if next_item else len(text)]
    if before.count('"') % 2 == 1:
        return '"' in after
    last_open = max(before.rfind("“"), before.rfind("«"))
    last_close = max(before.rfind("”"), before.rfind("»"))
    return last_open > last_close and any(q in after for q in "”»")


_ITEM_START = re.compile(r"\n[ \t]*(?:- |[\w-]+:[ \t]*(?:>-?|\|-?)?)")
"""Where a YAML list item or a key's value begins: quotes never span two items."""
_VALUE_QUOTE = re.compile(r'^[ \t]*"')
"""A value written as a YAML double-quoted string opens with a quote that is not a quotation mark."""
