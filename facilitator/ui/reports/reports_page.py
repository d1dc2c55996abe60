"""The Reports area: the figures funders ask for over a chosen period, as totals and charts, saved as PDF, XLSX or CSV.

The screen shows the same report the files hold (core.records.report_view), in the interface language; a file can be
written in either language, as a coordinator may report in English from a Spanish interface.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import PERIODS, period_dates
from ...core.handouts.agency import AgencyError, load_profile
from ...core.model import Curriculum
from ...core.records.store import RecordsStore
from ...core.reports.files import write_csv, write_xlsx
from ...core.reports.html import format_cell
from ...core.reports.view import REPORT_LANGUAGES, Chart, ReportView, Table, Words, curriculum_report
from ...render.charts import chart_height, paint_chart, value_text
from ...render.pdf import RenderError
from ...render.report_pdf import write_report_pdf
from ..errors import failure_reason, show_error
from ..i18n import RetranslateOnLanguageChange, interface_language
from ..labels import LANGUAGE_ENDONYMS
from ..tasks import TaskOptions, run_records_task
from ..widgets.date_field import DateField
from ..widgets.layout import emphasised
from ..widgets.save_dialog import ask_save_path

log = logging.getLogger(__name__)
WIDE_CHARTS = ("month", "module", "construct", "item")


class ChartView(QWidget):
    """One chart, painted by the same code as the PDF's charts, as tall as its bars need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)

    def set_chart(self, chart: Chart, empty_text: str) -> None:
        self.chart, self.empty_text = chart, empty_text
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription("; ".join(
            f"{label}: {', '.join(value_text(chart, value) for value in values)}"
            for label, values in zip(chart.labels, chart.values, strict=True)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        height = chart_height(self.chart, self.font()) if self.chart else 0
        return QSize(480, int(height) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        paint_chart(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4), self.chart, self.font(), self.empty_text)
        painter.end()


class TableView(QTableWidget):
    """One of the report's tables, as tall as its rows (the page scrolls, not the table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_table(self, table: Table, words: Words) -> None:
        self.setAccessibleName(table.title)
        self.setColumnCount(len(table.headers))
        self.setHorizontalHeaderLabels(list(table.headers))
        self.setRowCount(len(table.rows))
        for row, values in enumerate(table.rows):
            for column, (value, kind) in enumerate(zip(values, table.kinds, strict=True)):
                item = QTableWidgetItem(format_cell(value, kind, words))
                if kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth())


class ReportsPage(RetranslateOnLanguageChange, QWidget):
    def __init__(self, curriculum: Curriculum, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.curriculum, self.store = curriculum, store
        self.view: ReportView | None = None
        self._asked = 0
        """Counts the reports asked for: only the latest one asked is shown."""
        self.last_saved: Path | None = None

        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        for period in PERIODS:
            self.period.addItem("", period)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start, self.end = DateField(), DateField()
        for field in (self.start, self.end):
            field.setCalendarPopup(True)
            field.dateChanged.connect(self._dates_edited)
        self.period_label, self.start_label, self.end_label = QLabel(), QLabel(), QLabel()
        self.period_label.setBuddy(self.period)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code in REPORT_LANGUAGES:
            self.language.addItem(LANGUAGE_ENDONYMS[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language(REPORT_LANGUAGES))))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.save_pdf, self.save_xlsx, self.save_csv = QPushButton(), QPushButton(), QPushButton()
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        self.save_csv.clicked.connect(lambda: self.save("csv"))

        bar = QHBoxLayout()
        for widget in (self.period_label, self.period, self.start_label, self.start, self.end_label, self.end):
            bar.addWidget(widget)
        bar.addStretch(1)
        files = QHBoxLayout()
        for widget in (self.language_label, self.language, self.save_pdf, self.save_xlsx, self.save_csv):
            files.addWidget(widget)
        files.addStretch(1)

        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        emphasised(self.heading, 1.3)
        self.totals = QHBoxLayout()
        self.total_labels: list[tuple[QLabel, QLabel]] = []
        for _ in range(5):
            number, caption = QLabel(), QLabel()
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            emphasised(number, 2)
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(tile)
            inner.addWidget(number)
            inner.addWidget(caption)
            self.totals.addWidget(tile)
            self.total_labels.append((number, caption))
        self.charts: dict[str, ChartView] = {}
        grid = QGridLayout()
        for key in ("month", "fidelity", "language", "module", "audience", "county", "construct", "item"):
            self.charts[key] = ChartView()
            self.charts[key].setObjectName(f"chart-{key}")
        self._place_charts(grid)
        self.sites_title = QLabel()
        self.sites_title.setObjectName("sitesTitle")
        emphasised(self.sites_title)
        self.sites = TableView()
        self.sites.setObjectName("sitesTable")
        self.sites_title.setBuddy(self.sites)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addLayout(self.totals)
        body.addLayout(grid)
        body.addWidget(self.sites_title)
        body.addWidget(self.sites)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.notice = QLabel()
        self.notice.setObjectName("reportNotice")
        self.notice.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(files)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        self.retranslate_ui()
        self.period.setCurrentIndex(0)
        self._period_chosen()

    def _place_charts(self, grid: QGridLayout) -> None:
        """Wide charts (months, modules, survey results) take a full row; the short ones sit two to a row."""
        row = column = 0
        for key, view in self.charts.items():
            if key in WIDE_CHARTS:
                if column:
                    row, column = row + 1, 0
                grid.addWidget(view, row, 0, 1, 2)
                row += 1
            else:
                grid.addWidget(view, row, column, Qt.AlignmentFlag.AlignTop)
                row, column = (row, 1) if column == 0 else (row + 1, 0)

    def retranslate_ui(self) -> None:
        names = {"school_year": self.tr("This school year (July to June)"),
                 "last_school_year": self.tr("Last school year"),
                 "federal_year": self.tr("This federal fiscal year (October to September)"),
                 "last_federal_year": self.tr("Last federal fiscal year"),
                 "federal_quarter": self.tr("This federal quarter"),
                 "last_federal_quarter": self.tr("Last federal quarter"),
                 "half_year": self.tr("This half-year (January to June, or July to December)"),
                 "last_half_year": self.tr("Last half-year"),
                 "rpe_year": self.tr("This RPE year (August to July)"),
                 "last_rpe_year": self.tr("Last RPE year"),
                 "calendar_year": self.tr("This calendar year"),
                 "last_calendar_year": self.tr("Last calendar year"),
                 "last_12_months": self.tr("The last 12 months"),
                 "custom": self.tr("Chosen dates")}
        for row in range(self.period.count()):
            self.period.setItemText(row, names[self.period.itemData(row)])
        self.period_label.setText(self.tr("P&eriod:"))
        self.start_label.setText(self.tr("Fro&m:"))
        self.end_label.setText(self.tr("&To:"))
        self.language_label.setText(self.tr("Language of saved file&s:"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.save_xlsx.setText(self.tr("Save as spreadsheet (&XLSX)…"))
        self.save_csv.setText(self.tr("Save as &CSV…"))
        self.save_pdf.setToolTip(self.tr("The report with its charts, ready to print or send"))
        self.save_csv.setToolTip(self.tr("Every table, one under the other, for any spreadsheet program"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Sessions logged, edited or imported since the page was last shown are counted."""
        self.refresh()
        super().showEvent(event)

    def show_records(self, store: RecordsStore) -> None:
        """The records changed elsewhere (a restore puts a new file in place): count them from `store`."""
        self.store = store
        self.refresh()

    def _period_chosen(self) -> None:
        dates = period_dates(self.period.currentData(), dt.date.today())
        if dates is None:
            return
        for field, day in zip((self.start, self.end), dates, strict=True):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)
        self.refresh()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        self.refresh()

    def dates(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def refresh(self) -> None:
        """Count the chosen period again. A hidden page counts nothing (over many sessions that takes seconds);
        showing it counts once."""
        if not self.isVisible():
            return
        start, end = self.dates()
        if end < start:
            self._asked += 1  # a report still being counted for the dates before is not shown
            self.notice.setText(self.tr("The period ends before it starts: choose a “To” date on or after the "
                                        "“From” date."))
            for button in (self.save_pdf, self.save_xlsx, self.save_csv):
                button.setEnabled(False)
            return
        self._asked += 1
        asked, language = self._asked, interface_language(REPORT_LANGUAGES)
        run_records_task(self, self.store,
                         lambda records, _progress: curriculum_report(records, self.curriculum, start, end, language),
                         lambda result: self._counted(asked, *result))

    def _counted(self, asked: int, view: ReportView, words: Words) -> None:
        """The figures arrived: shown if they are still the ones last asked for."""
        if asked != self._asked:
            return
        self.view = view
        report = self.view.report
        self.heading.setText(self.view.period)
        captions = (self.tr("Sessions"), self.tr("Participants"), self.tr("Sites"), self.tr("Counties"),
                    self.tr("Hours delivered"))
        locale = QLocale()
        numbers = (locale.toString(report.sessions), locale.toString(report.participants),
                   locale.toString(report.sites), locale.toString(report.counties),
                   locale.toString(report.hours, "f", 1))
        for (number, caption), value, text in zip(self.total_labels, numbers, captions, strict=True):
            number.setText(value)
            caption.setText(text)
        empty = self.tr("Nothing was counted in this period.")
        for chart in self.view.charts:
            self.charts[chart.key].set_chart(chart, empty)
        sites = next(table for table in self.view.tables if table.key == "site")
        self.sites_title.setText(sites.title)
        self.sites.set_table(sites, words)
        self.sites_title.setVisible(bool(sites.rows))
        self.sites.setVisible(bool(sites.rows))
        for button in (self.save_pdf, self.save_xlsx, self.save_csv):
            button.setEnabled(True)
        self.notice.setText("" if report.sessions else
                            self.tr("No sessions were logged in this period. Choose other dates, or log sessions "
                                    "in the Sessions area."))

    def save(self, kind: str) -> bool:
        """Ask where, then write the report in the chosen language; nothing is left behind if writing fails."""
        start, end = self.dates()
        filters = {"pdf": self.tr("PDF report (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV file (*.csv)")}
        suggested = Path.home() / f"upstream-report-{start.isoformat()}-{end.isoformat()}.{kind}"
        target = ask_save_path(self, self.tr("Save the report"), suggested, filters[kind], f".{kind}")
        if target is None:
            return False
        language = self.language.currentData()

        def write(records: RecordsStore, _progress: object) -> None:
            view, words = curriculum_report(records, self.curriculum, start, end, language)
            if kind == "pdf":
                write_report_pdf(view, words, target, agency=load_profile().name)
            else:
                (write_xlsx if kind == "xlsx" else write_csv)(view, target)

        run_records_task(self, self.store, write, lambda _none: self._saved(target),
                         failed=lambda error: self._not_saved(target, error),
                         options=TaskOptions(self.tr("Writing the report…"), cancellable=False), paints=True)
        return True

    def _saved(self, target: Path) -> None:
        self.last_saved = target
        self.notice.setText(self.tr("Report saved to %1.").replace("%1", str(target)))

    def _not_saved(self, target: Path, error: BaseException) -> None:
        if not isinstance(error, OSError | RenderError | AgencyError):  # AgencyError: the saved profile is broken
            show_error(self, error)
            return
        log.warning("Report not saved to %s: %s", target, error)
        QMessageBox.warning(self, self.tr("Report not saved"),
                            self.tr("The report could not be written to %1: %2").replace("%1", str(target))
                            .replace("%2", failure_reason(error)))
