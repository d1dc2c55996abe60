"""Presenter mode: the facilitator's notes and timers on the laptop, the prompts on the projector.

Two windows: the facilitator view (this screen) and the audience view (the second screen, full screen, when there is
one; otherwise a window of its own that can be dragged to wherever the projector shows). All control is on the
facilitator's keyboard: next, back, pause the projector, the safety panel, the resources, text size, end.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Curriculum, LegalReference
from ...core.teach.planner import Plan
from ...core.teach.presenting import (
    AudienceCard,
    FacilitatorCard,
    Run,
    SafetyPanel,
    Warnings,
    audience_card,
    facilitator_card,
    projector_words,
    safety_panel,
)
from ...core.teach.run_journal import clear as clear_saved_run
from ...core.teach.run_journal import save_run
from ...render.projector import THEMES, Pages, card_html, fit, min_points, projector_font
from ..widgets.layout import emphasised
from .keep_awake import KeepAwake

log = logging.getLogger(__name__)
TIMER_STYLES = {"on_time": "", "short": "background: #ffd54f; color: #1a1a1a;",
                "over": "background: #b71c1c; color: #ffffff;"}
"""Timers change colour as time runs short; the words beside them say the same for anyone who cannot see it."""
AUDIENCE_POINTS = 40
SAVE_EVERY_SECONDS = 15
"""How often a running session is written to disk between section changes."""
ANNOUNCE_AT = 5 * 60
"""Seconds left in the session when a screen reader is told, once."""
MARGINS = (60, 40, 60, 40)
"""Left, top, right and bottom space around the projector's text."""
MIN_POINTS, MAX_POINTS = 18, 72


