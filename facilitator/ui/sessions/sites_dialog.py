"""Sites: the schools and organisations where sessions happen, with their type and county."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.records.model import SITE_TYPES
from ...core.records.store import RecordsStore, RecordsUnavailable
from ...core.records.validation import InvalidSite, needs_name, require_site
from ..errors import message_for
from ..labels import UiLabels
from ..widgets.layout import error_label


class SitesDialog(QDialog):
    """Edit names, types and counties in place; new rows become new sites. A site with the same name and county
    as another is the same site, so nothing is duplicated."""

    def __init__(self, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesDialog")
        self.store = store
        self.labels = UiLabels(self)
        self.table = QTableWidget(0, 3, objectName="sitesTable")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add = QPushButton(objectName="addSite")
        self.error = error_label("sitesError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.add)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ids: list[str] = []
        for site in store.sites():
            self._add_row(site.id, site.name, site.site_type, site.county)
        self.add.clicked.connect(lambda: self._add_row("", "", "school", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sites"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("County")])
        self.add.setText(self.tr("&Add a site"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            for index in range(combo.count()):
                combo.setItemText(index, self.labels.site_type(combo.itemData(index)))

    def _add_row(self, site_id: str, name: str, site_type: str, county: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(site_id)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for value in SITE_TYPES:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(combo.findData(site_type), 0))
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(county))
        if not site_id:
            self.retranslate_ui()
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def save(self) -> None:
        rows = [(self.ids[r], self.table.item(r, 0).text().strip(), self.table.cellWidget(r, 1).currentData(),
                 self.table.item(r, 2).text().strip()) for r in range(self.table.rowCount())]
        unnamed = [number for number, (site_id, name, _, county) in enumerate(rows, start=1)
                   if needs_name(site_id, name, county)]
        if unnamed:
            self.error.setText(self.tr("Row %1 needs a name.").replace("%1", str(unnamed[0])))
            self.error.show()
            return
        for number, (_site_id, name, site_type, county) in enumerate(rows, start=1):
            if name and (problem := site_problem(name, site_type, county)):
                self.error.setText(self.tr("Row %1: %2").replace("%1", str(number)).replace("%2", problem))
                self.error.show()
                return
        try:
            with self.store.writing():  # every row or none
                for site_id, name, site_type, county in rows:
                    if name:
                        self.store.save_site(name, site_type, county, site_id)
        except RecordsUnavailable as error:
            self.error.setText(message_for(error))
            self.error.show()
            return
        self.accept()


def site_problem(name: str, site_type: str, county: str) -> str:
    """Why a site row cannot be saved (a name or county too long), in the interface language; '' if it can."""
    try:
        require_site(name, site_type, county)
    except InvalidSite as error:
        return message_for(error)
    return ""
