"""Sessions from the command line: logged by the log form's rules, listed with its filters, shown, deleted; and
every command the `facilitator` program has is in the README."""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path

import pytest

from facilitator.cli import _parser, main
from facilitator.core.paths import records_path
from facilitator.core.records.store import RecordsStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setenv("UPSTREAM_DATA_DIR", str(tmp_path / "data"))
    store = RecordsStore(records_path())
    site_id = store.save_site("Carrboro High School", "school", "Orange").id
    store.close()
    return site_id


def add(monkeypatch, capsys, session: dict) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(session)))
    code = main(["sessions", "add", "-"])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err


def test_a_session_logged_from_a_script_is_checked_listed_shown_and_deleted(site, monkeypatch, capsys,
                                                                          tmp_path: Path) -> None:
    code, session_id, _ = add(monkeypatch, capsys, {
        "date": "2026-11-04", "site_id": site, "audience": "grades_9_12", "participants": 27,
        "modules": ["what-is-trafficking"], "breakdowns": {"gender": {"girl_woman": 14, "boy_man": 13}}})
    assert code == 0 and len(session_id) == 36
    code, _, err = add(monkeypatch, capsys, {"date": "2026-11-04", "audience": "grades_9_12", "participants": "x"})
    assert code == 1
    assert err.splitlines() == ["participants: 'x' is not a whole number", "site: this is needed",
                                "modules: choose at least one module"], "every mistake, by field"
    code, _, err = add(monkeypatch, capsys, {"date": "2026-11-04", "pupil": "Ana"})
    assert code == 2 and "unknown field(s): pupil" in err
    for wrong, said in (({"notes": 5}, "notes must be text, not 5"),
                        ({"breakdowns": []}, "breakdowns must be an object, not []"),
                        ({"breakdowns": {"gender": 5}}, "breakdowns.gender must be an object, not 5"),
                        ({"tallies": [{"item_id": "x"}]}, "lacks or has an unknown key: 'timing'"),
                        ({"modules": "what-is-trafficking"}, "modules must be a list"),
                        ({"id": "5"}, "unknown field(s): id")):
        code, _, err = add(monkeypatch, capsys, {"date": "2026-11-04", **wrong})
        assert code == 2 and said in err, (wrong, err)
    code, _, err = add(monkeypatch, capsys, {"date": "2026-11-04", "site_id": "no-such-site", "audience": "adults",
                                             "participants": 5, "modules": ["what-is-trafficking"]})
    assert code == 1 and err.strip() == "site_id: there is no site 'no-such-site' in these records"
    assert main(["sessions", "list", "--county", "Orange", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == session_id and row["participants"] == 27 and row["modules"] == ["what-is-trafficking"]
    assert main(["sessions", "list", "--county", "Wake", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
    assert main(["sessions", "show", session_id]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["breakdowns"] == {"gender": {"girl_woman": 14, "boy_man": 13}} and shown["roster"] == 0
    os.mkfifo(tmp_path / "pipe.json")
    assert main(["sessions", "add", str(tmp_path / "pipe.json")]) == 2
    assert "not an ordinary file" in capsys.readouterr().err, "a pipe is refused, not waited on"
    (tmp_path / "huge.json").write_text("[" + "0," * 600_000 + "0]", encoding="utf-8")
    assert main(["sessions", "add", str(tmp_path / "huge.json")]) == 2 and "more than 1 MB" in capsys.readouterr().err
    (tmp_path / "broken.json").write_bytes(b'{"date": "2026-11-04", \xff')
    assert main(["sessions", "add", str(tmp_path / "broken.json")]) == 2 and "not a session as JSON" in \
        capsys.readouterr().err
    assert main(["sessions", "delete", session_id]) == 0 and capsys.readouterr().out == f"deleted {session_id}\n"
    assert main(["sessions", "list", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
    assert main(["sessions", "delete", "no-such-id"]) == 1 and "there is no session" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["sessions", "list", "--from", "2026-13-01"])
    assert "is not a date like 2026-09-01" in capsys.readouterr().err


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return [name for sub, child in action.choices.items() for name in commands(child, (*prefix, sub))]
    return [" ".join(prefix)]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = commands(_parser())
    assert "sessions add" in names and "db check" in names
    assert [name for name in names if f"facilitator {name}" not in readme] == []
