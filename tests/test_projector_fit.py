"""The projector shows every section whole: the largest readable size that fits, or pages that Next walks through,
for every section of every module, in both languages, on a 1024x768 and a 1920x1080 projector."""

from __future__ import annotations

import pytest

from facilitator.core.teach.planner import PlanItem
from facilitator.core.teach.presenting import AudienceCard, audience_card
from facilitator.render.projector import MIN_POINTS_AT_768, card_html, fit, fits, min_points
from facilitator.ui.present.audience_window import AUDIENCE_POINTS, MARGINS

SCREENS = [(1024, 768), (1920, 1080)]


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_section_fits_or_pages_at_a_readable_size(qapp, curriculum, width, height, language) -> None:
    inner_w, inner_h = width - MARGINS[0] - MARGINS[2], height - MARGINS[1] - MARGINS[3]
    smallest = min_points(height)
    for module in curriculum.modules:
        for section in module.spec.sections:
            card = audience_card(curriculum, PlanItem(module.id, section.id, section.minutes, section.core), language)
            laid = fit(card, inner_w, inner_h, max(AUDIENCE_POINTS, smallest), smallest)
            assert laid.points >= smallest, (module.id, section.id)
            assert tuple(line for page in laid.pages for line in page) == card.lines, "every line, in order"
            for number, page in enumerate(laid.pages):
                assert fits(card_html(card, page, laid.points, number, len(laid.pages)), inner_w, inner_h), \
                    (module.id, section.id, language, number)
            assert len(laid.pages) <= 3, (module.id, section.id, language, "at most three pages a section")


def test_a_long_card_splits_into_pages_and_a_short_one_keeps_a_large_size(qapp) -> None:
    long = AudienceCard("Module", "A long section", tuple(f"Line {i}: " + "words " * 15 for i in range(14)))
    laid = fit(long, 904, 688, 40, MIN_POINTS_AT_768)
    assert laid.points == MIN_POINTS_AT_768 and len(laid.pages) > 1
    short = fit(AudienceCard("Module", "Short", ("One line.",)), 904, 688, 40, MIN_POINTS_AT_768)
    assert short.points == 40 and short.pages == (("One line.",),)
    assert min_points(1080) == 45 and min_points(768) == 32 and min_points(600) == 32
