"""Shared fixtures. Qt runs offscreen; logs and settings go to temporary folders, never the user's own."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test talks to the desktop's own session bus (the keep-awake test starts a bus of its own).
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/upstream-tests-have-no-session-bus"

import pytest

from facilitator.core.paths import curriculum_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def _widgets_can_be_made(qapp) -> None:
    """A QApplication from the start: a command run in the test process (the PDF report) would otherwise make a
    plain QGuiApplication first, and a later test's widgets would abort the run (as running only the report tests
    did)."""


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UPSTREAM_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.setenv("UPSTREAM_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _one_screen_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' single offscreen screen makes the presenter ask what to show; a modal question would block the
    run, so it is answered "rehearse with notes" unless a test answers it otherwise."""
    from facilitator.ui.present.presenter import Presenter

    monkeypatch.setattr(Presenter, "ask_one_screen_mode", lambda self: "rehearsal")


@pytest.fixture
def mini_curriculum(tmp_path: Path) -> Path:
    """A copy of a small valid curriculum (with the real labels) that a test may break on purpose."""
    root = tmp_path / "curriculum"
    shutil.copytree(FIXTURES / "mini", root)
    shutil.copytree(curriculum_dir() / "labels", root / "labels")
    return root


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    """Replace one exact piece of text in a content file, failing loudly if it is not there."""

    def replace(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return replace


@pytest.fixture
def laptops(tmp_path: Path):
    """Three laptops' records, for tests of records travelling between them."""
    from facilitator.core.records.store import RecordsStore

    stores = [RecordsStore(tmp_path / f"laptop{n}.db") for n in range(3)]
    yield stores
    for store in stores:
        store.close()


@pytest.fixture(scope="session")
def curriculum():
    """The bundled curriculum, loaded once: its objects are frozen, so every test can share it."""
    from facilitator.core.content.loader import load_curriculum

    return load_curriculum()


@pytest.fixture
def english(qapp) -> None:
    """The interface in English. The app always installs its English catalogue (it holds the plural forms)."""
    from facilitator.ui.i18n import LanguageSwitcher

    LanguageSwitcher(qapp).switch("en")


@pytest.fixture
def store(tmp_path: Path):
    """An empty records file of this test's own."""
    from facilitator.core.records.store import RecordsStore

    records = RecordsStore(tmp_path / "records.db")
    yield records
    records.close()
