"""The main window: a list of the app's areas on the left, the chosen area on the right, menus for the rest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..core.model import Curriculum
from ..logs import log_dir
from .curriculum_page import CurriculumPage
from .i18n import LanguageSwitcher, RetranslateOnLanguageChange
from .labels import LANGUAGE_ENDONYMS
from .layout import side_by_side
from .records_guard import RecordsGuard
from .settings import UI_LANGUAGES, Settings


class MainWindow(RetranslateOnLanguageChange, QMainWindow):
    def __init__(self, curriculum: Curriculum, settings: Settings, languages: LanguageSwitcher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.curriculum, self.settings, self.languages = curriculum, settings, languages

        self.curriculum_page = CurriculumPage(curriculum, settings, languages.language)
        self._handouts_page = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.curriculum_page)
        self.pages.addWidget(QWidget())  # replaced by the Handouts page the first time it is opened
        self._sessions_page = None
        self.pages.addWidget(QWidget())  # replaced by the Sessions page the first time it is opened
        self._reports_page = None
        self.pages.addWidget(QWidget())  # replaced by the Reports page the first time it is opened
        self.records = RecordsGuard(self)
        self.nav = QListWidget()
        self.nav.setObjectName("areas")
        for _ in range(self.pages.count()):  # one entry per working area; more arrive as they are built
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(0)
        self.nav.setMaximumWidth(180)
        self.setCentralWidget(side_by_side(self.nav, self.pages, 130, 1150))

        self._build_menus()
        self.retranslate_ui()
        self.curriculum_page.reader.set_zoom(settings.reader_zoom)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.agency_action = QAction(self, triggered=self.edit_agency)
        self.restore_action = QAction(self, triggered=self.restore_records)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addActions([self.agency_action, self.restore_action, self.quit_action])

        self.view_menu = bar.addMenu("")
        reader = self.curriculum_page.reader
        self.zoom_in_action = QAction(self, shortcut=QKeySequence.StandardKey.ZoomIn,
                                      triggered=lambda: self._zoom(reader.zoom + 1))
        self.zoom_out_action = QAction(self, shortcut=QKeySequence.StandardKey.ZoomOut,
                                       triggered=lambda: self._zoom(reader.zoom - 1))
        self.zoom_reset_action = QAction(self, shortcut=QKeySequence("Ctrl+0"), triggered=lambda: self._zoom(0))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.area_actions = [QAction(self, shortcut=QKeySequence(f"Ctrl+{row + 1}"),
                                     triggered=lambda _checked=False, r=row: self.nav.setCurrentRow(r))
                             for row in range(self.nav.count())]
        self.view_menu.addActions(self.area_actions)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in UI_LANGUAGES:
            action = QAction(LANGUAGE_ENDONYMS[code], self, checkable=True)
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_ui_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.log_action = QAction(self, triggered=self._open_log_folder)
        self.about_action = QAction(self, triggered=self._about)
        self.help_menu.addActions([self.log_action, self.about_action])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Upstream — facilitator toolkit"))
        self.nav.item(0).setText(self.tr("Curriculum"))
        self.nav.item(1).setText(self.tr("Handouts"))
        self.nav.item(2).setText(self.tr("Sessions"))
        self.nav.item(3).setText(self.tr("Reports"))
        for row, action in enumerate(self.area_actions):
            action.setText(self.nav.item(row).text())
        self.agency_action.setText(self.tr("&Agency profile…"))
        self.restore_action.setText(self.tr("&Restore session records from a backup…"))
        self.nav.setAccessibleName(self.tr("Areas of the app"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_menu.setToolTip(self.tr("Interface language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.log_action.setText(self.tr("Open the log folder"))
        self.about_action.setText(self.tr("&About Upstream"))
        modules = len(self.curriculum.modules)
        self.statusBar().showMessage(self.tr("%n module(s) loaded", "", modules))

    def set_ui_language(self, language: str) -> None:
        """Retranslate the open window at once; no restart needed."""
        self.settings.ui_language = language
        self.languages.switch(language)
        self.language_actions[language].setChecked(True)

    @property
    def handouts_page(self):
        """Built on first use: it brings in the PDF, printing and template machinery, which start-up can skip."""
        if self._handouts_page is None:
            from .handouts_page import HandoutsPage

            self._handouts_page = HandoutsPage(self.curriculum)
            self._replace_page(1, self._handouts_page)
        return self._handouts_page

    @property
    def sessions_page(self):
        """Built on first use; without a usable records file it explains why and offers the backup."""
        if self._sessions_page is None:
            store = self.records.open()
            if store is None:
                return None
            from .sessions_page import SessionsPage

            self._sessions_page = SessionsPage(self.curriculum, store)
            self._replace_page(2, self._sessions_page)
        return self._sessions_page

    @property
    def reports_page(self):
        """Built on first use, over the same records as the Sessions page."""
        if self._reports_page is None:
            store = self.records.open()
            if store is None:
                return None
            from .reports_page import ReportsPage

            self._reports_page = ReportsPage(self.curriculum, store)
            self._replace_page(3, self._reports_page)
        return self._reports_page

    def _replace_page(self, row: int, page: QWidget) -> None:
        old = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(old)
        old.deleteLater()

    def _show_area(self, row: int) -> None:
        if row == 1:
            self.handouts_page  # noqa: B018 - build it before showing it
        if (row == 2 and self.sessions_page is None) or (row == 3 and self.reports_page is None):
            self.nav.setCurrentRow(0)
            return
        self.pages.setCurrentIndex(row)

    def restore_records(self) -> None:
        from ..core.paths import backups_dir

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup of the session records"),
                                              str(backups_dir()), self.tr("Record backups (records-*.db)"))
        if not path or not self.records.restore_chosen(Path(path)):
            return
        if self._sessions_page is not None:  # show the restored records
            from .sessions_page import SessionsPage

            self._sessions_page = SessionsPage(self.curriculum, self.records.store)
            self._replace_page(2, self._sessions_page)
        if self._reports_page is not None:
            from .reports_page import ReportsPage

            self._reports_page = ReportsPage(self.curriculum, self.records.store)
            self._replace_page(3, self._reports_page)
        self.nav.setCurrentRow(2)

    def edit_agency(self) -> None:
        from .agency_dialog import AgencyDialog

        if AgencyDialog(self).exec() and self._handouts_page is not None:
            self._handouts_page.reload_profile()

    def _zoom(self, steps: int) -> None:
        self.curriculum_page.reader.set_zoom(steps)
        self.settings.reader_zoom = self.curriculum_page.reader.zoom

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Upstream"), self.tr(
            "<h3>Upstream %1</h3><p>An offline toolkit for people who teach human-trafficking prevention in "
            "schools and communities.</p><p>Curriculum version %2. Upstream never connects to the internet.</p>")
            .replace("%1", __version__).replace("%2", str(self.curriculum.version)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
