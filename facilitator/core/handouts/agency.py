"""The agency's own details, printed on every handout. Without a profile, handouts are neutral and complete."""

from __future__ import annotations

import logging
import math
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from ..content.problems import Problem
from ..content.yamlsource import ALIASES_REFUSED, EMPTY_FILE, LocatedDict, read_yaml
from ..errors import UpstreamError
from ..files import write_bytes_whole
from ..paths import agency_profile_path

LOGO_MAX_SIDE = 4000
"""Pixels a logo may have on its longer side: far more than a 56-pixel-high header needs, and small enough that
decoding it (4000 x 4000 x 4 bytes, 64 MB) stays under Qt's image allocation limit, so a chosen logo always loads."""
LOGO_MAX_BYTES = 10 * 1024 * 1024
"""A logo file may be this large at most (10 MB)."""
_JPEG_FRAMES = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
"""JPEG start-of-frame markers: the segment that holds the image's height and width."""
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
"""JPEG markers with no length after them (TEM, RST0-7): nothing to skip."""
_JPEG_NO_FRAME = frozenset({0xD9, 0xDA})
"""The end of the image, or the start of its data: no frame header came before, so it is not a JPEG to use."""

PROFILE_KEYS = ("name", "address", "phone", "website", "logo")
"""What the profile file holds, in the order it is written."""

log = logging.getLogger(__name__)


class AgencyError(UpstreamError, ValueError):
    """A profile value, or the saved profile, cannot be used. str() is the reason in English, for the command line
    and the log; `code` and `values` let a screen say it in its own language: "logo_missing", "logo_not_image",
    "logo_too_heavy" (megabytes, limit), "logo_too_large" (width, height, limit), with "file"; "profile_aliases" and
    "profile_unreadable", with "file" and "line"."""

    domain = "agency"
    codes = frozenset({"logo_missing", "logo_not_image", "logo_too_heavy", "logo_too_large", "profile_aliases",
                       "profile_unreadable"})


@dataclass(frozen=True)
class AgencyProfile:
    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    logo: Path | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.address or self.phone or self.website or self.logo)


