"""What the user keeps in the data folder, read for the app and the CLI alike: handouts made with the agency's
profile, local helplines and template folder."""

from __future__ import annotations

import logging

from .core.content.helplines import LocalHelplinesError
from .core.handouts.agency import AgencyError
from .core.handouts.handouts import Handouts
from .core.model import Curriculum, Helpline

log = logging.getLogger(__name__)


def user_handouts(curriculum: Curriculum | None = None) -> Handouts:
    """Handouts with the user's agency profile, local helplines and template folder. A saved profile or a local
    helplines file that cannot be read makes every handout refuse with the reason, naming the file and line."""
    from .core.content.cache import load_curriculum_cached
    from .core.handouts.agency import load_profile
    from .core.paths import user_templates_dir

    curriculum = curriculum or load_curriculum_cached()
    try:
        profile, helplines = load_profile(), _local(curriculum)
    except (AgencyError, LocalHelplinesError) as error:
        return Handouts(curriculum, user_templates=user_templates_dir(), refused=error)
    return Handouts(curriculum, profile, helplines, user_templates_dir())


def local_helplines(curriculum: Curriculum) -> tuple[Helpline, ...]:
    """The agency's own helplines (county DSS, local crisis lines) for the safety panel: none when the file is
    missing, or broken (the reason logged: the panel still shows the bundled lines)."""
    try:
        return _local(curriculum)
    except LocalHelplinesError as error:
        log.warning("The safety panel leaves out the local helplines: %s", error)
        return ()


def _local(curriculum: Curriculum) -> tuple[Helpline, ...]:
    from .core.content.helplines import load_local
    from .core.paths import local_helplines_path

    path = local_helplines_path()
    return load_local(path, curriculum.languages).helplines if path.is_file() else ()
