"""What headless commands need to draw without a screen: an offscreen Qt and the user's handout settings."""

from __future__ import annotations

import os

from .core.handouts import Handouts


def offscreen_gui():
    """A QGuiApplication (no widgets); offscreen unless a display is available."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["facilitator"])


def handouts_for_cli() -> Handouts:
    """The curriculum with the user's agency profile, local helplines and template folder, as the app uses."""
    from .core.agency import load_profile
    from .core.content_cache import load_curriculum_cached
    from .core.helplines import load_resources
    from .core.paths import user_data_dir

    curriculum = load_curriculum_cached()
    local_file = user_data_dir() / "local-helplines.yaml"
    problems: list = []
    local = load_resources(local_file, curriculum.languages, problems, local=True) if local_file.is_file() else None
    return Handouts(curriculum, load_profile(), local.helplines if local and not problems else (),
                    user_data_dir() / "templates")
