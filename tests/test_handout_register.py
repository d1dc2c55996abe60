"""A Spanish handout speaks to young people as "tú" and to adults as "usted", whoever the module was written for."""

from __future__ import annotations

import dataclasses

from facilitator.core.content.loader import load_curriculum
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutRequest
from facilitator.core.model import FactSheet

MODULE = "what-is-trafficking"  # for grades 6-8, grades 9-12 and adults


def test_the_fact_sheet_follows_the_audience_it_is_printed_for() -> None:
    curriculum = load_curriculum()
    module = curriculum.module(MODULE)
    text = module.texts["es"]
    youth_sheet = FactSheet("Hoy hablamos de ti.", tuple(f"Punto {i} para ti." for i in range(3)))
    adult_sheet = FactSheet("Hoy hablamos con usted.", tuple(f"Punto {i} para usted." for i in range(3)))
    texts = {**module.texts, "es": dataclasses.replace(text, fact_sheet=youth_sheet, fact_sheet_adults=adult_sheet)}
    changed = dataclasses.replace(curriculum, modules=tuple(
        dataclasses.replace(m, texts=texts) if m.id == MODULE else m for m in curriculum.modules))
    maker = Handouts(changed)

    def sheet(audience: str) -> str:
        made = maker.make(HandoutRequest("fact-sheet", ("es",), modules=(MODULE,), audience=audience))
        return made.parts[0].html

    assert "Hoy hablamos de ti." in sheet("grades_6_8") and "Punto 2 para ti." in sheet("grades_9_12")
    assert "Hoy hablamos con usted." in sheet("adults") and "para ti" not in sheet("parents")
    assert "Hoy hablamos con usted." in sheet(""), "unknown readers of a mixed module are addressed as adults"
    pack = maker.print_pack([MODULE], ("es",), "single", "letter", audience="adults")
    assert {r.audience for r in pack} == {"adults", "facilitators"}, "the safety card speaks to the facilitator"
