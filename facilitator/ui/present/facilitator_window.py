"""The laptop's view while presenting: the section's notes, what comes next, both timers, and the controls.

Never shown where the class may see it: on one screen it shows only in a rehearsal, or while N is held (see screens).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.teach.presenting import FacilitatorCard, Warnings
from ..widgets.layout import emphasised
from .notes_view import NotesView
from .safety_view import SafetyView
from .timers import TimerBar, WarningFields


class FacilitatorWindow(QWidget):
    """The laptop's view: notes, what comes next, both timers, and the controls."""

    closing = Signal()

    def __init__(self, warnings: Warnings) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("facilitatorView")
        self.position, self.title = QLabel(), QLabel()
        self.title.setObjectName("sectionTitle")
        emphasised(self.title, 1.5)
        self.title.setWordWrap(True)
        self.timers = TimerBar()
        self.warning_fields = fields = WarningFields(warnings)
        # The timers' parts by the names the window has always had for them.
        self.section_timer, self.session_timer, self.ends_label = self.timers.section, self.timers.session, \
            self.timers.ends
        self.amber, self.red = fields.amber, fields.red
        self.amber_label, self.red_label = fields.amber_label, fields.red_label
        self.notes = NotesView()
        self.safety = SafetyView()
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
        self.position.setWordWrap(True)  # a long module's name wraps rather than widening the window
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.position)
        heading.addWidget(self.title)
        top.addLayout(heading, 1)
        # The warning fields sit under the timers they set: one row of both would make the window too wide for a
        # 1024-pixel laptop in Spanish.
        clocks = QVBoxLayout()
        clocks.addWidget(self.timers, 0, Qt.AlignmentFlag.AlignRight)
        clocks.addWidget(self.warning_fields, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(clocks)
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
        layout.addWidget(self.rehearsal_label)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.projector_label)
        layout.addWidget(self.page_label)
        layout.addLayout(controls)
        self.may_close: Callable[[], bool] = lambda: True
        """Whether a close (the title bar's x, Alt+F4) may go ahead: the presenter asks the facilitator first."""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("◀ Back"))
        self.next_button.setText(self.tr("Next ▶"))
        self.pause_button.setText(self.tr("Pause screen (B)"))
        self.safety_button.setText(self.tr("Safety (S)"))
        self.resources_button.setText(self.tr("Resources (R)"))
        self.end_button.setText(self.tr("End session (Ctrl+E)"))
        self.warning_fields.retranslate_ui()
        self.rehearsal_label.setText(self.tr("Rehearsal: nothing is shown to a class. Connect the projector and set "
                                             "it to Extend to present."))
        self.back_button.setToolTip(self.tr("Previous section (Left arrow or Page Up)"))
        self.next_button.setToolTip(self.tr("Next section (Right arrow, Page Down or Space)"))

    def show_section(self, index: int, count: int, card: FacilitatorCard, upcoming: FacilitatorCard | None) -> None:
        """Section `index` (from 0) of `count`: where it is, its notes, and what comes after it."""
        self.position.setText(self.tr("Section %1 of %2 · %3").replace("%1", str(index + 1))
                              .replace("%2", str(count)).replace("%3", card.module_title))
        self.title.setText(card.title)
        self.notes.show_card(card)
        if upcoming is None:
            self.next_label.setText(self.tr("Next: the end of the session. Thank the group and hand out the "
                                            "resource cards."))
        else:
            self.next_label.setText(self.tr("Next: %1 (%2 min)").replace("%1", upcoming.title)
                                    .replace("%2", str(upcoming.minutes)))
        self.back_button.setEnabled(index > 0)

    def say_projector(self, shows: str) -> None:
        """What the projector shows now: "prompt", "pause", "resources", "white" or "frozen"."""
        self.projector_label.setText({"pause": self.tr("Projector: pause screen"),
                                      "resources": self.tr("Projector: where to get help"),
                                      "prompt": self.tr("Projector: this section's prompt"),
                                      "white": self.tr("Projector: white screen"),
                                      "frozen": self.tr("Projector frozen (F to show this section)")}[shows])

    def show_projector_page(self, page: int, pages: int, can_go_on: bool) -> None:
        """Which projector page is up when the section needs several (`pages` is 1 when no one sees the
        projector); Next is there while there is a page or a section to go on to."""
        self.next_button.setEnabled(can_go_on)
        self.page_label.setText(self.tr("Projector page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(pages)) if pages > 1 else "")

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
