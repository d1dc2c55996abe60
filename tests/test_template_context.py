"""The template context is a contract with agencies' own templates, as Datasette's is: docs/handout-templates.md
documents every name each handout's template receives, with its type, and these tests hold the two together."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from facilitator.core.handouts import context, rendering
from facilitator.core.handouts.agency import AgencyProfile
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutRequest, handout_specs
from facilitator.core.model import (
    Helpline,
    ItemText,
    Labels,
    LegalReference,
    Module,
    ModuleText,
    SurveyItem,
    SurveyText,
)
from facilitator.core.teach.presenting import SafetyPanel

DOC = Path(__file__).resolve().parent.parent / "docs" / "handout-templates.md"
ROW = re.compile(r"^\| `(\w+)` \| `((?:[^`\\]|\\.)+)` \| .+ \|$")
CONTEXTS = (context.HandoutContext, context.ParentLetterContext, context.SafetyCardContext, context.SurveyContext)
GIVEN_WHOLE = (context.HelpRow, context.NumbersChecked, context.SurveyEntry, context.SurveySection, AgencyProfile,
               SafetyPanel)
"""Made for the templates: documented field for field."""
CURRICULUM = (Helpline, Module, ModuleText, SurveyItem, ItemText, SurveyText, LegalReference, Labels)
"""The curriculum's own objects: the doc lists the parts templates use, and each must exist as documented."""


def sections() -> dict[str, tuple[str, dict[str, str]]]:
    """Each heading of the doc: its text and its table's rows (name -> type as written)."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    heading, lines = "", []
    for line in [*DOC.read_text(encoding="utf-8").splitlines(), "## end"]:
        if line.startswith("#"):
            if heading:
                rows = {m[1]: m[2].replace("\\|", "|") for m in map(ROW.match, lines) if m}
                found[heading] = ("\n".join(lines), rows)
            heading, lines = line.lstrip("# ").strip(), []
        else:
            lines.append(line)
    return found


def documented_names() -> dict[str, dict[str, str]]:
    """handout id -> the documented names (and types) its template receives."""
    every = {spec.id for spec in handout_specs()}
    names: dict[str, dict[str, str]] = {handout: {} for handout in every}
    for text, rows in sections().values():
        listed = re.search(r"^Handouts: (.+?)(?:\n\s*\n|\Z)", text, re.MULTILINE | re.DOTALL)
        if listed is None:
            continue
        handouts = every if listed[1].strip() == "all" else set(re.findall(r"`([\w-]+)`", listed[1]))
        assert handouts <= every, f"the doc names handouts that do not exist: {handouts - every}"
        for handout in handouts:
            names[handout].update(rows)
    return names


def annotation(field: dataclasses.Field) -> str:
    return str(field.type).replace("dt.", "")


@pytest.fixture
def rendered_names(curriculum, monkeypatch) -> dict[str, list[set[str]]]:
    """The names each bundled template was rendered with, one set per render (each language, and the frame)."""
    seen: dict[str, list[set[str]]] = {}
    current = [""]
    real = rendering.LimitedEnvironment.render_limited

    def spy(self, template, names):
        seen.setdefault(current[0], []).append(set(names))
        return real(self, template, names)

    monkeypatch.setattr(rendering.LimitedEnvironment, "render_limited", spy)
    maker = Handouts(curriculum, AgencyProfile(name="Orange County Rape Crisis Center"))
    for spec in handout_specs():
        current[0] = spec.id
        languages, layout = (("en", "es"), "side") if "es" in spec.languages else (("en",), "single")
        maker.make(HandoutRequest(spec.id, languages, layout, ("relationships-and-grooming",), "Carrboro",
                                  dt.date(2026, 12, 3), participant="Ana Ruiz"))
    return seen


def test_every_bundled_template_receives_exactly_the_documented_names(rendered_names) -> None:
    documented = documented_names()
    assert set(rendered_names) == {spec.id for spec in handout_specs()}
    for handout, renders in rendered_names.items():
        assert len(renders) >= 3, f"{handout}: two languages and the frame"
        for names in renders:
            assert names == set(documented[handout]), (
                f"{handout}: given but not documented {names - set(documented[handout])}, "
                f"documented but not given {set(documented[handout]) - names}")


def test_the_documented_types_are_the_context_types() -> None:
    typed = {f.name: annotation(f) for cls in CONTEXTS for f in dataclasses.fields(cls)}
    documented = {name: kind for names in documented_names().values() for name, kind in names.items()}
    assert documented == typed


def test_every_type_a_template_meets_is_documented() -> None:
    found = sections()
    for cls in GIVEN_WHOLE:
        _, rows = found[f"`{cls.__name__}`"]
        assert rows == {f.name: annotation(f) for f in dataclasses.fields(cls)}, cls.__name__
    for cls in CURRICULUM:
        _, rows = found[f"`{cls.__name__}`"]
        fields = {f.name: annotation(f) for f in dataclasses.fields(cls)}
        for name, kind in rows.items():
            if name in fields:
                assert kind == fields[name], f"{cls.__name__}.{name}"
            else:
                assert isinstance(getattr(cls, name, None), property), f"{cls.__name__} has no {name}"
    mentioned = {word for names in documented_names().values() for kind in names.values()
                 for word in re.findall(r"\b[A-Z]\w+", kind)} - {"Mapping", "Any", "None"}
    assert mentioned <= {cls.__name__ for cls in (*GIVEN_WHOLE, *CURRICULUM)}, "each type has its own section"


def test_the_documented_filters_are_upstreams_own() -> None:
    text, _ = sections()["Filters"]
    assert set(re.findall(r"^\| `(\w+)` \|", text, re.MULTILINE)) == set(rendering.FILTERS)