def check_logo(path: Path) -> None:
    """Raise AgencyError unless `path` is a readable PNG, JPEG, GIF or BMP file of at most LOGO_MAX_BYTES and
    LOGO_MAX_SIDE pixels a side. Only the file's header is read: a huge image is refused without decoding it."""
    if not path.is_file():
        raise AgencyError(f"The logo file {path} does not exist. Choose the file again, or remove the logo.",
                          "logo_missing", file=str(path))
    size = path.stat().st_size
    if size > LOGO_MAX_BYTES:
        megabytes = f"{math.ceil(size / 2**20 * 10) / 10:.1f}"  # rounded up: 10.1, never "10 MB, at most 10 MB"
        raise AgencyError(f"The logo file {path} is {megabytes} MB; a logo may be at most {LOGO_MAX_BYTES // 2**20} "
                          "MB. Use a smaller copy of the image.", "logo_too_heavy", file=str(path),
                          megabytes=megabytes, limit=str(LOGO_MAX_BYTES // 2**20))
    with path.open("rb") as handle:
        pixels = image_size(handle)
    if pixels is None:
        raise AgencyError(f"The logo file {path} is not an image. Use a PNG or JPEG file.", "logo_not_image",
                          file=str(path))
    width, height = pixels
    if max(width, height) > LOGO_MAX_SIDE:
        raise AgencyError(f"The logo file {path} is {width} x {height} pixels; a logo may be at most "
                          f"{LOGO_MAX_SIDE} pixels a side. Use a smaller copy of the image.", "logo_too_large",
                          file=str(path), width=str(width), height=str(height), limit=str(LOGO_MAX_SIDE))


def usable_logo(path: Path | None) -> Path | None:
    """`path` when check_logo accepts it, else None, with the reason logged: a handout whose logo went missing or
    was replaced by one too large is still printed, without the logo."""
    if path is None:
        return None
    try:
        check_logo(path)
    except AgencyError as error:
        log.warning("Handouts are made without the logo: %s", error)
        return None
    return path


def image_size(handle: BinaryIO) -> tuple[int, int] | None:
    """(width, height) from a PNG, JPEG, GIF or BMP file's header, or None when it is not one of those."""
    head = handle.read(32)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return _positive(*struct.unpack(">II", head[16:24]))
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return _positive(*struct.unpack("<HH", head[6:10]))
    if head.startswith(b"BM") and len(head) >= 26:
        if struct.unpack("<I", head[14:18])[0] == 12:  # the old OS/2 header: 16-bit sizes
            return _positive(*struct.unpack("<HH", head[18:22]))
        width, height = struct.unpack("<ii", head[18:26])
        return _positive(width, abs(height))  # a negative height means the rows run top to bottom
    if head.startswith(b"\xff\xd8"):
        handle.seek(2)
        return _jpeg_size(handle)
    return None


def _jpeg_size(handle: BinaryIO) -> tuple[int, int] | None:
    """Walk the JPEG's segments to its frame header, skipping the others (EXIF, thumbnails) without reading them."""
    while True:
        marker = handle.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        kind = marker[1]
        while kind == 0xFF:  # fill bytes before the marker
            kind = (handle.read(1) or b"\0")[0]
        if kind in _JPEG_STANDALONE:
            continue
        length = handle.read(2)
        if kind in _JPEG_NO_FRAME or len(length) < 2:
            return None
        if kind in _JPEG_FRAMES:
            frame = handle.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return _positive(width, height)
        handle.seek(struct.unpack(">H", length)[0] - 2, 1)


def _positive(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


def load_profile(folder: Path | None = None) -> AgencyProfile:
    """The saved profile, or an empty one when there is none. A profile whose logo has gone missing loads with it
    (handouts leave it out). A file that cannot be read, that uses YAML anchors or aliases, or whose values are not
    text raises AgencyError with its line, rather than handouts printing without the agency's details."""
    profile, problem = read_profile(folder)
    if problem is not None:
        raise problem
    return profile


def read_profile(folder: Path | None = None) -> tuple[AgencyProfile, AgencyError | None]:
    """The saved profile as far as it can be read, and what is wrong with the file, if anything: the profile form
    opens a broken file with what could be read, so that saving it mends the file."""
    path = agency_profile_path(folder)
    if not path.is_file():
        return AgencyProfile(), None
    data, problems = read_yaml(path, aliases=False)
    problems = [problem for problem in problems if problem.message != EMPTY_FILE]
    profile = _profile(data, path, problems)
    if not problems:
        return profile, None
    problem = problems[0]
    code = "profile_aliases" if problem.message == ALIASES_REFUSED else "profile_unreadable"
    return profile, AgencyError(f"The agency profile cannot be used: {problem}. Fix the file, or save the agency "
                                "profile again.", code, file=str(path), line=str(problem.line))


def _profile(data: Any, path: Path, problems: list[Problem]) -> AgencyProfile:
    """The profile's values that are text (or a number, as a phone may be written); any other is a problem."""
    if data is None:
        return AgencyProfile()
    if not isinstance(data, LocatedDict):
        problems.append(Problem(path, getattr(data, "line", 1), "must be lines of 'name: value', such as "
                                                               "'name: Orange County Rape Crisis Center'"))
        return AgencyProfile()
    values: dict[str, str] = {}
    for key in PROFILE_KEYS:
        value = data.get(key)
        if isinstance(value, (dict, list)):
            problems.append(Problem(path, data.line_of(key), f"'{key}' must be text, not a list or a mapping"))
            value = None
        values[key] = str(value or "").strip()
    logo = values.pop("logo")
    return AgencyProfile(**values, logo=Path(logo) if logo else None)


def save_profile(profile: AgencyProfile, folder: Path | None = None) -> Path:
    """Validate, then write the profile atomically (a failed save keeps the previous file)."""
    if profile.logo is not None:
        check_logo(profile.logo)
    path = agency_profile_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {key: str(getattr(profile, key) or "") for key in PROFILE_KEYS}
    write_bytes_whole(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"))
    return path
