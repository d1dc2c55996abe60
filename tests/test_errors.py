"""Errors carry codes from every core module; the interface words each code in its own language, logs each failure
once and shows it; the command line prints the English detail."""

from __future__ import annotations

import ast
import errno
import importlib
import logging
import pkgutil
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import facilitator.core
import facilitator.render
from facilitator.core.errors import UpstreamError, error_kinds
from facilitator.core.handouts.handouts import HandoutError
from facilitator.core.records.file_checks import RecordsUnavailable
from facilitator.core.records.validation import FieldError
from facilitator.core.records.validation_fields import ENGLISH as FIELD_ENGLISH
from facilitator.ui.errors import ErrorWords, failure_reason, log_failure, message_for, show_error

SOURCES = [Path(package.__file__).parent for package in (facilitator.core, facilitator.render)]


def core_modules() -> list:
    """Every module of the core and the renderer, imported."""
    return [importlib.import_module(module.name) for package in (facilitator.core, facilitator.render)
            for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")]


def all_kinds() -> list[type[UpstreamError]]:
    """Every kind of error the core and the renderer define (each module imported, so that none is missed)."""
    core_modules()
    return [kind for kind in error_kinds() if kind is not UpstreamError]


def all_keys() -> list[str]:
    return sorted({f"{kind.domain}.{code}" for kind in all_kinds() for code in kind.codes}
                  | {f"field.{code}" for code in FIELD_ENGLISH})


def made(key: str) -> UpstreamError | FieldError:
    """An error of that code, whatever its constructor takes, with an English detail and values no sentence has."""
    domain, code = key.split(".")
    if domain == "field":
        return FieldError("participants", code, {"text": "x7", "limit": "9", "sum": "12", "total": "10",
                                                 "answered": "4", "length": "300"})
    kind = next(kind for kind in all_kinds() if kind.domain == domain and code in kind.codes)
    error = kind.__new__(kind)
    UpstreamError.__init__(error, "ENGLISH DETAIL that no screen may show", code, file="/data/x.yaml", line="7")
    return error


@contextmanager
def spanish(qapp) -> Iterator[None]:
    from facilitator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.switch("es")
    try:
        yield
    finally:
        switcher.switch("en")


def test_every_kind_of_core_error_is_an_upstream_error_with_codes() -> None:
    kinds = {kind.__name__: kind for kind in all_kinds()}
    assert {"ExchangeError", "ImportCancelled", "AgencyError", "HandoutError", "DamagedDatabase",
            "RecordsUnavailable", "ContentError", "RenderError", "Cancelled", "InvalidSite",
            "LocalHelplinesError"} <= set(kinds)
    assert all(kind.codes and kind.domain != UpstreamError.domain for kind in kinds.values())
    others = [f"{module.__name__}.{name}" for module in core_modules() for name, value in vars(module).items()
              if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == module.__name__
              and not issubclass(value, UpstreamError)]
    assert others == []


def test_every_code_raised_in_the_core_is_registered() -> None:
    """A code written at a raise (a constant such as "needs_school") is one its kind lists, so the test of the
    wording below covers it."""
    kinds = {kind.__name__: kind for kind in all_kinds()}
    unregistered = []
    for source in SOURCES:
        for path in source.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") in kinds:
                    kind = kinds[node.func.id]  # type: ignore[attr-defined]
                    given = [*node.args, *(k.value for k in node.keywords if k.arg == "code")]
                    unregistered += [f"{path.name}: {kind.__name__} {arg.value}" for arg in given
                                     if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                                     and re.fullmatch(r"[a-z_]+", arg.value) and arg.value not in kind.codes]
    assert unregistered == []
    with pytest.raises(ValueError, match="has no code 'no_such_code'"):
        HandoutError("detail", "no_such_code")


def test_every_code_has_wording_and_the_spanish_interface_shows_no_english_detail(qapp) -> None:
    keys = all_keys()
    worded = ErrorWords().coded()
    assert [key for key in keys if key not in worded] == []
    english = {key: message_for(made(key)) for key in keys}
    with spanish(qapp):
        translated = {key: message_for(made(key)) for key in keys}
    assert [key for key in keys if "ENGLISH DETAIL" in english[key] or "ENGLISH DETAIL" in translated[key]] == []
    assert [key for key in keys if translated[key] == english[key]] == [], "each code has a Spanish sentence"
    assert translated["handout.template_syntax"].startswith("La plantilla de materiales /data/x.yaml tiene un error "
                                                            "en la línea 7")


def test_an_unknown_code_falls_back_to_a_generic_sentence_with_the_english_detail(qapp) -> None:
    class Unforeseen(UpstreamError):
        domain = "test"
        codes = frozenset({"odd"})

    error = Unforeseen("the projector answered in Morse", "odd")
    assert message_for(error) == "Upstream could not finish this. The details, in English: the projector answered " \
                                 "in Morse"
    with spanish(qapp):
        assert message_for(RuntimeError("bug")) == "Upstream no pudo terminar esto. Los detalles, en inglés: bug"


def test_a_file_error_is_worded_by_its_errno(qapp) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert message_for(full) == failure_reason(full) == "The disk is full."
    odd = OSError(errno.EIO, "Input/output error")
    assert failure_reason(odd) == "Input/output error", "the system's words, as before"
    assert message_for(odd) == "Upstream could not finish this. The details, in English: Input/output error"
    with spanish(qapp):
        assert failure_reason(full) == "El disco está lleno."


def test_a_refused_import_record_names_its_number_field_and_problem(qapp) -> None:
    from facilitator.core.records.exchange import ExchangeError

    problem = FieldError("participants", "negative", {"text": "-3"})
    error = ExchangeError("session 2: participants is negative", problem=problem, kind="session", number="2")
    assert message_for(error) == "Session number 2 in the file, field “participants”: Use 0 or more, not -3. " \
                                 "Nothing was changed."
    with spanish(qapp):
        assert message_for(error) == "Sesión número 2 del archivo, campo «participants»: Use 0 o más, no -3. " \
                                     "No se cambió nada."


def test_show_error_logs_once_with_the_traceback_then_words_the_error(qtbot, caplog) -> None:
    try:
        raise RecordsUnavailable(Path("/data/records.db"), "disk_full")
    except RecordsUnavailable as raised:
        error = raised
    with caplog.at_level(logging.INFO, logger="upstream.errors"):
        box = show_error(None, error)
        log_failure(error)  # handed on again: not logged twice
        show_error(None, error).close()
    qtbot.addWidget(box)
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert caplog.records[0].exc_info and "disk is full" in caplog.text and "Traceback" in caplog.text
    assert box.text() == "The disk that holds /data/records.db is full, so nothing was saved. Free some space, " \
                         "then try again."
    assert box.icon() == QMessageBox.Icon.Warning and box.isVisible()


def test_show_error_takes_any_exception(qtbot, caplog) -> None:
    try:
        raise KeyError("a bug")
    except KeyError as raised:
        bug = raised
    with caplog.at_level(logging.INFO, logger="upstream.errors"):
        box = show_error(None, bug)
        stopped = show_error(None, OSError(errno.EROFS, "Read-only file system"))
    qtbot.addWidget(box)
    qtbot.addWidget(stopped)
    assert [record.levelname for record in caplog.records] == ["ERROR", "WARNING"]
    assert box.icon() == QMessageBox.Icon.Critical and "'a bug'" in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert stopped.text() == "The disk or folder is read-only."
