"""The Sessions area: every logged session in a filterable list; log, edit, delete (with undo) and sites."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import AUDIENCES, Curriculum
from ...core.records.filtering import FilterChoices, SessionFilter, release, sorted_rows
from ...core.records.model import (
    AUDIENCE_AT,
    COUNTY_AT,
    DATE_AT,
    ID_AT,
    LANGUAGES_AT,
    MODULES_AT,
    PARTICIPANTS_AT,
    SITE_AT,
    Line,
)
from ...core.records.store import RecordsStore
from ..i18n import RetranslateOnLanguageChange, interface_language
from ..labels import UiLabels
from ..tasks import run_records_task, run_task
from ..widgets.date_field import DateField
from .records_exchange import RecordsExchange
from .session_dialog import SessionDialog

IdRole = Qt.ItemDataRole.UserRole + 1
AUDIENCE_COLUMN = 3


class SessionsTableModel(QAbstractTableModel):
    sort_requested = Signal()

    def __init__(self, curriculum: Curriculum, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Line] = []
        self._labels = UiLabels(self)
        self._numbers = {m.id: str(m.spec.number) for m in curriculum.modules}

    def set_rows(self, rows: list[Line]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Site"), self.tr("County"), self.tr("Audience"), self.tr("Modules"),
                self.tr("Languages"), self.tr("People"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row[ID_AT]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == AUDIENCE_COLUMN:
                return self._labels.audience(row[AUDIENCE_AT])
            if column == 4:
                return ", ".join(self._numbers.get(m, m) for m in row[MODULES_AT])
            if column == 5:
                return row[LANGUAGES_AT].replace(",", "+").upper()
            return (row[DATE_AT], row[SITE_AT], row[COUNTY_AT], "", "", "", row[PARTICIPANTS_AT])[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header was clicked: the page sorts on a worker (a million rows take a second) and sets the rows."""
        self.sort_requested.emit()


class DeleteSession(QUndoCommand):
    """Deleting leaves a tombstone; undo lifts it."""

    def __init__(self, page: SessionsPage, session_id: str, text: str) -> None:
        super().__init__(text)
        self.page, self.session_id = page, session_id

    def redo(self) -> None:
        self.page.store.delete_session(self.session_id)
        self.page.reload()

    def undo(self) -> None:
        self.page.store.restore_session(self.session_id)
        self.page.reload()


