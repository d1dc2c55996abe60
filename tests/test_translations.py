"""The interface catalogues are complete and compiled: every tr() string has Spanish, every .qm is current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

LANGUAGES = update_translations.LANGUAGES


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), m.findtext("source")): m.find("translation")
            for context in root.iter("context") for m in context.iter("message")}


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files, refreshed from the current source code the way the update script does it."""
    folder = tmp_path_factory.mktemp("i18n")
    copies = {lang: folder / f"upstream_{lang}.ts" for lang in LANGUAGES}
    for copy in copies.values():
        shutil.copy(ROOT / "i18n" / copy.name, copy)
    update_translations.update_ts(list(copies.values()))
    return copies


def test_every_interface_string_in_the_code_is_in_the_committed_catalogue(fresh_catalogues) -> None:
    for fresh in fresh_catalogues.values():
        assert set(messages(fresh)) == set(messages(ROOT / "i18n" / fresh.name)), (
            f"i18n/{fresh.name} is out of date: run `python scripts/update_translations.py` and translate")


def test_spanish_is_complete() -> None:
    unfinished = [source for source, translation in messages(ROOT / "i18n" / "upstream_es.ts").items()
                  if translation.get("type") in ("unfinished", "vanished", "obsolete")
                  or not ("".join(translation.itertext()).strip())]
    assert unfinished == []


def test_plural_forms_exist_in_english_and_spanish() -> None:
    for lang in LANGUAGES:
        root = ET.parse(ROOT / "i18n" / f"upstream_{lang}.ts").getroot()
        for message in root.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text for f in message.find("translation").iter("numerusform")]
                assert len(forms) == 2 and all(forms), (lang, message.findtext("source"))


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        ts = ROOT / "i18n" / f"upstream_{lang}.ts"
        compiled = tmp_path / f"upstream_{lang}.qm"
        update_translations.release(ts, compiled)
        assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.with_suffix('.qm').name} is stale: run `python scripts/update_translations.py`")

