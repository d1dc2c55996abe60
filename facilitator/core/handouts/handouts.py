"""Handouts as HTML: Jinja2 templates (autoescaped, StrictUndefined) filled from the curriculum and the agency.

The core stops at HTML parts; render/ lays them out as PDF or prints them. A user template folder, when given,
is searched before the bundled templates, so an agency can restyle a handout without touching Upstream.
Each template writes one language. Two languages go one after the other (each from a new page) or side by side:
templates mark their blocks with <!--block-->, and the blocks of each language are paired in a two-column table.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateSyntaxError, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..bidi import isolated
from ..content import surveys
from ..content.surveys import survey_handout
from ..dates import long_date
from ..errors import UpstreamError
from ..model import CONSENT_RULES, YOUTH_AUDIENCES, Curriculum, Helpline, Module
from ..paths import resources_dir
from ..teach.presenting import safety_panel
from .agency import AgencyProfile, usable_logo

BLOCK = "<!--block-->"
RENDER_SECONDS = 10
RENDER_CHARACTERS = 5_000_000
RANGE_LIMIT = 10_000
"""Limits on one template's render: no real handout comes near them; a loop gone wrong stops with a clear error."""
SURVEY_FORMS = frozenset({*surveys.SURVEY_HANDOUTS.values(), surveys.RETROSPECTIVE_HANDOUT})
"""Handouts that are a survey form; a print pack carries exactly one, the group's."""
LAYOUTS = ("single", "sequential", "side")
PAPERS = ("letter", "a4")
RETURN_BY_LEAD = dt.timedelta(days=7)
"""The parent letter's slip is due at least this long before the session, so the school can act on it."""


class HandoutError(UpstreamError):
    """A handout cannot be made as asked; the message says why (and, for a template, where). The values name what
    the sentence needs: the "handout", the "language", a "module"; for a template its "template" name, "file",
    "line" and "what" (in English); for a saved profile or local helplines file that cannot be used, those of its
    own error."""

    domain = "handout"
    codes = frozenset({"unknown_handout", "no_wording", "no_language", "language_unavailable", "bad_layout",
                       "bad_paper", "needs_module", "needs_modules", "unknown_module", "needs_school", "needs_date",
                       "bad_consent", "return_by_late", "no_survey", "template_syntax", "template_refused",
                       "template_failed", "template_too_long", "template_blocks", "profile_aliases",
                       "profile_unreadable", "local_helplines"})


@dataclass(frozen=True)
class HandoutSpec:
    id: str
    template: str
    needs: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True)
class HandoutRequest:
    handout: str
    languages: tuple[str, ...] = ("en",)
    layout: str = "single"
    modules: tuple[str, ...] = ()
    school: str = ""
    date: dt.date | None = None
    paper: str = "letter"
    participant: str = ""
    audience: str = ""
    """Who will read it (an audience id), when known: young people get "tú" in Spanish, adults "usted"."""
    return_by: dt.date | None = None
    """Parent letter: the day the slip must be back at school; none means a week before the session."""
    consent: str = "opt-out"
    """Parent letter: the school's consent rule, "opt-out" (a slip only from families who say no) or "opt-in"
    (a child takes part only with a signed slip)."""

    @property
    def slip_due(self) -> dt.date | None:
        """The return-by date the parent letter prints."""
        return self.return_by or latest_return_by(self.date)


@dataclass(frozen=True)
class HtmlPart:
    html: str
    language: str
    right_to_left: bool = False


@dataclass(frozen=True)
class Handout:
    """Everything render/ needs: the parts, a title and language for the PDF, the footer, the logo to load."""

    parts: tuple[HtmlPart, ...]
    title: str
    language: str
    paper: str
    footer: str
    logo: Path | None = None
    warnings: tuple[str, ...] = field(default=())


def handouts_dir() -> Path:
    return resources_dir() / "handouts"


@lru_cache(maxsize=1)
def handout_specs() -> tuple[HandoutSpec, ...]:
    data = yaml.safe_load((handouts_dir() / "handouts.yaml").read_text(encoding="utf-8"))
    return tuple(HandoutSpec(h["id"], h["template"], tuple(h["needs"]), tuple(h["languages"]))
                 for h in data["handouts"])


def spec(handout_id: str) -> HandoutSpec:
    for candidate in handout_specs():
        if candidate.id == handout_id:
            return candidate
    known = ", ".join(s.id for s in handout_specs())
    raise HandoutError(f"there is no handout '{handout_id}'; choose one of: {known}", "unknown_handout",
                       handout=handout_id)


