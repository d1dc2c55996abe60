"""Presenting a plan: Spanish on the projector, English notes on the laptop, the keyboard in charge, then the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core.records.store import RecordsStore
from facilitator.core.teach.planner import new_plan
from facilitator.core.teach.presenting import (
    Run,
    audience_card,
    delivered,
    facilitator_card,
    projector_words,
    safety_panel,
    session_from_run,
    time_state,
)
from facilitator.ui.present.presenter import Presenter

pytestmark = pytest.mark.usefixtures("english")

MODULE = "what-is-trafficking"


@pytest.fixture
def plan(curriculum):
    return new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", [MODULE], start_time="10:30")


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def every_note(curriculum, item, language: str) -> list[str]:
    """Everything written for the facilitator: notes, what to listen for, how to respond, and the activity's steps
    and debrief (which say how the facilitator runs and ends it)."""
    section = curriculum.module(item.module_id).text(language).sections[item.section_id]
    notes = [*section.talking_points, *section.facilitator_notes, *section.younger]
    for question in section.questions:
        notes += [*question.listen_for, question.respond]
    if section.activity:
        notes += [*section.activity.steps, *section.activity.debrief]
    return [n for n in notes if n]


def test_the_audience_sees_its_own_text_in_its_language_and_never_the_notes(curriculum, plan) -> None:
    for item in plan.items:
        card = audience_card(curriculum, item, "es")
        section = curriculum.module(MODULE).text("es").sections[item.section_id]
        assert card.title == section.title and card.lines == section.audience and card.lines
        shown = " ".join([card.title, *card.lines])
        assert not [note for note in every_note(curriculum, item, "es") if note in shown]
        notes = facilitator_card(curriculum, item, "en", plan.audience)
        assert notes.talking_points == curriculum.module(MODULE).text("en").sections[item.section_id].talking_points


def test_timers_warn_when_time_runs_short_and_when_it_is_over() -> None:
    assert time_state(0, 10) == "on_time"
    assert time_state(8 * 60 - 1, 10) == "on_time" and time_state(8 * 60, 10) == "short"
    assert time_state(10 * 60, 10) == "short" and time_state(10 * 60 + 1, 10) == "over"
    assert time_state(3 * 60, 4) == "short", "at least the last minute is short"
    from facilitator.core.teach.presenting import Warnings

    set_by_hand = Warnings(amber_minutes=5, red_minutes=1)
    assert time_state(4 * 60, 10, set_by_hand) == "on_time" and time_state(5 * 60, 10, set_by_hand) == "short"
    assert time_state(9 * 60 - 1, 10, set_by_hand) == "short" and time_state(9 * 60, 10, set_by_hand) == "over"


def test_the_bell_rings_at_the_start_time_plus_the_minutes_the_session_was_given(curriculum, plan) -> None:
    import datetime as dt

    from facilitator.core.teach.presenting import session_end

    morning = dt.datetime(2026, 12, 3, 9, 58, 41)
    assert session_end(plan, morning) == dt.datetime(2026, 12, 3, 11, 15), "10:30 and 45 minutes"
    unscheduled = new_plan(curriculum, "Drop-in", "adults", 50, "en", "en", [MODULE])
    assert session_end(unscheduled, morning) == dt.datetime(2026, 12, 3, 10, 48, 41), "no start time: from now"


def test_the_timers_count_down_past_zero_and_keep_the_warnings_the_facilitator_set(plan) -> None:
    from facilitator.core.teach.presenting import Warnings

    run = Run(plan, 100.0)
    first = plan.items[0].minutes * 60
    assert run.section_left(100.0) == first and run.session_left(100.0) == 45 * 60
    run.go(1, 100.0 + first + 30)
    assert run.section_left(100.0 + first + 30) == plan.items[1].minutes * 60
    assert run.session_left(100.0 + 46 * 60) == -60, "a minute over"
    assert Warnings.from_minutes(0, 2) == Warnings(None, 2), "0 in the amber field means a fifth of the time"
    assert Warnings.from_minutes(3, 1).minutes() == (3, 1) and Warnings().minutes() == (0, 0)


def test_a_run_books_the_time_of_each_section_and_the_log_follows(curriculum, plan) -> None:
    run = Run(plan, 100.0)
    run.go(1, 100.0 + 5 * 60)
    run.go(0, 100.0 + 7 * 60)  # back for a minute
    run.go(1, 100.0 + 8 * 60)
    run.end(100.0 + 12 * 60)
    assert run.spent[:2] == [6 * 60, 6 * 60] and run.session_seconds(999) == 12 * 60
    records = {r.section_id: r for r in delivered(run, curriculum)}
    first, second = plan.items[0].section_id, plan.items[1].section_id
    assert records[first].fidelity == "as_written" and records[first].note.startswith("6 min (plan: ")
    assert all(r.fidelity == "skipped" for key, r in records.items() if key not in (first, second)), \
        "sections never reached, or left out of the plan, are skipped"
    draft = session_from_run(run, curriculum)
    assert (draft.audience, draft.modules, draft.minutes, draft.languages) == ("grades_9_12", (MODULE,), 12,
                                                                               ("es", "en"))
    assert draft.id == "" and draft.participants == 0 and len(draft.sections) == len(
        curriculum.module(MODULE).spec.sections)


def test_the_safety_panel_keeps_minors_and_adults_apart(curriculum) -> None:
    panel = safety_panel(curriculum, "es")
    assert panel.everyone[0].startswith("Mantenga la calma")
    assert any("seguridad inmediata" in step for step in panel.everyone)
    assert any("Nunca se comunique usted con la familia" in step for step in panel.everyone)
    assert any("No es su culpa" in step for step in panel.everyone), "adults are told in usted"
    assert any("No prometa guardar el secreto" in step for step in panel.under_18)
    assert not any("secreto" in step and "No prometa" in step for step in panel.adults)
    assert any("de inmediato, antes de que la persona joven salga de su cuidado" in s for s in panel.under_18)
    assert [r.citation for r in panel.reporting][:3] == ["N.C. Gen. Stat. § 7B-301", "N.C. Gen. Stat. § 7B-101",
                                                         "N.C. Gen. Stat. § 14-318.6 (S.L. 2019-245, from 1 "
                                                         "December 2019)"]
    assert "Departamento de Servicios Sociales" in panel.reporting[0].summary["es"]
    assert "Class 1 misdemeanor" in panel.reporting[0].summary["en"]
    assert any("7B-309" in r.citation for r in panel.reporting), "good-faith immunity"
    assert "consentimiento informado, por escrito y por un tiempo limitado" in panel.confidentiality[0].summary["es"]
    english = safety_panel(curriculum, "en")
    assert any("no general duty" in step for step in english.adults)
    assert any("The person decides" in step for step in english.adults)
    assert any("same day" in step for step in (*english.everyone, *english.under_18, *english.adults)) is False
    assert panel.helplines[0].phone == "1-888-373-7888"
    assert projector_words(curriculum, "es")["pause"] == "Hagamos una pausa breve. Seguimos en un momento."


@pytest.fixture
def presenter(qtbot, curriculum, plan):
    clock = Clock()
    shown = Presenter(curriculum, plan, now=clock)
    shown.clock = clock
    shown.start()
    yield shown
    shown.ticker.stop()
    shown.close()  # as Upstream does when it closes: no question about ending the session
    for window in (shown.facilitator, shown.audience):
        window.deleteLater()


def test_keyboard_runs_the_session_and_the_projector_follows(presenter, curriculum, plan, qtbot) -> None:
    f, audience = presenter.facilitator, presenter.audience
    assert presenter.layout == "rehearsal" and f.isVisible() and not audience.isVisible(), \
        "one screen: never the notes beside the audience view"
    assert f.rehearsal_label.isVisible() and "Extend" in f.rehearsal_label.text()
    first_es = curriculum.module(MODULE).text("es").sections[plan.items[0].section_id].title
    first_en = curriculum.module(MODULE).text("en").sections[plan.items[0].section_id].title
    assert first_es in audience.text.text() and f.title.text() == first_en
    assert f.position.text().startswith(f"Section 1 of {len(plan.items)}")
    qtbot.keyClick(f, Qt.Key.Key_Right)
    assert presenter.run.index == 1
    second_es = curriculum.module(MODULE).text("es").sections[plan.items[1].section_id].title
    assert second_es in audience.text.text()
    qtbot.keyClick(f, Qt.Key.Key_Left)
    assert presenter.run.index == 0
    qtbot.keyClick(f, Qt.Key.Key_B)
    assert audience.mode == "pause" and "Hagamos una pausa breve" in audience.text.text()
    assert f.projector_label.text() == "Projector: pause screen"
    qtbot.keyClick(f, Qt.Key.Key_B)
    assert audience.mode == "prompt"
    qtbot.keyClick(f, Qt.Key.Key_R)
    assert audience.mode == "resources" and "1-888-373-7888" in audience.text.text()
    assert "Dónde conseguir ayuda" in audience.text.text()
    before = audience.points
    qtbot.keyClick(f, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert audience.points == before + 4 and audience.mode == "resources", "text size changes what is shown"


def test_the_safety_key_opens_the_protocol_and_pauses_the_projector(presenter, qtbot) -> None:
    f = presenter.facilitator
    qtbot.keyClick(f, Qt.Key.Key_S)
    assert f.safety.isVisible() and presenter.audience.mode == "pause"
    text = f.safety.toPlainText()
    assert "Stay calm" in text and "N.C. Gen. Stat. § 7B-301" in text and "1-888-373-7888" in text
    minors, adults = text.index("If they are under 18: you must report"), text.index("If they are 18 or older")
    assert minors < text.index("Do not promise to keep it secret") < adults < text.index("The person decides")
    assert text.index("34 U.S.C. 12291(b)(2)") > adults, "confidentiality belongs to the adults' part"
    assert "Stay calm" not in presenter.audience.text.text()
    qtbot.keyClick(f, Qt.Key.Key_S)
    assert not f.safety.isVisible() and presenter.audience.mode == "pause", "the facilitator ends the pause"


def test_timers_change_colour_as_time_runs_short(presenter, plan) -> None:
    f = presenter.facilitator
    minutes = plan.items[0].minutes
    assert f.section_timer.text() == f"Section: {minutes}:00 left" and f.section_timer.styleSheet() == ""
    presenter.clock.seconds = minutes * 60 - 30
    presenter.tick()
    assert f.section_timer.text() == "Section: 0:30 left" and "#ffd54f" in f.section_timer.styleSheet()
    presenter.clock.seconds = minutes * 60 + 65
    presenter.tick()
    assert f.section_timer.text() == "Section: 1:05 over" and "#b71c1c" in f.section_timer.styleSheet()
    assert f.session_timer.text() == f"Session: {clock_text(45 * 60 - minutes * 60 - 65)} left"


def clock_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def test_ending_offers_a_log_filled_in_from_the_run(presenter, curriculum, plan, qtbot, monkeypatch,
                                                     tmp_path: Path) -> None:
    from facilitator.ui.sessions.session_dialog import SessionDialog

    presenter.clock.seconds = 300
    qtbot.keyClick(presenter.facilitator, Qt.Key.Key_Right)
    presenter.clock.seconds = 44 * 60
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    runs: list = []
    presenter.log_requested.connect(runs.append)
    presenter.facilitator.end_button.click()
    assert runs and not presenter.audience.isVisible() and not presenter.facilitator.isVisible()
    store = RecordsStore(tmp_path / "records.db")
    try:
        site = store.save_site("Carrboro High School", "school", "Orange")
        dialog = SessionDialog(curriculum, store, session_from_run(runs[0], curriculum))
        qtbot.addWidget(dialog)
        assert dialog.site.currentData() == site.id and dialog.minutes.text() == "44"
        assert dialog.audience.currentData() == "grades_9_12" and dialog.spanish.isChecked()
        assert dialog.participants.text() == "", "the facilitator counts the people"
        assert dialog.checked_modules() == (MODULE,)
        sections = {r.section_id: r for r in dialog.sections.records()}
        assert sections[plan.items[0].section_id].note == f"5 min (plan: {plan.items[0].minutes})"
        assert sections[plan.items[1].section_id].fidelity == "as_written"
        dialog.participants.setText("27")
        dialog.save()
        saved = store.session(dialog.saved_id)
        assert saved.participants == 27 and saved.minutes == 44 and saved.languages == ("en", "es")
    finally:
        store.close()


def test_the_safety_file_is_checked_like_all_content(mini_curriculum, edit) -> None:
    import shutil

    from facilitator.core.content.loader import check_content
    from facilitator.core.paths import curriculum_dir

    for name in ("safety.yaml", "helplines.yaml"):
        shutil.copy(curriculum_dir() / name, mini_curriculum / name)
    assert check_content(mini_curriculum, lint=False).curriculum.safety.reporting[0] == "nc-7b-301"
    safety = mini_curriculum / "safety.yaml"
    edit(safety, "reporting: [nc-7b-301,", "reporting: [nc-7b-999,")
    edit(safety, "      es: Escuche.", "      fr: Escuche.")
    problems = [str(p) for p in check_content(mini_curriculum, lint=False).problems]
    assert any(f"{safety}:" in p and "'reporting' has unknown value 'nc-7b-999'" in p for p in problems), problems
    assert any(f"{safety}:11:" in p and "everyone step 2 needs its text in es" in p for p in problems), problems


@pytest.fixture
def audience_only(curriculum, plan, monkeypatch):
    """One screen, and the facilitator chose the audience view alone (the projector mirrors the laptop)."""
    monkeypatch.setattr(Presenter, "ask_one_screen_mode", lambda self: "audience_only")
    shown = Presenter(curriculum, plan, now=Clock())
    shown.start()
    yield shown
    shown.ticker.stop()
    shown.close()
    for window in (shown.facilitator, shown.audience):
        window.deleteLater()


def test_on_one_screen_the_class_never_sees_notes_or_the_protocol(audience_only, qtbot) -> None:
    p, audience = audience_only, audience_only.audience
    assert p.layout == "audience_only" and audience.isVisible() and audience.isFullScreen()
    assert not p.facilitator.isVisible(), "the notes are never drawn on a screen the class may see"
    qtbot.keyClick(audience, Qt.Key.Key_S)
    assert audience.mode == "pause" and "Hagamos una pausa breve" in audience.text.text()
    assert not p.facilitator.isVisible() and not p.facilitator.safety.isVisible()
    assert "Stay calm" not in audience.text.text() and "Mantenga la calma" not in audience.text.text()
    qtbot.keyClick(audience, Qt.Key.Key_F5)
    assert audience.mode == "prompt"
    pages = len(audience.paged.pages)
    for _ in range(pages):
        qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert p.run.index == 1, "the remote works on the only window there is, page by page, then the next section"


def test_remote_keys_do_what_a_presenter_expects(presenter, qtbot) -> None:
    f, audience = presenter.facilitator, presenter.audience
    for key, index in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Forward, 2), (Qt.Key.Key_Back, 1),
                       (Qt.Key.Key_PageUp, 0)):
        qtbot.keyClick(f, key)
        assert presenter.run.index == index, key
    qtbot.keyClick(f, Qt.Key.Key_Period)
    assert audience.mode == "pause", "a remote's blank button sends '.'"
    qtbot.keyClick(f, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert audience.mode == "prompt"
    qtbot.keyClick(f, Qt.Key.Key_Escape)
    assert audience.mode == "pause" and f.isVisible() and presenter.ticker.isActive(), "Escape never ends"
    qtbot.mouseClick(audience, Qt.MouseButton.LeftButton)
    assert presenter.run.index == 0, "a click on the projector does not move on"


def test_f1_lists_the_keys(presenter, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    qtbot.keyClick(presenter.facilitator, Qt.Key.Key_F1)
    assert shown and "Escape: leave full screen, or blank; it never ends the session" in shown[0]
    assert "End the session and log it: Ctrl+E" in shown[0]


def test_closing_a_window_asks_to_end_and_log_or_keep_presenting(presenter, qtbot, monkeypatch) -> None:
    answers = ["keep", "end"]
    monkeypatch.setattr(Presenter, "ask_end_or_keep", lambda self: answers.pop(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    logged: list = []
    presenter.log_requested.connect(logged.append)
    presenter.facilitator.close()
    qtbot.waitUntil(lambda: answers == ["end"])
    assert presenter.facilitator.isVisible() and presenter.ticker.isActive() and not logged, "kept presenting"
    qtbot.keyClick(presenter.facilitator, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert logged and not presenter.facilitator.isVisible(), "Ctrl+E ends the session and offers the log"


TWO_SCREENS = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.core.content.loader import load_curriculum
from facilitator.core.teach.planner import new_plan
from facilitator.ui.present.presenter import Presenter
curriculum = load_curriculum()
plan = new_plan(curriculum, "Period 3", "grades_9_12", 45, "en", "es", ["what-is-trafficking"])
shown = Presenter(curriculum, plan)
shown.start()
app.processEvents()
g = shown.audience.geometry()
print(json.dumps({"layout": shown.layout, "screen": shown.audience.screen().name(),
                  "full": shown.audience.isFullScreen(), "audience": [g.x(), g.y(), g.width(), g.height()],
                  "notes": shown.facilitator.screen().name()}))
shown.swap_screens()
app.processEvents()
print(json.dumps({"audience": shown.audience.screen().name(), "notes": shown.facilitator.screen().name(),
                  "full": shown.audience.isFullScreen()}))
shown.close()
"""


