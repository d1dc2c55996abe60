"""The one home for folders and user files: bundled resources (source tree or installed package), the user's data,
cache and log folders, and the names of the files a user keeps there. Environment overrides are read here only."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_data_path, user_log_path

_PACKAGE = Path(__file__).resolve().parent.parent
APP_FOLDER = "Upstream"
PROFILE_FILE = "agency.yaml"
LOCAL_HELPLINES_FILE = "local-helplines.yaml"
TEMPLATES_FOLDER = "templates"


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
    """The user's own data: records, backups, the agency profile, local helplines, templates. UPSTREAM_DATA_DIR
    overrides it."""
    override = os.environ.get("UPSTREAM_DATA_DIR")
    return Path(override) if override else user_data_path(APP_FOLDER, appauthor=False)


def agency_profile_path(folder: Path | None = None) -> Path:
    return (folder or user_data_dir()) / PROFILE_FILE


def local_helplines_path() -> Path:
    return user_data_dir() / LOCAL_HELPLINES_FILE


def user_templates_dir() -> Path:
    """Handout templates here override the bundled ones of the same name."""
    return user_data_dir() / TEMPLATES_FOLDER


def cache_dir() -> Path:
    """UPSTREAM_CACHE_DIR overrides the platform's cache folder."""
    override = os.environ.get("UPSTREAM_CACHE_DIR")
    return Path(override) if override else user_cache_path(APP_FOLDER, appauthor=False)


def log_dir() -> Path:
    """UPSTREAM_LOG_DIR overrides the platform's folder (tests and portable installs use it)."""
    override = os.environ.get("UPSTREAM_LOG_DIR")
    return Path(override) if override else user_log_path(APP_FOLDER, appauthor=False)
