"""The agency profile as an agency may leave it: a hand-edited file, a name pasted with stray direction marks, a logo
straight from a print shop. Each is refused with a reason or printed safely; none stops handouts for long."""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from facilitator.cli import main
from facilitator.core.bidi import isolated
from facilitator.core.content.helplines import load_resources
from facilitator.core.content.loader import load_curriculum
from facilitator.core.handouts.agency import (
    LOGO_MAX_SIDE,
    AgencyError,
    AgencyProfile,
    check_logo,
    image_size,
    load_profile,
    save_profile,
)
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutError, HandoutRequest
from facilitator.core.paths import PROFILE_FILE, user_data_dir
from facilitator.render.handouts import handout_pdf
from facilitator.ui.handouts.agency_dialog import AgencyDialog
from facilitator.userdata import user_handouts

NESTED_ALIASES = "\n".join(
    ['lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
     *(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 5)),
     "name: *a4", ""])
"""Nine to the fifth "lol"s from six lines; the real attack nests nine levels deep, and expanding it took minutes
and gigabytes. The file is refused before anything is expanded, however deep the nesting."""


@pytest.fixture(scope="module")
def curriculum():
    return load_curriculum()


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "handout.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def png_header(width: int, height: int) -> bytes:
    """The start of a PNG file that says it is width x height (enough for a header check; no pixels follow)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + \
        struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))


# --- YAML anchors and aliases -------------------------------------------------------------------------------------
def test_a_profile_with_yaml_aliases_is_refused_with_its_file_and_line(tmp_path) -> None:
    (tmp_path / PROFILE_FILE).write_text(NESTED_ALIASES, encoding="utf-8")
    with pytest.raises(AgencyError) as refused:
        load_profile(tmp_path)
    assert refused.value.code == "profile_aliases"
    assert refused.value.values == {"file": str(tmp_path / PROFILE_FILE), "line": "1"}
    assert f"{tmp_path / PROFILE_FILE}:1: uses a YAML anchor or alias" in str(refused.value)


def test_handouts_and_the_command_line_say_why_the_profile_is_refused(qapp, capsys, tmp_path) -> None:
    profile = user_data_dir() / PROFILE_FILE
    profile.parent.mkdir(parents=True, exist_ok=True)
    profile.write_text(NESTED_ALIASES, encoding="utf-8")
    with pytest.raises(HandoutError, match=rf"{profile}:1: uses a YAML anchor or alias"):
        user_handouts().make(HandoutRequest("resource-card"))
    assert main(["handout", "render", "resource-card", "-o", str(tmp_path / "card.pdf")]) == 1
    assert f"{profile}:1: uses a YAML anchor or alias" in capsys.readouterr().err
    assert not (tmp_path / "card.pdf").exists()
    assert main(["report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "pdf",
                 "-o", str(tmp_path / "report.pdf")]) == 1, "a PDF report headed by the agency's name says why too"
    assert f"{profile}:1: uses a YAML anchor or alias" in capsys.readouterr().err
    assert not (tmp_path / "report.pdf").exists()


def test_the_dialog_opens_a_refused_profile_empty_and_saving_replaces_it(qtbot, tmp_path) -> None:
    (tmp_path / PROFILE_FILE).write_text(NESTED_ALIASES, encoding="utf-8")
    dialog = AgencyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == ""
    assert not dialog.error.isHidden()
    assert dialog.error.text() == (f"The saved agency profile {tmp_path / PROFILE_FILE} cannot be used: line 1 has a "
                                   "YAML anchor or alias (& or *), which this file may not have. Fill in the form "
                                   "and save it to replace the file.")
    dialog.name.setText("Orange County Rape Crisis Center")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_profile(tmp_path).name == "Orange County Rape Crisis Center"


def test_a_profile_that_is_not_valid_yaml_is_refused_with_its_line(tmp_path) -> None:
    (tmp_path / PROFILE_FILE).write_text('name: "Orange County\nphone: [919\n', encoding="utf-8")
    with pytest.raises(AgencyError) as refused:
        load_profile(tmp_path)
    assert refused.value.code == "profile_unreadable" and refused.value.values["line"] == "3"


def test_the_dialog_opens_a_profile_that_is_not_yaml_and_says_where_above_the_form(qtbot, tmp_path) -> None:
    (tmp_path / PROFILE_FILE).write_text("name: [unclosed\n", encoding="utf-8")
    dialog = AgencyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.error.text() == (f"The saved agency profile {tmp_path / PROFILE_FILE} cannot be read (line 2). Fill "
                                   "in the form and save it to replace the file.")
    assert not dialog.error.isHidden() and dialog.layout().indexOf(dialog.error) == 0, "above the form"
    dialog.logo_path.setText(str(tmp_path / "gone.png"))
    dialog.logo_path.clear()
    assert not dialog.error.isHidden(), "what is wrong with the file stays until the form replaces it"
    dialog.name.setText("Orange County Rape Crisis Center")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_profile(tmp_path).name == "Orange County Rape Crisis Center"


def test_the_dialog_keeps_what_could_be_read_of_a_broken_profile(qtbot, tmp_path) -> None:
    (tmp_path / PROFILE_FILE).write_text("name: Orange County\nphone: 919-555-0100\nname: Durham\n",
                                         encoding="utf-8")
    with pytest.raises(AgencyError) as refused:
        load_profile(tmp_path)
    assert refused.value.values["line"] == "3" and "'name' appears twice (first on line 1)" in str(refused.value)
    dialog = AgencyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert (dialog.name.text(), dialog.phone.text()) == ("Orange County", "919-555-0100")
    assert "cannot be read (line 3)" in dialog.error.text()


@pytest.mark.parametrize("text", ["name: [Orange, County]\n", "- Orange County\n"])
def test_a_profile_value_that_is_not_text_is_refused_with_its_line(tmp_path, text) -> None:
    (tmp_path / PROFILE_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(AgencyError) as refused:
        load_profile(tmp_path)
    assert refused.value.code == "profile_unreadable" and refused.value.values["line"] == "1"


def test_local_helplines_with_aliases_are_refused_with_their_line(tmp_path, curriculum) -> None:
    local = tmp_path / "local-helplines.yaml"
    local.write_text("helplines:\n  - &line\n    id: county-dss\n  - *line\n", encoding="utf-8")
    problems: list = []
    load_resources(local, curriculum.languages, problems, local=True)
    assert [(p.line, p.message.split(",")[0]) for p in problems] == [(2, "uses a YAML anchor or alias (& or *)")]


# --- right-to-left marks in typed text ----------------------------------------------------------------------------
def test_an_unterminated_right_to_left_override_does_not_reverse_the_phone(qapp, curriculum, tmp_path) -> None:
    agency = AgencyProfile(name="Safe\u202eHouse", address="\u202b12 Main St", phone="919-555-0100",
                           website="example.org")
    made = Handouts(curriculum, agency).make(HandoutRequest("resource-card"))
    text = pdf_text(handout_pdf([made]), tmp_path)
    assert "Prepared by SafeHouse · example.org · 919-555-0100" in text, text
    assert "0010-555-919" not in text and "gro.elpmaxe" not in text
    assert "\u202e" not in made.parts[0].html and made.footer == "\u2068SafeHouse\u2069"


def test_a_school_typed_with_an_override_and_an_arabic_agency_print_in_order(qapp, curriculum, tmp_path) -> None:
    made = Handouts(curriculum, AgencyProfile(name="مركز الأمان", phone="919-555-0100")).make(
        HandoutRequest("parent-letter", ("en",), modules=("jobs-and-labor-trafficking",), school="\u202eCarrboro",
                       date=dt.date(2026, 12, 3)))
    text = " ".join(pdf_text(handout_pdf([made]), tmp_path).split())
    assert "Carrboro has invited" in text and "at 919-555-0100." in text, text


def test_typed_text_is_isolated_and_loses_its_direction_controls() -> None:
    assert isolated("") == ""
    assert isolated("Orange County") == "\u2068Orange County\u2069"
    assert isolated("\u2067a\u202ab\u202cc\u202dd\u202ee\u2066f\u2068g\u2069\u202b") == "\u2068abcdefg\u2069"
    assert isolated("a\u200fb") == "\u2068a\u200fb\u2069", "a right-to-left mark cannot reorder what follows"


# --- the logo's size ----------------------------------------------------------------------------------------------
def test_the_size_of_each_kind_of_image_is_read_from_its_header(qapp, tmp_path) -> None:
    image = QImage(321, 123, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    for kind in ("png", "jpg", "bmp"):
        path = tmp_path / f"logo.{kind}"
        assert image.save(str(path))
        with path.open("rb") as handle:
            assert image_size(handle) == (321, 123), kind
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + struct.pack("<HH", 640, 480) + b"\x00" * 8)
    with gif.open("rb") as handle:
        assert image_size(handle) == (640, 480)
    with (tmp_path / "logo.png").open("rb") as handle:
        assert image_size(handle) == (321, 123)
    (tmp_path / "text.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with (tmp_path / "text.png").open("rb") as handle:
        assert image_size(handle) is None


def test_a_logo_too_large_is_refused_by_its_header(tmp_path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_header(12000, 12000))
    with pytest.raises(AgencyError, match=r"is 12000 x 12000 pixels; a logo may be at most 4000 pixels a side"):
        check_logo(huge)
    edge = tmp_path / "edge.png"
    edge.write_bytes(png_header(LOGO_MAX_SIDE, 10))
    check_logo(edge)
    heavy = tmp_path / "heavy.png"
    heavy.write_bytes(png_header(100, 100) + b"\x00" * (10 * 1024 * 1024))
    with pytest.raises(AgencyError, match=r"is 10\.1 MB; a logo may be at most 10 MB") as refused:
        check_logo(heavy)
    assert refused.value.code == "logo_too_heavy"


def test_the_dialog_refuses_a_logo_too_large_and_keeps_the_form(qtbot, tmp_path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_header(12000, 12000))
    dialog = AgencyDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Orange County Rape Crisis Center")
    dialog.phone.setText("919-555-0100")
    dialog.logo_path.setText(str(huge))
    assert dialog.error.text() == (f"The logo file {huge} is 12000 x 12000 pixels; a logo may be at most 4000 "
                                   "pixels a side. Use a smaller copy of the image.")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error.isHidden()
    assert (dialog.name.text(), dialog.phone.text()) == ("Orange County Rape Crisis Center", "919-555-0100")
    assert not (tmp_path / PROFILE_FILE).exists()


def test_a_handout_whose_logo_became_too_large_is_made_without_it(qapp, tmp_path, caplog) -> None:
    logo = user_data_dir() / "logo.png"
    logo.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(logo))
    save_profile(AgencyProfile(name="Logo Agency", logo=logo))
    logo.write_bytes(png_header(12000, 12000))  # replaced later by the print shop's file
    made = user_handouts().make(HandoutRequest("resource-card"))
    assert made.logo is None
    text = pdf_text(handout_pdf([made]), tmp_path)
    assert "Prepared by Logo Agency" in text
    assert f"Handouts are made without the logo: The logo file {logo} is 12000 x 12000 pixels" in caplog.text


def test_a_logo_whose_image_data_is_damaged_is_left_out(qapp, curriculum, tmp_path, caplog) -> None:
    logo = tmp_path / "damaged.png"
    logo.write_bytes(png_header(200, 100) + b"\x00\x00\x00\x05IDATnope")
    made = Handouts(curriculum, AgencyProfile(name="X", logo=logo)).make(HandoutRequest("resource-card"))
    assert made.logo == logo, "the header is fine"
    assert "Where to get help" in pdf_text(handout_pdf([made]), tmp_path)
    assert f"{logo} cannot be read as an image" in caplog.text
