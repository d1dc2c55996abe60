"""Report figures equal the ones counted by hand on a small set of sessions; exported cells cannot run as formulas."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from facilitator.core.records.model import SectionRecord, SessionRecord, Tally
from facilitator.core.records.store import RecordsStore
from facilitator.core.reports.figures import build_report
from facilitator.core.reports.files import safe_cell, write_csv, write_xlsx
from facilitator.core.reports.view import curriculum_report

FALL = (dt.date(2026, 9, 1), dt.date(2026, 12, 31))


@pytest.fixture
def store(tmp_path: Path):
    records = RecordsStore(tmp_path / "records.db")
    school = records.save_site("Carrboro High School", "school", "Orange").id
    centro = records.save_site("El Centro", "community", "Durham").id
    records.save_session(SessionRecord(
        date=dt.date(2026, 9, 10), site_id=school, audience="grades_9_12", participants=28, minutes=50,
        modules=("what-is-trafficking",), languages=("en",),
        sections=(SectionRecord("what-is-trafficking", "a", "as_written"),
                  SectionRecord("what-is-trafficking", "b", "adapted", "short on time")),
        tallies=(Tally("reporting-duty", "pre", 20, 8), Tally("reporting-duty", "post", 18, 15))))
    records.save_session(SessionRecord(
        date=dt.date(2026, 10, 3), site_id=centro, audience="adults", participants=12, minutes=75,
        modules=("worker-rights-and-immigrant-communities", "getting-help"), languages=("en", "es"),
        sections=(SectionRecord("getting-help", "a", "skipped"),),
        tallies=(Tally("reporting-duty", "pre", 10, 2), Tally("worker-rights", "post", 12, 12))))
    gone = records.save_session(SessionRecord(date=dt.date(2026, 10, 5), site_id=centro, audience="adults",
                                              participants=99, modules=("getting-help",)))
    records.delete_session(gone)
    records.save_session(SessionRecord(date=dt.date(2027, 1, 5), site_id=centro, audience="adults",
                                       participants=7, modules=("getting-help",)))  # outside the range
    yield records
    records.close()


def test_figures_match_a_hand_count(store: RecordsStore) -> None:
    report = build_report(store, dt.date(2026, 9, 1), dt.date(2026, 12, 31),
                          {"reporting-duty": "knowledge", "worker-rights": "knowledge"})
    assert (report.sessions, report.participants, report.sites, report.counties, report.hours) == (2, 40, 2, 2, 2.1)
    assert [(g.name, g.sessions, g.participants) for g in report.groups["month"]] == [
        ("2026-09", 1, 28), ("2026-10", 1, 12)]
    assert [(g.name, g.sessions) for g in report.groups["module"]] == [
        ("getting-help", 1), ("what-is-trafficking", 1), ("worker-rights-and-immigrant-communities", 1)]
    assert [(g.name, g.sessions, g.participants) for g in report.groups["language"]] == [("en", 2, 40), ("es", 1, 12)]
    assert report.fidelity == {"as_written": 1, "adapted": 1, "skipped": 1}
    assert [(s.name, s.county, s.sessions, s.participants) for s in report.sites_reached] == [
        ("Carrboro High School", "Orange", 1, 28), ("El Centro", "Durham", 1, 12)], "the deleted session is not counted"
    duty = next(c for c in report.items if c.name == "reporting-duty")
    assert (duty.answered_before, duty.right_before, duty.answered_after, duty.right_after) == (30, 10, 18, 15)
    assert duty.before == pytest.approx(1 / 3) and duty.after == pytest.approx(15 / 18)
    [knowledge] = report.constructs
    assert (knowledge.answered_after, knowledge.right_after) == (30, 27)


def test_tables_name_things_as_people_do_in_each_language(store: RecordsStore, curriculum) -> None:
    view, _ = curriculum_report(store, curriculum, *FALL, "en")
    tables = {table.key: table for table in view.tables}
    assert [row[0] for row in tables["module"].rows] == [
        "Getting help and helping a friend", "What human trafficking is and isn't",
        "Immigrant and worker communities: rights at work, recruitment fees and immigration-based coercion"]
    assert [row[:2] for row in tables["audience"].rows] == [("Adults", 1), ("Grades 9–12", 1)]
    assert tables["fidelity"].rows == (("As written", 1, 1 / 3), ("Adapted", 1, 1 / 3), ("Skipped", 1, 1 / 3))
    assert tables["month"].rows == ((dt.date(2026, 9, 1), 1, 28), (dt.date(2026, 10, 1), 1, 12))
    assert tables["construct"].rows[0][0] == "Knowledge of what trafficking is, the law and workers' rights"
    assert [row[0] for row in tables["item"].rows] == ["Who must be told (NC law)", "Pay for every hour, any status"]
    assert view.period == "September 1, 2026 to December 31, 2026"
    months = next(chart for chart in view.charts if chart.key == "month")
    assert months.labels == ("Sep 2026", "Oct 2026") and months.values == ((1.0,), (1.0,)) and months.columns

    spanish, _ = curriculum_report(store, curriculum, *FALL, "es")
    tables = {table.key: table for table in spanish.tables}
    assert spanish.period == "Del 1 de septiembre de 2026 al 31 de diciembre de 2026"
    assert [row[0] for row in tables["language"].rows] == ["Inglés", "Español"]
    assert tables["fidelity"].rows[0][0] == "Tal como está escrita"
    assert tables["module"].rows[0][0] == "Pedir ayuda y ayudar a una amistad"
    assert tables["item"].title == "Respuestas acertadas antes y después, por pregunta"


def test_csv_holds_every_table_with_labels_and_neutralised_formulas(store: RecordsStore, curriculum,
                                                                    tmp_path: Path) -> None:
    store.save_site("=HYPERLINK(\"http://x\")", "school", "+Wake")
    record = store.session(next(r.id for r in store.session_rows() if r.date == "2026-10-03"))
    store.save_session(SessionRecord(**{**record.__dict__, "site_id": store.sites()[0].id}))
    path = tmp_path / "report.csv"
    write_csv(curriculum_report(store, curriculum, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "en")[0], path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == ["Sessions report", "January 1, 2026 to December 31, 2026"]
    assert ["Participants", "40"] in rows and ["Hours delivered", "2.1"] in rows
    assert rows[rows.index(["Sessions by county"]) + 1:rows.index(["Sessions by county"]) + 4] == [
        ["County", "Sessions", "Participants"], ["'+Wake", "1", "12"], ["Orange", "1", "28"]], "shown as text, not run"
    assert rows[rows.index(["Sessions by site"]) + 1:rows.index(["Sessions by site"]) + 4] == [
        ["Site", "County", "Sessions", "Participants"], ["'=HYPERLINK(\"http://x\")", "'+Wake", "1", "12"],
        ["Carrboro High School", "Orange", "1", "28"]]
    assert ["2026-09-01", "1", "28"] in rows, "a month is its first day, which spreadsheets read as a date"
    assert ["As written", "1", "0.3333"] in rows
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@")]
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("-5") == "'-5" and safe_cell(-5) == -5


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_report_command(store: RecordsStore, tmp_path: Path, monkeypatch, capsys, fmt: str) -> None:
    from facilitator.cli import main

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(store.path.parent))
    store.close()  # the command opens the same file, records.db in the data folder
    out = tmp_path / f"fall.{fmt}"
    assert main(["report", "--from", "2026-09-01", "--to", "2026-12-31", "--format", fmt, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 2 session(s), 40 participant(s), 2.1 hour(s), " \
                                              "2026-09-01 to 2026-12-31"
    assert not list(tmp_path.glob("*.part"))
    if fmt == "csv":
        rows = list(csv.reader(out.open(encoding="utf-8-sig")))
        assert ["Knowledge of what trafficking is, the law and workers' rights", "30", "10", "0.3333", "30", "27",
                "0.9"] in rows
    elif fmt == "pdf":
        import subprocess

        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Sessions report" in text and "September 1, 2026 to December 31, 2026" in text
        assert "Getting help and helping a friend" in text and "Who must be told (NC law)" in text
        assert re.search(r"Sessions by site\s+Site\s+County\s+Sessions\s+Participants\s+"
                         r"Carrboro High School\s+Orange\s+1\s+28", text), "the sites reached, a table without a chart"
        images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
        assert len(images.splitlines()) - 2 >= 8, "every chart with something to show is drawn"
    with pytest.raises(SystemExit):
        main(["report", "--from", "2026-13-01", "--to", "2026-12-31", "-o", str(out)])
    assert "'2026-13-01' is not a date like 2026-09-01" in capsys.readouterr().err


def test_a_spanish_pdf_report_on_a4(store: RecordsStore, tmp_path: Path, monkeypatch) -> None:
    import subprocess

    from facilitator.cli import main

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(store.path.parent))
    store.close()
    out = tmp_path / "otoño.pdf"
    assert main(["report", "--from", "2026-09-01", "--to", "2026-12-31", "--format", "pdf", "--language", "es",
                 "--paper", "a4", "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Informe de sesiones" in text and "Del 1 de septiembre de 2026 al 31 de diciembre de 2026" in text
    assert "Tal como está escrita" in text and "Horas impartidas" in text and "Sesiones por lugar" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts" in info.replace(".28", "").replace(".89", "")


def test_xlsx_has_a_sheet_per_table_with_real_numbers_dates_and_inert_text(store: RecordsStore, curriculum,
                                                                             tmp_path: Path) -> None:
    import zipfile

    formula = store.save_site("Formula School", "school", "=HYPERLINK(\"http://x\")")
    record = store.session(next(r.id for r in store.session_rows() if r.date == "2026-10-03"))
    store.save_session(SessionRecord(**{**record.__dict__, "site_id": formula.id}))
    path = tmp_path / "report.xlsx"
    write_xlsx(curriculum_report(store, curriculum, *FALL, "en")[0], path)
    with zipfile.ZipFile(path) as book:
        workbook = book.read("xl/workbook.xml").decode()
        assert re.findall(r'<sheet name="([^"]+)"', workbook) == [
            "Totals", "By month", "By module", "By audience", "By language", "By county", "By site", "Fidelity",
            "Change by construct", "Change by survey item"]
        sheets = {name: book.read(name).decode() for name in book.namelist() if name.startswith("xl/worksheets/")}
        strings = book.read("xl/sharedStrings.xml").decode()
    totals = sheets["xl/worksheets/sheet1.xml"]
    assert '<c r="B4"><v>2</v></c>' in totals and '<c r="B5"><v>40</v></c>' in totals, "numbers, not text"
    assert re.search(r'<c r="B2" s="\d+"><v>46266</v></c>', totals), "2026-09-01 as a real date"
    assert "=HYPERLINK" in strings.replace("&quot;", '"') and not any("<f>" in xml for xml in sheets.values())
    assert "Getting help and helping a friend" in strings and "As written" in strings


def test_the_report_command_takes_a_named_period(tmp_path, monkeypatch, capsys) -> None:
    import csv

    from facilitator.cli import main
    from facilitator.core.dates import period_dates

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path))
    first, last = period_dates("last_federal_year", dt.date.today())
    assert main(["report", "--period", "last_federal_year", "-o", str(tmp_path / "r.csv")]) == 0
    assert f"{first} to {last}" in capsys.readouterr().out
    assert next(csv.reader((tmp_path / "r.csv").open(encoding="utf-8-sig")))[0] == "Sessions report"
    assert main(["report", "--period", "rpe_year", "--from", "2026-01-01", "-o", str(tmp_path / "r.csv")]) == 2
    assert "not both" in capsys.readouterr().err
