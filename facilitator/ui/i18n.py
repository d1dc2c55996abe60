"""Switch the interface language live: install the app's and Qt's own translators, and Qt tells every widget."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..core.paths import translations_dir
from .settings import UI_LANGUAGES

log = logging.getLogger(__name__)


class LanguageSwitcher:
    """Owns the installed translators. Installing or removing one makes Qt send LanguageChange to every
    widget, whose changeEvent then calls retranslate_ui()."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = language
        QLocale.setDefault(QLocale(language))
        # English has a catalogue too: it holds the plural forms of "%n ..." strings.
        ours = QTranslator(self._app)
        if ours.load(f"upstream_{language}", str(translations_dir())):
            self._translators.append(ours)
        else:
            log.warning("No interface translation for %s in %s", language, translations_dir())
        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        if self._app.thread().loopLevel() == 0:
            # Qt only announces translator changes once the event loop runs; before that (at start-up, in
            # tests) announce it ourselves so open windows still retranslate.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
            QCoreApplication.processEvents()


def interface_language(offered: Sequence[str] = ()) -> str:
    """The interface language's code ("es"); when `offered` is given and lacks it, the first offered language
    (content, reports and handouts may come in fewer languages than the interface)."""
    language = QLocale().name()[:2]
    if language not in UI_LANGUAGES:  # the "C" locale of a bare process, or a language with no catalogue
        language = "en"
    return language if not offered or language in offered else offered[0]


class RetranslateOnLanguageChange:
    """Mix into a widget class before the Qt base: on LanguageChange it calls the widget's retranslate_ui()."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