@pytest.mark.parametrize("projector", [(1024, 768), (1920, 1080)])
def test_with_two_screens_the_projector_gets_the_audience_view_full_screen(tmp_path, projector) -> None:
    import json
    import os
    import subprocess
    import sys

    width, height = projector
    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", TWO_SCREENS], env=env, capture_output=True, text=True, check=True)
    shown, swapped = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    assert shown == {"layout": "two_screens", "screen": "projector", "full": True,
                     "audience": [1366, 0, width, height], "notes": "laptop"}
    assert swapped == {"audience": "laptop", "notes": "projector", "full": True}, "X swaps the two screens"


def test_next_walks_a_long_sections_pages_before_the_next_section(presenter, qtbot) -> None:
    from facilitator.core.teach.presenting import AudienceCard

    f, audience = presenter.facilitator, presenter.audience
    audience.show()  # a projector the class can see (a rehearsal's hidden one goes section by section)
    audience.resize(1024, 768)
    long = AudienceCard("Module", "A long section", tuple(f"Step {i}: " + "read the card together " * 4
                                                          for i in range(12)))
    audience.show_card(long)
    presenter._show_page()
    pages = len(audience.paged.pages)
    assert pages > 1 and f.page_label.text() == f"Projector page 1 of {pages}"
    assert audience.height() == 768, "the window never grows to fit the text"
    qtbot.keyClick(f, Qt.Key.Key_PageDown)
    assert presenter.run.index == 0 and audience.page == 1 and "(2/" in audience.text.text()
    qtbot.keyClick(f, Qt.Key.Key_PageUp)
    assert presenter.run.index == 0 and audience.page == 0
    for _ in range(pages):
        qtbot.keyClick(f, Qt.Key.Key_PageDown)
    assert presenter.run.index == 1, "after the last page, the next section"


