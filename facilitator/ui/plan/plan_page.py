"""The Plan area: fit a session into the time given, adjust its run of show, keep it, and start presenting.

The left side lists saved plans; the right side is the plan being edited (PlanForm, then the notes of PlanNotes and
the RunOfShowTable). Changing the audience, the time or the modules fits the plan again (core sections first,
optional ones while they fit); moving, removing or adding a section keeps the facilitator's own order. Totals and
clock times follow every change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.files import safe_file_name, write_bytes_whole
from ...core.handouts.handouts import Handouts
from ...core.handouts.registry import HandoutError
from ...core.model import Curriculum
from ...core.records.store import RecordsStore
from ...core.teach.planner import Plan, PlanItem, add, drop, fit, missing_sections, move, new_plan
from ...core.teach.plans import delete_plan, load_plan, plans, save_plan
from ...core.teach.sequence import ScopeAndSequence, position, warnings
from ...render.plan_files import plan_guide_pdf, plan_print_pack_pdf
from ...userdata import user_handouts
from ..errors import expected, failure_reason, log_failure, show_error
from ..i18n import RetranslateOnLanguageChange, interface_language
from ..labels import UiLabels
from ..tasks import TaskOptions, run_paint_task
from ..widgets.layout import note_label, row_of, side_by_side
from ..widgets.save_dialog import ask_save_path
from .pack_details import PackDetails, ask_pack_details
from .plan_form import PlanForm
from .plan_notes import PlanNotes
from .run_of_show import RunOfShowTable
from .saved_plans import SavedPlansList

DEFAULT_MINUTES = 45
PlanFile = tuple[bytes | None, tuple[str, ...]]
"""A made PDF (None when there was nothing to put in it) and the ids of the handouts left out of it."""


class PlanPage(RetranslateOnLanguageChange, QWidget):
    present_requested = Signal(object)
    """A saved Plan to run in presenter mode."""

    def __init__(self, curriculum: Curriculum, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.curriculum, self.store = curriculum, store
        self.sequences: ScopeAndSequence | None = curriculum.sequence
        self._labels = UiLabels(self)
        self._notes = PlanNotes(curriculum, self)
        self.plan: Plan | None = None
        self.saved = True
        self._asking = False
        """True while the unsaved-plan question is open: the list changing under it asks nothing more."""

        self.form = PlanForm(curriculum)
        form = self.form  # its fields, reached from the page as well (the main window ticks modules this way)
        self.name, self.audience, self.minutes, self.modules = form.name, form.audience, form.minutes, form.modules
        self.has_start, self.start = form.has_start, form.start
        self.facilitator_language, self.audience_language = form.facilitator_language, form.audience_language
        self.fit_note = note_label("fitNote")
        self.sequence_note, self.warnings_note = note_label("sequenceNote", True), note_label("planWarnings", True)
        self.table = RunOfShowTable()
        self.saved_list = SavedPlansList()
        self.saved_label = QLabel()
        self.saved_label.setBuddy(self.saved_list)
        self.notice = note_label("planNotice")
        self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(side_by_side(self._saved_side(), self._plan_side(), 220, 900))
        self._connect()
        self.retranslate_ui()
        self._list_saved()
        if self.saved_list.count():
            self.saved_list.setCurrentRow(0)
        else:
            self.new_plan()

    def _make_buttons(self) -> None:
        self.new_button, self.delete_button = QPushButton(), QPushButton()
        self.up_button, self.down_button, self.remove_button, self.add_button = (QPushButton() for _ in range(4))
        self.add_choice = QComboBox()
        self.add_choice.setObjectName("addSection")
        self.save_button, self.present_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("savePlan")
        self.guide_button, self.pack_button = QPushButton(), QPushButton()

    def _saved_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.saved_list, 1)
        layout.addLayout(row_of(self.new_button, self.delete_button))
        return side

    def _plan_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.form, self.fit_note, self.sequence_note, self.warnings_note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        edits = row_of(self.up_button, self.down_button, self.remove_button, None)
        edits.addWidget(self.add_choice, 1)
        edits.addWidget(self.add_button)
        layout.addLayout(edits)
        layout.addLayout(row_of(self.guide_button, self.pack_button, None, self.save_button, self.present_button))
        layout.addWidget(self.notice)
        return side

    def _connect(self) -> None:
        self.saved_list.currentItemChanged.connect(self._open_selected)
        self.new_button.clicked.connect(self.new_plan)
        self.delete_button.clicked.connect(self.delete_current)
        self.form.refit_wanted.connect(self._refit)
        self.form.details_changed.connect(self._details_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.table.move_wanted.connect(self._move)
        self.remove_button.clicked.connect(self._remove)
        self.table.remove_wanted.connect(self._remove)
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self.save)
        self.present_button.clicked.connect(self._present)
        self.guide_button.clicked.connect(lambda: self.save_pdf("guide"))
        self.pack_button.clicked.connect(lambda: self.save_pdf("pack"))

    # --- what the page shows --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.saved_label.setText(self.tr("Saved &plans:"))
        self.new_button.setText(self.tr("&New plan"))
        self.delete_button.setText(self.tr("Delete plan"))
        self.form.retranslate_ui()
        self.table.retranslate_ui()
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
        self.saved_list.fill(plans(self.store), self.plan.id if self.plan is not None else None)
        self._marked()

    def _mark_in_list(self, plan_id: str | None) -> None:
        self.saved_list.mark(plan_id)
        self._marked()

    def _marked(self) -> None:
        self.delete_button.setEnabled(self.saved_list.currentItem() is not None)

    def _show_plan(self) -> None:
        """The run of show, the totals and what can be added, for the current plan."""
        if self.plan is None:
            return
        self.table.show_plan(self.curriculum, self.plan)
        language = self.plan.facilitator_language
        self.add_choice.clear()
        for item in missing_sections(self.plan, self.curriculum):
            module = self.curriculum.module(item.module_id)
            self.add_choice.addItem(self.tr("%1 · %2 (%3 min)").replace("%1", str(module.spec.number))
                                    .replace("%2", module.text(language).sections[item.section_id].title)
                                    .replace("%3", str(item.minutes)), (item.module_id, item.section_id))
        self.add_button.setEnabled(self.add_choice.count() > 0)
        self.fit_note.setText(self._notes.fit_text(self.plan))
        self._show_sequence()
        for button in (self.present_button, self.guide_button, self.pack_button):
            button.setEnabled(bool(self.plan.items))

    def _show_sequence(self) -> None:
        """Where the plan sits in its audience's recommended sequence, and what to watch for, in plain words."""
        assert self.plan is not None
        where = position(self.plan, self.sequences)
        self.sequence_note.setText(self._notes.position_text(self.plan, where) if where else "")
        self.sequence_note.setToolTip(self._notes.reasons_text(self.plan, where) if where else "")
        self.sequence_note.setVisible(where is not None)
        found = warnings(self.plan, self.curriculum, self.sequences)
        self.warnings_note.setText("\n".join(self._notes.warning_text(self.plan, w) for w in found))
        self.warnings_note.setVisible(bool(found))

    # --- editing ----------------------------------------------------------------------------------------------
    def new_plan(self) -> None:
        if not self.may_leave():
            return
        language = interface_language(self.curriculum.languages)
        self._set_plan(new_plan(self.curriculum, self.form.default_name(), "grades_9_12", DEFAULT_MINUTES, language,
                                language, []))
        self._mark_in_list(None)
        self.name.setFocus()
        self.name.selectAll()

    def _set_plan(self, plan: Plan) -> None:
        """Show a whole plan in the form without refitting it (its order is the facilitator's)."""
        self.plan = plan
        self.form.show_plan(plan)
        self.saved = True
        self._show_plan()

    def _form_plan(self, items: tuple[PlanItem, ...] | None = None, modules: tuple[str, ...] | None = None) -> Plan:
        assert self.plan is not None
        return self.form.read(self.plan, items, modules)

    def _refit(self) -> None:
        modules = self.form.checked_modules()
        items = fit(self.curriculum, modules, self.minutes.value()).items
        self._changed(self._form_plan(items=items, modules=modules))

    def _details_changed(self) -> None:
        self._changed(self._form_plan())

    def _changed(self, plan: Plan) -> None:
        self.plan = plan
        self.saved = False
        self._show_plan()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        if self.plan is None or row < 0 or not 0 <= row + step < len(self.plan.items):
            return
        self._changed(move(self.plan, row, row + step))
        self.table.selectRow(row + step)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if self.plan is None or row < 0:
            return
        self._changed(drop(self.plan, row))
        self.table.selectRow(min(row, len(self.plan.items) - 1))

    def _add(self) -> None:
        choice = self.add_choice.currentData()
        if self.plan is None or choice is None:
            return
        self._changed(add(self.plan, self.curriculum, *choice))

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
        wanted = SavedPlansList.plan_id(current)  # read now: saving the plan on screen makes the list anew
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
        delete_plan(self.store, SavedPlansList.plan_id(item))
        self.plan = None
        self._list_saved()
        if self.saved_list.count():
            self.saved_list.setCurrentRow(0)
        else:
            self.new_plan()

    # --- the guide and the print pack -----------------------------------------------------------------------
    def save_pdf(self, kind: str) -> Path | None:
        """Ask where (and, for the print pack, for what its handouts lack), then make the plan's guide or print pack
        on the paint thread and write it; a failed write leaves no half file. Returns where it is being written."""
        if self.plan is None:
            return None
        plan = self._form_plan()
        work: Callable[[], PlanFile]
        maker: Handouts | None = None
        if kind == "guide":
            title = self.tr("Save the guide")
            work = partial(self._guide_pdf, plan)
        else:
            title = self.tr("Save the print pack")
            maker = user_handouts(self.curriculum)
            details = ask_pack_details(self, maker, plan)
            if details is None:
                return None
            work = partial(self._pack_pdf, maker, plan, details)
        suggested = Path.home() / f"{safe_file_name(plan.name)}-{'guide' if kind == 'guide' else 'handouts'}.pdf"
        target = ask_save_path(self, title, suggested, self.tr("PDF files (*.pdf)"), ".pdf")
        if target is None:
            return None
        if maker is not None and (refused := maker.refused) is not None:  # the agency profile: nothing can be made
            self._not_written(title, target, HandoutError(str(refused), refused.code, **refused.values))
            return None

        def make(_progress: object) -> PlanFile:
            data, left_out = work()
            if data is not None:
                write_bytes_whole(target, data)
            return data, left_out

        run_paint_task(self, make, lambda made: self._written(target, *made),
                       failed=lambda error: self._not_written(title, target, error),
                       options=TaskOptions(self.tr("Making the PDF…"), cancellable=False))
        return target

    def _written(self, target: Path, data: bytes | None, left_out: tuple[str, ...]) -> None:
        self.notice.setText(self._notes.saved_text(target if data is not None else None, left_out))

    def _not_written(self, title: str, target: Path, error: BaseException) -> None:
        if not expected(error):
            show_error(self, error)
            return
        log_failure(error)
        QMessageBox.warning(self, title, self.tr("The PDF could not be written to %1: %2")
                            .replace("%1", str(target)).replace("%2", failure_reason(error)))

    def _guide_pdf(self, plan: Plan) -> PlanFile:
        return plan_guide_pdf(self.curriculum, plan), ()

    def _pack_pdf(self, maker: Handouts, plan: Plan, details: PackDetails) -> PlanFile:
        return plan_print_pack_pdf(maker, plan, school=details.school, date=details.date)

    def _present(self) -> None:
        plan = self.save()
        if plan is not None and plan.items:
            self.present_requested.emit(plan)
