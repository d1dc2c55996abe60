"""Read YAML while keeping the line of every key and item, so validation can point at the exact line.

PyYAML's plain loaders drop positions and silently keep the last of two duplicate keys; composing the node graph
ourselves keeps both pieces of information.

A file the user edits (the agency's local helplines, its profile) is read without anchors and aliases: a few nested
aliases stand for billions of values ("billion laughs"), and expanding them would take the app minutes and gigabytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

# libyaml's parser is several times faster than the pure-Python one and reports the same positions.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LocatedDict(dict):
    """A mapping that remembers its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A sequence that remembers its own line and the line of each item."""

    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


EMPTY_FILE = "the file is empty"
ALIASES_REFUSED = ("uses a YAML anchor or alias (& or *), which this file may not use: write each value out in "
                   "full")


def first_alias_line(text: str) -> int | None:
    """The line of the first anchor (&name) or alias (*name) in `text`, or None. Reading the parser's events costs
    time in proportion to the text, however the aliases nest; invalid YAML raises yaml.MarkedYAMLError."""
    loader = _Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return event.start_mark.line + 1
        return None
    finally:
        loader.dispose()


def read_yaml(path: Path, aliases: bool = True) -> tuple[Any, list[Problem]]:
    """Parse one file; return (data, problems). Data is None when the file cannot be parsed at all.
    `aliases=False` is for files the user edits: one with an anchor or alias is refused, with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(path, 1, f"not valid UTF-8 text ({exc.reason} at byte {exc.start})")]
    except OSError as exc:
        return None, [Problem(path, 1, f"cannot be read: {exc.strerror}")]
    loader = _Loader(text)
    try:
        alias_line = None if aliases else first_alias_line(text)
        if alias_line is not None:
            return None, [Problem(path, alias_line, ALIASES_REFUSED)]
        node = loader.get_single_node()
        if node is None:
            return None, [Problem(path, 1, EMPTY_FILE)]
        problems: list[Problem] = []
        return _convert(node, loader, path, problems), problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"not valid YAML: {exc.problem or exc.context}"
        if exc.context_mark and exc.context_mark.line + 1 != line:
            message += f" ({exc.context} on line {exc.context_mark.line + 1})"
        return None, [Problem(path, line, message)]
    finally:
        loader.dispose()


def _convert(node: yaml.Node, loader: yaml.SafeLoader | yaml.CSafeLoader, path: Path, problems: list[Problem]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.line, result.key_lines = line, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(Problem(path, key_line, f"key {key!r} must be text"))
                key = str(key)
            if key in result:
                first = result.key_lines[key]
                problems.append(Problem(path, key_line, f"'{key}' appears twice (first on line {first})"))
                continue
            result[key] = _convert(value_node, loader, path, problems)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_convert(item, loader, path, problems) for item in node.value)
        items.line = line
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    return loader.construct_object(node, deep=True)
