"""The main window: a list of the app's areas on the left, the chosen area on the right, menus for the rest."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
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
from ..core.paths import log_dir
from .curriculum.curriculum_page import CurriculumPage
from .i18n import LanguageSwitcher, RetranslateOnLanguageChange
from .labels import LANGUAGE_ENDONYMS
from .sessions.records_guard import RecordsGuard
from .settings import UI_LANGUAGES, Settings
from .widgets.layout import side_by_side

if TYPE_CHECKING:
    from ..core.teach.presenting import Warnings
    from .plan.plan_page import PlanPage
    from .present.presenter import Presenter
    from .reports.reports_page import ReportsPage
    from .sessions.sessions_page import SessionsPage

AREAS = ("curriculum", "plan", "handouts", "sessions", "reports")
"""The working areas, in the order of the side list (Ctrl+1 to Ctrl+5)."""


class MainWindow(RetranslateOnLanguageChange, QMainWindow):
    profile_changed = Signal()
    """The agency profile was saved: the pages that print with it make their pages again."""

    def __init__(self, curriculum: Curriculum, settings: Settings, languages: LanguageSwitcher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.curriculum, self.settings, self.languages = curriculum, settings, languages

        self.curriculum_page = CurriculumPage(curriculum, settings, languages.language)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.curriculum_page)
        self._built: dict[int, QWidget] = {}
        """Areas other than the curriculum are built the first time they are opened: they bring in the PDF,
        printing and records machinery, which start-up can skip."""
        for _ in AREAS[1:]:
            self.pages.addWidget(QWidget())  # a placeholder until the area is built
        self.records = RecordsGuard(self)
        self.presenter: Presenter | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("areas")
        for _ in AREAS:
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
        names = {"curriculum": self.tr("Curriculum"), "plan": self.tr("Plan"), "handouts": self.tr("Handouts"),
                 "sessions": self.tr("Sessions"), "reports": self.tr("Reports")}
        for row, area in enumerate(AREAS):
            self.nav.item(row).setText(names[area])
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
    def plan_page(self):
        return self._area("plan")

    @property
    def handouts_page(self):
        return self._area("handouts")

    @property
    def sessions_page(self):
        """None when the records file cannot be used (the guard has said why and offered the backup)."""
        return self._area("sessions")

    @property
    def reports_page(self):
        return self._area("reports")

    def _area(self, area: str) -> QWidget | None:
        row = AREAS.index(area)
        if row not in self._built:
            page = self._build(area)
            if page is None:
                return None
            self._put(row, page)
        return self._built[row]

    def _if_built(self, area: str) -> QWidget | None:
        """The area's page if it has been opened (a page not yet built shows fresh data when it is)."""
        return self._built.get(AREAS.index(area))

    def _build(self, area: str) -> QWidget | None:
        """The area's page, listening for the changes it shows: the agency profile, or the records."""
        if area == "handouts":
            from .handouts.handouts_page import HandoutsPage

            handouts = HandoutsPage(self.curriculum)
            self.profile_changed.connect(handouts.reload_profile)
            return handouts
        store = self.records.open()
        if store is None:
            return None
        page: PlanPage | SessionsPage | ReportsPage
        if area == "plan":
            from .plan.plan_page import PlanPage

            page = PlanPage(self.curriculum, store)
            page.present_requested.connect(self.present)
        elif area == "sessions":
            from .sessions.sessions_page import SessionsPage

            page = SessionsPage(self.curriculum, store)
        else:
            from .reports.reports_page import ReportsPage

            page = ReportsPage(self.curriculum, store)
        self.records.records_changed.connect(page.show_records)
        return page

    def _put(self, row: int, page: QWidget) -> None:
        old = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(old)
        old.deleteLater()
        self._built[row] = page

    def _show_area(self, row: int) -> None:
        if row and self._area(AREAS[row]) is None:
            self.nav.setCurrentRow(0)
            return
        self.pages.setCurrentIndex(row)

    def present(self, plan) -> None:
        """Run a plan: notes on this screen, prompts on the projector (or a second window); then offer the log."""
        from ..core.teach.presenting import Warnings
        from ..userdata import local_helplines
        from .present.audience_window import AUDIENCE_POINTS
        from .present.presenter import Presenter

        if self.presenter is not None and self.presenter.facilitator.isVisible():
            self.presenter.facilitator.activateWindow()  # one session at a time: End session ends this one
            return
        self.presenter = Presenter(self.curriculum, plan, local_helplines(self.curriculum), self,
                                   points=self.settings.projector_points or AUDIENCE_POINTS,
                                   theme=self.settings.projector_theme,
                                   warnings=Warnings.from_minutes(*self.settings.timer_warnings))
        self.presenter.log_requested.connect(self.log_run)
        self.presenter.points_changed.connect(self._remember_projector_points)
        self.presenter.theme_changed.connect(self._remember_projector_theme)
        self.presenter.warnings_changed.connect(self._remember_timer_warnings)
        self.presenter.start()

    def _remember_projector_points(self, points: int) -> None:
        self.settings.projector_points = points

    def _remember_timer_warnings(self, warnings: Warnings) -> None:
        self.settings.timer_warnings = warnings.minutes()

    def _remember_projector_theme(self, theme: str) -> None:
        self.settings.projector_theme = theme

    def offer_unfinished_run(self) -> None:
        """A session that was presenting when Upstream stopped (a crash, a closed laptop): offer its log, filled in
        from what had happened, once."""
        from ..core.teach.presenting import session_from_run
        from ..core.teach.run_journal import clear, load_run

        run = load_run()
        if run is None:
            return
        clear()
        try:
            session_from_run(run, self.curriculum)
        except KeyError:  # the curriculum has changed since: its modules or sections are gone
            return
        answer = QMessageBox.question(self, self.tr("Unfinished session"), self.tr(
            "The session “%1” of %2 was still being presented when Upstream stopped. Log it now? The form is "
            "filled in from what had happened.").replace("%1", run.plan.name)
            .replace("%2", run.started_at.strftime("%Y-%m-%d %H:%M")))
        if answer == QMessageBox.StandardButton.Yes:
            self.log_run(run)

    def log_run(self, run) -> None:
        """The session log, filled in from the plan and the run, for the facilitator to complete and save."""
        from ..core.teach.presenting import session_from_run
        from .sessions.session_dialog import SessionDialog

        store = self.records.open()
        if store is None:
            return
        self.log_dialog = SessionDialog(self.curriculum, store, session_from_run(run, self.curriculum), self)
        self.log_dialog.participants.setFocus()
        self.log_dialog.accepted.connect(self._logged)
        self.log_dialog.open()

    def _logged(self) -> None:
        self.records.changed()
        self.nav.setCurrentRow(AREAS.index("sessions"))

    def restore_records(self) -> None:
        from ..core.paths import backups_dir

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup of the session records"),
                                              str(backups_dir()), self.tr("Record backups (records-*.db)"))
        # The open areas hear of a restore from the records guard and show the restored records.
        if path and self.records.restore_chosen(Path(path)):
            self.nav.setCurrentRow(AREAS.index("sessions"))

    def edit_agency(self) -> None:
        from .handouts.agency_dialog import AgencyDialog

        if AgencyDialog(self).exec():
            self.profile_changed.emit()

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
        plan = self._if_built("plan")
        if plan is not None and not plan.may_leave():  # an unsaved plan: save, discard, or stay
            event.ignore()
            return
        if self.presenter is not None:
            self.presenter.close()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
