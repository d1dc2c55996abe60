"""The detail tabs of a logged session: section fidelity, aggregate breakdowns, survey tallies, adult roster."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from ...core.model import SURVEY_TIMES, Curriculum
from ...core.records.model import BREAKDOWNS, FIDELITY, RosterEntry, SectionRecord
from ...core.records.tallies import from_typed, items_to_count
from ..widgets.layout import error_label
from .answer_counts_dialog import AnswerCountsDialog, Marks


class DetailLabels(QObject):
    """Interface words for the record vocabularies."""

    def fidelity(self, value: str) -> str:
        return {"as_written": self.tr("As written"), "adapted": self.tr("Adapted"),
                "skipped": self.tr("Skipped")}[value]

    def dimension(self, value: str) -> str:
        return {"grade": self.tr("Grade"), "gender": self.tr("Gender"), "age_band": self.tr("Age"),
                "race_ethnicity": self.tr("Race or ethnicity"), "language": self.tr("Main language")}[value]

    def category(self, dimension: str, value: str) -> str:
        if dimension == "grade":
            return value
        names = {
            "girl_woman": self.tr("Girls/women"), "boy_man": self.tr("Boys/men"), "nonbinary": self.tr("Nonbinary"),
            "another_identity": self.tr("Another identity"), "prefer_not_to_say": self.tr("Prefer not to say"),
            "under_12": self.tr("Under 12"), "12_14": "12–14", "15_17": "15–17", "18_24": "18–24", "25_44": "25–44",
            "45_64": "45–64", "65_plus": self.tr("65 and over"),
            "american_indian": self.tr("American Indian or Alaska Native"), "asian": self.tr("Asian"),
            "black": self.tr("Black or African American"), "hispanic_latino": self.tr("Hispanic or Latino"),
            "pacific_islander": self.tr("Native Hawaiian or Pacific Islander"), "white": self.tr("White"),
            "multiracial": self.tr("More than one race"), "another": self.tr("Another"),
            "english": self.tr("English"), "spanish": self.tr("Spanish"),
        }
        return names[value]


class SectionsTable(QTableWidget):
    """One row per section of the ticked modules: delivered as written, adapted (with a note) or skipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("sessionSections")
        self.words = DetailLabels(self)
        self.keys: list[tuple[str, str]] = []
        self.typed: dict[tuple[str, str], SectionRecord] = {}
        """What was shown for every section so far, so a module unticked by mistake comes back as it was."""
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def set_sections(self, curriculum: Curriculum, modules: tuple[str, ...], language: str,
                     known: dict[tuple[str, str], SectionRecord]) -> None:
        self.typed.update(zip(self.keys, self.records(), strict=False))
        current = known | self.typed
        self.keys = [(m, s.id) for m in modules for s in curriculum.module(m).spec.sections]
        self.setRowCount(len(self.keys))
        for row, (module_id, section_id) in enumerate(self.keys):
            module = curriculum.module(module_id)
            item = QTableWidgetItem(f"{module.spec.number}. {module.text(language).sections[section_id].title}")
            self.setItem(row, 0, item)
            choice = QComboBox()
            for value in FIDELITY:
                choice.addItem(self.words.fidelity(value), value)
            record = current.get((module_id, section_id))
            choice.setCurrentIndex(choice.findData(record.fidelity) if record else 0)
            self.setCellWidget(row, 1, choice)
            self.setCellWidget(row, 2, QLineEdit(record.note if record else ""))
        self.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Delivered"), self.tr("What changed")])

    def records(self) -> tuple[SectionRecord, ...]:
        result = []
        for row, (module_id, section_id) in enumerate(self.keys):
            choice, note = self.cellWidget(row, 1), self.cellWidget(row, 2)
            if choice is not None:
                result.append(SectionRecord(module_id, section_id, choice.currentData(), note.text().strip()))
        return tuple(result)


