"""Presenter mode: the facilitator's notes and timers on the laptop, the prompts on the projector.

Two windows: the facilitator view (this screen) and the audience view (the second screen, full screen, when there is
one; otherwise a window of its own that can be dragged to wherever the projector shows). All control is on the
facilitator's keyboard: next, back, pause the projector, the safety panel, the resources, text size, end.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Curriculum, LegalReference
from ..core.planner import Plan
from ..core.presenting import (
    AudienceCard,
    FacilitatorCard,
    Run,
    SafetyPanel,
    audience_card,
    facilitator_card,
    projector_words,
    safety_panel,
)
from .layout import emphasised

TIMER_STYLES = {"on_time": "", "short": "background: #ffd54f; color: #1a1a1a;",
                "over": "background: #b71c1c; color: #ffffff;"}
"""Timers change colour as time runs short; the words beside them say the same for anyone who cannot see it."""
AUDIENCE_POINTS = 34
MIN_POINTS, MAX_POINTS = 18, 72


def clock(seconds: float) -> str:
    seconds = int(abs(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudienceWindow(QWidget):
    """Large white text on black: the prompt, a pause screen, or where to get help. Never the notes."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceView")
        self.setStyleSheet("#audienceView { background: #000000; } QLabel { color: #ffffff; }")
        self.points = AUDIENCE_POINTS
        self.text = QLabel()
        self.text.setObjectName("audienceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.text)
        self.mode = "prompt"

    def show_card(self, card: AudienceCard) -> None:
        self.mode = "prompt"
        parts = [f"<p style='font-size:{self.points * 0.55:.0f}pt; color:#bdbdbd'>{html.escape(card.module_title)}</p>",
                 f"<p style='font-size:{self.points * 1.3:.0f}pt; font-weight:bold'>{html.escape(card.title)}</p>"]
        if card.questions:
            parts.append(self._list(card.questions, ordered=False))
        if card.steps:
            parts.append(f"<p style='font-size:{self.points:.0f}pt; font-weight:bold'>"
                         f"{html.escape(card.activity_title)}</p>")
            parts.append(self._list(card.steps, ordered=True))
        self.text.setText("".join(parts))

    def show_pause(self, words: dict[str, str]) -> None:
        self.mode = "pause"
        self.text.setText(f"<p align='center' style='font-size:{self.points * 1.2:.0f}pt'>"
                          f"{html.escape(words['pause'])}</p>")

    def show_resources(self, panel: SafetyPanel, words: dict[str, str]) -> None:
        self.mode = "resources"
        lines = [f"<b>{html.escape(name)}</b><br>{html.escape(ways)}" for name, ways in panel.contacts(words["text"])]
        self.text.setText(f"<p style='font-size:{self.points * 1.2:.0f}pt; font-weight:bold'>"
                          f"{html.escape(words['resources'])}</p>" + self._list(lines, ordered=False, escape=False))

    def _list(self, items: tuple[str, ...] | list[str], ordered: bool, escape: bool = True) -> str:
        tag = "ol" if ordered else "ul"
        rows = "".join(f"<li style='margin-bottom:12px'>{html.escape(i) if escape else i}</li>" for i in items)
        return f"<{tag} style='font-size:{self.points:.0f}pt'>{rows}</{tag}>"


class FacilitatorWindow(QWidget):
    """The laptop's view: notes, what comes next, both timers, and the controls."""

    closing = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("facilitatorView")
        self.position, self.title = QLabel(), QLabel()
        self.title.setObjectName("sectionTitle")
        emphasised(self.title, 1.5)
        self.title.setWordWrap(True)
        self.section_timer, self.session_timer = QLabel(), QLabel()
        for timer in (self.section_timer, self.session_timer):
            timer.setObjectName("timer")
            emphasised(timer, 1.4, bold=False)
            timer.setMargin(6)
        self.notes = QTextBrowser()
        self.notes.setObjectName("facilitatorNotes")
        self.safety = QTextBrowser()
        self.safety.setObjectName("safetyPanel")
        self.safety.hide()
        self.next_label, self.projector_label = QLabel(), QLabel()
        self.next_label.setWordWrap(True)
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.pause_button, self.safety_button = QPushButton(), QPushButton()
        self.resources_button, self.end_button = QPushButton(), QPushButton()
        for button in (self.pause_button, self.safety_button, self.resources_button):
            button.setCheckable(True)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.position)
        heading.addWidget(self.title)
        top.addLayout(heading, 1)
        top.addWidget(self.section_timer)
        top.addWidget(self.session_timer)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.notes)
        split.addWidget(self.safety)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        controls = QHBoxLayout()
        for button in (self.back_button, self.next_button, self.pause_button, self.safety_button,
                       self.resources_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.projector_label)
        layout.addLayout(controls)

    def give_safety_room(self) -> None:
        """The panel takes two thirds of the width while open: both ages' steps side by side need it."""
        total = sum(self.split.sizes()) or self.width()
        self.split.setSizes([total // 3, total - total // 3])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


class Presenter(QObject):
    """Runs a plan across the two windows; `log_requested` carries the finished Run for the session log."""

    log_requested = Signal(object)
    points_changed = Signal(int)
    """The projector's text size, when the facilitator changes it (the next session starts at it)."""

    def __init__(self, curriculum: Curriculum, plan: Plan, local_helplines: tuple = (),
                 parent: QObject | None = None, now: Callable[[], float] | None = None,
                 points: int = AUDIENCE_POINTS) -> None:
        super().__init__(parent)
        self.curriculum, self.plan = curriculum, plan
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self.now = now or (lambda: self._elapsed.elapsed() / 1000)
        self.run = Run(plan, self.now())
        self.words = projector_words(curriculum, plan.audience_language)
        self.facilitator_safety = safety_panel(curriculum, plan.facilitator_language, local_helplines)
        self.audience_safety = safety_panel(curriculum, plan.audience_language, local_helplines)
        self.facilitator = FacilitatorWindow()
        self.audience = AudienceWindow()
        self.audience.points = max(MIN_POINTS, min(MAX_POINTS, points))
        self.facilitator.closing.connect(self._closed)
        f = self.facilitator
        f.next_button.clicked.connect(self.next)
        f.back_button.clicked.connect(self.back)
        f.pause_button.clicked.connect(lambda: self.set_projector("pause" if self.audience.mode != "pause" else
                                                                  "prompt"))
        f.safety_button.clicked.connect(self.toggle_safety)
        f.resources_button.clicked.connect(lambda: self.set_projector("resources" if self.audience.mode !=
                                                                      "resources" else "prompt"))
        f.end_button.clicked.connect(self.end)
        keys: list[tuple[QKeySequence | str, Callable[[], None]]] = [
            ("Right", self.next), ("PgDown", self.next), ("Space", self.next), ("Left", self.back),
            ("PgUp", self.back), ("B", lambda: f.pause_button.click()), ("S", self.toggle_safety),
            ("R", lambda: f.resources_button.click()), ("Ctrl++", lambda: self.scale(4)),
            ("Ctrl+=", lambda: self.scale(4)), ("Ctrl+-", lambda: self.scale(-4))]
        # The same keys work whichever of the two windows has the focus (someone may click the projector's).
        self.shortcuts = [QShortcut(QKeySequence(key), window, activated=action) for key, action in keys
                          for window in (f, self.audience)]
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.tick)
        self.retranslate()

    # --- windows ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """The audience view goes full screen on a second screen when there is one; with one screen both are
        ordinary windows side by side, and the audience window can be dragged to the projector."""
        screens = QGuiApplication.screens()
        laptop = QGuiApplication.primaryScreen()
        self.facilitator.resize(1000, 700)
        self.facilitator.show()
        other = next((s for s in screens if s is not laptop), None)
        if other is not None:
            self.audience.setScreen(other)
            self.audience.setGeometry(other.geometry())
            self.audience.showFullScreen()
        else:
            self.audience.resize(800, 600)
            self.audience.show()
        self.on_second_screen = other is not None
        self.show_section()
        self.ticker.start()
        self.facilitator.activateWindow()

    def retranslate(self) -> None:
        f = self.facilitator
        f.setWindowTitle(self.tr("Presenting: %1").replace("%1", self.plan.name))
        self.audience.setWindowTitle(self.tr("Audience view"))
        f.back_button.setText(self.tr("◀ Back"))
        f.next_button.setText(self.tr("Next ▶"))
        f.pause_button.setText(self.tr("Pause screen (B)"))
        f.safety_button.setText(self.tr("Safety (S)"))
        f.resources_button.setText(self.tr("Resources (R)"))
        f.end_button.setText(self.tr("End session"))
        f.back_button.setToolTip(self.tr("Previous section (Left arrow or Page Up)"))
        f.next_button.setToolTip(self.tr("Next section (Right arrow, Page Down or Space)"))

    def show_section(self) -> None:
        run, f = self.run, self.facilitator
        card = facilitator_card(self.curriculum, run.item, self.plan.facilitator_language, self.plan.audience)
        f.position.setText(self.tr("Section %1 of %2 · %3").replace("%1", str(run.index + 1))
                           .replace("%2", str(len(self.plan.items))).replace("%3", card.module_title))
        f.title.setText(card.title)
        f.notes.setHtml(self._notes_html(card))
        upcoming = run.next_item
        if upcoming is None:
            f.next_label.setText(self.tr("Next: the end of the session. Thank the group and hand out the "
                                         "resource cards."))
        else:
            nxt = facilitator_card(self.curriculum, upcoming, self.plan.facilitator_language, self.plan.audience)
            f.next_label.setText(self.tr("Next: %1 (%2 min)").replace("%1", nxt.title)
                                 .replace("%2", str(nxt.minutes)))
        f.back_button.setEnabled(run.index > 0)
        f.next_button.setEnabled(not run.is_last)
        if self.audience.mode == "prompt":
            self.audience.show_card(audience_card(self.curriculum, run.item, self.plan.audience_language))
        self.tick()

    def _notes_html(self, card: FacilitatorCard) -> str:
        def block(title: str, items) -> str:
            if not items:
                return ""
            rows = "".join(f"<li>{html.escape(i)}</li>" for i in items)
            return f"<h3>{html.escape(title)}</h3><ul>{rows}</ul>"

        parts = [block(self.tr("Say and do"), card.talking_points), block(self.tr("Notes"), card.notes),
                 block(self.tr("For grades 6–8"), card.younger)]
        ask, respond = html.escape(self.tr("Ask")), html.escape(self.tr("Respond:"))
        for question in card.questions:
            parts.append(f"<h3>{ask}</h3><p><b>{html.escape(question.prompt)}</b></p>")
            parts.append(block(self.tr("Listen for"), question.listen_for))
            if question.respond:
                parts.append(f"<p><i>{respond}</i> {html.escape(question.respond)}</p>")
        if card.steps:
            parts.append(f"<h3>{html.escape(card.activity_title)}</h3><p>{html.escape(card.activity_purpose)}</p>")
            parts.append("<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in card.steps) + "</ol>")
            parts.append(block(self.tr("Debrief"), card.debrief))
        return "".join(parts)

    # --- control ----------------------------------------------------------------------------------------------
    def next(self) -> None:
        if not self.run.is_last:
            self.run.go(self.run.index + 1, self.now())
            self.show_section()

    def back(self) -> None:
        if self.run.index > 0:
            self.run.go(self.run.index - 1, self.now())
            self.show_section()

    def set_projector(self, mode: str) -> None:
        """"prompt", "pause" or "resources"; the buttons show which."""
        if mode == "pause":
            self.audience.show_pause(self.words)
        elif mode == "resources":
            self.audience.show_resources(self.audience_safety, self.words)
        else:
            self.audience.show_card(audience_card(self.curriculum, self.run.item, self.plan.audience_language))
        f = self.facilitator
        f.pause_button.setChecked(mode == "pause")
        f.resources_button.setChecked(mode == "resources")
        f.projector_label.setText({"pause": self.tr("Projector: pause screen"),
                                   "resources": self.tr("Projector: where to get help"),
                                   "prompt": self.tr("Projector: this section's prompt")}[mode])

    def toggle_safety(self) -> None:
        """Opening the panel pauses the projector at once; closing it leaves the pause for the facilitator to end."""
        panel = self.facilitator.safety
        opening = not panel.isVisible()
        panel.setVisible(opening)
        self.facilitator.safety_button.setChecked(opening)
        if opening:
            panel.setHtml(self._safety_html(self.facilitator_safety))
            self.facilitator.give_safety_room()
            self.set_projector("pause")

    def _safety_html(self, panel: SafetyPanel) -> str:
        """Steps for everyone, then the two ages side by side (the law differs, and both must show without
        scrolling past the other), each under a tinted heading with its legal references, then the helplines."""
        def steps(items: tuple[str, ...]) -> str:
            return "<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in items) + "</ol>"

        def laws(references: tuple[LegalReference, ...]) -> str:
            return "".join(f"<p><b>{html.escape(r.citation)}</b><br>{html.escape(r.summary.get(panel.language, ''))}"
                           "</p>" for r in references)

        def column(heading: str, colour: str, items: tuple[str, ...], title: str,
                   references: tuple[LegalReference, ...]) -> str:
            return (f'<td width="50%" valign="top"><table width="100%" cellpadding="4" bgcolor="{colour}"><tr><td>'
                    f"<b>{html.escape(heading)}</b></td></tr></table>{steps(items)}"
                    f"<h4>{html.escape(title)}</h4>{laws(references)}</td>")

        text_word = projector_words(self.curriculum, panel.language)["text"]
        lines = [f"<li><b>{html.escape(name)}</b> {html.escape(ways)}</li>" for name, ways in panel.contacts(text_word)]
        harm = html.escape(self.tr("If someone tells you about harm"))
        any_age = html.escape(self.tr("Whatever their age"))
        minors = column(self.tr("If they are under 18: you must report"), "#fde2c8", panel.under_18,
                        self.tr("Reporting duties in North Carolina"), panel.reporting)
        adults = column(self.tr("If they are 18 or older: they decide"), "#d6ebf5", panel.adults,
                        self.tr("What stays confidential, and its limits"), panel.confidentiality)
        helplines = html.escape(self.tr("Helplines and local resources"))
        return (f"<h2>{harm}</h2><h3>{any_age}</h3>{steps(panel.everyone)}"
                f'<table width="100%" cellspacing="6"><tr>{minors}{adults}</tr></table>'
                f"<h2>{helplines}</h2><ul>{''.join(lines)}</ul>")

    def scale(self, step: int) -> None:
        self.audience.points = max(MIN_POINTS, min(MAX_POINTS, self.audience.points + step))
        self.set_projector(self.audience.mode)
        self.points_changed.emit(self.audience.points)

    def tick(self) -> None:
        now, run, f = self.now(), self.run, self.facilitator
        section_left = run.item.minutes * 60 - run.section_seconds(now)
        session_left = self.plan.minutes_available * 60 - run.session_seconds(now)
        f.section_timer.setText((self.tr("Section: %1 left") if section_left >= 0 else
                                 self.tr("Section: %1 over")).replace("%1", clock(section_left)))
        f.session_timer.setText((self.tr("Session: %1 left") if session_left >= 0 else
                                 self.tr("Session: %1 over")).replace("%1", clock(session_left)))
        f.section_timer.setStyleSheet(TIMER_STYLES[run.section_state(now)])
        f.session_timer.setStyleSheet(TIMER_STYLES[run.session_state(now)])

    def end(self) -> None:
        """Stop the clocks and offer the log, filled in from the plan and the run."""
        self.run.end(self.now())
        self.ticker.stop()
        self.audience.close()
        answer = QMessageBox.question(self.facilitator, self.tr("End session"),
                                      self.tr("The session is over. Log this session now? The form is filled in "
                                              "from the plan and what happened; add the number of participants."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.facilitator.closing.disconnect(self._closed)
        self.facilitator.close()
        if answer == QMessageBox.StandardButton.Yes:
            self.log_requested.emit(self.run)

    def close(self) -> None:
        """Both windows, with no offer to log: Upstream itself is closing."""
        self.facilitator.close()

    def _closed(self) -> None:
        self.ticker.stop()
        self.audience.close()