def test_freeze_white_and_the_projectors_look(presenter, qtbot) -> None:
    from facilitator.render.projector import THEMES, contrast

    f, audience = presenter.facilitator, presenter.audience
    first = audience.text.text()
    qtbot.keyClick(f, Qt.Key.Key_F)
    qtbot.keyClick(f, Qt.Key.Key_Right)
    assert presenter.run.index == 1 and audience.text.text() == first, "frozen: the class keeps the first section"
    qtbot.keyClick(f, Qt.Key.Key_F)
    assert audience.text.text() != first and audience.mode == "prompt"
    qtbot.keyClick(f, Qt.Key.Key_W)
    assert audience.mode == "white" and audience.text.text() == "" and "#ffffff" in audience.styleSheet()
    qtbot.keyClick(f, Qt.Key.Key_W)
    assert audience.mode == "prompt"
    looks: list[str] = []
    presenter.theme_changed.connect(looks.append)
    qtbot.keyClick(f, Qt.Key.Key_L)
    assert looks == ["light"] and THEMES["light"]["background"] in audience.styleSheet()
    for theme in THEMES.values():
        assert contrast(theme["text"], theme["background"]) >= 7 and contrast(theme["muted"], theme["background"]) >= 7


def test_the_bell_time_shows_and_a_screen_reader_hears_five_minutes_left_once(presenter, plan,
                                                                             monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    heard: list[str] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: heard.append(event.message()))
    assert presenter.facilitator.ends_label.text() == "Ends at 11:15", "the plan starts at 10:30 and has 45 min"
    for seconds in (39 * 60, 40 * 60 + 10, 40 * 60 + 20, 41 * 60):
        presenter.clock.seconds = seconds
        presenter.tick()
    assert heard == ["5 minutes left in the session"]


