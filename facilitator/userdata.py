"""What the user keeps in the data folder, read for the app and the CLI alike: handouts made with the agency's
profile, local helplines and template folder."""

from __future__ import annotations

from .core.handouts.handouts import Handouts
from .core.model import Curriculum, Helpline


def user_handouts(curriculum: Curriculum | None = None) -> Handouts:
    """Handouts with the user's agency profile, local helplines and template folder (a broken local helplines file
    is left out here; `facilitator helplines` explains what is wrong with it). A saved profile that cannot be read
    makes every handout refuse with the reason, naming the file and line."""
    from .core.content.cache import load_curriculum_cached
    from .core.handouts.agency import AgencyError, load_profile
    from .core.paths import user_templates_dir

    curriculum = curriculum or load_curriculum_cached()
    try:
        profile, problem = load_profile(), ""
    except AgencyError as error:
        profile, problem = None, str(error)
    return Handouts(curriculum, profile, local_helplines(curriculum), user_templates_dir(), problem)


def local_helplines(curriculum: Curriculum) -> tuple[Helpline, ...]:
    """The agency's own helplines (county DSS, local crisis lines); none when the file is missing or broken."""
    from .core.content.helplines import load_resources
    from .core.paths import local_helplines_path

    local_file = local_helplines_path()
    problems: list = []
    local = load_resources(local_file, curriculum.languages, problems, local=True) if local_file.is_file() else None
    return local.helplines if local and not problems else ()
