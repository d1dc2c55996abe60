"""Typed access to the user's preferences, stored with QSettings so they survive a restart."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

UI_LANGUAGES = ("en", "es")


class Settings:
    """One place that knows every key and its type; widgets never touch QSettings strings themselves."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def _text(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def ui_language(self) -> str:
        system = QLocale.system().name()[:2]
        language = self._text("ui/language", system if system in UI_LANGUAGES else "en")
        return language if language in UI_LANGUAGES else "en"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def content_language(self) -> str:
        """The language modules are shown in; empty means "the same as the interface"."""
        return self._text("content/language", "")

    @content_language.setter
    def content_language(self, value: str) -> None:
        self._store.setValue("content/language", value)

    @property
    def audience_filter(self) -> str:
        return self._text("curriculum/audience", "")

    @audience_filter.setter
    def audience_filter(self, value: str) -> None:
        self._store.setValue("curriculum/audience", value)

    @property
    def minutes_filter(self) -> int:
        return self._int("curriculum/minutes", 0)

    @minutes_filter.setter
    def minutes_filter(self, value: int) -> None:
        self._store.setValue("curriculum/minutes", value)

    @property
    def reader_zoom(self) -> int:
        return self._int("reader/zoom", 0)

    @reader_zoom.setter
    def reader_zoom(self, value: int) -> None:
        self._store.setValue("reader/zoom", value)

    @property
    def projector_points(self) -> int:
        """The projector's text size in points; 0 until the facilitator first changes it."""
        return self._int("presenter/points", 0)

    @projector_points.setter
    def projector_points(self, value: int) -> None:
        self._store.setValue("presenter/points", value)

    @property
    def timer_warnings(self) -> tuple[int, int]:
        """The presenter's amber and red minutes (0 amber: a fifth of the time; 0 red: when time is up)."""
        return self._int("presenter/amber", 0), self._int("presenter/red", 0)

    @timer_warnings.setter
    def timer_warnings(self, value: tuple[int, int]) -> None:
        self._store.setValue("presenter/amber", value[0])
        self._store.setValue("presenter/red", value[1])

    @property
    def projector_theme(self) -> str:
        """"dark" (light text on black) or "light" (dark text on off-white), chosen per room."""
        value = self._store.value("presenter/theme", "dark")
        return value if value in ("dark", "light") else "dark"

    @projector_theme.setter
    def projector_theme(self, value: str) -> None:
        self._store.setValue("presenter/theme", value)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{key}", value)

    def sync(self) -> None:
        self._store.sync()
