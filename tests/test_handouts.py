"""Handouts as a facilitator gets them: the right words in the PDF, in each language, safely escaped, printable."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from PySide6.QtGui import QImage

from facilitator.cli import main
from facilitator.core.content.loader import load_curriculum
from facilitator.core.handouts.agency import AgencyError, AgencyProfile, check_logo, load_profile, save_profile
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutError, HandoutRequest, handout_specs, strings
from facilitator.render.handouts import handout_pdf

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
    assert "Números revisados en fuentes publicadas el" in text and "aún no confirmados con cada servicio" in text
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
                                             "workers-rights-card", "resource-card", "survey-adult", "answer-key",
                                             "safety-card"]
    text = pdf_text(handout_pdf([maker.make(r) for r in requests]), tmp_path)
    assert "Your rights at work" in text and "Sus derechos en el trabajo" in text
    for_class = maker.print_pack([MODULE], ("en",), "single", "letter", audience="grades_9_12")
    assert "survey-youth" in [r.handout for r in for_class], "a class's pack has the survey its sections give"


def test_a_plans_print_pack_leaves_out_what_needs_a_school_or_date_and_says_so(qapp, maker) -> None:
    from facilitator.core.teach.planner import new_plan
    from facilitator.render.plan_files import plan_print_pack_pdf

    plan = new_plan(maker.curriculum, "Period 2", "grades_6_8", 45, "en", "en", ["relationships-and-grooming"])
    data, left_out = plan_print_pack_pdf(maker, plan)
    assert data.startswith(b"%PDF") and left_out == ("parent-letter",)


def test_the_print_pack_carries_the_safety_card_in_the_facilitators_language(qapp, maker, tmp_path) -> None:
    pack = maker.print_pack([MODULE], ("es",), "single", "letter", facilitator_language="en")
    card = next(r for r in pack if r.handout == "safety-card")
    assert card.languages == ("en",), "the protocol is for the facilitator, in their language"
    made = maker.make(card)
    assert "Whatever their age" in " ".join(pdf_text(handout_pdf([made]), tmp_path).split()), "it prints"
    text = " ".join(made.parts[0].html.split())
    for expected in ("Whatever their age", "If they are under 18: you must report", "Do not promise to keep it secret",
                     "If they are 18 or older: they decide", "There is no general duty to report harm done to an adult",
                     "N.C. Gen. Stat. § 7B-301", "34 U.S.C. 12291(b)(2)", "1-888-373-7888"):
        assert expected in text, expected
    spanish = " ".join(maker.make(HandoutRequest("safety-card", ("es",))).parts[0].html.split())
    assert "No prometa guardar el secreto" in spanish and "la persona decide" in spanish


def test_logo_that_is_missing_or_not_an_image_is_refused_clearly(qapp, tmp_path, caplog) -> None:
    with pytest.raises(AgencyError, match="does not exist"):
        check_logo(tmp_path / "nowhere.png")
    fake = tmp_path / "logo.png"
    fake.write_text("not really a picture", encoding="utf-8")
    with pytest.raises(AgencyError, match=r"is not an image\. Use a PNG or JPEG file\."):
        save_profile(AgencyProfile(name="X", logo=fake), tmp_path)
    assert load_profile(tmp_path) == AgencyProfile(), "a refused profile is not saved"
    made = Handouts(load_curriculum(), AgencyProfile(name="X", logo=fake)).make(HandoutRequest("resource-card"))
    assert made.logo is None and "agency-logo" not in made.parts[0].html, "the handout is made without the logo"
    assert "Where to get help" in pdf_text(handout_pdf([made]), tmp_path)
    assert f"Handouts are made without the logo: The logo file {fake} is not an image" in caplog.text


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
    from facilitator.core.handouts.registry import check_handout_strings

    assert check_handout_strings() == []
    made = maker.make(HandoutRequest("certificate", ("en",), modules=(MODULE,), date=DATE, participant="Ana Ruiz"))
    text = " ".join(pdf_text(handout_pdf([made]), tmp_path).split())
    assert "Ana Ruiz attended the training" in text and "on December 3, 2026" in text


@pytest.mark.parametrize("language", ["en", "es", "vi", "fr", "hmn", "ar"])
def test_resource_cards_fit_one_page_in_every_language(qapp, maker, tmp_path, language) -> None:
    for modules in ((), ("online-safety-and-sextortion", "jobs-and-labor-trafficking")):
        path = tmp_path / f"card-{language}.pdf"
        path.write_bytes(handout_pdf([maker.make(HandoutRequest("resource-card", (language,), modules=modules))]))
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info, modules


def test_spanish_youth_handouts_say_tu_and_adult_ones_say_usted(qapp, maker, tmp_path) -> None:
    youth = maker.make(HandoutRequest("fact-sheet", ("es",), modules=("online-safety-and-sextortion",)))
    adult = maker.make(HandoutRequest("fact-sheet", ("es",), modules=("root-causes",)))
    youth_text = " ".join(pdf_text(handout_pdf([youth]), tmp_path, "youth.pdf").split())
    adult_text = " ".join(pdf_text(handout_pdf([adult]), tmp_path, "adult.pdf").split())
    assert "Nunca es tu culpa." in youth_text and "Llama 1-888-373-7888" in youth_text
    assert "Nunca es su culpa." in adult_text and "Llame 1-888-373-7888" in adult_text


LETTER_MODULE = "relationships-and-grooming"  # a grades 6-8 module whose handouts include the parent letter
RETURN_BY = dt.date(2026, 11, 20)


def letter_text(maker: Handouts, tmp_path: Path, language: str, **extra) -> str:
    made = maker.make(HandoutRequest("parent-letter", (language,), modules=(LETTER_MODULE,), school="Carrboro Middle",
                                     date=DATE, **extra))
    return " ".join(pdf_text(handout_pdf([made]), tmp_path, f"letter-{language}.pdf").split())


@pytest.mark.parametrize(("language", "expected"), [
    ("en", {"opt-out": ["If you do NOT want your child to take part, sign the slip below and return it to the school "
                        "by November 20, 2026. If you do not return it, your child will take part.",
                        "Return slip — only if your child will NOT take part",
                        "I do not want my child to take part in the session on December 3, 2026."],
            "opt-in": ["Your child will take part only if you sign the slip below and return it to the school by "
                       "November 20, 2026. A child without a signed slip is given another activity.",
                       "Permission slip — sign and return it if your child may take part",
                       "I give permission for my child to take part in the session on December 3, 2026."],
            "both": ["class on December 3, 2026.", "Return this slip to Carrboro Middle by November 20, 2026.",
                     "Students may take a short survey before and after the session; it is anonymous, so no one "
                     "writes their name.",
                     "If the facilitator has reason to think that a child is being harmed, North Carolina law "
                     "requires them to report it.",
                     "Questions? Call Orange County Rape Crisis Center at 919-555-0100.",
                     "It is never your fault."]}),
    ("es", {"opt-out": ["Si NO quiere que su hija o su hijo participe, firme el talón de abajo y entréguelo en la "
                        "escuela a más tardar el 20 de noviembre de 2026. Si no lo entrega, su hija o su hijo "
                        "participará.",
                        "Talón para devolver — solo si su hija o su hijo NO va a participar",
                        "No quiero que mi hija o mi hijo participe en la sesión del 3 de diciembre de 2026."],
            "opt-in": ["Su hija o su hijo participará solo si usted firma el talón de abajo y lo entrega en la escuela "
                       "a más tardar el 20 de noviembre de 2026.",
                       "Talón de permiso — fírmelo y devuélvalo si su hija o su hijo puede participar",
                       "Doy permiso para que mi hija o mi hijo participe en la sesión del 3 de diciembre de 2026."],
            "both": ["hijo el 3 de diciembre de 2026.",
                     "Entregue este talón en Carrboro Middle a más tardar el 20 de noviembre de 2026.",
                     "contesten una encuesta breve antes y después de la sesión; es anónima, así que nadie escribe "
                     "su nombre.",
                     "Si quien facilita la sesión tiene motivos para pensar que a una niña o un niño le están "
                     "haciendo daño, la ley de Carolina del Norte exige que lo reporte.",
                     "¿Tiene preguntas? Llame a Orange County Rape Crisis Center al 919-555-0100.",
                     "Nunca es su culpa.", "Llame 1-888-373-7888"]}),
])
def test_parent_letter_follows_the_schools_consent_rule_and_says_what_parents_need(
        qapp, maker, tmp_path, language, expected) -> None:
    for rule, other in (("opt-out", "opt-in"), ("opt-in", "opt-out")):
        text = letter_text(maker, tmp_path, language, return_by=RETURN_BY, consent=rule)
        for sentence in expected[rule] + expected["both"]:
            assert sentence in text, (rule, sentence)
        assert not any(sentence in text for sentence in expected[other]), f"{rule} letter has {other} wording"


def test_parent_letter_slip_is_due_a_week_before_the_session_unless_told(qapp, maker, tmp_path) -> None:
    assert "return it to the school by November 26, 2026" in letter_text(maker, tmp_path, "en")
    assert "return it to the school by November 26, 2026" in letter_text(maker, tmp_path, "en",
                                                                          return_by=dt.date(2026, 11, 26))
    bare = Handouts(load_curriculum(), AgencyProfile(name="No Phone Agency"))
    assert "Questions?" not in letter_text(bare, tmp_path, "en"), "no phone in the profile, no line to call"


def test_a_return_by_date_less_than_a_week_before_the_session_is_refused(maker) -> None:
    for late in (dt.date(2026, 11, 27), DATE, dt.date(2026, 12, 10)):
        with pytest.raises(HandoutError, match=r"the return-by date \(.*\) must be at least a week before the "
                                               r"session \(December 3, 2026\): November 26, 2026 or earlier"):
            maker.make(HandoutRequest("parent-letter", ("en",), modules=(LETTER_MODULE,), school="Carrboro",
                                      date=DATE, return_by=late))
    with pytest.raises(HandoutError, match="the consent rule must be opt-out or opt-in, not 'maybe'"):
        maker.make(HandoutRequest("parent-letter", ("en",), modules=(LETTER_MODULE,), school="Carrboro", date=DATE,
                                  consent="maybe"))


def test_cli_writes_the_parent_letter_with_return_by_and_consent(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "letter.pdf"
    base = ["handout", "render", "parent-letter", "--module", LETTER_MODULE, "--school", "Carrboro", "--date",
            "2026-12-03"]
    assert main([*base, "--return-by", "2026-11-20", "--consent", "opt-in", "--lang", "es", "-o", str(out)]) == 0
    text = " ".join(pdf_text(out.read_bytes(), tmp_path, "copy.pdf").split())
    assert "Su hija o su hijo participará solo si usted firma" in text and "20 de noviembre de 2026" in text
    assert main([*base, "--return-by", "2026-11-30", "-o", str(tmp_path / "late.pdf")]) == 1
    assert "must be at least a week before the session" in capsys.readouterr().err
    assert not (tmp_path / "late.pdf").exists()
    assert main([*base, "--return-by", "soon", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "--return-by: 'soon' is not a date like 2026-12-03" in capsys.readouterr().err
    pack = tmp_path / "pack.pdf"
    assert main(["handout", "render", "print-pack", "--module", LETTER_MODULE, "--school", "Carrboro", "--date",
                 "2026-12-03", "--return-by", "2026-11-19", "--consent", "opt-in", "--lang", "en",
                 "-o", str(pack)]) == 0
    text = " ".join(pdf_text(pack.read_bytes(), tmp_path, "pack-copy.pdf").split())
    assert "Permission slip" in text and "by November 19, 2026" in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_workers_card_has_the_h2a_details(qapp, maker, tmp_path, language) -> None:
    made = maker.make(request("workers-rights-card", (language,)))
    text = " ".join(pdf_text(handout_pdf([made]), tmp_path, f"card-{language}.pdf").split())
    expected = {
        "en": ["Money back for your trip here. In your first week, you get back enough that your pay is not below "
               "minimum wage.", "You get the rest back when you finish half the contract.",
               "A paid trip home when you finish the contract.", "Visa fees paid by the employer.",
               "Free housing if you cannot go home at the end of the workday", "a free kitchen to cook in",
               "Nobody may keep them"],
        "es": ["Que le devuelvan lo que pagó por el viaje de ida. En la primera semana, le devuelven lo necesario "
               "para que su pago no quede por debajo del salario mínimo.", "El resto, al cumplir la mitad del "
               "contrato.", "El viaje de regreso pagado, al terminar el contrato.", "Que el patrón pague su visa.",
               "Vivienda gratuita si no puede volver a su casa al final del día de trabajo",
               "una cocina gratuita para cocinar", "Nadie se los puede quitar"],
    }[language]
    for phrase in expected:
        assert phrase in text, phrase


def test_outreach_cards_have_interpreter_wording_and_the_reviewers_register() -> None:
    for language, says in {"es": "«Spanish»", "vi": "“Vietnamese”", "fr": "« French »", "hmn": "“Hmong”",
                           "ar": "«Arabic»"}.items():
        assert says in strings(language)["resource_card"]["interpreter"], language
    vietnamese = yaml.safe_dump(dict(strings("vi")), allow_unicode=True)
    assert "bạn" not in vietnamese and "quý vị" in vietnamese
    assert strings("fr")["common"]["text"] == "Texto"
    assert "الإجراءات الانتقامية" in strings("ar")["helplines"]["wage-and-hour"]["for"]
    assert {lang: strings(lang)["review"] for lang in ("es", "vi", "fr", "hmn", "ar")} == {
        "es": "reviewed", "vi": "unreviewed", "fr": "unreviewed", "hmn": "unreviewed", "ar": "unreviewed"}


def test_cli_says_when_the_output_cannot_be_written(qapp, tmp_path, capsys) -> None:
    for target in (tmp_path / "no-such-folder" / "card.pdf", tmp_path):
        assert main(["handout", "render", "resource-card", "-o", str(target)]) == 1
        error = capsys.readouterr().err
        assert error.startswith(f"cannot write {target}: ") and "(nothing was written)" in error
    assert list(tmp_path.iterdir()) == [], "no partial file is left behind"


def test_what_each_handout_still_needs_is_decided_in_the_core(maker) -> None:
    from facilitator.core.handouts.needs import missing, missing_from_pack

    def codes(request: HandoutRequest) -> list[str]:
        return [need.code for need in missing(request)]

    assert codes(HandoutRequest("fact-sheet")) == ["one_module"]
    assert codes(HandoutRequest("fact-sheet", modules=(MODULE, LETTER_MODULE))) == ["one_module"]
    assert codes(HandoutRequest("fact-sheet", modules=(MODULE,))) == []
    assert codes(HandoutRequest("parent-letter", school=" ")) == ["modules", "school", "date"]
    assert codes(HandoutRequest("sign-in-sheet", modules=(MODULE,))) == ["date"]
    assert codes(HandoutRequest("resource-card")) == []
    late = HandoutRequest("parent-letter", modules=(LETTER_MODULE,), school="Carrboro", date=DATE,
                          return_by=DATE - dt.timedelta(days=6))
    assert codes(late) == ["return_by"] and missing(late)[0].latest == dt.date(2026, 11, 26)
    assert str(missing(late)[0]) == ("the return-by date (November 27, 2026) must be at least a week before the "
                                     "session (December 3, 2026): November 26, 2026 or earlier")
    assert [n.code for n in missing_from_pack((), maker.print_pack((), ("en",), "single", "letter"))] == ["modules"]
    pack = maker.print_pack((LETTER_MODULE,), ("en",), "single", "letter")
    assert [(n.handout, n.code) for n in missing_from_pack((LETTER_MODULE,), pack)] == [
        ("parent-letter", "school"), ("parent-letter", "date")], "one fact sheet per module: never one_module"
    assert missing_from_pack((LETTER_MODULE,), maker.print_pack((LETTER_MODULE,), ("en",), "single", "letter",
                                                                "Carrboro", DATE)) == ()


def test_cli_names_everything_a_handout_lacks_and_the_option_that_gives_it(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["handout", "render", "print-pack", "--module", LETTER_MODULE, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the parent-letter handout needs the school's name (give --school)" in err
    assert "the parent-letter handout needs a date (give --date)" in err
    assert not out.exists()
    assert main(["handout", "render", "print-pack", "-o", str(out)]) == 1
    assert "the print pack needs at least one module (give --module)" in capsys.readouterr().err
    assert main(["handout", "list"]) == 0
    listed = capsys.readouterr().out
    assert "parent-letter: Letter to parents and caregivers (needs --module, --school, --date) [en, es]" in listed
    assert "fact-sheet: Fact sheet (needs one --module) [en, es]" in listed
