"""Presenter mode: the facilitator's notes and timers on the laptop, the prompts on the projector.

Two windows: the facilitator view (this screen) and the audience view (the second screen, full screen, when there is
one; otherwise a window of its own that can be dragged to wherever the projector shows). All control is on the
facilitator's keyboard: next, back, pause the projector, the safety panel, the resources, text size, end. The
windows, the screens, the timers and the keys each have a module of their own; this one runs the session across them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ...core.model import Curriculum
from ...core.teach.planner import Plan, PlanItem
from ...core.teach.presenting import (
    FacilitatorCard,
    Run,
    Warnings,
    audience_card,
    facilitator_card,
    projector_words,
    safety_panel,
    session_end,
)
from ...core.teach.run_journal import clear as clear_saved_run
from ...core.teach.run_journal import save_run
from ...render.fonts import register_fonts
from ...render.projector import THEMES
from .audience_window import AUDIENCE_POINTS, AudienceWindow
from .facilitator_window import FacilitatorWindow
from .keep_awake import KeepAwake
from .keys import PresenterKeys
from .screens import Screens, projector_screen

log = logging.getLogger(__name__)
SAVE_EVERY_SECONDS = 15
"""How often a running session is written to disk between section changes."""
POINTS_STEP = 4
"""How much Ctrl + + and Ctrl + − change the projector's text size."""


