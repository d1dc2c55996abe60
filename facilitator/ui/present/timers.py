"""The presenter's clocks: time left in the section and the session, when the bell goes, and when they warn.

The timers change colour as time runs short, and the words beside them say the same for anyone who cannot see it; a
screen reader hears once when five minutes are left. The facilitator sets when amber and red begin.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ...core.teach.presenting import Run, Warnings
from ..widgets.layout import emphasised

TIMER_STYLES = {"on_time": "", "short": "background: #ffd54f; color: #1a1a1a;",
                "over": "background: #b71c1c; color: #ffffff;"}
"""Timers change colour as time runs short; the words beside them say the same for anyone who cannot see it."""
ANNOUNCE_AT = 5 * 60
"""Seconds left in the session when a screen reader is told, once."""


def clock(seconds: float) -> str:
    """Minutes and seconds, as a timer shows them (over or under: the words beside it say which)."""
    seconds = int(abs(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _row(widget: QWidget) -> QHBoxLayout:
    """A row that adds no space of its own, so the widget's parts sit as if laid out in the window's own row."""
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    return row


class TimerBar(QWidget):
    """The section's and the session's time left, and the time the session ends, at the top of the laptop's view."""

    def __init__(self) -> None:
        super().__init__()
        self.section, self.session = QLabel(), QLabel()
        self.ends = QLabel()
        self.ends.setObjectName("endsAt")
        row = _row(self)
        for timer in (self.section, self.session):
            timer.setObjectName("timer")
            emphasised(timer, 1.4, bold=False)
            timer.setMargin(6)
            row.addWidget(timer)
        row.addWidget(self.ends)
        self._announced = False

    def show_time(self, run: Run, now: float, warnings: Warnings, ends_at: dt.datetime) -> None:
        section_left, session_left = run.section_left(now), run.session_left(now)
        self.section.setText((self.tr("Section: %1 left") if section_left >= 0 else
                              self.tr("Section: %1 over")).replace("%1", clock(section_left)))
        self.session.setText((self.tr("Session: %1 left") if session_left >= 0 else
                              self.tr("Session: %1 over")).replace("%1", clock(session_left)))
        self.section.setStyleSheet(TIMER_STYLES[run.section_state(now, warnings)])
        self.session.setStyleSheet(TIMER_STYLES[run.session_state(now, warnings)])
        self.ends.setText(self.tr("Ends at %1").replace("%1", ends_at.strftime("%H:%M")))
        if 0 <= session_left <= ANNOUNCE_AT and not self._announced:
            # Once, not every tick: a screen reader hears the warning the amber colour gives the eye.
            self._announced = True
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(
                self.session, self.tr("%n minute(s) left in the session", "", round(session_left / 60))))


class WarningFields(QWidget):
    """When the timers turn amber and red, in minutes left, as the facilitator sets them (kept for next time)."""

    changed = Signal(object)
    """The Warnings now set, after either field changed."""

    def __init__(self, warnings: Warnings) -> None:
        super().__init__()
        self.amber, self.red = QSpinBox(), QSpinBox()
        self.amber.setObjectName("amberMinutes")
        self.red.setObjectName("redMinutes")
        self.amber.setRange(0, 30)  # 0 shows "auto": a fifth of the time
        self.red.setRange(0, 10)
        self.amber_label, self.red_label = QLabel(), QLabel()
        self.amber_label.setBuddy(self.amber)
        self.red_label.setBuddy(self.red)
        row = _row(self)
        for widget in (self.amber_label, self.amber, self.red_label, self.red):
            row.addWidget(widget)
        amber, red = warnings.minutes()
        self.amber.setValue(amber)
        self.red.setValue(red)
        self.amber.valueChanged.connect(self._changed)
        self.red.valueChanged.connect(self._changed)

    @property
    def warnings(self) -> Warnings:
        return Warnings.from_minutes(self.amber.value(), self.red.value())

    def _changed(self) -> None:
        self.changed.emit(self.warnings)

    def retranslate_ui(self) -> None:
        self.amber_label.setText(self.tr("&Amber at"))
        self.red_label.setText(self.tr("Re&d at"))
        self.amber.setSpecialValueText(self.tr("auto"))
        self.amber.setSuffix(self.tr(" min left"))
        self.red.setSpecialValueText(self.tr("time up"))
        self.red.setSuffix(self.tr(" min left"))
