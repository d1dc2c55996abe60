"""The start-up cache gives back exactly what validation produced, and never outlives a change to the content."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.content.cache import load_curriculum_cached
from facilitator.core.content.loader import load_curriculum
from facilitator.core.content.problems import ContentError


def test_cache_returns_the_same_curriculum_and_follows_edits(mini_curriculum: Path, tmp_path: Path, edit) -> None:
    folder = tmp_path / "cache"
    first = load_curriculum_cached(mini_curriculum, folder)
    assert first == load_curriculum(mini_curriculum)
    assert len(list(folder.glob("curriculum-*.pickle"))) == 1
    assert load_curriculum_cached(mini_curriculum, folder) == first
    edit(mini_curriculum / "modules/sample/en.yaml", "title: Sample module", "title: Edited module")
    assert load_curriculum_cached(mini_curriculum, folder).module("sample").text("en").title == "Edited module"
    assert len(list(folder.glob("curriculum-*.pickle"))) == 1, "the old cache file is removed"


def test_a_damaged_cache_is_ignored_and_broken_content_still_refused(mini_curriculum: Path, tmp_path: Path,
                                                                    edit) -> None:
    folder = tmp_path / "cache"
    load_curriculum_cached(mini_curriculum, folder)
    next(folder.glob("curriculum-*.pickle")).write_bytes(b"not a pickle")
    assert load_curriculum_cached(mini_curriculum, folder).module("sample").text("en").title == "Sample module"
    edit(mini_curriculum / "modules/sample/module.yaml", "minutes: 20", "minutes: 25")
    with pytest.raises(ContentError):
        load_curriculum_cached(mini_curriculum, folder)


def test_a_start_from_the_cache_never_imports_the_yaml_parser(tmp_path: Path) -> None:
    """The cache exists to spare start-up the parser: unpickling the bundled curriculum (its sequence included)
    must not import it."""
    import subprocess
    import sys

    code = ("import sys, facilitator.core.content.cache as c; c.load_curriculum_cached(folder=__import__('pathlib')"
            f".Path({str(tmp_path)!r})); print('yaml' in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # fills the cache
    again = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert again.stdout.strip() == "False"
