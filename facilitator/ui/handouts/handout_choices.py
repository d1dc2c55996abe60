"""What the Handouts screen is asked to make: the handout, its modules, readers, languages, school, dates and paper.

The choices become core requests; what a request still lacks comes from the core (needs.py) and is only worded
here, so the rules of what each handout needs live in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...core.dates import long_date
from ...core.handouts.handouts import Handouts
from ...core.handouts.needs import Need, missing, missing_from_pack
from ...core.handouts.registry import PRINT_PACK, HandoutRequest, handout_specs, review_status, spec, strings
from ...core.model import AUDIENCES, CONSENT_RULES, Curriculum
from ...userdata import user_handouts
from ..i18n import interface_language
from ..labels import LANGUAGE_ENDONYMS, UiLabels
from ..widgets.date_field import DateField
from ..widgets.module_checklist import ModuleChecklist


class HandoutChoices(QWidget):
    """The fields, in `form`, and the requests they make; the Handouts page adds the preview, saving and printing."""

    choices_changed = Signal()
    """Any choice changed: the preview is out of date."""

    def __init__(self, curriculum: Curriculum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum = curriculum
        self.maker: Handouts = user_handouts(curriculum)
        self._labels = UiLabels(self)
        self.handout = QComboBox(objectName="handoutChoice")
        self.handout.addItem("", PRINT_PACK)
        for handout in handout_specs():
            self.handout.addItem("", handout.id)
        self.modules = ModuleChecklist(curriculum, "handoutModules")
        self.readers = QComboBox(objectName="handoutReaders")
        for audience in ("", *AUDIENCES):
            self.readers.addItem("", audience)
        self.language = QComboBox(objectName="handoutLanguage")
        self.school = QLineEdit(objectName="handoutSchool")
        self.date = DateField(QDate.currentDate(), objectName="handoutDate")
        self.date.setCalendarPopup(True)
        self.return_by = DateField(QDate.currentDate().addDays(-7), objectName="handoutReturnBy")
        self.return_by.setCalendarPopup(True)
        self._return_by_typed = False  # until someone sets it, the return-by date follows the session date
        self.consent = QComboBox(objectName="handoutConsent")
        for rule in CONSENT_RULES:
            self.consent.addItem("", rule)
        self.consent_hint = QLabel(objectName="handoutConsentHint")
        self.consent_hint.setWordWrap(True)
        self.paper = QComboBox(objectName="handoutPaper")
        self.paper.addItem("", "letter")
        self.paper.addItem("", "a4")
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        for label, field in zip(self.labels, (self.handout, self.modules, self.readers, self.language, self.school,
                                               self.date, self.return_by, self.consent, self.paper), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(self.form.getWidgetPosition(self.consent)[0] + 1, "", self.consent_hint)

        self.date.dateChanged.connect(self._follow_session_date)
        self.return_by.dateChanged.connect(self._return_by_set)
        self.consent.currentIndexChanged.connect(self._explain_consent)
        self.handout.currentIndexChanged.connect(self._fill_languages)
        self.handout.currentIndexChanged.connect(self._show_letter_fields)
        self.modules.itemChanged.connect(self._show_letter_fields)
        for signal in (self.handout.currentIndexChanged, self.language.currentIndexChanged,
                       self.readers.currentIndexChanged, self.paper.currentIndexChanged, self.school.textChanged,
                       self.date.dateChanged, self.return_by.dateChanged, self.consent.currentIndexChanged,
                       self.modules.itemChanged):
            signal.connect(self.choices_changed)
        self.handout.setCurrentIndex(self.handout.findData("resource-card"))  # needs no choices: a preview at once

    def retranslate_choices(self) -> None:
        for label, text in zip(self.labels, (self.tr("Hand&out"), self.tr("&Modules"), self.tr("&Who reads it"),
                                             self.tr("Lan&guages"),
                                             self.tr("&School or site"), self.tr("Session &date"),
                                             self.tr("Return slip &by"), self.tr("Parents' &consent"),
                                             self.tr("Pape&r")),
                               strict=True):
            label.setText(text)
        self.consent.setItemText(0, self.tr("Opt-out"))
        self.consent.setItemText(1, self.tr("Opt-in"))
        self._explain_consent()
        self.consent.setToolTip(self.tr("Your school board's rule for this lesson; the letter and its slip follow it."))
        self.return_by.setToolTip(self.tr("The day the slip must be back at school: at least a week before the "
                                          "session, so the school can act on it."))
        for row in range(self.handout.count()):
            handout_id = self.handout.itemData(row)
            self.handout.setItemText(row, self.tr("Print pack: everything the modules use")
                                     if handout_id == PRINT_PACK else self._labels.handout(handout_id))
        self.readers.setItemText(0, self.tr("As the modules suggest"))
        for row in range(1, self.readers.count()):
            self.readers.setItemText(row, self._labels.audience(self.readers.itemData(row)))
        self.readers.setToolTip(self.tr("Young people read Spanish handouts in \"tú\" and get the youth survey; "
                                        "adults read \"usted\" and get their own survey."))
        self.paper.setItemText(0, self.tr("Letter"))
        self.paper.setItemText(1, self.tr("A4"))
        self.school.setPlaceholderText(self.tr("Needed for the parent letter"))
        self.modules.setAccessibleName(self.tr("Modules the handout is for"))
        self.modules.name_modules(interface_language())
        self._fill_languages()

    def _fill_languages(self) -> None:
        """Offer the languages the chosen handout exists in, and the two ways of printing two languages."""
        current = self.language.currentData()
        handout_id = self.handout.currentData()
        offered = ("en", "es") if handout_id == PRINT_PACK else spec(handout_id).languages
        self.language.blockSignals(True)
        self.language.clear()
        for code in offered:
            name = LANGUAGE_ENDONYMS.get(code) or strings(code)["language_name"]
            if review_status(code) == "unreviewed":
                name = self.tr("%1 (not yet reviewed by a native speaker)").replace("%1", name)
            self.language.addItem(name, code)
        if {"en", "es"} <= set(offered):
            self.language.addItem(self.tr("English and Spanish, side by side"), "en+es/side")
            self.language.addItem(self.tr("English, then Spanish"), "en+es/sequential")
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    # --- the parent letter's own fields ---------------------------------------------------------------------------
    def makes_letter(self) -> bool:
        """Whether the choice includes the parent letter: chosen, or in the print pack of the ticked modules."""
        return any(request.handout == "parent-letter" for request in self.requests())

    def _show_letter_fields(self) -> None:
        letter = self.makes_letter()
        for field in (self.return_by, self.consent, self.consent_hint):
            self.form.setRowVisible(field, letter)

    def _explain_consent(self) -> None:
        self.consent_hint.setText(
            self.tr("Families return the slip only if the child will NOT take part.")
            if self.consent.currentData() == "opt-out" else
            self.tr("A child takes part only if the family returns a signed slip."))

    def _follow_session_date(self, session: QDate) -> None:
        """Keep the return-by date a week before the session until someone sets it; then keep what they set."""
        if self._return_by_typed:
            return
        self.return_by.blockSignals(True)
        self.return_by.setDate(session.addDays(-7))
        self.return_by.blockSignals(False)

    def _return_by_set(self) -> None:
        self._return_by_typed = True

    # --- what to make -------------------------------------------------------------------------------------------
    def language_choice(self) -> tuple[tuple[str, ...], str]:
        """The chosen languages and layout, from the combo's key ("es", "en+es/side", "en+es/sequential")."""
        codes, _, layout = (self.language.currentData() or "en").partition("/")
        return tuple(codes.split("+")), layout or "single"

    def requests(self) -> list[HandoutRequest]:
        languages, layout = self.language_choice()
        date = _day(self.date.date())
        paper, school, modules = self.paper.currentData(), self.school.text().strip(), self.modules.checked_modules()
        letter = {"return_by": _day(self.return_by.date()), "consent": self.consent.currentData()}
        audience = self.readers.currentData()
        if self.handout.currentData() == PRINT_PACK:
            return [replace(request, **letter) if request.handout == "parent-letter" else request
                    for request in self.maker.print_pack(modules, languages, layout, paper, school, date, audience)]
        return [HandoutRequest(self.handout.currentData(), languages, layout, modules, school, date, paper,
                               audience=audience, **letter)]

    def missing(self) -> tuple[Need, ...]:
        """What the choices still lack, from the core: empty when the handouts can be made."""
        requests = self.requests()
        if self.handout.currentData() == PRINT_PACK:
            return missing_from_pack(self.modules.checked_modules(), requests)
        return missing(requests[0])

    def need_text(self, need: Need) -> str:
        """What the user still has to choose, in words."""
        if need.code == "return_by":
            latest = long_date(need.latest, interface_language(("en", "es"))) if need.latest else ""
            return self.tr("The slip's return-by date must be at least a week before the session, so the school "
                           "can act on it: choose %1 or earlier.").replace("%1", latest)
        return {"one_module": self.tr("Tick one module for this handout."),
                "modules": self.tr("Tick the module or modules this handout is for."),
                "school": self.tr("Type the school's name for the letter."),
                "date": self.tr("Choose the session date.")}[need.code]


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