@lru_cache(maxsize=16)
def strings(language: str) -> Mapping[str, Any]:
    path = handouts_dir() / "strings" / f"{language}.yaml"
    if not path.is_file():
        raise HandoutError(f"handouts have no wording in '{language}'", "no_wording", language=language)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def check_handout_strings() -> list[str]:
    """Problems with the handouts' wording files: every value must be text (YAML turns a bare on, no or yes into
    true/false), and each language needs every key English has for the handouts it is offered for."""
    problems = []
    source = strings("en")
    for language in sorted({lang for spec in handout_specs() for lang in spec.languages}):
        words = strings(language)
        for key, value in _leaves(words):
            if not isinstance(value, str):
                problems.append(f"handouts/strings/{language}.yaml: '{key}' must be text, not {value!r}")
        offered = [spec.id for spec in handout_specs() if language in spec.languages]
        needed = {"titles", "common"} | ({"resource_card"} if "resource-card" in offered else set())
        if offered != ["resource-card"]:
            needed |= set(source) - {"language", "language_name", "direction", "review", "helplines"}
        for key, _ in _leaves({k: v for k, v in source.items() if k in needed}):
            if key.startswith("titles.") and key.split(".", 1)[1] not in offered:
                continue
            if _get(words, key) is None:
                problems.append(f"handouts/strings/{language}.yaml: '{key}' is missing")
    return problems


