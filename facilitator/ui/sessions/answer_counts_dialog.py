"""Count the paper surveys option by option for one question, before and after; answered and right follow."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.model import SurveyItem, SurveyText

Marks = dict[tuple[str, str], dict[str, str]]
"""(item id, timing) -> mark -> the count as typed."""


def mark_label(item: SurveyItem, text: SurveyText, mark: str) -> str:
    """The option as the printed survey words it, in the survey's language."""
    if item.kind == "true_false":
        return text.true_label if mark == "true" else text.false_label
    if item.kind == "agree_scale":
        return text.scale[mark]
    return f"{mark.upper()}. {text.items[item.id].options[mark]}"


class AnswerCountsDialog(QDialog):
    def __init__(self, item: SurveyItem, text: SurveyText, known: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerCountsDialog")
        self.item = item
        self.setWindowTitle(self.tr("Answer counts"))
        prompt = QLabel(text.items[item.id].prompt, objectName="answerCountsPrompt")
        prompt.setWordWrap(True)
        hint = QLabel(self.tr("How many marked each answer. Answered and right are worked out from these counts."))
        hint.setWordWrap(True)
        grid = QGridLayout()
        headers = {"pre": self.tr("Before"), "post": self.tr("After")}
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        for column, timing in enumerate(item.asked, start=1):
            grid.addWidget(QLabel(f"<b>{headers[timing]}</b>"), 0, column)
        for row, mark in enumerate(item.marks, start=1):
            label = QLabel(mark_label(item, text, mark))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for column, timing in enumerate(item.asked, start=1):
                field = QLineEdit(known.get((item.id, timing), {}).get(mark, ""))
                field.setObjectName(f"count_{timing}_{mark}")
                field.setMaximumWidth(80)
                field.setAccessibleName(f"{headers[timing]}: {label.text()}")
                grid.addWidget(field, row, column)
                self.fields[(timing, mark)] = field
        grid.setColumnStretch(0, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (prompt, hint):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        # Tab goes down the "before" pile first, then the "after" pile, as the papers are counted.
        order = [self.fields[(timing, mark)] for timing in item.asked for mark in item.marks]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(560, self.sizeHint().height())

    def marks(self) -> Marks:
        """What was typed, blanks left out, so a later check can point at any mistake."""
        result: Marks = {}
        for (timing, mark), field in self.fields.items():
            if field.text().strip():
                result.setdefault((self.item.id, timing), {})[mark] = field.text().strip()
        return result