class BreakdownsEditor(QTabWidget):
    """Optional counts by grade, gender, age, race or ethnicity and language; never more than the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBreakdowns")
        self.words = DetailLabels(self)
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        self.labels: dict[str, dict[str, QLabel]] = {}
        self.errors: dict[str, QLabel] = {}
        for dimension, categories in BREAKDOWNS.items():
            page = QWidget()
            grid = QGridLayout(page)
            self.fields[dimension], self.labels[dimension] = {}, {}
            for index, category in enumerate(categories):
                label, field = QLabel(), QLineEdit(objectName=f"{dimension}-{category}")
                field.setMaximumWidth(70)
                label.setBuddy(field)
                grid.addWidget(label, index // 3, (index % 3) * 2)
                grid.addWidget(field, index // 3, (index % 3) * 2 + 1)
                self.fields[dimension][category], self.labels[dimension][category] = field, label
            error = error_label(f"error-breakdowns.{dimension}")
            grid.addWidget(error, 10, 0, 1, 6)
            self.errors[dimension] = error
            self.addTab(page, "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for index, dimension in enumerate(BREAKDOWNS):
            self.setTabText(index, self.words.dimension(dimension))
            for category, label in self.labels[dimension].items():
                label.setText(self.words.category(dimension, category))

    def values(self) -> dict[str, dict[str, str]]:
        return {d: {c: f.text() for c, f in fields.items() if f.text().strip()}
                for d, fields in self.fields.items() if any(f.text().strip() for f in fields.values())}

    def load(self, breakdowns: dict[str, dict[str, int]]) -> None:
        for dimension, counts in breakdowns.items():
            for category, count in counts.items():
                self.fields[dimension][category].setText(str(count))


class TalliesTable(QTableWidget):
    """Survey counts for each item the ticked modules teach: how many answered, how many answered right."""

    COLUMNS = (("pre", "answered"), ("pre", "correct"), ("post", "answered"), ("post", "correct"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("sessionTallies")
        self.item_ids: list[str] = []  # not `items`, which QTableWidget has
        self.typed: dict[tuple[str, str], tuple[str, str]] = {}
        """What was shown for every item so far, so a module unticked by mistake comes back with its counts."""
        self.marks: Marks = {}
        self.curriculum: Curriculum | None = None
        self.language = "en"
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_items(self, curriculum: Curriculum, modules: tuple[str, ...], language: str,
                  known: dict[tuple[str, str], tuple[str, str]], known_marks: Marks | None = None) -> None:
        survey = curriculum.survey
        if survey is None:
            return
        self.curriculum, self.language = curriculum, language
        self.marks = (known_marks or {}) | self.marks
        self.typed.update(self.values_by_key())
        current = known | self.typed
        self.item_ids = items_to_count(curriculum, modules, (item for item, _ in known))
        self.setRowCount(len(self.item_ids))
        for row, item_id in enumerate(self.item_ids):
            prompt = QTableWidgetItem(survey.texts[language].items[item_id].prompt)
            prompt.setToolTip(prompt.text())
            self.setItem(row, 0, prompt)
            for column, (timing, kind) in enumerate(self.COLUMNS, start=1):
                answered, correct = current.get((item_id, timing), ("", ""))
                self.setItem(row, column, QTableWidgetItem(answered if kind == "answered" else correct))
        self.setHorizontalHeaderLabels([self.tr("Survey item"), self.tr("Answered before"),
                                        self.tr("Right before"), self.tr("Answered after"), self.tr("Right after")])

    def values_by_key(self) -> dict[tuple[str, str], tuple[str, str]]:
        result = {}
        for row, item_id in enumerate(self.item_ids):
            cells = [self.item(row, column).text() if self.item(row, column) else "" for column in range(1, 5)]
            result[(item_id, "pre")] = (cells[0], cells[1])
            result[(item_id, "post")] = (cells[2], cells[3])
        return result

    def values(self) -> tuple[tuple[str, str, str, str], ...]:
        return tuple((item, timing, answered, correct)
                     for (item, timing), (answered, correct) in self.values_by_key().items()
                     if answered.strip() or correct.strip())

    def marks_values(self) -> Marks:
        """Answer counts for the items still on the list (unticking a module drops its items)."""
        return {key: marks for key, marks in self.marks.items() if key[0] in self.item_ids}

    def edit_marks(self) -> None:
        """Count one question option by option; answered and right are then filled in from the counts."""
        row = self.currentRow()
        if self.curriculum is None or self.curriculum.survey is None or not 0 <= row < len(self.item_ids):
            return
        survey = self.curriculum.survey
        item = survey.items[self.item_ids[row]]
        dialog = AnswerCountsDialog(item, survey.texts[self.language], self.marks, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        typed = dialog.marks()
        for timing in SURVEY_TIMES:
            self.marks.pop((item.id, timing), None)
        self.marks.update(typed)
        for column, (timing, kind) in enumerate(self.COLUMNS, start=1):
            counts = typed.get((item.id, timing), {})
            if (counted := from_typed(item, counts)) is not None:
                total = counted.answered if kind == "answered" else counted.correct
                self.item(row, column).setText(str(total) if counts else "")


class RosterTable(QTableWidget):
    """Names, for adult trainings only (certificates); a youth session never has this table."""

    ROWS = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.ROWS, 4, parent)
        self.setObjectName("sessionRoster")
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Organization"), self.tr("Email")])

    def entries(self) -> tuple[RosterEntry, ...]:
        rows = []
        for row in range(self.rowCount()):
            cells = [self.item(row, c).text().strip() if self.item(row, c) else "" for c in range(4)]
            if cells[0]:
                rows.append(RosterEntry(*cells))
        return tuple(rows)

    def load(self, entries: tuple[RosterEntry, ...]) -> None:
        for row, entry in enumerate(entries[: self.rowCount()]):
            for column, value in enumerate((entry.name, entry.role, entry.organization, entry.email)):
                self.setItem(row, column, QTableWidgetItem(value))
