"""The agency's own details, printed on every handout. Without a profile, handouts are neutral and complete."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .files import write_bytes_whole
from .paths import user_data_dir

PROFILE_FILE = "agency.yaml"
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


class AgencyError(ValueError):
    """A profile value is wrong; the message says which and why."""


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
    """Raise AgencyError unless `path` is a readable PNG, JPEG, GIF or BMP file."""
    if not path.is_file():
        raise AgencyError(f"The logo file {path} does not exist. Choose the file again, or remove the logo.")
    with path.open("rb") as handle:
        head = handle.read(16)
    if not any(head.startswith(signature) for signature in _IMAGE_SIGNATURES):
        raise AgencyError(f"The logo file {path} is not an image. Use a PNG or JPEG file.")


def load_profile(folder: Path | None = None) -> AgencyProfile:
    """The saved profile, or an empty one. A profile whose logo has gone missing loads without it."""
    path = (folder or user_data_dir()) / PROFILE_FILE
    if not path.is_file():
        return AgencyProfile()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        return AgencyProfile()
    profile = AgencyProfile(**{key: str(data.get(key) or "").strip()
                               for key in ("name", "address", "phone", "website")})
    logo = data.get("logo")
    return replace(profile, logo=Path(logo)) if logo else profile


def save_profile(profile: AgencyProfile, folder: Path | None = None) -> Path:
    """Validate, then write the profile atomically (a failed save keeps the previous file)."""
    if profile.logo is not None:
        check_logo(profile.logo)
    folder = folder or user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PROFILE_FILE
    data = {"name": profile.name, "address": profile.address, "phone": profile.phone, "website": profile.website,
            "logo": str(profile.logo) if profile.logo else ""}
    write_bytes_whole(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"))
    return path
