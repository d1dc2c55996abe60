"""The plan's details: its name, audience, time, start, the two languages and the modules to teach."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...core.model import AUDIENCES, Curriculum, Module
from ...core.teach.planner import Plan, PlanItem
from ...core.teach.sequence import in_recommended_order
from ..i18n import interface_language
from ..labels import LANGUAGE_ENDONYMS, UiLabels
from ..widgets.module_checklist import ModuleChecklist


class PlanForm(QWidget):
    """Shows a plan's details and reads them back. Changing the audience, the time or the modules asks for the plan
    to be fitted again (`refit_wanted`); the name, the start and the languages leave its order (`details_changed`)."""

    refit_wanted = Signal()
    details_changed = Signal()

    def __init__(self, curriculum: Curriculum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum = curriculum
        self._labels = UiLabels(self)
        self.name = QLineEdit()
        self.name.setObjectName("planName")
        self.audience = QComboBox()
        self.audience.setObjectName("planAudience")
        for audience in AUDIENCES:
            self.audience.addItem("", audience)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("planMinutes")
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.has_start = QCheckBox()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        self.facilitator_language, self.audience_language = QComboBox(), QComboBox()
        for combo in (self.facilitator_language, self.audience_language):
            for code in curriculum.languages:
                combo.addItem(LANGUAGE_ENDONYMS.get(code, code), code)
        self.modules = ModuleChecklist(curriculum, "planModules")
        self.modules.setMaximumHeight(170)
        self._lay_out()
        for signal in (self.audience.currentIndexChanged, self.minutes.valueChanged, self.modules.itemChanged):
            signal.connect(self.refit_wanted)
        self.audience.currentIndexChanged.connect(self.mark_modules_for_audience)
        for signal in (self.name.textChanged, self.has_start.toggled, self.start.timeChanged,
                       self.facilitator_language.currentIndexChanged, self.audience_language.currentIndexChanged):
            signal.connect(self.details_changed)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form_labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.form_labels, (self.name, self.audience, self.minutes, self.has_start,
                                                    self.facilitator_language, self.audience_language, self.modules),
                                strict=True):
            label.setBuddy(field)
            if field is self.has_start:
                row = QHBoxLayout()
                row.addWidget(self.has_start)
                row.addWidget(self.start)
                row.addStretch(1)
                form.addRow(label, row)
            else:
                form.addRow(label, field)

    def retranslate_ui(self) -> None:
        for label, text in zip(self.form_labels, (
                self.tr("Na&me:"), self.tr("&Audience:"), self.tr("M&inutes available:"),
                self.tr("S&tarts at:"), self.tr("Fa&cilitator's language:"), self.tr("Audience's lan&guage:"),
                self.tr("M&odules:")), strict=True):
            label.setText(text)
        self.has_start.setText(self.tr("Known"))
        for row in range(self.audience.count()):
            self.audience.setItemText(row, self._labels.audience(self.audience.itemData(row)))
        self.modules.name_modules(interface_language(self.curriculum.languages), self._module_text)
        self.mark_modules_for_audience()

    def _module_text(self, module: Module) -> str:
        return self.tr("%1. %2 (%3 min, core %4)").replace("%1", str(module.spec.number)) \
            .replace("%2", module.text(interface_language(self.curriculum.languages)).title) \
            .replace("%3", str(module.spec.minutes)).replace("%4", str(module.spec.core_minutes))

    def default_name(self) -> str:
        return self.tr("New plan")

    def show_plan(self, plan: Plan) -> None:
        """Show a whole plan without asking for a refit (its order is the facilitator's)."""
        blockers = [QSignalBlocker(w) for w in (self.name, self.audience, self.minutes, self.has_start, self.start,
                                                self.facilitator_language, self.audience_language, self.modules)]
        self.name.setText(plan.name)
        self.audience.setCurrentIndex(max(0, self.audience.findData(plan.audience)))
        self.minutes.setValue(plan.minutes_available)
        self.has_start.setChecked(bool(plan.start_time))
        self.start.setEnabled(bool(plan.start_time))
        self.start.setTime(QTime.fromString(plan.start_time, "HH:mm") if plan.start_time else QTime(9, 0))
        self.facilitator_language.setCurrentIndex(max(0, self.facilitator_language.findData(
            plan.facilitator_language)))
        self.audience_language.setCurrentIndex(max(0, self.audience_language.findData(plan.audience_language)))
        self.modules.set_checked(plan.modules)
        del blockers
        self.mark_modules_for_audience()

    def read(self, plan: Plan, items: tuple[PlanItem, ...] | None = None,
             modules: tuple[str, ...] | None = None) -> Plan:
        """`plan` with the details on the form; its items and modules unless others are given."""
        return replace(plan, name=self.name.text().strip() or self.default_name(),
                       audience=self.audience.currentData(), minutes_available=self.minutes.value(),
                       facilitator_language=self.facilitator_language.currentData(),
                       audience_language=self.audience_language.currentData(),
                       start_time=self.start.time().toString("HH:mm") if self.has_start.isChecked() else "",
                       modules=plan.modules if modules is None else modules,
                       items=plan.items if items is None else items)

    def checked_modules(self) -> tuple[str, ...]:
        """The ticked modules, in the order the audience's recommended sequence teaches them."""
        return in_recommended_order(self.modules.checked_modules(), self.audience.currentData(),
                                    self.curriculum.sequence)

    def mark_modules_for_audience(self) -> None:
        """Modules written for other audiences stay on the list (a mixed group may need one) but are greyed, and say
        whom they were written for."""
        audience = self.audience.currentData()
        self.modules.grey_out({
            module.id: self.tr("Written for: %1").replace(
                "%1", ", ".join(self._labels.audience(a) for a in module.spec.audiences))
            for module in self.curriculum.modules if audience not in module.spec.audiences})
