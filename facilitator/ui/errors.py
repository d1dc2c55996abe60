"""One place for errors: every failure is worded here, by its code, in the interface language, and logged once;
every uncaught exception is logged and shown once, in plain words, with details.

The core raises UpstreamError (a `domain`, a `code`, the `values` a sentence needs) and marks a form's field with a
FieldError; ErrorWords words each "domain.code" with %1-style placeholders filled from those values. A file error is
worded by its errno; anything else, or a code with no wording yet, as a generic sentence with the English detail."""

from __future__ import annotations

import errno
import logging
import re
import sys
import threading
import traceback
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import UpstreamError
from ..core.paths import log_dir
from ..core.records.validation import FieldError
from ..logs import LOG_FILE_NAME

log = logging.getLogger("upstream.errors")
Wording = dict[str, tuple[str, tuple[str, ...]]]
"""A code's sentence and, in order, the values that fill its %1, %2…"""


class ErrorWords(QObject):
    """The interface's sentences for every error code (the context of their translations)."""

    def coded(self) -> Wording:
        """By "domain.code"; "domain.code@screen" is how one screen frames a code (the profile form, say)."""
        file, place = ("file",), ("file", "line")
        shared: Wording = {
            "profile_aliases": (self.tr("The agency profile cannot be used: %1:%2: uses a YAML anchor or alias (& or "
                                        "*), which this file may not use. Fill it in again under File > Agency "
                                        "profile…"), place),
            "profile_unreadable": (self.tr("The agency profile cannot be used: %1:%2: this line cannot be read. Fix "
                                           "it under File > Agency profile…"), place),
            "local_helplines": (self.tr("The local helplines file %1 has a problem on line %2, so handouts are not "
                                        "made until it is fixed. The command “facilitator helplines” lists every "
                                        "problem."), place)}
        return {
            **self._fields(), **self._records(),
            **{f"handout.{code}": wording for code, wording in (self._handouts() | shared).items()},
            **{f"agency.{code}": shared[code] for code in ("profile_aliases", "profile_unreadable")},
            "helplines.local_helplines": shared["local_helplines"],
            "exchange.unreadable": (self.tr("The file cannot be read. Check that it is still on the drive and try "
                                            "again. Nothing was changed."), ()),
            "exchange.not_ours": (self.tr("This is not a records file exported by Upstream, or it is damaged. "
                                          "Nothing was changed."), ()),
            "exchange.newer": (self.tr("This file was made by a newer version of Upstream. Nothing was changed. "
                                       "Update Upstream on this laptop first."), ()),
            "exchange.altered": (self.tr("This file was changed after it was exported, so it cannot be trusted. "
                                         "Nothing was changed. Ask for a new export."), ()),
            "exchange.not_a_file": (self.tr("This is a folder, a device or a pipe, not a records file. Nothing was "
                                            "changed. Choose the file that was exported."), ()),
            "exchange.too_large": (self.tr("This file is larger than %1 MB, more than any records file. Nothing was "
                                           "changed."), ("limit",)),
            "exchange.bad_content.site.field": (self.tr("Site number %1 in the file, field “%2”: %3 Nothing was "
                                                        "changed."), ("number", "field", "problem")),
            "exchange.bad_content.session.field": (self.tr("Session number %1 in the file, field “%2”: %3 Nothing "
                                                           "was changed."), ("number", "field", "problem")),
            "exchange.bad_content.site": (self.tr("Site number %1 in the file is not as Upstream writes it. Nothing "
                                                  "was changed."), ("number",)),
            "exchange.bad_content.session": (self.tr("Session number %1 in the file is not as Upstream writes it. "
                                                     "Nothing was changed."), ("number",)),
            "exchange.bad_content": (self.tr("The file is not as Upstream writes it. Nothing was changed."), ()),
            "exchange.cancelled": (self.tr("The import was stopped. Nothing was changed."), ()),
            "agency.logo_missing": (self.tr("The logo file %1 does not exist. Choose the file again, or remove the "
                                            "logo."), file),
            "agency.logo_not_image": (self.tr("The logo file %1 is not an image. Use a PNG or JPEG file."), file),
            "agency.logo_too_heavy": (self.tr("The logo file %1 is %2 MB; a logo may be at most %3 MB. Use a smaller "
                                              "copy of the image."), ("file", "megabytes", "limit")),
            "agency.logo_too_large": (self.tr("The logo file %1 is %2 x %3 pixels; a logo may be at most %4 pixels "
                                              "a side. Use a smaller copy of the image."),
                                      ("file", "width", "height", "limit")),
            "agency.profile_aliases@form": (self.tr("The saved agency profile %1 cannot be used: line %2 has a YAML "
                                                    "anchor or alias (& or *), which this file may not have. Fill in "
                                                    "the form and save it to replace the file."), place),
            "agency.profile_unreadable@form": (self.tr("The saved agency profile %1 cannot be read (line %2). Fill "
                                                       "in the form and save it to replace the file."), place),
            "content.invalid": (self.tr("The curriculum files have errors (the first in %1, line %2), so Upstream "
                                        "cannot open them. Nothing was changed. Reinstalling Upstream restores the "
                                        "original files."), ("file", "line")),
            "render.not_opened": (self.tr("The file or the printer could not be opened, so nothing was made."), ()),
            "render.cancelled": (self.tr("Stopped. Nothing was made."), ()),
        }

    def _fields(self) -> Wording:
        """A form's field, as the log form shows it beside the field; an import words a refused record the same."""
        text = ("text",)
        return {f"field.{code}": wording for code, wording in {
            "required": (self.tr("This is needed."), ()),
            "not_a_number": (self.tr("“%1” is not a whole number."), text),
            "negative": (self.tr("Use 0 or more, not %1."), text),
            "listed_twice": (self.tr("“%1” is listed twice."), text),
            "too_large": (self.tr("%1 is more than %2, the most this field takes."), ("text", "limit")),
            "not_a_date": (self.tr("“%1” is not a date."), text),
            "future_date": (self.tr("%1 is more than a month from today."), text),
            "unknown_module": (self.tr("There is no module “%1”."), text),
            "no_module": (self.tr("Tick at least one module."), ()),
            "over_total": (self.tr("These add up to %1, more than the %2 who took part."), ("sum", "total")),
            "roster_for_youth": (self.tr("Youth sessions keep numbers only, never names."), ()),
            "unknown_choice": (self.tr("“%1” is not one of the choices."), text),
            "correct_over_answered": (self.tr("More correct answers than people who answered."), ()),
            "not_a_time": (self.tr("“%1” is not a time like 10:30."), text),
            "answered_missing": (self.tr("Type how many answered, too."), ()),
            "marks_over_answered": (self.tr("The answer counts add up to %1, more than the %2 who answered."),
                                    ("sum", "answered")),
            "not_text": (self.tr("“%1” is not text."), text),
            "too_long": (self.tr("This is %1 characters long; it can be at most %2."), ("length", "limit")),
            "bad_characters": (self.tr("This holds characters that are not text."), ()),
            "phone_number": (self.tr("“%1” looks like a phone number. Records keep no way to reach a person: leave "
                                     "it out."), text),
            "email_address": (self.tr("“%1” looks like an email address. Records keep no way to reach a person: "
                                      "leave it out."), text),
            "not_a_timestamp": (self.tr("“%1” is not a date and time."), text),
            "not_an_id": (self.tr("“%1” is not a device id."), text),
            "bad_versions": (self.tr("The record's edit counts are not as Upstream writes them."), ()),
        }.items()}

    def _records(self) -> Wording:
        """The records cannot be used now, and what to do: nothing is wrong with the file itself; or it is."""
        file = ("file",)
        return {f"records.{code}": (text, file) for code, text in {
            "folder": self.tr("%1 is a folder, not a records file. Move it away or rename it, then try again."),
            "not_a_file": self.tr("%1 is not an ordinary file (a pipe or a device), so Upstream does not read it. "
                                  "Move it away, then try again."),
            "no_permission": self.tr("Upstream is not allowed to read %1. Give your user account permission to read "
                                     "and write it, then try again."),
            "read_only": self.tr("%1, or its folder, is read-only, so nothing could be saved. Nothing was changed. "
                                 "Make it writable (or copy the folder somewhere writable), then try again."),
            "disk_full": self.tr("The disk that holds %1 is full, so nothing was saved. Free some space, then try "
                                 "again."),
            "in_use": self.tr("Another program (perhaps Upstream in another window) has %1 open. Close it, then try "
                              "again. Nothing was changed."),
            "missing": self.tr("That file is not there any more. Nothing was changed."),
            "replaced": self.tr("Another program put a different records file in place of %1 (a restore), so "
                                "nothing was saved. Close Upstream and open it again to see the records now in "
                                "place."),
            "damaged": self.tr("%1 is damaged or is not an Upstream records file, so it cannot be used. Nothing was "
                               "changed."),
            "newer": self.tr("%1 was made by a newer version of Upstream, so this version does not change it. Update "
                             "Upstream on this laptop to use it."),
        }.items()}

    def _handouts(self) -> Wording:
        """Why a handout cannot be made: what it still needs, or the user's template that stops it."""
        place = ("file", "line")
        mistake = self.tr("The handout template %1 has a mistake on line %2, so this handout cannot be made. Fix the "
                          "template, or take it out of the templates folder to use Upstream's own.")
        return {
            "unknown_handout": (self.tr("There is no handout “%1”."), ("handout",)),
            "no_wording": (self.tr("Handouts have no wording in the language “%1”."), ("language",)),
            "no_language": (self.tr("Choose at least one language for the handout."), ()),
            "language_unavailable": (self.tr("This handout is not available in the language “%1”."), ("language",)),
            "bad_layout": (self.tr("“%1” is not a way to set out two languages."), ("layout",)),
            "bad_paper": (self.tr("“%1” is not a paper size Upstream prints on: choose Letter or A4."), ("paper",)),
            "needs_module": (self.tr("Tick one module for this handout."), ()),
            "needs_modules": (self.tr("Tick the module or modules this handout is for."), ()),
            "unknown_module": (self.tr("There is no module “%1”."), ("module",)),
            "needs_school": (self.tr("Type the school's name for the letter."), ()),
            "needs_date": (self.tr("Choose the session date for this handout."), ()),
            "bad_consent": (self.tr("“%1” is not a consent rule: choose opt-out or opt-in."), ("consent",)),
            "return_by_late": (self.tr("The slip's return-by date must be at least a week before the session, so "
                                       "the school can act on it: choose %1 or earlier."), ("latest",)),
            "no_survey": (self.tr("The curriculum has no survey, so survey handouts cannot be made."), ()),
            "template_syntax": (mistake, place),
            "template_failed": (mistake, place),
            "template_refused": (self.tr("On line %2, the handout template %1 does something templates may not do, "
                                         "or takes too long, so this handout cannot be made. Fix the template, or "
                                         "take it out of the templates folder to use Upstream's own."), place),
            "template_too_long": (self.tr("The handout template %1 makes far more text than any handout, so this "
                                          "handout cannot be made. Fix the template, or take it out of the templates "
                                          "folder to use Upstream's own."), ("file",)),
            "template_blocks": (self.tr("The handout template %1 does not give each language the same blocks, so "
                                        "they cannot be set side by side. Choose one language after the other."),
                                ("template",)),
        }

    def system(self) -> dict[int, str]:
        """A file error by its errno: the common ones in the interface language."""
        not_allowed = self.tr("Upstream is not allowed to use this file or folder.")
        return {errno.ENOSPC: self.tr("The disk is full."), errno.EACCES: not_allowed, errno.EPERM: not_allowed,
                errno.EROFS: self.tr("The disk or folder is read-only."),
                errno.ENOENT: self.tr("The file or its folder does not exist."),
                errno.EISDIR: self.tr("That is a folder, not a file."),
                errno.ENAMETOOLONG: self.tr("The file name is too long.")}

    def unknown(self, detail: str) -> str:
        return self.tr("Upstream could not finish this. The details, in English: %1").replace("%1", detail)

    def unexpected(self) -> tuple[str, str, str]:
        """The title, sentence and details line of a failure nobody foresaw (a bug)."""
        return (self.tr("Something went wrong"),
                self.tr("Upstream ran into a problem it did not expect. Your work so far is kept, and you can go on "
                        "using the app."),
                self.tr("What happened: %1\n\nThe details are saved in the log file:\n%2"))

    def title(self) -> str:
        return self.tr("Not done")


