"""Files written whole or not at all: what someone opens (a report, a records file, a backup) is never half written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """A path beside `path` to write to. It takes `path`'s place only when the block ends without an error; if it
    fails, `path` is left as it was and the partial file is removed."""
    partial = path.with_name(path.name + ".part")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_bytes_whole(path: Path, data: bytes) -> None:
    with replaced_when_done(path) as partial:
        partial.write_bytes(data)


def safe_file_name(name: str, empty: str = "plan") -> str:
    """A name someone typed as a file name any system takes: lower-case letters, digits and dashes."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in name.strip().lower())
    return "-".join(part for part in kept.split("-") if part) or empty