def test_on_one_screen_the_notes_show_only_while_n_is_held(audience_only, qtbot) -> None:
    from PySide6.QtTest import QTest

    p, audience = audience_only, audience_only.audience
    QTest.keyPress(audience, Qt.Key.Key_N)
    assert p.facilitator.isVisible() and not p.facilitator.safety.isVisible(), "notes, never the safety panel"
    QTest.keyRelease(audience, Qt.Key.Key_N)
    assert not p.facilitator.isVisible()



def test_the_facilitator_sets_when_the_timers_turn_amber_and_red(presenter, plan) -> None:
    f = presenter.facilitator
    kept: list = []
    presenter.warnings_changed.connect(kept.append)
    f.amber.setValue(3)
    f.red.setValue(1)
    minutes = plan.items[0].minutes
    presenter.clock.seconds = minutes * 60 - 150
    presenter.tick()
    assert "#ffd54f" in f.section_timer.styleSheet(), "amber with 2:30 left of a 3-minute warning"
    presenter.clock.seconds = minutes * 60 - 50
    presenter.tick()
    assert "#b71c1c" in f.section_timer.styleSheet(), "red with under a minute left, as set"
    assert kept[-1].amber_minutes == 3 and kept[-1].red_minutes == 1
    assert f.amber.text().endswith("min left") and f.amber_label.text() == "&Amber at"