def _merged(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with the values of `override` put in at the same places."""
    result = dict(base)
    for key, value in override.items():
        result[key] = _merged(base.get(key, {}), value) if isinstance(value, Mapping) else value
    return result


def _leaves(tree: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    result = []
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            result += _leaves(value, path + ".")
        elif isinstance(value, list):
            result += [(f"{path}[{i}]", item) for i, item in enumerate(value)]
        else:
            result.append((path, value))
    return result


def _get(tree: Mapping[str, Any], dotted: str) -> Any:
    node: Any = tree
    for part in re.split(r"\.|\[", dotted):
        if part.endswith("]"):
            index = int(part[:-1])
            node = node[index] if isinstance(node, list) and index < len(node) else None
        else:
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is None:
            return None
    return node


def review_status(language: str) -> str:
    """source, reviewed, or unreviewed (a translation no native speaker has checked yet)."""
    return str(strings(language).get("review", "unreviewed"))


class Handouts:
    """Makes handouts from one curriculum, one agency profile and the agency's local helplines.

    `refused`, when given, says why the saved profile or the local helplines cannot be used; every handout is then
    refused with it rather than printed without the agency's details or its own helplines. Text the agency or the
    facilitator typed is printed isolated (see `isolated`); a logo that is missing, unreadable or too large is left
    out, and the reason logged."""

    def __init__(self, curriculum: Curriculum, agency: AgencyProfile | None = None,
                 local_helplines: Sequence[Helpline] = (), user_templates: Path | None = None,
                 refused: UpstreamError | None = None) -> None:
        self.curriculum = curriculum
        self.agency = agency or AgencyProfile()
        self.refused = refused
        self.logo = usable_logo(self.agency.logo)
        self._printed_agency = _isolated_profile(self.agency)
        self.local_helplines = tuple(local_helplines)
        folders = [str(user_templates)] if user_templates and user_templates.is_dir() else []
        # An agency's own templates are data, not code: they render in Jinja's sandbox (no attribute tricks, no
        # changing what they are given) with limits on time and output, like every bundled one.
        self.env = LimitedEnvironment(
            loader=ChoiceLoader([FileSystemLoader([*folders, str(handouts_dir() / "templates")])]),
            autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.env.filters["fill"] = _fill
        self.env.filters["longdate"] = long_date
        self.env.filters["ltr"] = _left_to_right

    def make(self, request: HandoutRequest) -> Handout:
        if self.refused is not None:
            raise HandoutError(str(self.refused), self.refused.code, **self.refused.values)
        handout = spec(request.handout)
        self._check(handout, request)
        contexts = [self._context(handout, request, language) for language in request.languages]
        template = handout.template
        if request.layout == "side" and len(contexts) == 2:
            parts = (self._side_by_side(template, contexts),)
        else:
            parts = tuple(HtmlPart(self._render(template, context), context["lang"], context["rtl"])
                          for context in contexts)
        titles = " / ".join(dict.fromkeys(c["title"] for c in contexts))
        warnings = tuple(f"The {strings(lang)['language_name']} wording has not been reviewed by a native speaker yet."
                         for lang in request.languages if review_status(lang) == "unreviewed")
        footer = self._printed_agency.name or "Upstream"
        return Handout(parts, titles, request.languages[0], request.paper, footer, self.logo, warnings)

    def print_pack(self, modules: Sequence[str], languages: tuple[str, ...], layout: str, paper: str,
                   school: str = "", date: dt.date | None = None, audience: str = "",
                   facilitator_language: str = "") -> list[HandoutRequest]:
        """Every handout the chosen modules use, in the registry's order (a fact sheet for each module), worded
        for `audience` when it is known, and the facilitator's safety card, in the facilitator's language (the
        protocol on paper: on one screen the safety panel is never shown)."""
        chosen = [self.curriculum.module(m) for m in modules]
        wanted = {h for m in chosen for h in m.spec.handouts}
        surveyed = {h for h in wanted if h in SURVEY_FORMS} or any(
            s.kind == "survey" for m in chosen for s in m.spec.sections)
        if self.curriculum.survey and surveyed:
            # One survey for the group, whichever forms the modules name: the audience's, when it is known.
            wanted = (wanted - SURVEY_FORMS) | {self._survey_for(audience, chosen), "answer-key"}
        requests = []
        for handout in handout_specs():
            if handout.id not in wanted:
                continue
            usable = usable_languages(handout, languages)
            if handout.id == "fact-sheet":
                requests += [HandoutRequest(handout.id, usable, layout, (m,), school, date, paper, audience=audience)
                             for m in modules if "fact-sheet" in self.curriculum.module(m).spec.handouts]
            else:
                requests.append(HandoutRequest(handout.id, usable, layout, tuple(modules), school, date, paper,
                                               audience=audience))
        card = spec("safety-card")
        own = facilitator_language if facilitator_language in card.languages else usable_languages(card, languages)[0]
        requests.append(HandoutRequest(card.id, (own,), "single", tuple(modules), school, date, paper,
                                       audience="facilitators"))  # the card speaks to the facilitator
        return requests

    # --- checks and contexts ------------------------------------------------------------------------------------
    def _survey_for(self, audience: str, modules: Sequence[Module]) -> str:
        """The survey handout for a group: the audience's form, or, when the audience is not known, the youth form
        for youth-only modules and otherwise the adult form, which takes the instrument the modules' audiences use."""
        survey = self.curriculum.survey
        if audience and survey is not None:
            return survey_handout(survey, audience)
        return surveys.SURVEY_HANDOUTS["youth" if _for_youth("", modules) else surveys.ADULT_INSTRUMENT]

    @staticmethod
    def unmet_needs(request: HandoutRequest) -> tuple[str, ...]:
        """What the request still lacks of what its handout needs from the user (the school, the date): a plan's
        print pack leaves such handouts out rather than failing, and says so."""
        needs = spec(request.handout).needs
        return tuple(need for need, given in (("school", request.school.strip()), ("date", request.date))
                     if need in needs and not given)

    def _check(self, handout: HandoutSpec, request: HandoutRequest) -> None:
        if not request.languages:
            raise HandoutError("choose at least one language", "no_language")
        for language in request.languages:
            if language not in handout.languages:
                raise HandoutError(f"the {handout.id} handout is not available in '{language}' "
                                   f"(available: {', '.join(handout.languages)})", "language_unavailable",
                                   handout=handout.id, language=language)
        if request.layout not in LAYOUTS:
            raise HandoutError(f"layout must be one of {', '.join(LAYOUTS)}", "bad_layout", layout=request.layout)
        if request.paper not in PAPERS:
            raise HandoutError(f"paper must be letter or a4, not '{request.paper}'", "bad_paper", paper=request.paper)
        if "module" in handout.needs and len(request.modules) != 1:
            raise HandoutError(f"the {handout.id} handout needs one module", "needs_module", handout=handout.id)
        if "modules" in handout.needs and not request.modules:
            raise HandoutError(f"the {handout.id} handout needs at least one module", "needs_modules",
                               handout=handout.id)
        for module_id in request.modules:
            try:
                self.curriculum.module(module_id)
            except KeyError:
                raise HandoutError(f"there is no module '{module_id}'", "unknown_module", module=module_id) from None
        if "school" in handout.needs and not request.school.strip():
            raise HandoutError(f"the {handout.id} handout needs the school's name", "needs_school", handout=handout.id)
        if "date" in handout.needs and request.date is None:
            raise HandoutError(f"the {handout.id} handout needs a date", "needs_date", handout=handout.id)
        if handout.id == "parent-letter":
            if request.consent not in CONSENT_RULES:
                raise HandoutError(f"the consent rule must be opt-out or opt-in, not '{request.consent}'",
                                   "bad_consent", consent=request.consent)
            latest = latest_return_by(request.date)
            if request.return_by is not None and latest is not None and request.return_by > latest:
                raise HandoutError(f"the return-by date ({long_date(request.return_by, 'en')}) must be at least a "
                                   f"week before the session ({long_date(request.date, 'en')}): "
                                   f"{long_date(latest, 'en')} or earlier", "return_by_late",
                                   return_by=request.return_by.isoformat(), latest=latest.isoformat())

    def _context(self, handout: HandoutSpec, request: HandoutRequest, language: str) -> dict[str, Any]:
        words = strings(language)
        content_language = language if language in self.curriculum.languages else "en"
        modules = [self.curriculum.module(m) for m in request.modules]
        youth = handout.id != "parent-letter" and _for_youth(request.audience, modules)  # the letter: parents
        if youth:
            words = _merged(words, words.get("youth", {}))
        help_rows = self._help(language, modules)
        context: dict[str, Any] = {
            "lang": language, "rtl": words.get("direction") == "rtl", "t": words,
            "title": words["titles"][handout.id], "handout": handout.id, "agency": self._printed_agency,
            "has_logo": self.logo is not None, "date": request.date, "school": isolated(request.school),
            "participant": isolated(request.participant), "today": dt.date.today(),
            "modules": [(m, m.text(content_language)) for m in modules],
            "help": help_rows, "checks": self._checks(help_rows),
            "labels": self.curriculum.labels.get(content_language), "adults": not youth,
        }
        if handout.id == "parent-letter":
            context.update(return_by=request.slip_due, consent=request.consent.replace("-", "_"))
        if handout.id == "safety-card":
            context["safety"] = safety_panel(self.curriculum, content_language, self.local_helplines)
        if handout.id.startswith("survey-") or handout.id in ("answer-key", "tally-sheet"):
            context.update(self._survey_context(handout.id, content_language, modules, request.audience))
        return context

    def _help(self, language: str, modules: Sequence[Module] = ()) -> list[dict[str, Any]]:
        """The help box: the national lines everyone needs, then those the modules' text promises, then the
        agency's local entries."""
        resources = self.curriculum.resources
        promised = [i for m in modules for i in m.spec.help]
        local_ids = {h.id for h in self.local_helplines}  # an agency's entry replaces the bundled one of its id
        bundled = resources.printed(promised) if resources else []
        chosen = [h for h in bundled if h.id not in local_ids] + list(self.local_helplines)
        own = strings(language).get("helplines", {})
        rows = []
        for helpline in chosen:
            words = own.get(helpline.id, {})
            keywords = helpline.text_keywords or {}
            typed = isolated if helpline.id in local_ids else str  # the agency's own entries are typed text
            rows.append({"helpline": helpline,
                         "name": typed(words.get("name") or helpline.name.get(language) or helpline.name["en"]),
                         "purpose": typed(words.get("for") or helpline.purpose.get(language)
                                          or helpline.purpose["en"]),
                         "keyword": keywords.get(language) or keywords.get("en", "")})
        return rows

    @staticmethod
    def _checks(help_rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        """What the printed numbers' dates honestly say: confirmed with every service (and since when), or only
        checked against published sources (and since when)."""
        printed = [row["helpline"] for row in help_rows if not row["helpline"].placeholder]
        if not printed:
            return None
        confirmed = [h.confirmed for h in printed]
        if all(confirmed):
            return {"confirmed": True, "date": min(d for d in confirmed if d)}
        return {"confirmed": False, "date": min(h.checked for h in printed)}

    def _survey_context(self, handout_id: str, language: str, modules: list, audience: str = "") -> dict[str, Any]:
        """What a survey, its look-back form, the answer key or the tally sheet prints. A survey prints the instrument
        its handout names; survey-adult and the look-back form take the adult instrument that fits the modules'
        audiences (parents, educators, community, else adult). Every form asks what the modules teach, plus the
        check-ins; the answer key and tally sheet follow the audience's instrument when the audience is known, and
        otherwise each instrument the modules' audiences use."""
        survey = self.curriculum.survey
        if survey is None:
            raise HandoutError("the curriculum has no survey instrument", "no_survey")
        text = survey.texts[language]
        audiences = {a for m in modules for a in m.spec.audiences}
        taught = {i for m in modules for i in m.spec.survey_items} if modules else None
        adult = surveys.adult_instrument(survey, audiences)
        named = {handout: name for name, handout in surveys.SURVEY_HANDOUTS.items()}.get(handout_id)
        if handout_id in ("answer-key", "tally-sheet") and audience:
            shown = [surveys.instrument_for(survey, audience)]
        elif handout_id in ("answer-key", "tally-sheet"):
            youth = "youth" in survey.instruments and bool(audiences & set(YOUTH_AUDIENCES))
            shown = list(survey.instruments) if not modules else (
                ["youth"] * youth + [adult] * bool(audiences - set(YOUTH_AUDIENCES))) or [adult]
        else:
            shown = [named if named in survey.instruments and named != surveys.ADULT_INSTRUMENT else adult]

        def entries(instrument: str) -> list[dict[str, Any]]:
            return [{"item": survey.items[i], "text": text.items[i], "check_in": surveys.is_check_in(survey.items[i]),
                     "post_only": survey.items[i].asked == ("post",)}
                    for i in surveys.asked_items(survey, instrument, taught)]

        sections = [{"id": name, "instrument": text.instruments[name], "items": entries(name)} for name in shown]
        items = list({e["item"].id: e for section in sections for e in section["items"]}.values())
        words = strings(language)["survey"]
        return {"items": items, "sections": sections, "survey_text": text, "instrument": sections[0]["instrument"],
                "instrument_id": shown[0], "retrospective": handout_id == surveys.RETROSPECTIVE_HANDOUT,
                "retrospective_note": shown != ["youth"],
                "sw": _merged(words, words.get("youth", {})) if shown == ["youth"] else words}

    # --- rendering ------------------------------------------------------------------------------------------------
    def _render(self, template: str, context: Mapping[str, Any], frame: bool = True) -> str:
        try:
            return self.env.render_limited(self.env.get_template(template), {**context, "frame": frame})
        except TemplateSyntaxError as error:
            name = error.name or template
            raise _template_error("template_syntax", error.message or "", name, error.filename or name,
                                  error.lineno) from error
        except SecurityError as error:
            name, file, line = _where(error, template)
            if line is None:  # the output as a whole is too long
                file = self.env.get_template(template).filename or template
            raise _template_error("template_refused" if line else "template_too_long", str(error), name, file,
                                  line) from error
        except Exception as error:  # a template can fail in any way; say where, whatever the error
            raise _template_error("template_failed", str(error), *_where(error, template)) from error

    def _side_by_side(self, template: str, contexts: list[dict[str, Any]]) -> HtmlPart:
        columns = [self._render(template, context, frame=False).split(BLOCK) for context in contexts]
        if len({len(blocks) for blocks in columns}) != 1:
            raise HandoutError(f"template {template}: the languages have different numbers of blocks",
                               "template_blocks", template=template)
        rows = "".join(f'<tr><td width="50%" valign="top">{left}</td><td width="50%" valign="top">{right}</td></tr>'
                       for left, right in zip(*columns, strict=True))
        frame = self._render("_frame.html.j2", {**contexts[0], "title": " / ".join(c["title"] for c in contexts)})
        return HtmlPart(frame.replace(BLOCK, f'<table width="100%" cellspacing="0" cellpadding="6">{rows}</table>'),
                        contexts[0]["lang"])


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


def _isolated_profile(agency: AgencyProfile) -> AgencyProfile:
    return replace(agency, name=isolated(agency.name), address=isolated(agency.address),
                   phone=isolated(agency.phone), website=isolated(agency.website))


def _fill(text: str, **values: Any) -> str:
    """Put values into a wording's {placeholders}; values are user text and stay escaped by autoescape."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), text)


def usable_languages(handout: HandoutSpec, languages: Sequence[str]) -> tuple[str, ...]:
    """Those of `languages` the handout has wording in, else English."""
    return tuple(lang for lang in languages if lang in handout.languages) or ("en",)


def _for_youth(audience: str, modules: Sequence[Module]) -> bool:
    """Whether a handout speaks to young people: the audience says so, or, when it is not known, every module is
    for young people only."""
    if audience:
        return audience in YOUTH_AUDIENCES
    return bool(modules) and all(set(m.spec.audiences) <= set(YOUTH_AUDIENCES) for m in modules)


def latest_return_by(session: dt.date | None) -> dt.date | None:
    """The last day a parent letter's slip may be due for a session on `session`."""
    return session - RETURN_BY_LEAD if session else None


def available(languages: Iterable[str]) -> list[HandoutSpec]:
    """Handouts offered in every one of `languages`."""
    wanted = set(languages)
    return [h for h in handout_specs() if wanted <= set(h.languages)]
