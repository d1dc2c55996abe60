"""The guide reader: a module's sections with their timings on the left, the full facilitator guide on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from ...core.browse.guide import guide_html, section_anchor, timed_sections
from ...core.model import Curriculum
from ..i18n import RetranslateOnLanguageChange
from ..widgets.layout import column, side_by_side

SectionIdRole = Qt.ItemDataRole.UserRole + 1


class GuideReader(RetranslateOnLanguageChange, QWidget):
    def __init__(self, curriculum: Curriculum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._curriculum = curriculum
        self.module_id: str | None = None
        self.language = "en"
        self._zoom = 0

        self.outline_label = QLabel()
        self.outline = QListWidget()
        self.outline.setObjectName("guideOutline")
        self.outline.setWordWrap(True)
        self.outline.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the titles when the pane is resized
        self.outline.setAlternatingRowColors(True)
        self.outline_label.setBuddy(self.outline)
        self.outline.itemActivated.connect(self._go_to_item)
        self.outline.itemClicked.connect(self._go_to_item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.browser.scrollToAnchor(url.fragment()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_by_side(column(self.outline_label, self.outline), self.browser, 200, 560))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.outline_label.setText(self.tr("Sect&ions"))
        self.outline.setAccessibleName(self.tr("Sections of the module, with their timing"))
        self.browser.setAccessibleName(self.tr("Facilitator guide"))
        if self.module_id is None:
            self.browser.setPlaceholderText(self.tr("Choose a module to read its facilitator guide."))

    def show_module(self, module_id: str, language: str, section_id: str | None = None) -> None:
        self.module_id, self.language = module_id, language
        self.browser.setHtml(guide_html(self._curriculum, module_id, language))
        self.outline.clear()
        module = self._curriculum.module(module_id)
        optional = self._curriculum.labels[module.text(language).language].headings["optional"]
        for timed in timed_sections(module, language):
            suffix = "" if timed.spec.core else f" ({optional})"
            item = QListWidgetItem(f"{timed.start}–{timed.end}   {timed.text.title}{suffix}")
            item.setData(SectionIdRole, timed.spec.id)
            item.setToolTip(timed.text.title)
            self.outline.addItem(item)
        if section_id:
            self.go_to_section(section_id)

    def clear(self) -> None:
        self.module_id = None
        self.outline.clear()
        self.browser.clear()
        self.retranslate_ui()

    def go_to_section(self, section_id: str) -> None:
        for row in range(self.outline.count()):
            if self.outline.item(row).data(SectionIdRole) == section_id:
                self.outline.setCurrentRow(row)
        self.browser.scrollToAnchor(section_anchor(section_id))

    def _go_to_item(self, item: QListWidgetItem) -> None:
        self.go_to_section(item.data(SectionIdRole))

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        """Larger or smaller text, in steps from the default size (kept between -4 and +10)."""
        steps = max(-4, min(10, steps))
        delta = steps - self._zoom
        if delta > 0:
            self.browser.zoomIn(delta)
        elif delta < 0:
            self.browser.zoomOut(-delta)
        self._zoom = steps