AGENCY_HELPLINES = "helplines:\n" + "".join(f"""  - id: local-{number}
    name: {{en: "{en}", es: "{es}"}}
    for: {{en: Support, es: Apoyo}}
    phone: 919-555-01{number:02d}
    web: example.org/local-help-line-{number}
    hours: {{en: Weekdays 8 to 5, es: Entre semana de 8 a 5}}
    languages: {{en: English and Spanish, es: Inglés y español}}
    source: County website
    checked: 2026-01-15
""" for number, (en, es) in enumerate([
    ("Orange County Department of Social Services, Child Protective Services intake",
     "Departamento de Servicios Sociales del condado de Orange, recepción de Servicios de Protección Infantil"),
    ("Compass Center for Women and Families, domestic violence and sexual assault hotline",
     "Compass Center para Mujeres y Familias, línea de violencia doméstica y agresión sexual"),
    ("Orange County Rape Crisis Center, 24-hour help line for survivors and their families",
     "Centro de Crisis por Violación del condado de Orange, línea de ayuda de 24 horas para sobrevivientes"),
    ("El Centro Hispano, family support and immigrant legal referrals",
     "El Centro Hispano, apoyo familiar y remisiones legales para inmigrantes"),
    ("Freedom House Recovery Center, mobile crisis team for Orange, Person and Chatham counties",
     "Freedom House Recovery Center, equipo móvil de crisis para los condados de Orange, Person y Chatham"),
    ("Chapel Hill Police Department, non-emergency line and victim services unit",
     "Departamento de Policía de Chapel Hill, línea para casos que no son emergencias y unidad de servicios a "
     "víctimas")]))
