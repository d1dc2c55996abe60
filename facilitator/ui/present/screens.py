"""Which screen shows which window: the projector gets the audience view, the laptop the notes.

With two screens the notes stay on the laptop and the audience view goes full screen on the other. With one, the
projector may be mirroring the laptop, so nothing meant for the facilitator may be drawn: the facilitator chooses the
audience view alone (full screen; the notes show only while N is held) or a rehearsal with the notes alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox

from .audience_window import AudienceWindow
from .facilitator_window import FacilitatorWindow


def projector_screen() -> QScreen | None:
    """A screen other than the laptop's own, if the laptop sees one (a projector set to Extend)."""
    laptop = QGuiApplication.primaryScreen()
    return next((s for s in QGuiApplication.screens() if s is not laptop), None)


class Screens(QObject):
    def __init__(self, facilitator: FacilitatorWindow, audience: AudienceWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.facilitator, self.audience = facilitator, audience
        self.layout = "two_screens"
        """two_screens, or on one screen what the facilitator chose: audience_only or rehearsal."""
        self.on_second_screen = False
        audience.notes_held.connect(self.peek_notes)

    def place(self, layout: str, projector: QScreen | None) -> None:
        """Show the windows as `layout` asks; `projector` is the second screen, if there is one."""
        laptop = QGuiApplication.primaryScreen()
        self.on_second_screen = projector is not None
        self.layout = layout
        if layout in ("two_screens", "rehearsal"):
            self.facilitator.resize(min(1000, laptop.availableGeometry().width()),
                                    min(700, laptop.availableGeometry().height()))
            self.facilitator.show()
        if layout == "two_screens" and projector is not None:
            self._fill(projector)
        elif layout == "audience_only":
            self._fill(laptop)
        self.facilitator.rehearsal_label.setVisible(layout == "rehearsal")

    def _fill(self, screen: QScreen) -> None:
        self.audience.setScreen(screen)
        self.audience.setGeometry(screen.geometry())
        self.audience.showFullScreen()

    def focus(self) -> None:
        """The keyboard goes to the window the facilitator works in: the audience view when it is alone."""
        (self.audience if self.layout == "audience_only" else self.facilitator).activateWindow()

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

    def swap(self) -> None:
        """With two screens, the audience view and the notes change places (when the projector is the screen the
        laptop calls its first)."""
        if self.layout != "two_screens":
            return
        notes_screen, audience_screen = self.facilitator.screen(), self.audience.screen()
        self.audience.showNormal()
        self._fill(notes_screen)
        self.facilitator.setScreen(audience_screen)
        self.facilitator.move(audience_screen.availableGeometry().topLeft())
        self.facilitator.activateWindow()

    def full_screen_again(self) -> None:
        """The audience view back to full screen on its own screen (after Escape took it out)."""
        if self.on_second_screen and not self.audience.isFullScreen():
            self.audience.showFullScreen()

    def leave_full_screen(self) -> bool:
        """Take the audience view out of full screen on its own screen; False if it was not there to leave."""
        if self.audience.isFullScreen() and self.on_second_screen:
            self.audience.showNormal()
            return True
        return False

    def peek_notes(self, held: bool) -> None:
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