class Presenter(QObject):
    """Runs a plan across the two windows; `log_requested` carries the finished Run for the session log."""

    log_requested = Signal(object)
    points_changed = Signal(int)
    """The projector's text size, when the facilitator changes it (the next session starts at it)."""
    warnings_changed = Signal(object)
    """The timers' amber and red minutes (a Warnings), when the facilitator changes them (kept for next time)."""
    theme_changed = Signal(str)
    """The projector's look, when the facilitator changes it (kept for the next session)."""

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
        self.warnings = warnings or Warnings()
        register_fonts()  # before any text field is laid out: a QLineEdit keeps the metrics it first measured with
        self.facilitator = FacilitatorWindow(self.warnings)
        self.audience = AudienceWindow()
        self.audience.set_points(points)
        self.audience.set_theme(theme if theme in THEMES else "dark")
        self.frozen = False
        """While frozen the projector keeps its page and the facilitator looks ahead or back."""
        self.facilitator.warning_fields.changed.connect(self._set_warnings)
        self._saved_at = 0.0
        self.awake = KeepAwake("presenting a session")
        """No screen saver or sleep while presenting; released when the session ends."""
        self.ends_at = session_end(plan, dt.datetime.now())
        self.facilitator.closing.connect(self._closed)
        self._closing = False
        """True once the session is ending (or Upstream closing): windows then close without asking."""
        self.screens = Screens(self.facilitator, self.audience, self)
        for window in (self.facilitator, self.audience):
            window.may_close = self._may_close
        f = self.facilitator
        f.next_button.clicked.connect(self.next)
        f.back_button.clicked.connect(self.back)
        f.pause_button.clicked.connect(lambda: self.set_projector("pause" if self.audience.mode != "pause" else
                                                                  "prompt"))
        f.safety_button.clicked.connect(self.toggle_safety)
        f.resources_button.clicked.connect(lambda: self.set_projector("resources" if self.audience.mode !=
                                                                      "resources" else "prompt"))
        f.end_button.clicked.connect(self.end)
        self.keys = PresenterKeys({
            "next": self.next, "back": self.back, "blank": f.pause_button.click, "resume": self.resume,
            "escape": self.escape, "white": self.toggle_white, "freeze": self.toggle_freeze,
            "theme": self.toggle_theme, "swap": self.swap_screens, "safety": self.toggle_safety,
            "resources": f.resources_button.click, "end": self._ask_to_end, "keys": self.show_keys,
            "larger": lambda: self.scale(POINTS_STEP), "smaller": lambda: self.scale(-POINTS_STEP)},
            (f, self.audience), self)
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.tick)
        self.retranslate()

    @property
    def layout(self) -> str:
        """two_screens, audience_only or rehearsal (one screen: see start)."""
        return self.screens.layout

    # --- windows ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """With two screens, the notes on the laptop and the audience view full screen on the other. With one, the
        facilitator chooses the audience view alone (full screen) or a rehearsal with the notes alone."""
        projector = projector_screen()
        self.screens.place("two_screens" if projector is not None else self.ask_one_screen_mode(), projector)
        self.show_section()
        self.ticker.start()
        self.awake.hold()
        self.screens.focus()

    def ask_one_screen_mode(self) -> str:
        """"audience_only" or "rehearsal": what to show when the laptop sees a single screen."""
        return self.screens.ask_one_screen_mode()

    def _set_warnings(self, warnings: Warnings) -> None:
        self.warnings = warnings
        self.tick()
        self.warnings_changed.emit(warnings)

    def retranslate(self) -> None:
        self.facilitator.setWindowTitle(self.tr("Presenting: %1").replace("%1", self.plan.name))
        self.audience.setWindowTitle(self.tr("Audience view"))

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
        run, plan = self.run, self.plan

        def notes(item: PlanItem) -> FacilitatorCard:
            return facilitator_card(self.curriculum, item, plan.facilitator_language, plan.audience)

        upcoming = run.next_item
        self.facilitator.show_section(run.index, len(plan.items), notes(run.item),
                                      None if upcoming is None else notes(upcoming))
        if self.audience.mode == "prompt" and not self.frozen:
            self.audience.show_card(audience_card(self.curriculum, run.item, plan.audience_language))
        self._show_page()
        self.tick()
        self.save_progress()

    def _show_page(self) -> None:
        """The facilitator sees which projector page is up when a section needs several."""
        audience = self.audience
        self.facilitator.show_projector_page(audience.page, len(audience.paged.pages) if audience.isVisible() else 1,
                                             audience.more_pages or not self.run.is_last)

    # --- control ----------------------------------------------------------------------------------------------
    def next(self) -> None:
        """The projector's next page of this section, or else the next section."""
        if self.audience.more_pages and not self.frozen:
            self.audience.turn(1)
            self._show_page()
            return
        if not self.run.is_last:
            self.run.go(self.run.index + 1, self.now())
            self.show_section()

    def back(self) -> None:
        if self.audience.pages_before and not self.frozen:
            self.audience.turn(-1)
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
            self.facilitator.say_projector("white")

    def toggle_freeze(self) -> None:
        """Freeze: the projector keeps what it shows while the facilitator moves ahead or back; unfreezing shows
        the section the facilitator is on."""
        self.frozen = not self.frozen
        if self.frozen:
            self.facilitator.say_projector("frozen")
        else:
            self.set_projector("prompt")

    def toggle_theme(self) -> None:
        self.audience.set_theme("light" if self.audience.theme == "dark" else "dark")
        self.audience.refit()
        self.theme_changed.emit(self.audience.theme)

    def swap_screens(self) -> None:
        self.screens.swap()

    def resume(self) -> None:
        """F5 / Shift+F5 (a remote's start button): the projector shows the section again, full screen on its own
        screen."""
        self.screens.full_screen_again()
        self.set_projector("prompt")

    def escape(self) -> None:
        """Escape never ends the session: it takes the projector out of full screen, or else blanks it."""
        if not self.screens.leave_full_screen():
            self.set_projector("pause")

    def show_keys(self) -> None:
        self.keys.show_help(self.facilitator)

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
        f.say_projector(mode)

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
            text_word = projector_words(self.curriculum, self.facilitator_safety.language)["text"]
            panel.show_panel(self.facilitator_safety, text_word)
            self.facilitator.give_safety_room()
            self.set_projector("pause")

    def scale(self, step: int) -> None:
        self.audience.set_points(self.audience.points + step)
        self.set_projector(self.audience.mode)
        self.points_changed.emit(self.audience.points)

    def tick(self) -> None:
        now = self.now()
        self.facilitator.timers.show_time(self.run, now, self.warnings, self.ends_at)
        if now - self._saved_at >= SAVE_EVERY_SECONDS:
            self.save_progress()

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
