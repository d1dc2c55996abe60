"""The run of show: the plan's sections in order, each with its clock time, minutes and whether it is core."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...core.model import Curriculum
from ...core.teach.planner import Plan, run_of_show


class RunOfShowTable(QTableWidget):
    """One row per section; Alt+Up and Alt+Down ask to move the selected one (`move_wanted` with -1 or 1), Delete
    asks to remove it (`remove_wanted`)."""

    move_wanted = Signal(int)
    remove_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("runOfShow")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for keys, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            QShortcut(QKeySequence(Qt.Modifier.ALT | keys), self).activated.connect(
                lambda step=step: self.move_wanted.emit(step))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self).activated.connect(self.remove_wanted)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Starts"), self.tr("Section"), self.tr("Minutes"), self.tr("Kind")])

    def show_plan(self, curriculum: Curriculum, plan: Plan) -> None:
        """The plan's rows, section titles in the facilitator's language; the selected row stays selected."""
        slots = run_of_show(plan)
        current = self.currentRow()
        self.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            module = curriculum.module(slot.item.module_id)
            title = module.text(plan.facilitator_language).sections[slot.item.section_id].title
            kind = self.tr("core") if slot.item.core else self.tr("optional")
            cells = (slot.clock, self.tr("%1 · %2").replace("%1", str(module.spec.number)).replace("%2", title),
                     str(slot.item.minutes), kind)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        if 0 <= current < len(slots):
            self.selectRow(current)
