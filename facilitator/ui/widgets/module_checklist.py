"""The curriculum's modules as a list to tick: the Handouts screen, the Plan screen and the session form share it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core.model import Curriculum, Module

ModuleIdRole = Qt.ItemDataRole.UserRole + 1
"""Each item's module id."""


class ModuleChecklist(QListWidget):
    """One checkable item per module, in the curriculum's order of numbers. `itemChanged` says a tick changed;
    renaming and marking the items never sends it, so a screen refits or refreshes only for a real tick."""

    def __init__(self, curriculum: Curriculum, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.curriculum = curriculum
        for module in sorted(curriculum.modules, key=lambda m: m.spec.number):
            item = QListWidgetItem()
            item.setData(ModuleIdRole, module.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def name_modules(self, language: str, text: Callable[[Module], str] | None = None) -> None:
        """Name each item: `text` of its module, or "number. title" in `language`."""
        blocker = QSignalBlocker(self)
        for item in self._items():
            module = self.curriculum.module(item.data(ModuleIdRole))
            item.setText(text(module) if text else f"{module.spec.number}. {module.text(language).title}")
        del blocker

    def checked_modules(self) -> tuple[str, ...]:
        """The ticked modules' ids, in the list's order."""
        return tuple(item.data(ModuleIdRole) for item in self._items() if item.checkState() == Qt.CheckState.Checked)

    def set_checked(self, module_ids: Iterable[str]) -> None:
        """Tick exactly these modules; `itemChanged` tells of each change, as a click would."""
        wanted = set(module_ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(ModuleIdRole) in wanted else Qt.CheckState.Unchecked)

    def grey_out(self, notes: Mapping[str, str]) -> None:
        """Grey the modules with a note (the note becomes their tooltip and accessible description); the others
        look as usual. Greyed modules can still be ticked."""
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        blocker = QSignalBlocker(self)
        for item in self._items():
            note = notes.get(item.data(ModuleIdRole), "")
            item.setData(Qt.ItemDataRole.ForegroundRole, grey if note else None)
            item.setToolTip(note)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, note)
        del blocker