def message_for(error: BaseException | FieldError, screen: str = "") -> str:
    """What went wrong, as a whole sentence in the interface language. `screen` picks the way one screen frames a
    code, where it has its own ("form": the agency profile form)."""
    words = ErrorWords()
    if isinstance(error, OSError):
        return words.system().get(error.errno or 0) or words.unknown(error.strerror or str(error))
    if isinstance(error, UpstreamError | FieldError):
        key, values = _key_and_values(error)
        table = words.coded()
        wording = table.get(f"{key}@{screen}") or table.get(key)
        if wording is not None:
            text, names = wording
            return _filled(text, *(values.get(name, "") for name in names))
    return words.unknown(str(error) or type(error).__name__)


def failure_reason(error: BaseException) -> str:
    """Why writing a file failed, to follow "could not be written to %1:": the system's own words ("No space left on
    device") for a file error with no wording here, else message_for."""
    if isinstance(error, OSError) and error.errno not in ErrorWords().system():
        return error.strerror or str(error)
    return message_for(error)


def _key_and_values(error: UpstreamError | FieldError) -> tuple[str, Mapping[str, str]]:
    """Where the wording is, and what fills it: a record refused by an import says which one, and which field."""
    key, values = f"{error.domain}.{error.code}", error.values
    problem = getattr(error, "problem", None)  # an ExchangeError's refused field
    kind = values.get("kind")
    if key == "exchange.bad_content" and kind in ("site", "session"):
        key += f".{kind}.field" if problem else f".{kind}"
        if problem is not None:
            values = {**values, "field": problem.field, "problem": message_for(problem)}
    return key, values


