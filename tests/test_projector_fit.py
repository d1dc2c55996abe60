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


AGENCY_LINES = {  # an agency's own helplines, with the long names local services have
    "en": [("Orange County Department of Social Services, Child Protective Services intake", "919-245-2800 · "
            "orangecountync.gov/dss"),
           ("Compass Center for Women and Families, domestic violence and sexual assault hotline",
            "919-929-7122 · compassctr.org"),
           ("Orange County Rape Crisis Center, 24-hour help line for survivors and their families",
            "866-935-4783 · ocrcc.org"),
           ("El Centro Hispano, family support and immigrant legal referrals", "919-687-4635 · elcentronc.org"),
           ("Freedom House Recovery Center, mobile crisis team for Orange, Person and Chatham counties",
            "919-967-8844 · freedomhouserecovery.org"),
           ("Chapel Hill Police Department, non-emergency line and victim services unit",
            "919-968-2760 · chapelhillnc.gov/police")],
    "es": [("Departamento de Servicios Sociales del condado de Orange, recepción de Servicios de Protección "
            "Infantil", "919-245-2800 · orangecountync.gov/dss"),
           ("Compass Center para Mujeres y Familias, línea de violencia doméstica y agresión sexual",
            "919-929-7122 · compassctr.org"),
           ("Centro de Crisis por Violación del condado de Orange, línea de ayuda de 24 horas para sobrevivientes",
            "866-935-4783 · ocrcc.org"),
           ("El Centro Hispano, apoyo familiar y remisiones legales para inmigrantes", "919-687-4635 · elcentronc.org"),
           ("Freedom House Recovery Center, equipo móvil de crisis para los condados de Orange, Person y Chatham",
            "919-967-8844 · freedomhouserecovery.org"),
           ("Departamento de Policía de Chapel Hill, línea para casos que no son emergencias y unidad de servicios "
            "a víctimas", "919-968-2760 · chapelhillnc.gov/police")]}


def shown_text(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 720), (1366, 768)])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("agency", [False, True])
def test_every_helpline_shows_whole_and_as_large_as_the_screen_allows(qapp, curriculum, width, height, language,
                                                                      agency) -> None:
    from facilitator.core.teach.presenting import projector_words, safety_panel
    from facilitator.render.projector import STEP, Contacts, contacts_html, fit_contacts

    words = projector_words(curriculum, language)
    contacts = [*safety_panel(curriculum, language).contacts(words["text"]), *(AGENCY_LINES[language] * agency)]
    inner_w, inner_h = width - MARGINS[0] - MARGINS[2], height - MARGINS[1] - MARGINS[3]
    smallest = min_points(height)
    laid = fit_contacts(words["resources"], contacts, inner_w, inner_h, AUDIENCE_POINTS, smallest)
    page = contacts_html(words["resources"], contacts, laid)
    assert fits(page, inner_w, inner_h), "nothing is cut at the bottom"
    shown = shown_text(page) + "\n"
    for name, ways in contacts:
        assert f"{name}\n{ways}\n" in shown, "each name with its ways, whole and together"
    one_column = laid.first_column == len(contacts)
    larger = laid.points + STEP
    assert larger > AUDIENCE_POINTS or not fits(contacts_html(words["resources"], contacts, Contacts(
        larger, len(contacts))), inner_w, inner_h), "the largest size that fits"
    if not one_column or laid.points < smallest:
        assert not fits(contacts_html(words["resources"], contacts, Contacts(smallest, len(contacts))), inner_w,
                        inner_h), "two columns, or smaller than readable, only when one column cannot hold them"
    if agency:
        assert not one_column, "ten helplines with long names take two columns"
