"""Handouts as a facilitator gets them: the right words in the PDF, in each language, safely escaped, printable."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from facilitator.cli import main
from facilitator.core.agency import AgencyError, AgencyProfile, check_logo, load_profile, save_profile
from facilitator.core.handouts import HandoutError, HandoutRequest, Handouts, handout_specs, strings
from facilitator.core.loader import load_curriculum
from facilitator.render.handouts import handout_pdf
from facilitator.render.pdf import RenderError

DATE = dt.date(2026, 12, 3)
MODULE = "jobs-and-labor-trafficking"


@pytest.fixture(scope="module")
def maker() -> Handouts:
    return Handouts(load_curriculum(), AgencyProfile(name="Orange County Rape Crisis Center", phone="919-555-0100"))


def pdf_text(data: bytes, tmp_path: Path, name: str = "out.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def request(handout: str, languages: tuple[str, ...], layout: str = "single", **extra) -> HandoutRequest:
    return HandoutRequest(handout, languages, layout, extra.pop("modules", (MODULE,)), "Carrboro High School",
                          DATE, **extra)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("handout", [spec.id for spec in handout_specs()])
def test_every_handout_prints_its_own_words_in_each_language(qapp, maker, tmp_path, handout, language) -> None:
    made = maker.make(request(handout, (language,)))
    text = " ".join(pdf_text(handout_pdf([made]), tmp_path).split())
    assert strings(language)["titles"][handout] in text
    assert "Orange County Rape Crisis Center" in text
    if language == "es":
        assert any(word in text for word in ("ñ", "á", "é", "í", "ó", "ú")), "accents survive extraction"


def test_handout_content_comes_from_the_curriculum_and_helplines(qapp, maker, tmp_path) -> None:
    text = " ".join(pdf_text(handout_pdf([maker.make(request("fact-sheet", ("es",)))]), tmp_path).split())
    module_text = maker.curriculum.module(MODULE).text("es")
    assert module_text.title in text
    assert "Llame 1-888-373-7888" in text and "Línea Nacional Contra la Trata de" in text
    assert "Números revisados el 26 de noviembre de 2026." in text
    card = " ".join(pdf_text(handout_pdf([maker.make(request("workers-rights-card", ("en",)))]), tmp_path).split())
    assert "three-quarters guarantee" in card and "Recruitment fees are illegal" in card


def test_two_languages_side_by_side_or_one_after_the_other(qapp, maker, tmp_path) -> None:
    side = maker.make(request("job-offer-checklist", ("en", "es"), "side"))
    assert len(side.parts) == 1
    text = pdf_text(handout_pdf([side]), tmp_path)
    line = next(line for line in text.splitlines() if "Before you say yes" in line)
    assert "Antes de aceptar" in line, "the two languages share each row"
    sequential = maker.make(request("job-offer-checklist", ("en", "es"), "sequential"))
    assert [part.language for part in sequential.parts] == ["en", "es"]
    assert sequential.title == "Is this job offer real? A red-flags checklist / ¿Es real esta oferta de trabajo? " \
                               "Lista de señales de alerta"


def test_user_text_prints_literally(qapp, tmp_path) -> None:
    agency = AgencyProfile(name="<b>Bold</b> & {{ 7*7 }}")
    made = Handouts(load_curriculum(), agency).make(
        HandoutRequest("parent-letter", ("en",), "single", (MODULE,), "<i>School</i> {{ 7*7 }}", DATE))
    assert "&lt;i&gt;School&lt;/i&gt; {{ 7*7 }}" in made.parts[0].html
    text = pdf_text(handout_pdf([made]), tmp_path)
    assert "<b>Bold</b> & {{ 7*7 }}" in text and "<i>School</i> {{ 7*7 }}" in text and "49" not in text


def test_fonts_are_embedded_and_metadata_is_set(qapp, maker, tmp_path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(handout_pdf([maker.make(request("fact-sheet", ("es",)))]))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert all("Noto" in line for line in fonts)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Title:           Hoja informativa" in info and "<rdf:li>es</rdf:li>" in meta


def test_a4_is_an_option(qapp, maker, tmp_path) -> None:
    path = tmp_path / "a4.pdf"
    path.write_bytes(handout_pdf([maker.make(request("resource-card", ("en",), paper="a4"))]))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "pts (A4)" in info


def test_a_rendered_page_is_not_blank(qapp, maker, tmp_path) -> None:
    path = tmp_path / "card.pdf"
    path.write_bytes(handout_pdf([maker.make(request("resource-card", ("en",)))]))
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 200)
    assert dark > 500


def test_right_to_left_card_is_marked_unreviewed(qapp, maker, tmp_path) -> None:
    made = maker.make(HandoutRequest("resource-card", ("ar",)))
    assert made.parts[0].right_to_left
    assert made.warnings and "not been reviewed by a native speaker" in made.warnings[0]
    assert "\u20661-888-373-7888\u2069" in made.parts[0].html, "numbers keep their order inside Arabic text"
    extracted = unicodedata.normalize("NFKC", pdf_text(handout_pdf([made]), tmp_path))
    assert "الاتجار بالبشر" in extracted, "Arabic text is extractable (presentation forms fold back to letters)"


def test_a_template_error_names_the_template_and_line(tmp_path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "fact-sheet.html.j2").write_text("<p>fine</p>\n<p>{% if %}</p>\n", encoding="utf-8")
    maker = Handouts(load_curriculum(), user_templates=templates)
    with pytest.raises(HandoutError, match=r"template fact-sheet.html.j2, line 2: "):
        maker.make(HandoutRequest("fact-sheet", ("en",), modules=(MODULE,)))
    (templates / "fact-sheet.html.j2").write_text("<p>one</p>\n<p>two</p>\n<p>{{ nonsense.value }}</p>\n",
                                                  encoding="utf-8")
    with pytest.raises(HandoutError, match=r"template fact-sheet.html.j2, line 3: 'nonsense' is undefined"):
        maker.make(HandoutRequest("fact-sheet", ("en",), modules=(MODULE,)))


def test_a_user_template_overrides_the_bundled_one(qapp, tmp_path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "certificate.html.j2").write_text(
        '{% extends "_base.html.j2" %}{% block content %}<p>Our own certificate</p>{% endblock %}', encoding="utf-8")
    made = Handouts(load_curriculum(), user_templates=templates).make(
        HandoutRequest("certificate", ("en",), modules=(MODULE,), date=DATE))
    assert "Our own certificate" in made.parts[0].html


def test_missing_choices_are_explained(maker) -> None:
    with pytest.raises(HandoutError, match="needs the school's name"):
        maker.make(HandoutRequest("parent-letter", ("en",), modules=(MODULE,), date=DATE))
    with pytest.raises(HandoutError, match="not available in 'ar'"):
        maker.make(HandoutRequest("fact-sheet", ("ar",), modules=(MODULE,)))
    with pytest.raises(HandoutError, match="there is no module 'nope'"):
        maker.make(HandoutRequest("fact-sheet", ("en",), modules=("nope",)))


def test_print_pack_holds_everything_the_modules_use(qapp, maker, tmp_path) -> None:
    requests = maker.print_pack([MODULE, "what-is-trafficking"], ("en", "es"), "side", "letter", "Carrboro", DATE)
    assert [r.handout for r in requests] == ["fact-sheet", "fact-sheet", "job-offer-checklist",
                                             "workers-rights-card", "resource-card"]
    text = pdf_text(handout_pdf([maker.make(r) for r in requests]), tmp_path)
    assert "Your rights at work" in text and "Sus derechos en el trabajo" in text


def test_logo_that_is_missing_or_not_an_image_is_refused_clearly(qapp, tmp_path) -> None:
    with pytest.raises(AgencyError, match="does not exist"):
        check_logo(tmp_path / "nowhere.png")
    fake = tmp_path / "logo.png"
    fake.write_text("not really a picture", encoding="utf-8")
    with pytest.raises(AgencyError, match=r"is not an image\. Use a PNG or JPEG file\."):
        save_profile(AgencyProfile(name="X", logo=fake), tmp_path)
    assert load_profile(tmp_path) == AgencyProfile(), "a refused profile is not saved"
    made = Handouts(load_curriculum(), AgencyProfile(name="X", logo=fake)).make(HandoutRequest("resource-card"))
    with pytest.raises(RenderError, match="could not be read as an image"):
        handout_pdf([made])


def test_a_real_logo_is_printed(qapp, tmp_path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(0x0B4F6C)
    assert image.save(str(logo))
    save_profile(AgencyProfile(name="Logo Agency", logo=logo), tmp_path)
    profile = load_profile(tmp_path)
    assert profile.logo == logo
    made = Handouts(load_curriculum(), profile).make(HandoutRequest("resource-card"))
    path = tmp_path / "logo.pdf"
    path.write_bytes(handout_pdf([made]))
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert "120    60" in images


def test_cli_renders_and_explains_refusals(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["handout", "render", "parent-letter", "--module", MODULE, "--lang", "en+es", "--school", "Carrboro",
                 "--date", "2026-12-03", "-o", str(out)]) == 0
    assert "Dear parents and caregivers" in pdf_text(out.read_bytes(), tmp_path, "copy.pdf")
    assert main(["handout", "render", "parent-letter", "--module", MODULE, "-o", str(tmp_path / "x.pdf")]) == 1
    assert "needs the school's name" in capsys.readouterr().err
    assert main(["handout", "list"]) == 0
    assert "resource-card: Where to get help [en, es, vi*, fr*, hmn*, ar*]" in capsys.readouterr().out


def test_wording_files_are_complete_text(qapp, maker, tmp_path) -> None:
    from facilitator.core.handouts import check_handout_strings

    assert check_handout_strings() == []
    made = maker.make(HandoutRequest("certificate", ("en",), modules=(MODULE,), date=DATE, participant="Ana Ruiz"))
    text = " ".join(pdf_text(handout_pdf([made]), tmp_path).split())
    assert "Ana Ruiz attended the training" in text and "on December 3, 2026" in text


@pytest.mark.parametrize("language", ["en", "es", "vi", "fr", "hmn", "ar"])
def test_resource_cards_fit_six_to_one_page_in_every_language(qapp, maker, tmp_path, language) -> None:
    path = tmp_path / f"card-{language}.pdf"
    path.write_bytes(handout_pdf([maker.make(HandoutRequest("resource-card", (language,)))]))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info


def test_spanish_youth_handouts_say_tu_and_adult_ones_say_usted(qapp, maker, tmp_path) -> None:
    youth = maker.make(HandoutRequest("fact-sheet", ("es",), modules=("online-safety-and-sextortion",)))
    adult = maker.make(HandoutRequest("fact-sheet", ("es",), modules=("root-causes",)))
    youth_text = " ".join(pdf_text(handout_pdf([youth]), tmp_path, "youth.pdf").split())
    adult_text = " ".join(pdf_text(handout_pdf([adult]), tmp_path, "adult.pdf").split())
    assert "Nunca es tu culpa." in youth_text and "Llama 1-888-373-7888" in youth_text
    assert "Nunca es su culpa." in adult_text and "Llame 1-888-373-7888" in adult_text
