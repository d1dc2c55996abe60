"""Log or edit a session: everything on one keyboard-friendly form; errors appear beside their field and what was
typed stays where it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import AUDIENCES, YOUTH_AUDIENCES, Curriculum
from ...core.records.model import BREAKDOWNS, DELIVERY, SectionRecord, SessionRecord
from ...core.records.privacy import looks_like_name
from ...core.records.store import RecordsStore, RecordsUnavailable
from ...core.records.validation import (
    MAX_COUNTY,
    MAX_FACILITATORS,
    MAX_NOTES,
    MAX_SITE_NAME,
    FieldError,
    SessionDraft,
    grade_band,
    minutes_from_modules,
    validate,
)
from ..errors import log_failure, message_for
from ..i18n import interface_language
from ..labels import UiLabels
from ..widgets.date_field import DateField
from ..widgets.layout import column, error_label
from ..widgets.module_checklist import ModuleChecklist
from .answer_counts_dialog import Marks
from .session_details import BreakdownsEditor, RosterTable, SectionsTable, TalliesTable

NUMBER_LENGTH = 9


class SessionDialog(QDialog):
    def __init__(self, curriculum: Curriculum, store: RecordsStore, record: SessionRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.curriculum, self.store, self.record_id = curriculum, store, record.id if record else ""
        self.saved_id = ""
        labels = UiLabels(self)
        self.date = DateField(QDate.currentDate(), objectName="sessionDate")
        self.date.setCalendarPopup(True)
        self.site = QComboBox(objectName="sessionSite")
        self.new_site = QPushButton(objectName="newSite")
        self.audience = QComboBox(objectName="sessionAudience")
        for audience in AUDIENCES:
            self.audience.addItem(labels.audience(audience), audience)
        self.modules = ModuleChecklist(curriculum, "sessionModules")
        self.modules.name_modules(interface_language())
        self.modules.setMaximumHeight(150)
        self.start_time = QLineEdit(objectName="sessionStart")
        self.participants = QLineEdit(objectName="sessionParticipants")
        self.minutes = QLineEdit(objectName="sessionMinutes")
        self.english = QCheckBox(objectName="languageEnglish", checked=True)
        self.spanish = QCheckBox(objectName="languageSpanish")
        self.delivery = QComboBox(objectName="sessionDelivery")
        for delivery in DELIVERY:
            self.delivery.addItem("", delivery)
        self.facilitators = QLineEdit(objectName="sessionFacilitators")
        self.referrals = QLineEdit("0", objectName="sessionReferrals")
        self.notes = QLineEdit(objectName="sessionNotes")
        # Room for a number past the largest a count takes (so the form says so), and for as much text as a record
        # holds.
        for number in (self.participants, self.minutes, self.referrals):
            number.setMaxLength(NUMBER_LENGTH)
        self.facilitators.setMaxLength(MAX_FACILITATORS)
        self.notes.setMaxLength(MAX_NOTES)
        self.sections = SectionsTable()
        self.breakdowns = BreakdownsEditor()
        self.tallies = TalliesTable()
        self.roster = RosterTable()
        self.details = QTabWidget(objectName="sessionDetails")
        self.details.addTab(self.sections, "")
        self.details.addTab(self.breakdowns, "")
        self.count_answers = QPushButton(objectName="countAnswers")
        self.count_answers.clicked.connect(self.tallies.edit_marks)
        self.tallies.doubleClicked.connect(lambda index: index.column() == 0 and self.tallies.edit_marks())
        self.details.addTab(column(self.tallies, self.count_answers), "")
        self.roster_note = QLabel(objectName="rosterNote")
        self.roster_note.setWordWrap(True)
        self.details.addTab(column(self.roster_note, self.roster), "")
        self.errors: dict[str, QLabel] = {}
        self.name_warning = QLabel()
        """Beside the notes of a youth session whose text may hold a person's name; what was typed stays."""
        self.name_warning.setObjectName("notesNameWarning")
        self.name_warning.setWordWrap(True)
        self.name_warning.hide()
        # A record's saved details, put back into the detail tabs as its modules are ticked.
        self._known_sections: dict[tuple[str, str], SectionRecord] = {}
        self._known_tallies: dict[tuple[str, str], tuple[str, str]] = {}
        self._known_marks: Marks = {}

        site_row, language_row = QHBoxLayout(), QHBoxLayout()
        site_row.addWidget(self.site, 1)
        site_row.addWidget(self.new_site)
        language_row.addWidget(self.english)
        language_row.addWidget(self.spanish)
        language_row.addStretch(1)
        self.form = QFormLayout()
        self.row_labels: dict[str, QLabel] = {}
        for key, field in (("date", self.date), ("start_time", self.start_time), ("site", site_row),
                           ("audience", self.audience),
                           ("modules", self.modules), ("participants", self.participants),
                           ("minutes", self.minutes), ("languages", language_row), ("delivery", self.delivery),
                           ("facilitators", self.facilitators), ("referrals", self.referrals),
                           ("notes", self.notes)):
            label = QLabel()
            self.row_labels[key] = label
            label.setBuddy(field if isinstance(field, QWidget) else field.itemAt(0).widget())
            error = error_label(f"error-{key}")
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(field) if isinstance(field, QWidget) else box.addLayout(field)
            box.addWidget(error)
            self.form.addRow(label, box)
            if key == "notes":
                box.addWidget(self.name_warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.detail_error = error_label("detailError")
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.detail_error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.new_site.clicked.connect(self._add_site)
        self.modules.itemChanged.connect(self._suggest_minutes)
        self.modules.itemChanged.connect(self._refresh_details)
        self.audience.currentIndexChanged.connect(self._refresh_details)
        self.notes.textChanged.connect(self._check_notes)
        self._fill_sites(record.site_id if record and record.site_id else store.last_site_id)
        self.retranslate_ui()
        if record:
            self._load(record)
        self._refresh_details()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log a session") if not self.record_id else self.tr("Edit the session"))
        texts = {"date": self.tr("&Date"), "start_time": self.tr("St&art time (optional)"), "site": self.tr("&Site"),
                 "audience": self.tr("A&udience"),
                 "modules": self.tr("&Modules"), "participants": self.tr("How many &took part"),
                 "minutes": self.tr("M&inutes"), "languages": self.tr("Languages"),
                 "delivery": self.tr("Deli&very"), "facilitators": self.tr("&Facilitators"),
                 "referrals": self.tr("&Referrals made (a number)"), "notes": self.tr("&Notes (no names)")}
        for key, label in self.row_labels.items():
            label.setText(texts[key])
        self.new_site.setText(self.tr("Ne&w site…"))
        self.english.setText("English")
        self.spanish.setText("Español")
        self.delivery.setItemText(0, self.tr("In person"))
        self.delivery.setItemText(1, self.tr("Virtual"))
        for index, text in enumerate((self.tr("Sections"), self.tr("Breakdowns (optional)"), self.tr("Survey counts"),
                                      self.tr("Roster (adult trainings)"))):
            self.details.setTabText(index, text)
        self.roster.retranslate_ui()
        self.participants.setPlaceholderText(self.tr("A number, e.g. 28"))
        self.start_time.setPlaceholderText(self.tr("e.g. 10:30"))
        self.count_answers.setText(self.tr("Count the answers to the selected question…"))

    # --- sites and modules ------------------------------------------------------------------------------------
    def _fill_sites(self, select: str = "") -> None:
        self.site.clear()
        for site in self.store.sites():
            self.site.addItem(f"{site.name} ({site.county})" if site.county else site.name, site.id)
        index = self.site.findData(select)
        self.site.setCurrentIndex(max(index, 0))

    def _add_site(self) -> None:
        name = self._ask(self.tr("School or organization name:"), MAX_SITE_NAME)
        if not name or not name.strip():
            return
        county = self._ask(self.tr("County:"), MAX_COUNTY)
        if county is not None:
            site = self.store.save_site(name, "school", county)
            self._fill_sites(site.id)

    def _ask(self, label: str, limit: int) -> str | None:
        """A line of at most `limit` characters (what a site's record holds), or None if cancelled."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New site"))
        dialog.setLabelText(label)
        dialog.setTextValue("")  # makes the line edit
        dialog.findChild(QLineEdit).setMaxLength(limit)
        return dialog.textValue() if dialog.exec() else None

    def checked_modules(self) -> tuple[str, ...]:
        """The modules ticked on the form (what the record will hold)."""
        return self.modules.checked_modules()

    def _suggest_minutes(self) -> None:
        total = minutes_from_modules(self.curriculum, self.checked_modules())
        self.minutes.setPlaceholderText(self.tr("%n minutes from the modules", "", total) if total else "")

    # --- load and save ----------------------------------------------------------------------------------------
    def _load(self, record: SessionRecord) -> None:
        # Saved details first: ticking the modules below fills the detail tabs from them.
        self._known_sections = {(s.module_id, s.section_id): s for s in record.sections}
        self._known_tallies = {(t.item_id, t.timing): (str(t.answered), "" if t.correct is None else str(t.correct))
                               for t in record.tallies}
        self._known_marks = {(t.item_id, t.timing): {mark: str(n) for mark, n in t.marks.items()}
                             for t in record.tallies if t.marks}
        self.date.setDate(QDate(record.date.year, record.date.month, record.date.day))
        self.audience.setCurrentIndex(max(self.audience.findData(record.audience), 0))
        self.modules.set_checked(record.modules)
        self.participants.setText(str(record.participants) if record.id or record.participants else "")
        self.start_time.setText(record.start_time)
        self.minutes.setText(str(record.minutes))
        self.english.setChecked("en" in record.languages)
        self.spanish.setChecked("es" in record.languages)
        self.delivery.setCurrentIndex(max(self.delivery.findData(record.delivery), 0))
        self.facilitators.setText(record.facilitators)
        self.referrals.setText(str(record.referrals))
        self.notes.setText(record.notes)
        self.breakdowns.load(dict(record.breakdowns))
        self.roster.load(record.roster)

    def _refresh_details(self) -> None:
        """The sections and survey items follow the ticked modules; the roster exists only for adults."""
        language = interface_language()
        modules = self.checked_modules()
        self.sections.set_sections(self.curriculum, modules, language, self._known_sections)
        self.tallies.set_items(self.curriculum, modules, language, self._known_tallies, self._known_marks)
        youth = self.audience.currentData() in YOUTH_AUDIENCES
        self.roster.setEnabled(not youth)
        self.roster_note.setText(self.tr("Youth sessions keep numbers only, never names.") if youth else
                                 self.tr("Names are used only for certificates and can be purged later."))
        self._check_notes()

    def _check_notes(self) -> None:
        """A youth session's notes that may hold a person's name are pointed out as they are typed; nothing is
        refused (a school or a helpline is written the same way), and what was typed stays."""
        found = ""
        if self.audience.currentData() in YOUTH_AUDIENCES:
            places = frozenset(self.site.itemText(row) for row in range(self.site.count()))
            found = looks_like_name(self.notes.text(), places)
        self.name_warning.setText(self.tr("“%1” may be a person's name. Youth sessions keep no names: if it is one, "
                                          "take it out.").replace("%1", found) if found else "")
        self.name_warning.setVisible(bool(found))

    def draft(self) -> SessionDraft:
        date = self.date.date()
        languages = tuple(code for code, box in (("en", self.english), ("es", self.spanish)) if box.isChecked())
        audience = self.audience.currentData()
        return SessionDraft(
            date=dt.date(date.year(), date.month(), date.day()).isoformat(), site_id=self.site.currentData() or "",
            audience=audience, participants=self.participants.text(), modules=self.checked_modules(),
            minutes=self.minutes.text(), start_time=self.start_time.text(),
            grade_band=grade_band(audience),
            languages=languages or ("en",), facilitators=self.facilitators.text(),
            delivery=self.delivery.currentData(), sections=self.sections.records(),
            breakdowns=self.breakdowns.values(), tallies=self.tallies.values(),
            marks=self.tallies.marks_values(),
            roster=self.roster.entries() if audience not in YOUTH_AUDIENCES else (),
            referrals=self.referrals.text(), notes=self.notes.text(), id=self.record_id)

    def save(self) -> None:
        record, errors = validate(self.draft(), self.curriculum, dt.date.today())
        self.show_errors(errors)
        if record is None:
            return
        try:
            self.saved_id = self.store.save_session(record)
        except RecordsUnavailable as error:  # a full disk, a read-only file: what was typed stays in the form
            log_failure(error)
            self.detail_error.setText(message_for(error))
            self.detail_error.show()
            return
        self.accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in (*self.errors.values(), *self.breakdowns.errors.values(), self.detail_error):
            label.hide()
        first = None
        for error in errors:
            key = error.field if error.field in self.errors else error.field.split(".")[0]
            if error.field.startswith("breakdowns."):
                dimension = error.field.split(".")[1]
                self.breakdowns.errors[dimension].setText(self.message(error))
                self.breakdowns.errors[dimension].show()
                self.details.setCurrentWidget(self.breakdowns)
                self.breakdowns.setCurrentIndex(list(BREAKDOWNS).index(dimension))
                continue
            if error.field.startswith("tallies."):
                self.detail_error.setText(self.tr("Survey counts: %1").replace("%1", self.message(error)))
                self.detail_error.show()
                self.details.setCurrentWidget(self.tallies.parentWidget())
                item_id = error.field.split(".")[1]
                if item_id in self.tallies.item_ids:
                    self.tallies.setCurrentCell(self.tallies.item_ids.index(item_id), 0)
                continue
            label = self.errors.get(key)
            if label is None:  # a detail tab's field (a section's note, the roster)
                self.detail_error.setText(self.message(error))
                self.detail_error.show()
                continue
            label.setText(self.message(error))
            label.show()
            first = first or key
        if first:
            buddy = self.row_labels[first].buddy()
            if buddy is not None:
                buddy.setFocus()

    def message(self, error: FieldError) -> str:
        return message_for(error)