"""Six local helplines with names as long as county services have."""

BOTH_WINDOWS = """
import json
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget
app = QApplication([])
from facilitator.core.content.loader import load_curriculum
from facilitator.core.teach.planner import new_plan
from facilitator.ui.i18n import LanguageSwitcher
from facilitator.ui.present.audience_window import AUDIENCE_POINTS, MAX_POINTS
from facilitator.ui.present.presenter import Presenter
from facilitator.userdata import local_helplines
curriculum, switcher = load_curriculum(), LanguageSwitcher(app)

def rect(r):
    return [r.x(), r.y(), r.width(), r.height()]

def text_of(label):
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()

def controls(window):
    # Where each control is on the screen, and whether the window shows it whole.
    return [[widget.text() if isinstance(widget, QAbstractButton) else widget.objectName(),
             rect(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())),
             window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))]
            for widget in window.findChildren(QWidget)
            if isinstance(widget, (QAbstractButton, QAbstractSpinBox)) and widget.isVisibleTo(window)]

for language in ("en", "es"):
    switcher.switch(language)
    plan = new_plan(curriculum, "Period 3", "grades_9_12", 45, language, language, ["what-is-trafficking"])
    shown = Presenter(curriculum, plan, local_helplines(curriculum))
    shown.start()
    app.processEvents()
    f, audience = shown.facilitator, shown.audience
    laptop = QGuiApplication.primaryScreen()
    projector = {}
    for points in (AUDIENCE_POINTS, MAX_POINTS):
        audience.set_points(points)
        for mode in ("resources", "pause"):
            shown.set_projector(mode)
            app.processEvents()
            label = audience.text
            projector[f"{mode} {points}"] = {
                "needs": label.heightForWidth(label.width()), "has": label.height(),
                "inside": audience.rect().contains(label.geometry()), "text": text_of(label)}
    ages = {}
    laid_out = {"min": [f.minimumSizeHint().width(), f.minimumSizeHint().height()],
                "frame": rect(f.frameGeometry()), "controls": controls(f)}
    shown.toggle_safety()
    app.processEvents()
    panel = f.safety
    for heading in (panel.tr("If they are under 18: you must report"),
                    panel.tr("If they are 18 or older: they decide")):
        found = panel.document().find(heading)
        found.setPosition(found.selectionStart())
        ages[heading] = rect(panel.cursorRect(found))
    print(json.dumps({"language": language, "laptop": rect(laptop.availableGeometry()),
                      "projector_screen": rect(audience.screen().geometry()), "audience": rect(audience.geometry()),
                      "projector": projector, "closed": laid_out,
                      "open": {"controls": controls(f), "frame": rect(f.frameGeometry()),
                               "min": [f.minimumSizeHint().width(), f.minimumSizeHint().height()]},
                      "ages": ages, "panel": [panel.viewport().width(), panel.viewport().height(),
                                panel.horizontalScrollBar().maximum()],
                      "contacts": shown.audience_safety.contacts(shown.words["text"])}))
    shown.close()
"""


