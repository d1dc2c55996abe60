"""Reading a records file: a regular file of bounded size, read a chunk at a time (so a cancel is heard), then
checked whole before anything is written: the format and its version, the checksum, then every record
(exchange_check)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from functools import cache
from pathlib import Path
from typing import Any

from ..memory import collector_paused
from ..model import Curriculum
from .exchange_check import check_payload
from .exchange_format import (
    FORMAT,
    FORMAT_VERSION,
    SEAL,
    SEALED_FROM,
    ExchangeError,
    Stop,
    canonical_checksum,
    naming,
    stop_if,
)
from .schema import RECORDS_VERSION
from .validation_fields import shown
from .validation_rules import Rules

MAX_FILE_BYTES = 500_000_000
"""A file of 100,000 sessions (bench/merge.py's) is 120 MB; a larger file is refused before it is read, as
reading and checking it would take gigabytes of memory."""
READ_CHUNK = 4 * 1024 * 1024
"""Bytes read between two questions to `stop`."""


def read_exchange(path: Path, stop: Stop | None = None, curriculum: Curriculum | None = None) -> dict[str, Any]:
    """The file's contents, or ExchangeError saying what is wrong with it (naming the file).

    Its sessions may refer only to what `curriculum` holds (by default the bundled one, as the app and the command
    line load it). A very large file takes seconds, so `stop` is asked between steps (see Stop)."""
    raw = _read_bounded(path, stop)
    with naming(path), collector_paused():
        return _check_document(raw, stop, Rules.of(curriculum or _bundled_curriculum(), dt.date.today()))


@cache
def _bundled_curriculum() -> Curriculum:
    from ..content.cache import load_curriculum_cached

    return load_curriculum_cached()


def _read_bounded(path: Path, stop: Stop | None) -> bytearray:
    """The bytes of a regular file of at most MAX_FILE_BYTES, read a chunk at a time. A pipe, a device or a folder
    is refused before it is opened (reading one could wait for ever, or never end), and opening does not wait."""
    try:
        status = os.stat(path)
        _require_regular(path, status)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb", buffering=0) as handle:
            _require_regular(path, os.fstat(descriptor))  # the same file as the one looked at
            raw = bytearray()
            while chunk := handle.read(READ_CHUNK):
                raw += chunk
                if len(raw) > MAX_FILE_BYTES:
                    _too_large(path)
                stop_if(stop)
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror or error})", "unreadable",
                            file=path.name) from error
    return raw


def _require_regular(path: Path, status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise ExchangeError(f"{path}: not a file but a folder, a device or a pipe", "not_a_file", file=path.name)
    if status.st_size > MAX_FILE_BYTES:
        _too_large(path)


def _too_large(path: Path) -> None:
    raise ExchangeError(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB, more than any records file",
                        "too_large", file=path.name, limit=str(MAX_FILE_BYTES // 1_000_000))


def _check_document(raw: bytearray, stop: Stop | None, rules: Rules) -> dict[str, Any]:
    stop_if(stop)
    try:
        document = json.loads(raw)
    except ValueError as error:  # not UTF-8, not JSON, or a number of thousands of digits
        raise ExchangeError(f"not an Upstream records file, or it is damaged ({shown(str(error))})",
                            "not_ours") from error
    except RecursionError as error:
        raise ExchangeError("not an Upstream records file, or it is damaged (brackets nested too deep)",
                            "not_ours") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError("not an Upstream records file", "not_ours")
    _check_version(document)
    stop_if(stop)
    payload = document.get("payload")
    if not isinstance(payload, dict) or not _checksum_matches(raw, document):
        raise ExchangeError("the file was changed or damaged after it was exported (its checksum does not match)",
                            "altered")
    stop_if(stop)
    check_payload(payload, rules, stop)
    return document


def _check_version(document: dict[str, Any]) -> None:
    version, ours = document.get("format_version"), RECORDS_VERSION
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION or type(document.get("schema")) is not int:
        raise ExchangeError("made by a different version of Upstream that this one cannot read", "newer")
    if document["schema"] > ours:
        raise ExchangeError(f"made by a newer Upstream (records version {document['schema']}, this one reads up to "
                            f"{ours}); update Upstream on this laptop first", "newer")


def _checksum_matches(raw: bytearray, document: dict[str, Any]) -> bool:
    if document["format_version"] == 1:
        return canonical_checksum(document["payload"]) == document.get("sha256")
    digest = hashlib.sha256(memoryview(raw)[SEALED_FROM:]).hexdigest().encode("ascii")
    return raw[:SEALED_FROM] == SEAL + digest + b'", '
