"""A cache of the validated curriculum, so the app starts without parsing and checking every YAML file again.

The cache file is named by a digest of the name, size and modification time of every content file and of the code
that reads them: editing either makes a new name, so a stale cache is never used. Reading the file metadata instead
of the bytes keeps the check to a couple of milliseconds. A cache that cannot be read is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path

from ..files import write_bytes_whole
from ..model import Curriculum
from ..paths import cache_dir, curriculum_dir

log = logging.getLogger(__name__)
_CORE = Path(__file__).resolve().parent.parent



def content_digest(root: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for folder in (root, _CORE):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".py")):
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def load_curriculum_cached(root: Path | None = None, folder: Path | None = None) -> Curriculum:
    """Like load_curriculum (and raising the same ContentError), but reusing the last good result."""
    root = root or curriculum_dir()
    folder = folder or cache_dir()
    cached = folder / f"curriculum-{content_digest(root)}.pickle"
    try:
        curriculum = pickle.loads(cached.read_bytes())
        if isinstance(curriculum, Curriculum):
            return curriculum
    except FileNotFoundError:
        pass
    except Exception:  # a damaged or foreign cache file is only a missed shortcut
        log.warning("Ignoring unreadable curriculum cache %s", cached, exc_info=True)
    from .loader import load_curriculum  # the parser and validator are only needed when the cache misses

    curriculum = load_curriculum(root)
    _store(folder, cached, curriculum)
    return curriculum


def _store(folder: Path, cached: Path, curriculum: Curriculum) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_whole(cached, pickle.dumps(curriculum, protocol=pickle.HIGHEST_PROTOCOL))
        for old in folder.glob("curriculum-*.pickle"):
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError:
        log.warning("Could not write the curriculum cache in %s", folder, exc_info=True)
