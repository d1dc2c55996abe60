"""Start the desktop app: logging, translators, error reporting, content, then the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from . import APP_NAME, ORGANIZATION, __version__
from .core.content.cache import load_curriculum_cached
from .core.content.problems import ContentError
from .core.memory import settle_after_start
from .core.paths import user_data_dir
from .logs import setup_logging
from .ui.errors import ErrorReporter
from .ui.i18n import LanguageSwitcher
from .ui.main_window import MainWindow
from .ui.settings import Settings
from .ui.single_instance import SingleInstance
from .ui.tasks import shut_down

log = logging.getLogger(__name__)
SEARCH_WARM_UP_MS = 100
"""Build the search index this long after showing the window: after its first paint, before anyone types."""
BACKUP_DELAY_MS = 1500
"""The start-up backup of the records waits until the window is drawn and the search is ready."""


def application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def start(app: QApplication) -> MainWindow | None:
    """Everything from logging to a shown main window; None when the content cannot be loaded."""
    log_path = setup_logging()
    log.info("Starting Upstream %s", __version__)
    settings = Settings()
    languages = LanguageSwitcher(app)
    languages.switch(settings.ui_language)
    reporter = ErrorReporter(log_path, app)
    reporter.install()
    try:
        curriculum = load_curriculum_cached()
    except ContentError as error:
        log.error("Curriculum content has errors:\n%s", error)
        reporter.show_content_error(str(error))
        return None
    window = MainWindow(curriculum, settings, languages)
    window.show()
    settle_after_start()
    QTimer.singleShot(SEARCH_WARM_UP_MS, window.curriculum_page.prepare_search)
    QTimer.singleShot(BACKUP_DELAY_MS, window.records.start)
    QTimer.singleShot(0, window.offer_unfinished_run)
    return window


def run(argv: Sequence[str] | None = None) -> int:
    app = application(argv)
    instance = SingleInstance(str(user_data_dir()), app)
    if instance.ask_running_copy_to_show():  # the records are already open in that copy
        return 0
    window = start(app)
    if window is None:
        return 2
    instance.listen(window)
    app.aboutToQuit.connect(instance.stop)
    app.aboutToQuit.connect(shut_down)
    return app.exec()
