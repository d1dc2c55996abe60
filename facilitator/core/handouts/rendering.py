"""Handout templates rendered to HTML: Jinja2 in its immutable sandbox, autoescaped, StrictUndefined, with limits.

A user template folder, when given, is searched before the bundled templates, so an agency can restyle a handout
without touching Upstream; its templates are data, not code, and render under the same sandbox and limits.
Two languages side by side: templates mark their blocks with <!--block-->, and the blocks of each language are
paired in a two-column table inside one frame.
"""

from __future__ import annotations

import re
import threading
import time
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateSyntaxError, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..dates import long_date
from .context import HandoutContext
from .registry import HandoutError, handouts_dir

BLOCK = "<!--block-->"
FRAME_TEMPLATE = "_frame.html.j2"
RENDER_SECONDS = 10
RENDER_CHARACTERS = 5_000_000
RANGE_LIMIT = 10_000
"""Limits on one template's render: no real handout comes near them; a loop gone wrong stops with a clear error."""


@dataclass(frozen=True)
class HtmlPart:
    html: str
    language: str
    right_to_left: bool = False


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, plus a budget: a render stops with a clear error past RENDER_SECONDS or RENDER_CHARACTERS.
    Time is checked at every output chunk, every call, attribute lookup and step of `range` (so an empty nested loop
    is bounded too); `range` itself is capped at RANGE_LIMIT items."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._budget = threading.local()
        self.globals["range"] = self._range

    def render_limited(self, template: Any, context: Mapping[str, Any]) -> str:
        self._budget.deadline = time.monotonic() + RENDER_SECONDS
        parts, size = [], 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > RENDER_CHARACTERS:
                raise SecurityError(f"its output passes {RENDER_CHARACTERS:,} characters")
            self._check_time()
            parts.append(chunk)
        return "".join(parts)

    def _check_time(self) -> None:
        deadline = getattr(self._budget, "deadline", None)
        if deadline is not None and time.monotonic() > deadline:
            raise SecurityError(f"it ran for more than {RENDER_SECONDS} seconds")

    def _range(self, *bounds: int) -> Iterator[int]:
        numbers = range(*bounds)
        if len(numbers) > RANGE_LIMIT:
            raise SecurityError(f"range() may give at most {RANGE_LIMIT:,} numbers")
        for number in numbers:
            self._check_time()
            yield number

    def call(self, context: Context, obj: Any, *args: Any, **kwargs: Any) -> Any:
        self._check_time()
        return super().call(context, obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self._check_time()
        return super().getattr(obj, attribute)


def template_environment(user_templates: Path | None = None) -> LimitedEnvironment:
    """The user's folder first (when there is one), then the bundled templates; the filters every template may use."""
    folders = [str(user_templates)] if user_templates and user_templates.is_dir() else []
    env = LimitedEnvironment(loader=ChoiceLoader([FileSystemLoader([*folders, str(handouts_dir() / "templates")])]),
                             autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)
    return env


def render(env: LimitedEnvironment, template: str, context: HandoutContext) -> str:
    """One template's HTML; any failure becomes a HandoutError that names the template and line."""
    try:
        return env.render_limited(env.get_template(template), context.names())
    except TemplateSyntaxError as error:
        name = error.name or template
        raise _template_error("template_syntax", error.message or "", name, error.filename or name,
                              error.lineno) from error
    except SecurityError as error:
        name, file, line = _where(error, template)
        if line is None:  # the output as a whole is too long
            file = env.get_template(template).filename or template
        raise _template_error("template_refused" if line else "template_too_long", str(error), name, file,
                              line) from error
    except Exception as error:  # a template can fail in any way; say where, whatever the error
        raise _template_error("template_failed", str(error), *_where(error, template)) from error


def side_by_side(env: LimitedEnvironment, template: str, contexts: list[HandoutContext]) -> HtmlPart:
    """Two languages' blocks paired row by row, inside one frame titled in both."""
    columns = [render(env, template, replace(context, frame=False)).split(BLOCK) for context in contexts]
    if len({len(blocks) for blocks in columns}) != 1:
        raise HandoutError(f"template {template}: the languages have different numbers of blocks",
                           "template_blocks", template=template)
    rows = "".join(f'<tr><td width="50%" valign="top">{left}</td><td width="50%" valign="top">{right}</td></tr>'
                   for left, right in zip(*columns, strict=True))
    frame = render(env, FRAME_TEMPLATE, replace(contexts[0], title=" / ".join(c.title for c in contexts)))
    return HtmlPart(frame.replace(BLOCK, f'<table width="100%" cellspacing="0" cellpadding="6">{rows}</table>'),
                    contexts[0].lang)


def _where(error: Exception, default: str) -> tuple[str, str, int | None]:
    """The name, file and line of the innermost template frame in the traceback (Jinja maps frames to template
    lines); `default` and no line when there is none (an output too long belongs to no one line)."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(".j2"):
            return Path(frame.filename).name, frame.filename, frame.lineno
    return default, default, None


def _template_error(code: str, what: str, name: str, file: str, line: int | None) -> HandoutError:
    """A template's failure, named by its file and line: "template x.html.j2, line 3: what (the file's path)"."""
    place = f"{name}, line {line}" if line else name
    said = f"refused, templates may not do this ({what})" if code in ("template_refused", "template_too_long") \
        else what
    where = f" ({file})" if file != name else ""
    return HandoutError(f"template {place}: {said}{where}", code, template=name, file=file, line=str(line or ""),
                        what=what)


@pass_context
def _left_to_right(context: Context, text: str) -> str:
    """Keep a number or address in its own order inside right-to-left text (2-1-1 must not read 1-1-2).
    A left-to-right isolate (LRI...PDI) does it; the older embedding marks misplace the run in Qt's layout.
    Left-to-right handouts get the text unchanged, so nothing invisible ends up in their extracted text."""
    return f"\u2066{text}\u2069" if context.get("rtl") else text


def _fill(text: str, **values: Any) -> str:
    """Put values into a wording's {placeholders}; values are user text and stay escaped by autoescape."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), text)


FILTERS = {"fill": _fill, "longdate": long_date, "ltr": _left_to_right}
"""Upstream's own filters, besides Jinja's built-in ones; docs/handout-templates.md documents each."""
