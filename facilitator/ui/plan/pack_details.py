"""Before a plan's print pack is made: ask for the school's name and the session date its handouts need, or leave
those handouts out. A plan knows neither, and a parent letter without the school helps no one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.handouts.handouts import Handouts
from ...core.handouts.needs import Need, missing_from_pack
from ...core.teach.planner import Plan
from ..labels import UiLabels
from ..widgets.date_field import DateField

ASKED = ("school", "date")
"""The needs this dialog can supply: a plan's print pack lacks nothing else."""


@dataclass(frozen=True)
class PackDetails:
    school: str = ""
    date: dt.date | None = None
    """Empty and None: the handouts that need them are left out."""


class PackDetailsDialog(QDialog):
    """Names the handouts that lack the school or the date and asks for them (the date starts at today). "Add them"
    needs every asked field filled; "Leave them out" makes the pack without those handouts; Cancel makes nothing."""

    def __init__(self, needs: Sequence[Need], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packDetails")
        self.setWindowTitle(self.tr("Print pack details"))
        self._codes = {code for code in ASKED if any(need.code == code for need in needs)}
        self._left_out = False
        self.school = QLineEdit()  # a plan knows no school: one typed for another plan may well be wrong here
        self.school.setObjectName("packSchool")
        self.date = DateField(QDate.currentDate())
        self.date.setObjectName("packDate")
        self.date.setCalendarPopup(True)
        form = QFormLayout()
        for field, text, code in ((self.school, self.tr("&School or site:"), "school"),
                                  (self.date, self.tr("Session &date:"), "date")):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            form.setRowVisible(field, code in self._codes)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro(needs))
        layout.addLayout(form)
        layout.addWidget(self._buttons())
        self.school.textChanged.connect(self._allow_adding)
        self._allow_adding()

    def _intro(self, needs: Sequence[Need]) -> QLabel:
        """Which handouts lack what, one line each."""
        labels = UiLabels(self)
        lacking: dict[str, set[str]] = {}
        for need in needs:
            lacking.setdefault(need.handout, set()).add(need.code)
        lines = [self._line(labels.handout(handout), wanted) for handout, wanted in lacking.items()]
        intro = QLabel(self.tr("Some handouts in this print pack need details the plan does not have:") + "\n"
                       + "\n".join(lines) + "\n\n"
                       + self.tr("Type them to add these handouts, or leave them out and make them later on the "
                                 "Handouts screen."))
        intro.setWordWrap(True)
        return intro

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add them"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addDetails")
        self.leave_button = buttons.addButton(self.tr("&Leave them out"), QDialogButtonBox.ButtonRole.ActionRole)
        self.leave_button.setObjectName("leaveOut")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self.accept)
        self.leave_button.clicked.connect(self._leave_out)
        buttons.rejected.connect(self.reject)
        return buttons

    def _line(self, handout: str, wanted: set[str]) -> str:
        if wanted >= {"school", "date"}:
            return self.tr("• %1: the school's name and the session date").replace("%1", handout)
        if "school" in wanted:
            return self.tr("• %1: the school's name").replace("%1", handout)
        return self.tr("• %1: the session date").replace("%1", handout)

    def _allow_adding(self) -> None:
        self.add_button.setEnabled("school" not in self._codes or bool(self.school.text().strip()))

    def _leave_out(self) -> None:
        self._left_out = True
        self.accept()

    def details(self) -> PackDetails | None:
        """After exec(): what to make the pack with, or None when the facilitator cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        if self._left_out:
            return PackDetails()
        day = self.date.date()
        return PackDetails(self.school.text().strip() if "school" in self._codes else "",
                           dt.date(day.year(), day.month(), day.day()) if "date" in self._codes else None)


def ask_pack_details(parent: QWidget, maker: Handouts, plan: Plan) -> PackDetails | None:
    """The school and date the plan's pack lacks (the core says which handouts need what), asked of the
    facilitator, who may also leave those handouts out; None when they cancel. Nothing is asked when nothing lacks."""
    needs = [need for need in missing_from_pack(plan.modules, maker.plan_pack(plan)) if need.code in ASKED]
    if not needs:
        return PackDetails()
    dialog = PackDetailsDialog(needs, parent=parent)
    dialog.exec()
    return dialog.details()
