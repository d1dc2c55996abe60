"""Every value the core defines has a name in the interface: a value added to one of the core's vocabularies without
a label fails here, instead of showing its raw id on a screen (or raising KeyError in the session form)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from facilitator.core.handouts.handouts import handout_specs
from facilitator.core.model import AUDIENCES, HANDOUTS
from facilitator.core.records.model import BREAKDOWNS, FIDELITY, SITE_TYPES
from facilitator.ui.labels import UiLabels
from facilitator.ui.sessions.session_details import DetailLabels

FOR_THE_FACILITATOR = {"safety-card"}
"""Handouts no module lists: every print pack carries the facilitator's safety card, whatever the modules."""


def unnamed(name: Callable[[str], str], values: Iterable[str]) -> list[str]:
    """The values `name` has no interface name for: it gives the id back, nothing, or raises KeyError."""
    missing = []
    for value in values:
        try:
            text = name(value)
        except KeyError:
            text = ""
        if text in ("", value):
            missing.append(value)
    return missing


def test_every_audience_handout_and_site_type_has_a_name(qapp) -> None:
    labels = UiLabels()
    assert unnamed(labels.audience, AUDIENCES) == []
    assert unnamed(labels.handout, [spec.id for spec in handout_specs()]) == []
    assert unnamed(labels.site_type, SITE_TYPES) == []


def test_every_breakdown_and_how_a_section_went_has_a_name(qapp) -> None:
    words = DetailLabels()
    assert unnamed(words.dimension, BREAKDOWNS) == []
    for dimension, categories in BREAKDOWNS.items():
        if dimension == "grade":  # a grade is shown as its number
            assert all(words.category(dimension, grade) == grade for grade in categories)
        else:
            assert unnamed(lambda category, d=dimension: words.category(d, category), categories) == [], dimension
    assert unnamed(words.fidelity, FIDELITY) == []


def test_the_handouts_a_module_may_list_are_those_handouts_yaml_defines() -> None:
    defined = [spec.id for spec in handout_specs()]
    assert len(set(defined)) == len(defined) and len(set(HANDOUTS)) == len(HANDOUTS)
    assert set(HANDOUTS) == set(defined) - FOR_THE_FACILITATOR
