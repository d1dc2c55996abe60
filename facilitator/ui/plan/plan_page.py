"""The Plan area: fit a session into the time given, adjust its run of show, keep it, and start presenting.

The left side lists saved plans; the right side is the plan being edited. Changing the audience, the time or the
modules fits the plan again (core sections first, optional ones while they fit); moving, removing or adding a section
keeps the facilitator's own order. Totals and clock times follow every change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.files import write_bytes_whole
from ...core.handouts.handouts import HandoutError
from ...core.model import AUDIENCES, Curriculum
from ...core.records.store import RecordsStore
from ...core.teach.planner import (
    Plan,
    add,
    drop,
    end_clock,
    fit,
    missing_sections,
    modules_that_fit,
    move,
    new_plan,
    run_of_show,
)
from ...core.teach.plans import delete_plan, load_plan, plans, save_plan
from ...core.teach.sequence import (
    PlanWarning,
    Position,
    ScopeAndSequence,
    in_recommended_order,
    position,
    warnings,
)
from ...render.pdf import RenderError
from ...render.plan_files import plan_guide_pdf, plan_print_pack_pdf
from ...userdata import user_handouts
from ..errors import failure_reason
from ..i18n import RetranslateOnLanguageChange, interface_language
from ..labels import LANGUAGE_ENDONYMS, UiLabels
from ..widgets.layout import side_by_side
from ..widgets.save_dialog import ask_save_path, busy

IdRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_MINUTES = 45


class PlanPage(RetranslateOnLanguageChange, QWidget):
    present_requested = Signal(object)
    """A saved Plan to run in presenter mode."""

    def __init__(self, curriculum: Curriculum, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.curriculum, self.store = curriculum, store
        self.sequences: ScopeAndSequence | None = curriculum.sequence
        self._labels = UiLabels(self)
        self.plan: Plan | None = None
        self.saved = True
        self._asking = False
        """True while the unsaved-plan question is open: the list changing under it asks nothing more."""

        self.saved_list = QListWidget()
        self.saved_list.setObjectName("savedPlans")
        self.saved_list.currentItemChanged.connect(self._open_selected)
        self.saved_label = QLabel()
        self.saved_label.setBuddy(self.saved_list)
        self.new_button, self.delete_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new_plan)
        self.delete_button.clicked.connect(self.delete_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.saved_label)
        left_layout.addWidget(self.saved_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)

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
        self.modules = QListWidget()
        self.modules.setObjectName("planModules")
        self.modules.setMaximumHeight(170)
        for module in sorted(curriculum.modules, key=lambda m: m.spec.number):
            item = QListWidgetItem()
            item.setData(IdRole, module.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        self.form = QFormLayout()
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
                self.form.addRow(label, row)
            else:
                self.form.addRow(label, field)

        self.fit_note = QLabel()
        self.fit_note.setObjectName("fitNote")
        self.fit_note.setWordWrap(True)
        self.sequence_note = QLabel()
        self.sequence_note.setObjectName("sequenceNote")
        self.sequence_note.setWordWrap(True)
        self.sequence_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_note = QLabel()
        self.warnings_note.setObjectName("planWarnings")
        self.warnings_note.setWordWrap(True)
        self.warnings_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("runOfShow")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.add_choice, self.add_button = QComboBox(), QPushButton()
        self.add_choice.setObjectName("addSection")
        self.add_button.clicked.connect(self._add)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), self.table, activated=lambda: self._move(-1))
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), self.table, activated=lambda: self._move(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, activated=self._remove)
        edits = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            edits.addWidget(widget)
        edits.addStretch(1)
        edits.addWidget(self.add_choice, 1)
        edits.addWidget(self.add_button)
        self.save_button, self.present_button = QPushButton(), QPushButton()
        self.guide_button, self.pack_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        self.present_button.clicked.connect(self._present)
        self.guide_button.clicked.connect(lambda: self.save_pdf("guide"))
        self.pack_button.clicked.connect(lambda: self.save_pdf("pack"))
        self.notice = QLabel()
        self.notice.setObjectName("planNotice")
        self.notice.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.guide_button)
        actions.addWidget(self.pack_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.present_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.fit_note)
        right_layout.addWidget(self.sequence_note)
        right_layout.addWidget(self.warnings_note)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(edits)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(side_by_side(left, right, 220, 900))

        for signal in (self.audience.currentIndexChanged, self.minutes.valueChanged, self.modules.itemChanged):
            signal.connect(self._refit)
        self.audience.currentIndexChanged.connect(self._mark_modules_for_audience)
        for signal in (self.name.textChanged, self.has_start.toggled, self.start.timeChanged,
                       self.facilitator_language.currentIndexChanged, self.audience_language.currentIndexChanged):
            signal.connect(self._details_changed)
        self.retranslate_ui()
        self._list_saved()
        if self.saved_list.count():
            self.saved_list.setCurrentRow(0)
        else:
            self.new_plan()

    # --- what the page shows --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.saved_label.setText(self.tr("Saved &plans:"))
        self.new_button.setText(self.tr("&New plan"))
        self.delete_button.setText(self.tr("Delete plan"))
        for label, text in zip(self.form_labels, (
                self.tr("Na&me:"), self.tr("&Audience:"), self.tr("M&inutes available:"),
                self.tr("S&tarts at:"), self.tr("Fa&cilitator's language:"), self.tr("Audience's lan&guage:"),
                self.tr("M&odules:")), strict=True):
            label.setText(text)
        self.has_start.setText(self.tr("Known"))
        for row in range(self.audience.count()):
            self.audience.setItemText(row, self._labels.audience(self.audience.itemData(row)))
        blocker = QSignalBlocker(self.modules)  # renaming is not ticking: the plan must not be refitted
        for row in range(self.modules.count()):
            item = self.modules.item(row)
            module = self.curriculum.module(item.data(IdRole))
            item.setText(self.tr("%1. %2 (%3 min, core %4)").replace("%1", str(module.spec.number))
                         .replace("%2", module.text(interface_language(self.curriculum.languages)).title)
                         .replace("%3", str(module.spec.minutes)).replace("%4", str(module.spec.core_minutes)))
        del blocker
        self._mark_modules_for_audience()
        self.table.setHorizontalHeaderLabels([self.tr("Starts"), self.tr("Section"), self.tr("Minutes"),
                                              self.tr("Kind")])
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.remove_button.setText(self.tr("&Remove"))
        self.add_button.setText(self.tr("A&dd section"))
        self.save_button.setText(self.tr("&Save plan"))
        self.present_button.setText(self.tr("Pr&esent…"))
        self.present_button.setToolTip(self.tr("Run this plan with notes on this screen and prompts on the projector"))
        self.guide_button.setText(self.tr("Save the guide as PDF…"))
        self.guide_button.setToolTip(self.tr("This session's sections in order, with timings, notes and questions, "
                                             "in the facilitator's language"))
        self.pack_button.setText(self.tr("Save the print pack as PDF…"))
        self.pack_button.setToolTip(self.tr("Every handout the plan's modules use, in the audience's language"))
        self._show_plan()

    def show_records(self, store: RecordsStore) -> None:
        """The records changed elsewhere (a restore puts a new file in place): plans are listed and saved there."""
        self.store = store
        self._list_saved()

    def _list_saved(self) -> None:
        blocker = QSignalBlocker(self.saved_list)
        self.saved_list.clear()
        for plan in plans(self.store):
            item = QListWidgetItem(plan.name)
            item.setData(IdRole, plan.id)
            self.saved_list.addItem(item)
        del blocker
        self._mark_in_list(self.plan.id if self.plan is not None else None)

    def _mark_in_list(self, plan_id: str | None) -> None:
        """Make the plan `plan_id` the current one of the saved list without opening it again; a plan not saved yet
        marks none, and the list does not then open its first plan when it next gets the focus."""
        blocker = QSignalBlocker(self.saved_list)
        for row in range(self.saved_list.count()):
            if self.saved_list.item(row).data(IdRole) == plan_id:
                self.saved_list.setCurrentRow(row)
                break
        else:
            self.saved_list.setCurrentIndex(QModelIndex())  # the view's own: it also stops the focus choosing one
            self.saved_list.clearSelection()
        del blocker
        self.delete_button.setEnabled(self.saved_list.currentItem() is not None)

    def _show_plan(self) -> None:
        """The run of show, the totals and what can be added, for the current plan."""
        if self.plan is None:
            return
        language = self.plan.facilitator_language
        slots = run_of_show(self.plan)
        current = self.table.currentRow()
        self.table.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            module = self.curriculum.module(slot.item.module_id)
            title = module.text(language).sections[slot.item.section_id].title
            kind = self.tr("core") if slot.item.core else self.tr("optional")
            cells = (slot.clock, self.tr("%1 · %2").replace("%1", str(module.spec.number)).replace("%2", title),
                     str(slot.item.minutes), kind)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if 0 <= current < len(slots):
            self.table.selectRow(current)
        self.add_choice.clear()
        for item in missing_sections(self.plan, self.curriculum):
            module = self.curriculum.module(item.module_id)
            self.add_choice.addItem(self.tr("%1 · %2 (%3 min)").replace("%1", str(module.spec.number))
                                    .replace("%2", module.text(language).sections[item.section_id].title)
                                    .replace("%3", str(item.minutes)), (item.module_id, item.section_id))
        self.add_button.setEnabled(self.add_choice.count() > 0)
        self.fit_note.setText(self._fit_text())
        self._show_sequence()
        for button in (self.present_button, self.guide_button, self.pack_button):
            button.setEnabled(bool(self.plan.items))

    def _fit_text(self) -> str:
        plan = self.plan
        assert plan is not None
        if not plan.modules:
            return self.tr("Tick the modules to teach; the plan fills the time with their core sections first.")
        ends = end_clock(plan)
        if plan.over_by:
            fitted = fit(self.curriculum, plan.modules, plan.minutes_available)
            if not fitted.core_fits:
                core = fitted.core_minutes
                suggestion = modules_that_fit(self.curriculum, plan.modules, plan.minutes_available)
                text = self.tr("The core sections alone need %1 minutes, %2 more than the %3 available. Choose "
                               "fewer modules (for example %4) or ask for more time.") if suggestion else \
                    self.tr("The core sections alone need %1 minutes, %2 more than the %3 available. Ask for more "
                            "time, or plan a shorter module.")
                numbers = ", ".join(str(self.curriculum.module(m).spec.number) for m in suggestion)
                return text.replace("%1", str(core)).replace("%2", str(core - plan.minutes_available)) \
                    .replace("%3", str(plan.minutes_available)).replace("%4", numbers)
            return self.tr("%1 of %2 minutes: %3 minutes over. Remove a section or ask for more time.") \
                .replace("%1", str(plan.minutes)).replace("%2", str(plan.minutes_available)) \
                .replace("%3", str(plan.over_by))
        return self.tr("%1 of %2 minutes; ends at %3.").replace("%1", str(plan.minutes)) \
            .replace("%2", str(plan.minutes_available)).replace("%3", ends)

    def _show_sequence(self) -> None:
        """Where the plan sits in its audience's recommended sequence, and what to watch for, in plain words."""
        assert self.plan is not None
        where = position(self.plan, self.sequences)
        self.sequence_note.setText(self._position_text(where) if where else "")
        self.sequence_note.setToolTip(self._reasons_text(where) if where else "")
        self.sequence_note.setVisible(where is not None)
        found = warnings(self.plan, self.curriculum, self.sequences)
        self.warnings_note.setText("\n".join(self._warning_text(w) for w in found))
        self.warnings_note.setVisible(bool(found))

    def _title(self, module_id: str) -> str:
        assert self.plan is not None
        return self.curriculum.module(module_id).text(self.plan.facilitator_language).title

    def _numbers(self, module_ids: tuple[str, ...]) -> str:
        return ", ".join(str(self.curriculum.module(m).spec.number) for m in module_ids)

    def _position_text(self, where: Position) -> str:
        sequence = where.sequence
        audience = self._labels.audience(sequence.audience)
        order = " → ".join(str(self.curriculum.module(m).spec.number) for m in sequence.module_ids)
        if not where.covered:
            return self.tr("The recommended sequence for %1 is module(s) %2; this plan teaches none of them.", "",
                           where.total).replace("%1", audience).replace("%2", order)
        covered = list(where.covered)
        if where.total == 1:
            text = self.tr("This is the whole recommended sequence for %1: one session.").replace("%1", audience)
        else:
            if len(covered) == 1:
                text = self.tr("Session %1 of %2 in the recommended sequence for %3 (modules %4).") \
                    .replace("%1", str(covered[0]))
            else:
                contiguous = covered == list(range(covered[0], covered[-1] + 1))
                numbers = f"{covered[0]}–{covered[-1]}" if contiguous else ", ".join(map(str, covered))
                text = self.tr("Sessions %1 of %2 in the recommended sequence for %3 (modules %4).") \
                    .replace("%1", numbers)
            text = text.replace("%2", str(where.total)).replace("%3", audience).replace("%4", order)
        lines = [text, self._next_text(where)]
        if len(covered) == 1:
            assert self.plan is not None
            reason = self._said(sequence.steps[covered[0] - 1].reason)
            lines.append(self.tr("Why here: %1").replace("%1", reason))
        return "\n".join(lines)

    def _next_text(self, where: Position) -> str:
        assert self.plan is not None
        if not where.ends_sequence:
            days = where.sequence.days_between
            if days % 7 == 0:
                text = self.tr("Next: module %1, “%2”, in about %n week(s).", "", days // 7)
            else:
                text = self.tr("Next: module %1, “%2”, in about %n day(s).", "", days)
            return text.replace("%1", str(self.curriculum.module(where.next_module).spec.number)) \
                .replace("%2", self._title(where.next_module))
        booster = where.sequence.booster
        if booster.module_id:
            text = self.tr("This ends the sequence. Then a %1-minute booster %2: a review of module %3, “%4”.") \
                .replace("%3", str(self.curriculum.module(booster.module_id).spec.number)) \
                .replace("%4", self._title(booster.module_id))
        else:
            text = self.tr("This ends the sequence. Then a %1-minute booster %2: %3.") \
                .replace("%3", self._said(booster.session))
        return text.replace("%1", str(booster.minutes)).replace("%2", self._said(booster.when))

    def _said(self, texts: Mapping[str, str] | None) -> str:
        """A sequence text that goes into an interface sentence, in the interface's language (so a sentence never
        mixes two languages), else the facilitator's."""
        assert self.plan is not None
        texts = texts or {}
        return texts.get(interface_language(self.curriculum.languages)) or texts.get(self.plan.facilitator_language, "")

    def _reasons_text(self, where: Position) -> str:
        """Why the sequence runs in this order (the tooltip of the position), in the interface's language."""
        sequence = where.sequence
        lines = [self.tr("%1. %2").replace("%1", str(self.curriculum.module(step.module_id).spec.number))
                 .replace("%2", self._said(step.reason)) for step in sequence.steps]
        if sequence.spacing_reason:
            lines.append(self._said(sequence.spacing_reason))
        lines.append(self._said(sequence.booster.reason))
        return "\n".join(line for line in lines if line)

    def _warning_text(self, warning: PlanWarning) -> str:
        assert self.plan is not None
        module = self.curriculum.module(warning.module_id)
        number = str(module.spec.number)
        audience = self._labels.audience(self.plan.audience)
        earlier, count = self._numbers(warning.modules), len(warning.modules)
        if warning.code == "one_off":
            return self.tr("A single session: this plan teaches only module %1, and the recommended sequence for "
                           "%2 teaches module(s) %3 first. One session alone changes little. If this group has had "
                           "them, go on; if not, plan them first.", "", count).replace("%1", number) \
                .replace("%2", audience).replace("%3", earlier)
        if warning.code == "earlier_missing":
            return self.tr("The recommended sequence for %1 teaches module(s) %2 before module %3, and this plan "
                           "leaves them out. If this group has had them, go on; if not, teach them first.", "",
                           count).replace("%1", audience).replace("%2", earlier).replace("%3", number)
        if warning.code == "out_of_order":
            return self.tr("This plan teaches module %1 before module(s) %2, which the recommended sequence puts "
                           "first: each module builds on the ones before it.", "", count) \
                .replace("%1", number).replace("%2", earlier)
        title = module.text(self.plan.facilitator_language).sections[warning.section_id].title
        return self.tr("The plan leaves out “%1”, a core section of module %2: the module does not teach what it "
                       "promises without it. Add it back, or ask for more time.").replace("%1", title) \
            .replace("%2", number)

    # --- editing ----------------------------------------------------------------------------------------------
    def new_plan(self) -> None:
        if not self.may_leave():
            return
        language = interface_language(self.curriculum.languages)
        self._set_plan(new_plan(self.curriculum, self.tr("New plan"), "grades_9_12", DEFAULT_MINUTES, language,
                                language, []))
        self._mark_in_list(None)
        self.name.setFocus()
        self.name.selectAll()

    def _set_plan(self, plan: Plan) -> None:
        """Show a whole plan in the form without refitting it (its order is the facilitator's)."""
        self.plan = plan
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
        for row in range(self.modules.count()):
            item = self.modules.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in plan.modules else Qt.CheckState.Unchecked)
        del blockers
        self._mark_modules_for_audience()
        self.saved = True
        self._show_plan()

    def _mark_modules_for_audience(self) -> None:
        """Modules written for other audiences stay on the list (a mixed group may need one) but are greyed, and say
        whom they were written for."""
        audience = self.audience.currentData()
        grey = self.modules.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        blocker = QSignalBlocker(self.modules)  # marking is not ticking: the plan must not be refitted
        for row in range(self.modules.count()):
            item = self.modules.item(row)
            audiences = self.curriculum.module(item.data(IdRole)).spec.audiences
            written_for = "" if audience in audiences else self.tr("Written for: %1").replace(
                "%1", ", ".join(self._labels.audience(a) for a in audiences))
            item.setData(Qt.ItemDataRole.ForegroundRole, grey if written_for else None)
            item.setToolTip(written_for)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, written_for)
        del blocker

    def _form_plan(self, items=None, modules=None) -> Plan:
        assert self.plan is not None
        return replace(self.plan, name=self.name.text().strip() or self.tr("New plan"),
                       audience=self.audience.currentData(), minutes_available=self.minutes.value(),
                       facilitator_language=self.facilitator_language.currentData(),
                       audience_language=self.audience_language.currentData(),
                       start_time=self.start.time().toString("HH:mm") if self.has_start.isChecked() else "",
                       modules=self.plan.modules if modules is None else modules,
                       items=self.plan.items if items is None else items)

    def checked_modules(self) -> tuple[str, ...]:
        """The ticked modules, in the order the audience's recommended sequence teaches them."""
        ticked = (self.modules.item(r).data(IdRole) for r in range(self.modules.count())
                  if self.modules.item(r).checkState() == Qt.CheckState.Checked)
        return in_recommended_order(ticked, self.audience.currentData(), self.sequences)

    def _refit(self) -> None:
        modules = self.checked_modules()
        items = fit(self.curriculum, modules, self.minutes.value()).items
        self.plan = self._form_plan(items=items, modules=modules)
        self.saved = False
        self._show_plan()

    def _details_changed(self) -> None:
        self.plan = self._form_plan()
        self.saved = False
        self._show_plan()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        if self.plan is None or row < 0 or not 0 <= row + step < len(self.plan.items):
            return
        self.plan = move(self.plan, row, row + step)
        self.saved = False
        self._show_plan()
        self.table.selectRow(row + step)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if self.plan is None or row < 0:
            return
        self.plan = drop(self.plan, row)
        self.saved = False
        self._show_plan()
        self.table.selectRow(min(row, len(self.plan.items) - 1))

    def _add(self) -> None:
        choice = self.add_choice.currentData()
        if self.plan is None or choice is None:
            return
        self.plan = add(self.plan, self.curriculum, *choice)
        self.saved = False
        self._show_plan()

    # --- keeping plans --------------------------------------------------------------------------------------
    def save(self) -> Plan | None:
        if self.plan is None:
            return None
        self.plan = save_plan(self.store, self._form_plan())
        self.saved = True
        self._list_saved()
        return self.plan

    def _open_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if current is None or self._asking:
            return
        wanted = current.data(IdRole)  # read now: saving the plan on screen makes the list, and its items, anew
        if not self.may_leave():
            staying = self.plan.id if self.plan is not None else None
            self._mark_in_list(staying)
            # A click goes on to select the row it pressed once this returns: mark the plan on screen again then.
            QTimer.singleShot(0, self, lambda: self._mark_in_list(staying))
            return
        self._set_plan(load_plan(self.store, wanted))
        self._mark_in_list(wanted)

    def may_leave(self) -> bool:
        """Changes are never lost silently: save them, discard them, or stay (asked once, whatever the list does
        while the question is open)."""
        if self.saved or self.plan is None or not self.plan.modules:
            return True
        self._asking = True
        try:
            answer = QMessageBox.question(
                self, self.tr("Unsaved plan"),
                self.tr("The plan “%1” has changes that are not saved. Save them?").replace("%1", self.plan.name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
        finally:
            self._asking = False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        return answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard)

    def delete_current(self) -> None:
        item = self.saved_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete plan"),
                                      self.tr("Delete the plan “%1”? Sessions already logged are kept.")
                                      .replace("%1", item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_plan(self.store, item.data(IdRole))
        self.plan = None
        self._list_saved()
        if self.saved_list.count():
            self.saved_list.setCurrentRow(0)
        else:
            self.new_plan()

    def save_pdf(self, kind: str) -> Path | None:
        """Ask where, then write the plan's guide or print pack; a failed write leaves no half file."""
        if self.plan is None:
            return None
        plan = self._form_plan()
        suggested = Path.home() / f"{_file_name(plan.name)}-{'guide' if kind == 'guide' else 'handouts'}.pdf"
        title = self.tr("Save the guide") if kind == "guide" else self.tr("Save the print pack")
        target = ask_save_path(self, title, suggested, self.tr("PDF files (*.pdf)"), ".pdf")
        if target is None:
            return None
        left_out: tuple[str, ...] = ()
        try:
            with busy():
                if kind == "guide":
                    data: bytes | None = plan_guide_pdf(self.curriculum, plan)
                else:
                    data, left_out = plan_print_pack_pdf(user_handouts(self.curriculum), plan)
                if data is not None:
                    write_bytes_whole(target, data)
        except (OSError, RenderError, HandoutError) as error:  # a handout error: the agency profile, or its template
            QMessageBox.warning(self, title, self.tr("The PDF could not be written to %1: %2")
                                .replace("%1", str(target)).replace("%2", failure_reason(error)))
            return None
        if data is None:
            self.notice.setText(self.tr("Nothing was saved: this plan's handouts all need the school's name or the "
                                        "session date. Make them on the Handouts screen.") if left_out else
                                self.tr("Nothing was saved: this plan's modules have no handouts."))
            return None
        saved = self.tr("Saved %1.").replace("%1", str(target))
        if left_out:
            names = ", ".join(self._labels.handout(h) for h in left_out)
            saved = self.tr("Saved %1. Not in it, because they need the school's name or the session date: %2. "
                            "Make them on the Handouts screen.").replace("%1", str(target)).replace("%2", names)
        self.notice.setText(saved)
        return target

    def _present(self) -> None:
        plan = self.save()
        if plan is not None and plan.items:
            self.present_requested.emit(plan)


def _file_name(name: str) -> str:
    """A plan's name as a safe file name: letters, digits and dashes."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in name.strip().lower())
    return "-".join(part for part in kept.split("-") if part) or "plan"
