"""Typed, line-aware access to one YAML mapping, collecting every problem instead of stopping at the first."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .problems import Problem
from .yamlsource import LocatedDict, read_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class Fields:
    """Reads fields of `data`; every wrong or missing field becomes a Problem naming the file and line."""

    def __init__(self, path: Path, data: Any, problems: list[Problem], where: str, line: int = 1) -> None:
        self.path, self.problems, self.where = path, problems, where
        self.seen: set[str] = set()
        if isinstance(data, LocatedDict):
            self.data = data
        else:
            self.problem(getattr(data, "line", line), f"{where} must be a mapping of keys to values")
            self.data = LocatedDict()
            self.data.line, self.data.key_lines = line, {}

    @property
    def line(self) -> int:
        return self.data.line

    def line_of(self, key: str) -> int:
        return self.data.line_of(key)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, required: bool = True) -> Any:
        self.seen.add(key)
        if key not in self.data:
            if required:
                self.problem(self.line, f"{self.where}: '{key}' is missing")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = True) -> str:
        value = self.raw(key, required)
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be non-empty text")
            return ""
        return value.strip()

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self.raw(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be a list of text")
            return ()
        result = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.problem(value.line_of(index), f"{self.where}: item {index + 1} of '{key}' must be non-empty text")
            else:
                result.append(item.strip())
        return tuple(result)

    def integer(self, key: str, minimum: int = 0) -> int:
        value = self.raw(key)
        if value is None:
            return minimum
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be a whole number of at least {minimum}, "
                                            f"not {value!r}")
            return minimum
        return value

    def boolean(self, key: str, default: bool | None = None) -> bool:
        value = self.raw(key, required=default is None)
        if value is None:
            return bool(default)
        if not isinstance(value, bool):
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be true or false, not {value!r}")
            return bool(default)
        return value

    def ids(self, key: str, vocabulary: Iterable[str] | None = None, required: bool = True) -> tuple[str, ...]:
        """A list of ids, each well formed, unique and (when given) from `vocabulary`."""
        value = self.raw(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be a list")
            return ()
        allowed = tuple(vocabulary) if vocabulary is not None else None
        result: list[str] = []
        for index, item in enumerate(value):
            line = value.line_of(index)
            if not isinstance(item, str) or not ID_PATTERN.match(item):
                self.problem(line, f"{self.where}: '{key}' has {item!r}, which is not an id "
                                   "(lowercase letters, digits and hyphens)")
            elif allowed is not None and item not in allowed:
                self.problem(line, f"{self.where}: '{key}' has unknown value '{item}'{suggest(item, allowed)}; "
                                   f"expected one of: {', '.join(allowed)}")
            elif item in result:
                self.problem(line, f"{self.where}: '{key}' lists '{item}' twice")
            else:
                result.append(item)
        return tuple(result)

    def mapping(self, key: str, required: bool = True) -> LocatedDict | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if not isinstance(value, LocatedDict):
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be a mapping")
            return None
        return value

    def entries(self, key: str, required: bool = True) -> list[tuple[Any, int]]:
        """The items of the list under `key`, each with its line."""
        raw = self.raw(key, required)
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.problem(self.line_of(key), f"{self.where}: '{key}' must be a list")
            return []
        return [(item, raw.line_of(index)) for index, item in enumerate(raw)]

    def keyed(self, key: str, expected: tuple[str, ...], what: str) -> dict[str, Any]:
        """A mapping whose keys must be exactly `expected` (ids from the module's structure)."""
        value = self.mapping(key, required=bool(expected))
        if value is None:
            return {}
        return exact_keys(self.path, value, expected, f"{self.where}: {what}", self.problems, self.line_of(key))

    def finish(self) -> None:
        """Report keys that were never read: usually a typo."""
        for key in self.data:
            if key not in self.seen:
                self.problem(self.line_of(key), f"{self.where}: unknown key '{key}'{suggest(key, self.seen)}")


def exact_keys(path: Path, value: LocatedDict, expected: tuple[str, ...], what: str,
               problems: list[Problem], line: int | None = None) -> dict[str, Any]:
    """The entries of `value` for `expected` keys; a missing key is reported at `line` (the mapping's own key)."""
    for missing in (k for k in expected if k not in value):
        problems.append(Problem(path, line or value.line, f"{what} '{missing}' is missing"))
    for extra in (k for k in value if k not in expected):
        problems.append(Problem(path, value.line_of(extra),
                                f"{what} '{extra}' is not in the module structure{suggest(extra, expected)}"))
    return {k: value[k] for k in expected if k in value}


def suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def read_entries(path: Path, problems: list[Problem], where: str, key: str) -> list[tuple[Any, int]]:
    """The (item, line) pairs of the list under `key` in a file that holds just that list."""
    data, read_problems = read_yaml(path)
    problems += read_problems
    if data is None:
        return []
    top = Fields(path, data, problems, where)
    entries = top.entries(key)
    top.finish()
    return entries
