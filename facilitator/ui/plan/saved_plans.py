"""The saved plans, by name: choosing one opens it on the Plan screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core.teach.planner import Plan

PlanIdRole = Qt.ItemDataRole.UserRole + 1
"""Each item's plan id."""


class SavedPlansList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedPlans")

    def fill(self, saved: Iterable[Plan], current_id: str | None) -> None:
        """List the plans anew, marking `current_id`, without opening anything."""
        blocker = QSignalBlocker(self)
        self.clear()
        for plan in saved:
            item = QListWidgetItem(plan.name)
            item.setData(PlanIdRole, plan.id)
            self.addItem(item)
        del blocker
        self.mark(current_id)

    def mark(self, plan_id: str | None) -> None:
        """Make the plan `plan_id` the current one without opening it again; a plan not saved yet marks none, and the
        list does not then open its first plan when it next gets the focus."""
        blocker = QSignalBlocker(self)
        for row in range(self.count()):
            if self.item(row).data(PlanIdRole) == plan_id:
                self.setCurrentRow(row)
                break
        else:
            self.setCurrentIndex(QModelIndex())  # the view's own: it also stops the focus choosing one
            self.clearSelection()
        del blocker

    @staticmethod
    def plan_id(item: QListWidgetItem) -> str:
        return item.data(PlanIdRole)
