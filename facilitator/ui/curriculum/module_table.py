"""The curriculum browser's table: one row per module, filtered by the core's ModuleFilter and by search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core.browse.catalog import ModuleFilter
from ...core.model import Curriculum, Module
from ..labels import UiLabels

ModuleIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
NUMBER_COLUMN, TITLE_COLUMN, AUDIENCES_COLUMN, LENGTH_COLUMN = range(4)


class ModuleTableModel(QAbstractTableModel):
    def __init__(self, curriculum: Curriculum, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = list(curriculum.modules)
        self._language = language
        self._labels = UiLabels(self)
        self._shown: list[tuple[str, str, str, str]] = self._display_rows()
        """What each row shows, worked out once per language: views ask for it thousands of times."""

    def module_at(self, row: int) -> Module:
        return self._modules[row]

    def row_of(self, module_id: str) -> int:
        return next(i for i, m in enumerate(self._modules) if m.id == module_id)

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read every label after an interface or content language change."""
        self._shown = self._display_rows()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._modules:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _display_rows(self) -> list[tuple[str, str, str, str]]:
        return [(str(m.spec.number), m.text(self._language).title,
                 "\n".join(self._labels.audience(a) for a in m.spec.audiences),
                 self._labels.length(m.spec.minutes, m.spec.core_minutes)) for m in self._modules]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._modules)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Module"), self.tr("Audiences"), self.tr("Length"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        module = self._modules[index.row()]
        spec, column = module.spec, index.column()
        if role == ModuleIdRole:
            return module.id
        if role == SortRole:
            return (spec.number, module.text(self._language).title.casefold(), len(spec.audiences),
                    spec.minutes)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            return module.text(self._language).summary
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER_COLUMN, LENGTH_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ModuleFilterProxy(QSortFilterProxyModel):
    """Shows the modules the core's ModuleFilter accepts and, while searching, only those with a hit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ModuleFilter()
        self._matches: set[str] | None = None
        self.setSortRole(SortRole)

    def set_filter(self, module_filter: ModuleFilter) -> None:
        self.beginFilterChange()
        self._filter = module_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_matches(self, matches: set[str] | None) -> None:
        self.beginFilterChange()
        self._matches = matches
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ModuleTableModel)
        module = model.module_at(source_row)
        return self._filter.accepts(module) and (self._matches is None or module.id in self._matches)
