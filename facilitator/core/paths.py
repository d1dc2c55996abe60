"""Where bundled resources live, whether running from the source tree or from an installed package."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

_PACKAGE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    """Installed packages carry the folder inside `facilitator/`; the source tree keeps it beside the package."""
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def curriculum_dir() -> Path:
    return resources_dir() / "curriculum"


def translations_dir() -> Path:
    return _bundled("i18n")


def records_path() -> Path:
    return user_data_dir() / "records.db"


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def user_data_dir() -> Path:
    """The user's own data (local helplines, later the records). UPSTREAM_DATA_DIR overrides it."""
    override = os.environ.get("UPSTREAM_DATA_DIR")
    return Path(override) if override else user_data_path("Upstream", appauthor=False)