class SessionsPage(RetranslateOnLanguageChange, QWidget):
    def __init__(self, curriculum: Curriculum, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum, self.store = curriculum, store
        self.undo_stack = QUndoStack(self)
        self._labels = UiLabels(self)
        self._all: list[Line] = []
        self._choices = FilterChoices((), ())
        self._retired: list[list[Line]] = []
        """Lists no longer shown, emptied on a worker: freeing a million rows at once would hold the window."""
        self._reads = self._filters = 0
        """Count the reads and the filterings asked for: only the latest of each is used, however late an earlier
        one comes (a filtering asked during a read runs again on what the read brings)."""
        self.date_from = DateField(objectName="filterFrom", calendarPopup=True)
        self.date_to = DateField(QDate.currentDate().addYears(1), objectName="filterTo", calendarPopup=True)
        self.date_from.setDate(QDate(2000, 1, 1))
        self.site, self.county = QComboBox(objectName="filterSite"), QComboBox(objectName="filterCounty")
        self.module, self.audience = QComboBox(objectName="filterModule"), QComboBox(objectName="filterAudience")
        self.language = QComboBox(objectName="filterLanguage")
        self.model = SessionsTableModel(curriculum, self)
        self.table = QTableView(objectName="sessionsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(objectName="sessionsCount")
        self.log_button, self.edit_button = QPushButton(objectName="logSession"), QPushButton(objectName="editSession")
        self.delete_button = QPushButton(objectName="deleteSession")
        self.purge_button = QPushButton(objectName="purgeRoster")
        self.sites_button = QPushButton(objectName="manageSites")
        self.export_button = QPushButton(objectName="exportRecords")
        self.import_button = QPushButton(objectName="importRecords")
        self.exchange = RecordsExchange(store, self)
        self.filter_labels = [QLabel() for _ in range(7)]

        filters = QHBoxLayout()
        for label, field in zip(self.filter_labels, (self.date_from, self.date_to, self.site, self.county,
                                                      self.module, self.audience, self.language), strict=True):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 0 if isinstance(field, DateField) else 1)
        for combo in (self.site, self.county, self.module, self.audience, self.language):
            # Sized to a few words, not to the longest site or module title, so the filters fit the window in
            # either language; the list that drops down is as wide as its longest entry.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button, self.purge_button, self.sites_button,
                       self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.log_button.clicked.connect(self.log_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.purge_button.clicked.connect(self.purge_names)
        self.sites_button.clicked.connect(self.manage_sites)
        self.export_button.clicked.connect(self.exchange.export)
        self.import_button.clicked.connect(self.exchange.import_files)
        self.exchange.records_changed.connect(self.reload)
        self.table.doubleClicked.connect(self.edit_session)
        self.model.sort_requested.connect(self.apply_filter)
        for combo in (self.site, self.county, self.module, self.audience, self.language):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.New, self, self.log_session)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_session)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        for label, text in zip(self.filter_labels, (self.tr("F&rom"), self.tr("T&o"), self.tr("S&ite"),
                                                     self.tr("Cou&nty"), self.tr("&Module"), self.tr("A&udience"),
                                                     self.tr("Lan&guage")), strict=True):
            label.setText(text)
        self.log_button.setText(self.tr("Log a &session…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.purge_button.setText(self.tr("Remove n&ames…"))
        self.sites_button.setText(self.tr("Si&tes…"))
        self.export_button.setText(self.tr("E&xport records…"))
        self.import_button.setText(self.tr("Im&port records…"))
        self.export_button.setToolTip(self.tr("Write this laptop's session records to one file for a coordinator"))
        self.import_button.setToolTip(self.tr("Merge records files from other laptops into this one"))
        # The audience column fits its longest name in this language (measuring the rows would cost a pass over
        # every session); the site column takes the rest.
        widest = max(self.table.fontMetrics().horizontalAdvance(self._labels.audience(a)) for a in AUDIENCES)
        self.table.setColumnWidth(AUDIENCE_COLUMN, widest + 2 * self.table.fontMetrics().averageCharWidth())
        self.purge_button.setToolTip(self.tr("Remove the names of an adult training's participants for good"))
        self.table.setAccessibleName(self.tr("Logged sessions"))
        self._fill_filters()
        self._update_count()

    def _fill_filters(self) -> None:
        everything = self.tr("All")
        sites, counties = self._choices.sites, self._choices.counties
        language = interface_language()
        modules = [(f"{m.spec.number}. {m.text(language).title}", m.id) for m in self.curriculum.modules]
        choices = {self.site: [(s, s) for s in sites], self.county: [(c, c) for c in counties],
                   self.module: modules,
                   self.audience: [(self._labels.audience(a), a) for a in AUDIENCES],
                   self.language: [("English", "en"), ("Español", "es")]}
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
            view = combo.view()
            view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())

    def show_records(self, store: RecordsStore) -> None:
        """The records changed elsewhere (a restore puts a new file in place): list them from `store`."""
        self.store = self.exchange.store = store
        self.reload()

    def reload(self) -> None:
        """Read the sessions again, on the records thread; the list fills when they arrive."""
        self._reads += 1
        asked = self._reads

        def read(records: RecordsStore, _progress: object) -> tuple[list[Line], FilterChoices]:
            rows = records.session_lines()
            return rows, FilterChoices.of(rows)

        run_records_task(self, self.store, read, lambda result: self._loaded(asked, *result))

    def _loaded(self, asked: int, rows: list[Line], choices: FilterChoices) -> None:
        if asked != self._reads:
            return
        self._retired.append(self._all)
        self._all, self._choices = rows, choices
        self._fill_filters()
        self.apply_filter()

    def current_filter(self) -> SessionFilter:
        return SessionFilter(self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd"),
                             self.site.currentData() or "", self.county.currentData() or "",
                             self.module.currentData() or "", self.audience.currentData() or "",
                             self.language.currentData() or "")

    def apply_filter(self) -> None:
        """Filter and sort as the header shows, on a worker; the newest request asked is the one shown."""
        self._filters += 1
        asked, rows, chosen = self._filters, self._all, self.current_filter()
        header = self.table.horizontalHeader()
        column, descending = header.sortIndicatorSection(), header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if not self.table.isSortingEnabled():
            column = -1
        run_task(self, lambda _progress: sorted_rows(chosen.apply(rows), column, descending),
                 lambda shown: self._show(asked, shown))

    def _show(self, asked: int, rows: list[Line]) -> None:
        if asked != self._filters:
            return
        self._retired.append(self.model.rows)
        self.model.set_rows(rows)
        self._update_count()
        retired, self._retired = self._retired, []
        run_task(self, lambda _progress: release(retired), lambda _done: None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n session(s) shown", "", self.model.rowCount()))

    def selected_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else ""

    def log_session(self) -> None:
        dialog = SessionDialog(self.curriculum, self.store, parent=self)
        if dialog.exec():
            self.reload()

    def edit_session(self) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        dialog = SessionDialog(self.curriculum, self.store, self.store.session(session_id), self)
        if dialog.exec():
            self.reload()

    def manage_sites(self) -> None:
        from .sites_dialog import SitesDialog

        if SitesDialog(self.store, self).exec():
            self.reload()

    def purge_names(self) -> int:
        """Remove a training's roster for good, after saying so; returns how many names were removed."""
        session_id = self.selected_id()
        if not session_id or not self.store.session(session_id).roster:
            return 0
        answer = QMessageBox.question(self, self.tr("Remove names"), self.tr(
            "Remove the names of this training's participants for good? The session and its counts stay. "
            "This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        return self.store.purge_roster(session_id)

    def delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id:
            self.undo_stack.push(DeleteSession(self, session_id, self.tr("Delete session")))
