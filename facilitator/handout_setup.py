"""Shared by the app and the CLI: handouts made with the user's own settings, and a Qt that can draw headless."""

from __future__ import annotations

import os

from .core.handouts import Handouts
from .core.model import Curriculum, Helpline


def offscreen_gui():
    """A QGuiApplication (no widgets); offscreen unless a display is available."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["facilitator"])


def user_handouts(curriculum: Curriculum | None = None) -> Handouts:
    """Handouts with the user's agency profile, local helplines and template folder (a broken local helplines file
    is left out here; `facilitator helplines` explains what is wrong with it). A saved profile that cannot be read
    makes every handout refuse with the reason, naming the file and line."""
    from .core.agency import AgencyError, load_profile
    from .core.content_cache import load_curriculum_cached
    from .core.paths import user_data_dir

    curriculum = curriculum or load_curriculum_cached()
    try:
        profile, problem = load_profile(), ""
    except AgencyError as error:
        profile, problem = None, str(error)
    return Handouts(curriculum, profile, local_helplines(curriculum), user_data_dir() / "templates", problem)


def local_helplines(curriculum: Curriculum) -> tuple[Helpline, ...]:
    """The agency's own helplines (county DSS, local crisis lines); none when the file is missing or broken."""
    from .core.helplines import load_resources
    from .core.paths import user_data_dir

    local_file = user_data_dir() / "local-helplines.yaml"
    problems: list = []
    local = load_resources(local_file, curriculum.languages, problems, local=True) if local_file.is_file() else None
    return local.helplines if local and not problems else ()