def clock(seconds: float) -> str:
    seconds = int(abs(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudienceWindow(QWidget):
    """Large white text on black: the prompt, a pause screen, or where to get help. Never the notes. A click on it
    does nothing (someone reaching for the projector must not move the session on); closing it asks first."""

    notes_held = Signal(bool)
    """N pressed (True) or let go (False): with one screen, the notes show only while N is held."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceView")
        self.theme = "dark"
        self.set_theme("dark")
        self.points = AUDIENCE_POINTS
        self.text = QLabel()
        self.text.setObjectName("audienceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The text never makes the window grow: it is fitted to the window (fit_card), not the window to it.
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text.setFont(projector_font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(self.text)
        self.mode = "prompt"
        self.card: AudienceCard | None = None
        self.paged = Pages(self.points, ((),))
        self.page = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def may_close(self) -> bool:
        """Replaced by the presenter, as for the facilitator's window."""
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and not event.isAutoRepeat():
            self.notes_held.emit(True)
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_N and not event.isAutoRepeat():
            self.notes_held.emit(False)
        super().keyReleaseEvent(event)

    def show_card(self, card: AudienceCard, page: int = 0) -> None:
        """The card fitted to this window: the largest size that shows it whole, or pages at the smallest readable
        size (Next walks through them before the next section)."""
        self.set_theme(self.theme)
        self.mode, self.card = "prompt", card
        # A window not yet (or never) shown is laid out for the screen it will fill.
        size = self.size() if self.isVisible() or self.screen() is None else self.screen().geometry().size()
        width = size.width() - MARGINS[0] - MARGINS[2]
        height = size.height() - MARGINS[1] - MARGINS[3]
        self.paged = fit(card, width, height, self.points, min_points(size.height()))
        self.page = max(0, min(page, len(self.paged.pages) - 1))
        self.text.setText(card_html(card, self.paged.pages[self.page], self.paged.points, self.page,
                                    len(self.paged.pages), THEMES[self.theme]["muted"]))

    @property
    def more_pages(self) -> bool:
        """Whether Next shows another page of this section first (only on a projector someone can see: in a
        rehearsal Next goes section by section)."""
        return self.isVisible() and self.mode == "prompt" and self.page < len(self.paged.pages) - 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode == "prompt" and self.card is not None:
            self.show_card(self.card, self.page)

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._paint(THEMES[theme]["background"], THEMES[theme]["text"])

    def _paint(self, background: str, text: str) -> None:
        self.setStyleSheet(f"#audienceView {{ background: {background}; }} QLabel {{ color: {text}; }}")

    def show_white(self) -> None:
        """A white screen with nothing on it (a projector's "white" button)."""
        self.mode = "white"
        self._paint("#ffffff", "#ffffff")
        self.text.setText("")

    def show_pause(self, words: dict[str, str]) -> None:
        self.set_theme(self.theme)
        self.mode = "pause"
        self.text.setText(f"<p align='center' style='font-size:{self.points * 1.2:.0f}pt'>"
                          f"{html.escape(words['pause'])}</p>")

    def show_resources(self, panel: SafetyPanel, words: dict[str, str]) -> None:
        self.set_theme(self.theme)
        self.mode = "resources"
        lines = [f"<b>{html.escape(name)}</b><br>{html.escape(ways)}" for name, ways in panel.contacts(words["text"])]
        self.text.setText(f"<p style='font-size:{self.points * 1.2:.0f}pt; font-weight:bold'>"
                          f"{html.escape(words['resources'])}</p>" + self._list(lines))

    def _list(self, items: list[str]) -> str:
        """Items already escaped (they carry their own bold names)."""
        rows = "".join(f"<li style='margin-bottom:12px'>{item}</li>" for item in items)
        return f"<ul style='font-size:{self.points:.0f}pt'>{rows}</ul>"


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
        self.ends_label = QLabel()
        self.ends_label.setObjectName("endsAt")
        self.amber, self.red = QSpinBox(objectName="amberMinutes"), QSpinBox(objectName="redMinutes")
        self.amber.setRange(0, 30)  # 0 shows "auto": a fifth of the time
        self.red.setRange(0, 10)
        self.amber_label, self.red_label = QLabel(), QLabel()
        self.amber_label.setBuddy(self.amber)
        self.red_label.setBuddy(self.red)
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
        self.page_label = QLabel()
        self.page_label.setObjectName("projectorPage")
        self.rehearsal_label = QLabel()
        self.rehearsal_label.setObjectName("rehearsalNote")
        self.rehearsal_label.setWordWrap(True)
        self.rehearsal_label.hide()
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
        top.addWidget(self.ends_label)
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
        for widget in (self.amber_label, self.amber, self.red_label, self.red):
            controls.addWidget(widget)
        controls.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rehearsal_label)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.projector_label)
        layout.addWidget(self.page_label)
        layout.addLayout(controls)

    def give_safety_room(self) -> None:
        """The panel takes two thirds of the width while open: both ages' steps side by side need it."""
        total = sum(self.split.sizes()) or self.width()
        self.split.setSizes([total // 3, total - total // 3])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def may_close(self) -> bool:
        """Replaced by the presenter: whether a close (the title bar's x, Alt+F4) may go ahead."""
        return True


class Presenter(QObject):
    """Runs a plan across the two windows; `log_requested` carries the finished Run for the session log."""

    log_requested = Signal(object)
    points_changed = Signal(int)
    warnings_changed = Signal(object)
    """The timers' amber and red minutes (a Warnings), when the facilitator changes them (kept for next time)."""
    theme_changed = Signal(str)
    """The projector's look, when the facilitator changes it (kept for the next session)."""
    """The projector's text size, when the facilitator changes it (the next session starts at it)."""

    def __init__(self, curriculum: Curriculum, plan: Plan, local_helplines: tuple = (),
                 parent: QObject | None = None, now: Callable[[], float] | None = None,
                 points: int = AUDIENCE_POINTS, theme: str = "dark", warnings: Warnings | None = None) -> None:
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
        self.audience.set_theme(theme if theme in THEMES else "dark")
        self.frozen = False
        """While frozen the projector keeps its page and the facilitator looks ahead or back."""
        self.warnings = warnings or Warnings()
        self.facilitator.amber.setValue(self.warnings.amber_minutes or 0)
        self.facilitator.red.setValue(self.warnings.red_minutes)
        self.facilitator.amber.valueChanged.connect(self._set_warnings)
        self.facilitator.red.valueChanged.connect(self._set_warnings)
        self._announced = False
        self._saved_at = 0.0
        self.awake = KeepAwake("presenting a session")
        """No screen saver or sleep while presenting; released when the session ends."""
        start = dt.datetime.now()
        if plan.start_time:
            hours, minutes = map(int, plan.start_time.split(":"))
            start = start.replace(hour=hours, minute=minutes, second=0, microsecond=0)
        self.ends_at = start + dt.timedelta(minutes=plan.minutes_available)
        """When the session must end: the plan's start time (or now) plus the minutes it was given."""
        self.facilitator.closing.connect(self._closed)
        self._closing = False
        """True once the session is ending (or Upstream closing): windows then close without asking."""
        self.layout = "two_screens"
        """two_screens, audience_only or rehearsal (one screen: see start)."""
        self.on_second_screen = False
        for window in (self.facilitator, self.audience):
            window.may_close = self._may_close
        self.audience.notes_held.connect(self._peek_notes)
        f = self.facilitator
        f.next_button.clicked.connect(self.next)
        f.back_button.clicked.connect(self.back)
        f.pause_button.clicked.connect(lambda: self.set_projector("pause" if self.audience.mode != "pause" else
                                                                  "prompt"))
        f.safety_button.clicked.connect(self.toggle_safety)
        f.resources_button.clicked.connect(lambda: self.set_projector("resources" if self.audience.mode !=
                                                                      "resources" else "prompt"))
        f.end_button.clicked.connect(self.end)
        blank = lambda: f.pause_button.click()  # noqa: E731 - one action under several keys
        keys: list[tuple[QKeySequence | str, Callable[[], None]]] = [
            # Remotes send Page Down/Up (Logitech, Kensington), "." or B to blank, F5 / Shift+F5 / Escape from
            # their start button, and the Forward/Back keys (Trust): each does what a presenter expects.
            ("Right", self.next), ("PgDown", self.next), ("Space", self.next), (QKeySequence(Qt.Key.Key_Forward),
                                                                                self.next),
            ("Left", self.back), ("PgUp", self.back), (QKeySequence(Qt.Key.Key_Back), self.back),
            ("B", blank), (".", blank), ("F5", self.resume), ("Shift+F5", self.resume), ("Esc", self.escape),
            ("W", self.toggle_white), ("F", self.toggle_freeze), ("L", self.toggle_theme), ("X", self.swap_screens),
            ("S", self.toggle_safety), ("R", lambda: f.resources_button.click()), ("Ctrl+E", self._ask_to_end),
            ("F1", self.show_keys), ("?", self.show_keys), ("Shift+?", self.show_keys),
            ("Ctrl++", lambda: self.scale(4)), ("Ctrl+=", lambda: self.scale(4)), ("Ctrl+-", lambda: self.scale(-4))]
        # The same keys work whichever of the two windows has the focus (someone may click the projector's).
        self.shortcuts = [QShortcut(QKeySequence(key), window, activated=action) for key, action in keys
                          for window in (f, self.audience)]
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.tick)
        self.retranslate()

    # --- windows ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """With two screens, the notes on the laptop and the audience view full screen on the other. With one, the
        projector may be mirroring the laptop, so nothing meant for the facilitator may be drawn: the facilitator
        chooses the audience view alone (full screen) or a rehearsal with the notes alone."""
        screens = QGuiApplication.screens()
        laptop = QGuiApplication.primaryScreen()
        other = next((s for s in screens if s is not laptop), None)
        self.on_second_screen = other is not None
        self.layout = "two_screens" if other is not None else self.ask_one_screen_mode()
        if self.layout in ("two_screens", "rehearsal"):
            self.facilitator.resize(min(1000, laptop.availableGeometry().width()),
                                    min(700, laptop.availableGeometry().height()))
            self.facilitator.show()
        if self.layout == "two_screens":
            self.audience.setScreen(other)
            self.audience.setGeometry(other.geometry())
            self.audience.showFullScreen()
        elif self.layout == "audience_only":
            self.audience.setScreen(laptop)
            self.audience.setGeometry(laptop.geometry())
            self.audience.showFullScreen()
        self.facilitator.rehearsal_label.setVisible(self.layout == "rehearsal")
        self.show_section()
        self.ticker.start()
        self.awake.hold()
        (self.audience if self.layout == "audience_only" else self.facilitator).activateWindow()

    def _set_warnings(self) -> None:
        f = self.facilitator
        self.warnings = Warnings(f.amber.value() or None, f.red.value())
        self.tick()
        self.warnings_changed.emit(self.warnings)

    def _peek_notes(self, held: bool) -> None:
        """With the audience view alone on one screen, the notes show only while N is held (the facilitator knows
        the class may see them then), and never the safety panel."""
        if self.layout != "audience_only":
            return
        if held:
            self.facilitator.safety.hide()
            # Shown without taking the keyboard, so letting go of N still reaches the audience view.
            self.facilitator.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            self.facilitator.show()
            self.facilitator.raise_()
        else:
            self.facilitator.hide()
            self.audience.activateWindow()

    def ask_one_screen_mode(self) -> str:
        """"audience_only" or "rehearsal": what to show when the laptop sees a single screen."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("One screen"), self.tr(
            "This laptop sees one screen. If a projector is connected, it is probably showing a copy of the laptop's "
            "screen, so the class would see your notes and the safety panel.\n\n"
            "To show notes on the laptop and prompts on the projector, set the projector to Extend: press Windows+P "
            "on Windows, or open the Displays settings on macOS and Linux, then start again.\n\n"
            "Or choose: the audience view alone, full screen (your notes show only while you hold N, and the printed "
            "guide and safety card have the rest), or a rehearsal with the notes alone."), parent=None)
        audience = box.addButton(self.tr("Audience view only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Rehearse with notes"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "audience_only" if box.clickedButton() is audience else "rehearsal"

    def retranslate(self) -> None:
        f = self.facilitator
        f.setWindowTitle(self.tr("Presenting: %1").replace("%1", self.plan.name))
        self.audience.setWindowTitle(self.tr("Audience view"))
        f.back_button.setText(self.tr("◀ Back"))
        f.next_button.setText(self.tr("Next ▶"))
        f.pause_button.setText(self.tr("Pause screen (B)"))
        f.safety_button.setText(self.tr("Safety (S)"))
        f.resources_button.setText(self.tr("Resources (R)"))
        f.end_button.setText(self.tr("End session (Ctrl+E)"))
        f.amber_label.setText(self.tr("&Amber at"))
        f.red_label.setText(self.tr("Re&d at"))
        f.amber.setSpecialValueText(self.tr("auto"))
        f.amber.setSuffix(self.tr(" min left"))
        f.red.setSpecialValueText(self.tr("time up"))
        f.red.setSuffix(self.tr(" min left"))
        f.rehearsal_label.setText(self.tr("Rehearsal: nothing is shown to a class. Connect the projector and set "
                                          "it to Extend to present."))
        f.back_button.setToolTip(self.tr("Previous section (Left arrow or Page Up)"))
        f.next_button.setToolTip(self.tr("Next section (Right arrow, Page Down or Space)"))

    def save_progress(self) -> None:
        """The run so far, on disk: a crash or a closed laptop loses nothing (the next start offers the log).
        An ended run is not saved again: its log has been offered."""
        if self.run.ended is not None:
            return
        try:
            save_run(self.run, self.now())
            self._saved_at = self.now()
        except OSError:
            log.warning("Could not save the session in progress", exc_info=True)

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
        if self.audience.mode == "prompt" and not self.frozen:
            self.audience.show_card(audience_card(self.curriculum, run.item, self.plan.audience_language))
        self._show_page()
        self.tick()
        self.save_progress()

    def _show_page(self) -> None:
        """The facilitator sees which projector page is up when a section needs several."""
        pages = len(self.audience.paged.pages)
        self.facilitator.next_button.setEnabled(self.audience.more_pages or not self.run.is_last)
        self.facilitator.page_label.setText(self.tr("Projector page %1 of %2").replace(
            "%1", str(self.audience.page + 1)).replace("%2", str(pages)) if pages > 1 and self.audience.isVisible()
            else "")

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
        """The projector's next page of this section, or else the next section."""
        if self.audience.more_pages and not self.frozen:
            self.audience.show_card(self.audience.card, self.audience.page + 1)
            self._show_page()
            return
        if not self.run.is_last:
            self.run.go(self.run.index + 1, self.now())
            self.show_section()

    def back(self) -> None:
        if self.audience.isVisible() and self.audience.mode == "prompt" and self.audience.page > 0 \
                and not self.frozen:
            self.audience.show_card(self.audience.card, self.audience.page - 1)
            self._show_page()
            return
        if self.run.index > 0:
            self.run.go(self.run.index - 1, self.now())
            self.show_section()

    def toggle_white(self) -> None:
        if self.audience.mode == "white":
            self.set_projector("prompt")
        else:
            self.audience.show_white()
            self.facilitator.projector_label.setText(self.tr("Projector: white screen"))

    def toggle_freeze(self) -> None:
        """Freeze: the projector keeps what it shows while the facilitator moves ahead or back; unfreezing shows
        the section the facilitator is on."""
        self.frozen = not self.frozen
        if self.frozen:
            self.facilitator.projector_label.setText(self.tr("Projector frozen (F to show this section)"))
        else:
            self.set_projector("prompt")

    def toggle_theme(self) -> None:
        self.audience.set_theme("light" if self.audience.theme == "dark" else "dark")
        if self.audience.mode == "prompt" and self.audience.card is not None:
            self.audience.show_card(self.audience.card, self.audience.page)
        self.theme_changed.emit(self.audience.theme)

    def swap_screens(self) -> None:
        """With two screens, the audience view and the notes change places (when the projector is the screen the
        laptop calls its first)."""
        if self.layout != "two_screens":
            return
        notes_screen, audience_screen = self.facilitator.screen(), self.audience.screen()
        self.audience.showNormal()
        self.audience.setScreen(notes_screen)
        self.audience.setGeometry(notes_screen.geometry())
        self.audience.showFullScreen()
        self.facilitator.setScreen(audience_screen)
        self.facilitator.move(audience_screen.availableGeometry().topLeft())
        self.facilitator.activateWindow()

    def resume(self) -> None:
        """F5 / Shift+F5 (a remote's start button): the projector shows the section again, full screen on its own
        screen."""
        if self.on_second_screen and not self.audience.isFullScreen():
            self.audience.showFullScreen()
        self.set_projector("prompt")

    def escape(self) -> None:
        """Escape never ends the session: it takes the projector out of full screen, or else blanks it."""
        if self.audience.isFullScreen() and self.on_second_screen:
            self.audience.showNormal()
        else:
            self.set_projector("pause")

    def show_keys(self) -> None:
        QMessageBox.information(self.facilitator, self.tr("Keys while presenting"), self.tr(
            "Next: Right arrow, Page Down, Space, or a remote's Forward key\n"
            "Back: Left arrow, Page Up, or a remote's Back key\n"
            "Blank the projector (pause screen): B or .    White screen: W\n"
            "Show the section again: F5 or Shift+F5\n"
            "Freeze the projector while you look ahead: F    Light or dark projector: L\n"
            "Swap the two screens: X    One screen: hold N for your notes\n"
            "Escape: leave full screen, or blank; it never ends the session\n"
            "Safety panel: S    Where to get help, on the projector: R\n"
            "Text size: Ctrl + + and Ctrl + −\n"
            "End the session and log it: Ctrl+E\n"
            "These keys: F1 or ?"))

    def _may_close(self) -> bool:
        """A window's x (or Alt+F4) never ends the session silently: end it (and offer the log) or keep going."""
        if self._closing:
            return True
        QTimer.singleShot(0, self._ask_to_end)
        return False

    def _ask_to_end(self) -> None:
        if self.ask_end_or_keep() == "end":
            self.end()

    def ask_end_or_keep(self) -> str:
        """"end" or "keep": the facilitator's answer to ending the session now."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the session?"),
                          self.tr("End the session now? You can log it next. Or keep presenting."),
                          parent=self.facilitator)
        end = box.addButton(self.tr("End and log"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep presenting"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "end" if box.clickedButton() is end else "keep"

    def set_projector(self, mode: str) -> None:
        """"prompt", "pause" or "resources"; the buttons show which. Showing the prompt ends a freeze."""
        self.frozen = self.frozen and mode != "prompt"
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
        """Opening the panel pauses the projector at once; closing it leaves the pause for the facilitator to end.
        When the class may see the laptop's screen (the audience view alone on one screen), S only blanks the
        projector: the protocol comes from the printed guide and safety card, never from a screen they can see."""
        if self.layout == "audience_only":
            self.set_projector("pause")
            return
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
                        panel.reporting_heading, panel.reporting)
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
        f.section_timer.setStyleSheet(TIMER_STYLES[run.section_state(now, self.warnings)])
        f.session_timer.setStyleSheet(TIMER_STYLES[run.session_state(now, self.warnings)])
        f.ends_label.setText(self.tr("Ends at %1").replace("%1", self.ends_at.strftime("%H:%M")))
        if now - self._saved_at >= SAVE_EVERY_SECONDS:
            self.save_progress()
        if 0 <= session_left <= ANNOUNCE_AT and not self._announced:
            # Once, not every tick: a screen reader hears the warning the amber colour gives the eye.
            self._announced = True
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(
                f.session_timer, self.tr("%n minute(s) left in the session", "", round(session_left / 60))))

    def end(self) -> None:
        """Stop the clocks and offer the log, filled in from the plan and the run."""
        self._closing = True
        self.run.end(self.now())
        self.ticker.stop()
        self.awake.release()
        self.audience.close()
        answer = QMessageBox.question(self.facilitator, self.tr("End session"),
                                      self.tr("The session is over. Log this session now? The form is filled in "
                                              "from the plan and what happened; add the number of participants."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.facilitator.closing.disconnect(self._closed)
        self.facilitator.close()
        clear_saved_run()  # the log has been offered: nothing is left to recover
        if answer == QMessageBox.StandardButton.Yes:
            self.log_requested.emit(self.run)

    def close(self) -> None:
        """Both windows, with no offer to log: Upstream itself is closing. The saved run stays, so the next start
        offers the log."""
        self.save_progress()
        self._closing = True
        self.awake.release()
        self.facilitator.close()

    def _closed(self) -> None:
        self.ticker.stop()
        self.audience.close()
