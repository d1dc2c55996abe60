"""The Curriculum area: filters, search as you type, the module table, search hits and the guide reader."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.browse.catalog import ModuleFilter
from ...core.browse.search import SearchHit, SearchIndex
from ...core.model import AUDIENCES, Curriculum
from ..i18n import RetranslateOnLanguageChange
from ..labels import LANGUAGE_ENDONYMS, UiLabels
from ..settings import Settings
from ..widgets.layout import column, side_by_side
from ..widgets.rich_text_delegate import HtmlRole, RichTextDelegate
from .guide_reader import GuideReader
from .module_table import (
    AUDIENCES_COLUMN,
    LENGTH_COLUMN,
    NUMBER_COLUMN,
    TITLE_COLUMN,
    ModuleFilterProxy,
    ModuleIdRole,
    ModuleTableModel,
)

MINUTE_CHOICES = (45, 50, 60, 90, 120)
MAX_AUDIENCE_EMS = 11
"""Widest the audiences column grows (in widths of "M"); longer names wrap, leaving room for module titles."""


def _hit_html(place: str, hit: SearchHit) -> str:
    """Where the hit is (with its language) on the first line; the snippet with matched words in bold below."""
    pieces, at = [], 0
    for start, end in hit.highlights:
        pieces += [html.escape(hit.snippet[at:start]), f"<b>{html.escape(hit.snippet[start:end])}</b>"]
        at = end
    pieces.append(html.escape(hit.snippet[at:]))
    return (f"<b>{html.escape(place)}</b> <span class='accent'>· {hit.language.upper()}</span>"
            f"<br><span class='muted'>{''.join(pieces)}</span>")


class CurriculumPage(RetranslateOnLanguageChange, QWidget):
    def __init__(self, curriculum: Curriculum, settings: Settings, ui_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curriculum, self.settings = curriculum, settings
        self._index: SearchIndex | None = None
        self._labels = UiLabels(self)
        self._hits: list[SearchHit] = []
        self._refiltering = False
        """True while the proxy refilters: Qt moves the current row then, which is not the user choosing a module."""
        self.shown_hits: list[SearchHit] = []
        """The hits in the list, row by row; the items themselves carry only text."""

        self.search_label, self.search = QLabel(), QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.audience_label, self.audience = QLabel(), QComboBox()
        self.audience.setObjectName("audienceFilter")
        self.minutes_label, self.minutes = QLabel(), QComboBox()
        self.minutes.setObjectName("minutesFilter")
        self.language_label, self.language = QLabel(), QComboBox()
        self.language.setObjectName("contentLanguage")
        for combo in (self.audience, self.minutes, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, field in ((self.search_label, self.search), (self.audience_label, self.audience),
                             (self.minutes_label, self.minutes), (self.language_label, self.language)):
            label.setBuddy(field)
        for code in curriculum.languages:
            self.language.addItem(LANGUAGE_ENDONYMS.get(code, curriculum.labels[code].language_name), code)
        self.audience.addItem("", "")
        for audience in AUDIENCES:
            if any(audience in m.spec.audiences for m in curriculum.modules):
                self.audience.addItem("", audience)
        self.minutes.addItem("", 0)
        for minutes in MINUTE_CHOICES:
            self.minutes.addItem("", minutes)

        language = settings.content_language or ui_language
        self.model = ModuleTableModel(curriculum, language if language in curriculum.languages
                                      else curriculum.languages[0], self)
        self.proxy = ModuleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("moduleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Sizes follow the text, which changes only with the language; filtering must not re-measure every cell.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_table)
        self.model.dataChanged.connect(self._fit_table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitsLabel")
        self.hits = QListWidget()
        self.hits.setObjectName("searchHits")
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.setItemDelegate(RichTextDelegate(lines=5, parent=self.hits))
        self.hits.setUniformItemSizes(True)
        self.hits_label.setBuddy(self.hits)
        self.reader = GuideReader(curriculum)

        filters = QHBoxLayout()
        for label, field, stretch in ((self.search_label, self.search, 3), (self.audience_label, self.audience, 0),
                                      (self.minutes_label, self.minutes, 0), (self.language_label, self.language, 0)):
            filters.addWidget(label)
            filters.addWidget(field, stretch)
        left = column((self.table, 2), self.empty_label, self.hits_label, (self.hits, 3))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(side_by_side(left, self.reader, 480, 760), 1)

        self._restore_filters(language)
        self.search.textChanged.connect(self._on_search)
        self.audience.currentIndexChanged.connect(self._on_filters_changed)
        self.minutes.currentIndexChanged.connect(self._on_filters_changed)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemClicked.connect(self._open_hit)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.retranslate_ui()
        self._apply_filters()

    # --- language ---------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("Type a word in English or Spanish"))
        self.search.setAccessibleName(self.tr("Search all modules"))
        self.audience_label.setText(self.tr("&Audience"))
        self.minutes_label.setText(self.tr("&Time"))
        self.language_label.setText(self.tr("&Content language"))
        self.language.setToolTip(self.tr("The language modules and guides are shown in; it can differ from the "
                                         "interface language."))
        for row in range(self.audience.count()):
            audience = self.audience.itemData(row)
            self.audience.setItemText(row, self._labels.audience(audience) if audience else self.tr("All audiences"))
        for row in range(self.minutes.count()):
            minutes = self.minutes.itemData(row)
            self.minutes.setItemText(row, self._labels.fits_in(minutes) if minutes else self.tr("Any length"))
        self.table.setAccessibleName(self.tr("Modules"))
        self.hits.setAccessibleName(self.tr("Search results"))
        self.empty_label.setText(self.tr("No module matches these filters. Choose “All audiences” or “Any "
                                         "length” to see more."))
        self._update_hits_label()
        self.model.retranslate()

    def _fit_table(self) -> None:
        for fitted in (NUMBER_COLUMN, AUDIENCES_COLUMN, LENGTH_COLUMN):
            self.table.resizeColumnToContents(fitted)
        limit = self.table.fontMetrics().horizontalAdvance("M") * MAX_AUDIENCE_EMS
        self.table.setColumnWidth(AUDIENCES_COLUMN, min(self.table.columnWidth(AUDIENCES_COLUMN), limit))

    @property
    def content_language(self) -> str:
        return self.language.currentData()

    def _on_language_changed(self) -> None:
        self.settings.content_language = self.content_language
        self.model.set_language(self.content_language)
        self._apply_filters()
        if self.reader.module_id and self.reader.language != self.content_language:
            self.reader.show_module(self.reader.module_id, self.content_language)

    # --- filters and search -----------------------------------------------------------------------------------
    def _restore_filters(self, language: str) -> None:
        for combo, value in ((self.audience, self.settings.audience_filter),
                             (self.minutes, self.settings.minutes_filter), (self.language, language)):
            row = combo.findData(value)
            combo.setCurrentIndex(max(row, 0))

    def _on_filters_changed(self) -> None:
        self.settings.audience_filter = self.audience.currentData()
        self.settings.minutes_filter = self.minutes.currentData()
        self._apply_filters()

    def _apply_filters(self, follow: bool = True) -> None:
        """Refilter the table and hits. With `follow`, the reader moves to a listed module when its own module
        is filtered out; typing a search does not follow, so the guide does not jump at every keystroke."""
        self._refiltering = True
        try:
            self.proxy.set_filter(ModuleFilter(audience=self.audience.currentData() or None,
                                               minutes=self.minutes.currentData() or None,
                                               language=self.content_language))
        finally:
            self._refiltering = False
        self.empty_label.setVisible(self.proxy.rowCount() == 0 and not self.search.text().strip())
        self._show_hits()
        self._keep_a_module_open(follow)

    @property
    def index(self) -> SearchIndex:
        """Built on first use (or by prepare_search once the window is up), so it never delays the start."""
        if self._index is None:
            self._index = SearchIndex(self.curriculum)
        return self._index

    def prepare_search(self) -> None:
        self.index  # noqa: B018 - building it is the point

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self._hits = self.index.search(text) if text.strip() else []
        self._refiltering = True
        try:
            self.proxy.set_search_matches({h.module_id for h in self._hits} if text.strip() else None)
        finally:
            self._refiltering = False
        self._apply_filters(follow=False)

    def _show_hits(self) -> None:
        self.hits.clear()
        self.shown_hits = []
        visible = set(self._listed_modules())
        for hit in self._hits:
            if hit.module_id not in visible:
                continue
            text = self.curriculum.module(hit.module_id).text(hit.language)
            place = f"{text.title} › {text.sections[hit.section_id].title}" if hit.section_id else text.title
            item = QListWidgetItem(f"{place} [{hit.language.upper()}]\n{hit.snippet}")  # what screen readers say
            item.setData(HtmlRole, _hit_html(place, hit))
            self.hits.addItem(item)
            self.shown_hits.append(hit)
        self._update_hits_label()

    def _update_hits_label(self) -> None:
        searching = bool(self.search.text().strip())
        self.hits_label.setVisible(searching)
        self.hits.setVisible(searching)
        if searching:
            count = self.hits.count()
            self.hits_label.setText(self.tr("%n match(es)", "", count) if count else
                                    self.tr("No matches. Try fewer words, or check the filters."))

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit = self.shown_hits[self.hits.row(item)]
        self.reader.show_module(hit.module_id, hit.language, hit.section_id)
        if hit.language != self.content_language:  # follow the hit's language; the reader already shows it
            self.language.setCurrentIndex(self.language.findData(hit.language))
        self._select_row(hit.module_id)

    # --- opening modules --------------------------------------------------------------------------------------
    def open_module(self, module_id: str, section_id: str | None = None) -> None:
        self.reader.show_module(module_id, self.content_language, section_id)
        self._select_row(module_id)

    def _select_row(self, module_id: str) -> None:
        """Highlight the module's row; the reader already shows it, so the selection change renders nothing."""
        proxy_index = self.proxy.mapFromSource(self.model.index(self.model.row_of(module_id), 0))
        if proxy_index.isValid():
            self.table.selectionModel().setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _listed_modules(self) -> list[str]:
        return [self.proxy.index(row, 0).data(ModuleIdRole) for row in range(self.proxy.rowCount())]

    def _on_current_row(self, current, _previous) -> None:
        if current.isValid() and not self._refiltering:
            module_id = current.data(ModuleIdRole)
            if module_id != self.reader.module_id:
                self.reader.show_module(module_id, self.content_language)

    def _keep_a_module_open(self, follow: bool) -> None:
        """After filtering, keep the open module selected if it is still listed; otherwise, when following,
        open the first one listed (or nothing when nothing is listed)."""
        listed = self._listed_modules()
        if self.reader.module_id in listed:
            self._select_row(self.reader.module_id)
        elif not follow and self.reader.module_id:
            self.table.selectionModel().clear()
        elif listed:
            self.open_module(listed[0])
        else:
            self.table.selectionModel().clear()
            self.reader.clear()