def _filled(text: str, *values: str) -> str:
    """`text` with %1, %2… replaced at once, so a value that holds "%2" (from a file, say) stays as it is."""
    return re.sub(r"%([1-9])", lambda found: values[int(found.group(1)) - 1], text)


def expected(error: BaseException) -> bool:
    """A failure Upstream foresees (a coded error, a file error), as opposed to a bug."""
    return isinstance(error, UpstreamError | OSError)


def log_failure(error: BaseException) -> None:
    """Into the log once, with its traceback: a foreseen failure as a warning, a bug as an error, a stop the person
    asked for as information. The same error handed on (to a dialog, by a task) is not logged again."""
    if getattr(error, "_upstream_logged", False):
        return
    stopped = getattr(error, "code", "") == "cancelled"
    level = logging.INFO if stopped else logging.WARNING if expected(error) else logging.ERROR
    log.log(level, "%s: %s", "Failed" if expected(error) else "Unexpected error", str(error) or type(error).__name__,
            exc_info=None if stopped else (type(error), error, error.__traceback__))
    with suppress(AttributeError):  # an exception without a __dict__ may be logged again
        error._upstream_logged = True  # type: ignore[attr-defined]


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Log `error` once, then say what went wrong in a message over `parent` (shown without blocking). Safe with any
    exception: a coded error is worded by its code, a file error by its errno, a bug as the uncaught-error dialog
    words it, with its traceback in the details."""
    log_failure(error)
    if expected(error):
        stopped = getattr(error, "code", "") == "cancelled"
        box = QMessageBox(QMessageBox.Icon.Information if stopped else QMessageBox.Icon.Warning,
                          ErrorWords().title(), message_for(error), QMessageBox.StandardButton.Ok, parent)
    else:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        box = _unexpected_box(parent, error, details, log_dir() / LOG_FILE_NAME)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _unexpected_box(parent: QWidget | None, error: BaseException, details: str, log_path: Path) -> QMessageBox:
    title, text, what = ErrorWords().unexpected()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(_filled(what, str(error) or type(error).__name__, str(log_path)))
    box.setDetailedText(details)
    return box


class ErrorReporter(QObject):
    """Installed as sys.excepthook. The app keeps running after the dialog; a second error raised while the
    dialog is open is logged but not stacked on top of it."""

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Uncaught exception\n%s", details)
        off_the_ui_thread = threading.current_thread() is not threading.main_thread()
        if self._showing or QApplication.instance() is None or off_the_ui_thread:
            return  # a dialog can only be made on the UI thread; off it, the log is all
        self._showing = True
        try:
            self.show_dialog(error, details)
        finally:
            self._showing = False

    def show_content_error(self, details: str) -> None:
        """The bundled curriculum failed validation: say so plainly; the problems go in the details."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), self.tr(
            "The curriculum files have errors, so Upstream cannot open them. Nothing was changed. Reinstalling "
            "Upstream restores the original files."))
        box.setObjectName("contentErrorDialog")
        box.setDetailedText(details)
        box.exec()

    def show_dialog(self, error: BaseException, details: str) -> None:
        parent = QApplication.activeWindow()
        box = _unexpected_box(parent if isinstance(parent, QWidget) else None, error, details, self.log_path)
        box.setObjectName("errorDialog")
        box.exec()
