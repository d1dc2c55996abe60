"""One base for every error the core and the renderer raise on purpose, so each screen can say it in the interface
language and the command line can print it in English.

An error carries a `code`, stable across versions, and the `values` a sentence needs (a file, a line, what is
wrong); str() is the detail in English, for the command line and the log. Each kind of error names its `domain`
and lists the codes it may carry in `codes`: that list is the registry the interface's wording is checked against,
and raising a code it does not list is a programming error caught at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar


class UpstreamError(Exception):
    """An expected failure: what went wrong (`code`, with `values`), never a bug."""

    domain: ClassVar[str] = "upstream"
    codes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, detail: str, code: str, **values: str) -> None:
        if code not in self.codes:
            raise ValueError(f"{type(self).__name__} has no code {code!r}; add it to its codes")
        super().__init__(detail)
        self.code, self.values = code, values


def error_kinds(kind: type[UpstreamError] = UpstreamError) -> Iterator[type[UpstreamError]]:
    """Every kind of UpstreamError defined so far (of the modules imported), `kind` included."""
    yield kind
    for sub in kind.__subclasses__():
        yield from error_kinds(sub)
