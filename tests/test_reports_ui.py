"""The Reports screen as a program coordinator uses it: pick a period, read the totals and charts, save a file."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.core.dates import PERIODS, period_dates
from facilitator.core.paths import PROFILE_FILE, user_data_dir
from facilitator.core.records.model import SectionRecord, SessionRecord, Tally
from facilitator.core.records.store import RecordsStore
from facilitator.render.charts import chart_height, paint_chart
from facilitator.ui.reports import reports_page
from facilitator.ui.reports.reports_page import ReportsPage
from facilitator.ui.tasks import wait_for_tasks

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def store(tmp_path: Path):
    records = RecordsStore(tmp_path / "records.db")
    school = records.save_site("Carrboro High School", "school", "Orange").id
    centro = records.save_site("El Centro", "community", "Durham").id
    records.save_session(SessionRecord(
        date=dt.date(2026, 9, 10), site_id=school, audience="grades_9_12", participants=28, minutes=50,
        modules=("what-is-trafficking",), sections=(SectionRecord("what-is-trafficking", "a", "as_written"),
                                                    SectionRecord("what-is-trafficking", "b", "skipped")),
        tallies=(Tally("no-movement", "pre", 20, 8), Tally("no-movement", "post", 20, 17))))
    records.save_session(SessionRecord(
        date=dt.date(2026, 10, 3), site_id=centro, audience="adults", participants=12, minutes=70,
        modules=("getting-help",), languages=("es",)))
    yield records
    records.close()


@pytest.fixture
def page(qtbot, curriculum, store) -> ReportsPage:
    widget = ReportsPage(curriculum, store)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    wait_for_tasks()
    return widget


def choose(page: ReportsPage, start: dt.date, end: dt.date) -> None:
    page.start.setDate(QDate(start.year, start.month, start.day))
    page.end.setDate(QDate(end.year, end.month, end.day))
    wait_for_tasks()


def totals(page: ReportsPage) -> list[tuple[str, str]]:
    return [(caption.text(), number.text()) for number, caption in page.total_labels]


def test_a_period_shows_its_totals_and_charts(page, store) -> None:
    choose(page, dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert page.period.currentData() == "custom", "typing dates makes the period a chosen one"
    assert totals(page) == [("Sessions", "1"), ("Participants", "28"), ("Sites", "1"), ("Counties", "1"),
                            ("Hours delivered", "0.8")]
    assert page.heading.text() == "September 1, 2026 to September 30, 2026"
    choose(page, dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    assert totals(page)[:2] == [("Sessions", "2"), ("Participants", "40")]
    module = page.charts["module"].chart
    assert module.labels == ("Getting help and helping a friend", "What human trafficking is and isn't")
    assert page.charts["month"].chart.labels == ("Sep 2026", "Oct 2026")
    assert page.charts["fidelity"].chart.values == ((0.5,), (0.0,), (0.5,))
    item = page.charts["item"]
    assert item.chart.labels == ("No movement needed",) and item.chart.values == ((0.4, 0.85),)
    assert item.accessibleDescription() == "No movement needed: 40%, 85%"
    assert all(view.height() >= view.sizeHint().height() - 1 for view in page.charts.values()), "bars never clipped"
    sites = page.sites
    assert page.sites_title.text() == "Sessions by site" and sites.accessibleName() == "Sessions by site"
    assert [[sites.item(r, c).text() for c in range(sites.columnCount())] for r in range(sites.rowCount())] == [
        ["Carrboro High School", "Orange", "1", "28"], ["El Centro", "Durham", "1", "12"]]
    assert sites.height() >= sites.horizontalHeader().height() + 2 * sites.rowHeight(0), "every row shows"


def test_new_sessions_count_when_the_page_is_shown_again(page, store) -> None:
    choose(page, dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    page.hide()
    store.save_session(SessionRecord(date=dt.date(2026, 11, 2), site_id=store.sites()[0].id, audience="parents",
                                     participants=9, modules=("getting-help",)))
    page.show()
    wait_for_tasks()
    assert totals(page)[:2] == [("Sessions", "3"), ("Participants", "49")]


def test_an_empty_period_and_backwards_dates_are_explained(page) -> None:
    choose(page, dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert totals(page)[0] == ("Sessions", "0")
    assert "No sessions were logged in this period" in page.notice.text()
    assert page.charts["module"].chart.labels == ()
    choose(page, dt.date(2020, 12, 31), dt.date(2020, 1, 1))
    assert "ends before it starts" in page.notice.text()
    assert not page.save_pdf.isEnabled() and not page.save_csv.isEnabled()


def test_named_periods() -> None:
    november = dt.date(2026, 11, 26)
    assert period_dates("school_year", november) == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    assert period_dates("school_year", dt.date(2027, 3, 1)) == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    assert period_dates("last_school_year", november) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert period_dates("calendar_year", november) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_dates("last_12_months", november) == (dt.date(2025, 12, 1), november)
    assert period_dates("last_12_months", dt.date(2026, 1, 15)) == (dt.date(2025, 2, 1), dt.date(2026, 1, 15))
    assert period_dates("custom", november) is None


def test_periods_at_the_ends_of_the_calendar() -> None:
    """On 9999-12-31, the last day a date can hold, and in year 1, every named period is a real span of days."""
    last = dt.date.max
    assert period_dates("school_year", last) == (dt.date(9999, 7, 1), last), "it would end in June 10000"
    assert period_dates("school_year", dt.date(9999, 7, 1)) == (dt.date(9999, 7, 1), last)
    assert period_dates("last_school_year", last) == (dt.date(9998, 7, 1), dt.date(9999, 6, 30))
    assert period_dates("calendar_year", last) == (dt.date(9999, 1, 1), last)
    assert period_dates("last_12_months", last) == (dt.date(9999, 1, 1), last)
    assert period_dates("school_year", dt.date.min) == (dt.date.min, dt.date(1, 6, 30))
    assert period_dates("last_12_months", dt.date(1, 3, 5)) == (dt.date.min, dt.date(1, 3, 5))
    assert period_dates("last_school_year", dt.date(1, 7, 1)) == (dt.date.min, dt.date(1, 6, 30))
    assert period_dates("last_school_year", dt.date(1, 6, 30)) is None, "all of it is before year 1"
    for today in (last, dt.date(9999, 6, 30), dt.date.min, dt.date(1, 12, 31)):
        for period in PERIODS[:-1]:
            dates = period_dates(period, today)
            assert dates is None or dates[0] <= dates[1], (period, today)


def test_a_named_period_on_the_last_day_of_the_calendar_is_counted(page, monkeypatch) -> None:
    class LastDay(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return dt.date.max

    monkeypatch.setattr(reports_page, "dt", type("datetime", (), {"date": LastDay}))
    page.period.setCurrentIndex(PERIODS.index("calendar_year"))
    wait_for_tasks()
    assert page.dates() == (dt.date(9999, 1, 1), dt.date.max)
    page.period.setCurrentIndex(PERIODS.index("school_year"))
    wait_for_tasks()
    assert page.dates() == (dt.date(9999, 7, 1), dt.date.max)
    assert page.heading.text() == "July 1, 9999 to December 31, 9999"
    assert page.save_pdf.isEnabled()


def test_saving_each_kind_of_file(page, tmp_path, monkeypatch) -> None:
    choose(page, dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    page.language.setCurrentIndex(page.language.findData("es"))
    wait_for_tasks()
    for kind in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"informe-{kind}"  # no extension typed: the right one is added
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target: (str(t), ""))
        assert page.save(kind)
        wait_for_tasks()
        assert page.last_saved == target.with_name(f"{target.name}.{kind}") and page.last_saved.stat().st_size > 0
        assert page.notice.text() == f"Report saved to {page.last_saved}."
    rows = list(csv.reader((tmp_path / "informe-csv.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["Informe de sesiones", "Del 1 de septiembre de 2026 al 31 de diciembre de 2026"]
    text = subprocess.run(["pdftotext", str(tmp_path / "informe-pdf.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Informe de sesiones" in text and "Pedir ayuda y ayudar a una amistad" in text


def test_a_file_that_cannot_be_written_is_reported_and_leaves_nothing(page, tmp_path, monkeypatch) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    page.save("pdf")
    wait_for_tasks()
    assert shown and shown[0].startswith(f"The report could not be written to {target}: ")
    assert not target.parent.exists()


def test_a_pdf_report_with_a_refused_agency_profile_says_why_and_leaves_nothing(page, tmp_path, monkeypatch) -> None:
    profile = user_data_dir() / PROFILE_FILE
    profile.parent.mkdir(parents=True, exist_ok=True)
    profile.write_text("base: &agency {name: Orange County}\nname: *agency\n", encoding="utf-8")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    page.save("pdf")
    wait_for_tasks()
    assert shown and f"{profile}:1: uses a YAML anchor or alias" in shown[0]
    assert not target.exists()


def test_spanish_interface_shows_the_report_in_spanish(page, qapp) -> None:
    from facilitator.ui.i18n import LanguageSwitcher

    choose(page, dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    switcher = LanguageSwitcher(qapp)
    switcher.switch("es")
    wait_for_tasks()
    try:
        assert totals(page)[0] == ("Sesiones", "2")
        assert page.save_pdf.text() == "Guardar como &PDF…"
        assert page.charts["module"].chart.title == "Sesiones por módulo"
        assert page.period.itemText(0) == "Este año escolar (de julio a junio)"
        assert ReportsPage(page.curriculum, page.store).language.currentData() == "es", "files in the screen's language"
    finally:
        switcher.switch("en")
        wait_for_tasks()


def test_charts_read_in_grey(page) -> None:
    """Every pixel of every chart is a grey: nothing depends on colour, so printing in black and white loses
    nothing."""
    choose(page, dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    font = QFont(page.font())
    for view in page.charts.values():
        image = QImage(600, int(chart_height(view.chart, font)) + 1, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        paint_chart(painter, QRectF(0, 0, 600, image.height()), view.chart, font)
        painter.end()
        colours = {image.pixel(x, y) & 0xFFFFFF for x in range(0, 600, 3) for y in range(0, image.height(), 3)}
        assert all((c >> 16) & 255 == (c >> 8) & 255 == c & 255 for c in colours), view.chart.key
        assert len(colours) > 2, "something was drawn"


def test_the_report_is_counted_once_when_the_page_opens(qtbot, curriculum, store, monkeypatch) -> None:
    import facilitator.ui.reports.reports_page as reports_page

    calls: list[tuple] = []
    counted = reports_page.curriculum_report
    monkeypatch.setattr(reports_page, "curriculum_report", lambda *a: calls.append(a) or counted(*a))
    widget = ReportsPage(curriculum, store)
    qtbot.addWidget(widget)
    assert calls == [], "a page not yet shown counts nothing"
    widget.show()
    wait_for_tasks()
    assert len(calls) == 1 and totals(widget)[0][0] == "Sessions"


def test_the_periods_funders_report_by() -> None:
    """Federal fiscal years and quarters (ACF, HHS), OVW's half-years, CDC RPE's August year, each this one and the
    last, on days that sit at their edges."""
    november, january, july = dt.date(2026, 11, 4), dt.date(2027, 1, 1), dt.date(2026, 7, 31)
    assert period_dates("federal_year", november) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    assert period_dates("federal_year", dt.date(2026, 9, 30)) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert period_dates("last_federal_year", november) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert period_dates("federal_quarter", november) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert period_dates("federal_quarter", january) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    assert period_dates("last_federal_quarter", january) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert period_dates("federal_quarter", july) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert period_dates("half_year", november) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert period_dates("last_half_year", november) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert period_dates("last_half_year", january) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert period_dates("rpe_year", july) == (dt.date(2025, 8, 1), dt.date(2026, 7, 31))
    assert period_dates("rpe_year", dt.date(2026, 8, 1)) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))
    assert period_dates("last_rpe_year", november) == (dt.date(2025, 8, 1), dt.date(2026, 7, 31))
    assert period_dates("last_calendar_year", november) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_every_period_is_offered_and_named_in_both_languages(page, qapp) -> None:
    from facilitator.ui.i18n import LanguageSwitcher

    assert [page.period.itemData(row) for row in range(page.period.count())] == list(PERIODS)
    english = [page.period.itemText(row) for row in range(page.period.count())]
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("es")
        wait_for_tasks()
        spanish = [page.period.itemText(row) for row in range(page.period.count())]
    finally:
        switcher.switch("en")
        wait_for_tasks()
    assert len(set(english)) == len(set(spanish)) == len(PERIODS) and not set(english) & set(spanish)
    assert "Este año fiscal federal (de octubre a septiembre)" in spanish