def on_screens(tmp_path: Path, size: tuple[int, int]) -> list[dict]:
    """Both windows' layout, in English then Spanish, with a laptop and a projector of `size` side by side, and the
    agency's six local helplines."""
    import json
    import os
    import subprocess
    import sys

    from facilitator.core.paths import local_helplines_path

    local_helplines_path().parent.mkdir(parents=True, exist_ok=True)
    local_helplines_path().write_text(AGENCY_HELPLINES, encoding="utf-8")
    width, height = size
    screens = {"screens": [{"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                            "logicalBaseDpi": 96, "dpr": 1} for name, x in (("laptop", 0), ("projector", width))]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", BOTH_WINDOWS], env=env, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.strip().splitlines() if line.startswith("{")]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1366, 768)])
def test_every_helpline_shows_whole_on_the_projector_in_both_languages(tmp_path, size) -> None:
    for shown in on_screens(tmp_path, size):
        assert shown["audience"] == shown["projector_screen"] == [size[0], 0, *size]
        assert len(shown["contacts"]) == 10, "four national helplines and the agency's six"
        for screen, laid in shown["projector"].items():
            assert laid["needs"] <= laid["has"] and laid["inside"], (shown["language"], size, screen, "cut off")
            if screen.startswith("resources"):
                for name, ways in shown["contacts"]:
                    assert f"{name}\n{ways}" in laid["text"], (shown["language"], size, name)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_laptop_view_fits_a_small_laptop_screen_in_both_languages(tmp_path, size) -> None:
    for shown in on_screens(tmp_path, size):
        x, y, width, height = shown["laptop"]
        for state in ("closed", "open"):  # the safety panel closed, then open
            laid = shown[state]
            assert laid["min"][0] <= width and laid["min"][1] <= height, (shown["language"], size, state)
            fx, fy, fw, fh = laid["frame"]
            assert x <= fx and y <= fy and fx + fw <= x + width and fy + fh <= y + height, (shown["language"], state)
            assert len(laid["controls"]) == 8, "six buttons and the two warning fields"
            for name, (cx, cy, cw, ch), whole in laid["controls"]:
                assert whole and x <= cx and cx + cw <= x + width and y <= cy and cy + ch <= y + height, \
                    (shown["language"], size, state, name)
        under_18, adults = shown["ages"].values()
        wide, high, sideways = shown["panel"]
        assert sideways == 0 and 0 <= under_18[0] < wide / 2 <= adults[0] < wide, \
            (shown["language"], size, "both age groups side by side, neither past the panel's edge")
        assert 0 < under_18[1] == adults[1] < high, (shown["language"], size, "both in view when the panel opens")
