"""Report figures equal the ones counted by hand on a small set of sessions; exported cells cannot run as formulas."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from facilitator.core.records.model import SectionRecord, SessionRecord, Tally
from facilitator.core.records.report import build_report, safe_cell, write_csv
from facilitator.core.records.store import RecordsStore


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
    duty = next(c for c in report.items if c.name == "reporting-duty")
    assert (duty.answered_before, duty.right_before, duty.answered_after, duty.right_after) == (30, 10, 18, 15)
    assert duty.before == pytest.approx(1 / 3) and duty.after == pytest.approx(15 / 18)
    [knowledge] = report.constructs
    assert (knowledge.answered_after, knowledge.right_after) == (30, 27)


def test_csv_opens_with_numbers_and_neutralised_formulas(store: RecordsStore, tmp_path: Path) -> None:
    store.save_site("=HYPERLINK(\"http://x\")", "school", "+Wake")
    record = store.session(next(r.id for r in store.session_rows() if r.date == "2026-10-03"))
    store.save_session(SessionRecord(**{**record.__dict__, "site_id": store.sites()[0].id}))
    path = tmp_path / "report.csv"
    write_csv(build_report(store, dt.date(2026, 1, 1), dt.date(2026, 12, 31)), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == ["table", "group", "sessions", "participants", "value"]
    assert ["totals", "participants", "", "40", ""] in rows
    assert ["county", "'+Wake", "1", "12", ""] in rows, "shown as text, not run"
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@")]
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("-5") == "'-5" and safe_cell(-5) == -5


def test_report_command(store: RecordsStore, tmp_path: Path, monkeypatch, capsys) -> None:
    from facilitator.cli import main

    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(store.path.parent))
    store.close()  # the command opens the same file, records.db in the data folder
    out = tmp_path / "fall.csv"
    assert main(["report", "--from", "2026-09-01", "--to", "2026-12-31", "--format", "csv", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 2 session(s), 40 participant(s), 2.1 hour(s), " \
                                              "2026-09-01 to 2026-12-31"
    assert ["construct after", "knowledge", "", "30", "0.9"] in list(csv.reader(out.open(encoding="utf-8-sig")))
    with pytest.raises(SystemExit):
        main(["report", "--from", "2026-13-01", "--to", "2026-12-31", "-o", str(out)])
    assert "'2026-13-01' is not a date like 2026-09-01" in capsys.readouterr().err


def test_xlsx_has_a_sheet_per_table_with_real_numbers_dates_and_inert_text(store: RecordsStore, tmp_path: Path) -> None:
    import re
    import zipfile

    from facilitator.core.records.report import write_xlsx

    formula = store.save_site("Formula School", "school", "=HYPERLINK(\"http://x\")")
    record = store.session(next(r.id for r in store.session_rows() if r.date == "2026-10-03"))
    store.save_session(SessionRecord(**{**record.__dict__, "site_id": formula.id}))
    path = tmp_path / "report.xlsx"
    write_xlsx(build_report(store, dt.date(2026, 9, 1), dt.date(2026, 12, 31)), path)
    with zipfile.ZipFile(path) as book:
        workbook = book.read("xl/workbook.xml").decode()
        assert re.findall(r'<sheet name="([^"]+)"', workbook) == [
            "Totals", "By month", "By module", "By audience", "By language", "By county", "Fidelity",
            "Survey items", "Constructs"]
        sheets = {name: book.read(name).decode() for name in book.namelist() if name.startswith("xl/worksheets/")}
        strings = book.read("xl/sharedStrings.xml").decode()
    totals = sheets["xl/worksheets/sheet1.xml"]
    assert '<c r="B4"><v>2</v></c>' in totals and '<c r="B5"><v>40</v></c>' in totals, "numbers, not text"
    assert re.search(r'<c r="B2" s="\d+"><v>46266</v></c>', totals), "2026-09-01 as a real date"
    assert "=HYPERLINK" in strings.replace("&quot;", '"') and not any("<f>" in xml for xml in sheets.values())
