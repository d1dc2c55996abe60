"""Help boxes and resource cards print what the class was told they print, with dates that say what was checked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from facilitator.core.content.loader import check_content, load_curriculum
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutRequest
from facilitator.core.model import Curriculum

MODULE = "online-safety-and-sextortion"


def with_help(curriculum: Curriculum, module_id: str, help_ids: tuple[str, ...]) -> Curriculum:
    modules = tuple(dataclasses.replace(m, spec=dataclasses.replace(m.spec, help=help_ids)) if m.id == module_id
                    else m for m in curriculum.modules)
    return dataclasses.replace(curriculum, modules=modules)


def html_of(curriculum: Curriculum, handout: str, language: str, modules: tuple[str, ...] = (MODULE,)) -> str:
    made = Handouts(curriculum).make(HandoutRequest(handout, (language,), modules=modules))
    return " ".join(part.html for part in made.parts)


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum()


def test_a_module_promises_print_after_the_national_lines(curriculum) -> None:
    promised = with_help(curriculum, MODULE, ("take-it-down", "fbi"))
    sheet = html_of(promised, "fact-sheet", "en")
    sheet = sheet[sheet.index("<h2>Where to get help"):]
    order = [sheet.index(name) for name in ("National Human Trafficking Hotline", "988 Suicide", "NC 2-1-1",
                                            "Take It Down", "FBI tips")]
    assert order == sorted(order), "national lines first, then what the module promises"
    assert "takeitdown.ncmec.org" in sheet and "1-800-CALL-FBI" in sheet
    plain = html_of(with_help(curriculum, MODULE, ()), "fact-sheet", "en")
    plain = plain[plain.index("<h2>Where to get help"):]
    assert "Take It Down" not in plain and "1-800-CALL-FBI" not in plain
    card = html_of(promised, "resource-card", "es")
    assert card.count("Take It Down") == 6, "every card of the page"


def test_cards_not_in_english_say_how_to_ask_for_an_interpreter_and_988_takes_ayuda(curriculum) -> None:
    spanish = html_of(curriculum, "resource-card", "es", ())
    assert "Envíe AYUDA al 988" in spanish
    assert "Envía AYUDA al 988" in html_of(curriculum, "resource-card", "es"), "a youth card says tú"
    assert "AYUDA" not in html_of(curriculum, "resource-card", "en", ())
    for language in ("es", "vi", "fr", "hmn", "ar"):
        words = Handouts(curriculum).make(HandoutRequest("resource-card", (language,)))
        from facilitator.core.handouts.registry import strings

        interpreter = strings(language)["resource_card"]["interpreter"]
        assert interpreter in words.parts[0].html.replace("&#39;", "'"), language


def test_the_date_says_checked_until_every_printed_service_is_confirmed(curriculum) -> None:
    sheet = html_of(curriculum, "fact-sheet", "en")
    assert "Numbers checked against published sources on" in sheet and "not yet confirmed with every service" in sheet
    resources = curriculum.resources
    confirmed = dataclasses.replace(curriculum, resources=dataclasses.replace(resources, helplines=tuple(
        dataclasses.replace(h, confirmed=dt.date(2026, 12, 1)) for h in resources.helplines)))
    sheet = html_of(confirmed, "fact-sheet", "en")
    assert "Numbers confirmed with each service on December 1, 2026." in sheet


def test_content_check_finds_a_card_promise_the_handouts_break(mini_curriculum: Path) -> None:
    import shutil

    from facilitator.core.paths import curriculum_dir

    for name in ("helplines.yaml", "lint.yaml"):
        shutil.copy(curriculum_dir() / name, mini_curriculum / name)
    text = mini_curriculum / "modules" / "sample" / "en.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace(
        "closing: Point to the resource card.", "closing: Point to the resource card, which lists the FBI."),
        encoding="utf-8")
    found = [str(p) for p in check_content(mini_curriculum).problems if "handout lists" in str(p)]
    assert found and found[0].startswith(f"{text}:") and "add 'fbi' to its help: in module.yaml" in found[0]
    spec = mini_curriculum / "modules" / "sample" / "module.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("handouts: [fact-sheet]",
                                                             "handouts: [fact-sheet]\nhelp: [fbi]"), encoding="utf-8")
    assert not [p for p in check_content(mini_curriculum).problems if "handout lists" in str(p)]


def test_a_help_id_that_prints_nothing_is_refused(mini_curriculum: Path) -> None:
    import shutil

    from facilitator.core.paths import curriculum_dir

    shutil.copy(curriculum_dir() / "helplines.yaml", mini_curriculum / "helplines.yaml")
    spec = mini_curriculum / "modules" / "sample" / "module.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("handouts: [fact-sheet]",
                                                             "handouts: [fact-sheet]\nhelp: [fbi, county-dss, nope]"),
                    encoding="utf-8")
    found = [str(p) for p in check_content(mini_curriculum).problems]
    assert f"{spec}:11: module: help names 'county-dss', which is not a helpline with a number or website in " \
           "helplines.yaml" in found
    assert any("help names 'nope'" in p for p in found) and not any("help names 'fbi'" in p for p in found)


def test_talking_points_that_fill_a_section_are_found_with_their_line(mini_curriculum: Path) -> None:
    import shutil

    from facilitator.core.paths import curriculum_dir

    shutil.copy(curriculum_dir() / "lint.yaml", mini_curriculum / "lint.yaml")
    text = mini_curriculum / "modules" / "sample" / "en.yaml"
    long_talk = " ".join(["Trafficking can happen in farm work and restaurants."] * 50)  # 400 words, 3.1 minutes
    text.write_text(text.read_text(encoding="utf-8").replace(
        "talking_points: [Trafficking can happen in farm work and restaurants.]", f"talking_points: [{long_talk}]"),
        encoding="utf-8")
    found = [str(p) for p in check_content(mini_curriculum).problems if "talking points" in str(p)]
    assert found == [f"{text}:15: [lint] section 'opening': its talking points (400 words) take about 3.1 minutes "
                     "to say at 130 words a minute, 62% of its 5 minutes; keep them to 60% (3.0 minutes) by moving "
                     "detail into facilitator_notes or giving the section more time: read aloud at a classroom "
                     "pace, talking points must leave at least 40% of a section's minutes for its questions, its "
                     "activity and the participants' own words; a section that is mostly lecture runs over in a "
                     "real class and teaches less (varied teaching methods, Nation et al. 2003)"]
