"""The bundled fonts (Noto Sans, with Arabic), registered once so a machine without fonts prints the same."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from ..core.paths import resources_dir

log = logging.getLogger(__name__)
FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Load every bundled .ttf into Qt's font database; return the families found. Needs a QGuiApplication."""
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the bundled font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(sorted(families))


def handout_font(point_size: float = 10.0) -> QFont:
    register_fonts()
    font = QFont(FAMILY, 0)
    font.setPointSizeF(point_size)
    font.setFamilies([FAMILY, ARABIC_FAMILY])  # Arabic text falls back to the bundled Arabic face
    for ligature in ("liga", "clig", "dlig"):  # "ﬀ" in "offer" would not be found by a search or pdftotext
        font.setFeature(QFont.Tag(ligature), 0)
    return font
