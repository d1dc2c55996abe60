"""`facilitator content check`: every problem printed, non-zero exit on any, a summary per language when clean."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.cli import main


def test_clean_bundled_content_prints_one_summary_line_per_language(capsys) -> None:
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    lines = [line for line in out if not line.startswith(("note: ", "to confirm: ", "due: "))]
    assert [line.split(":")[0] for line in lines] == ["en", "es"]
    assert "note: trafficking-hotline: HHS changed the hotline's operator in September 2025" in "\n".join(out)
    assert "to confirm: trafficking-hotline: never confirmed with the service itself" in "\n".join(out)
    for line in lines:
        assert re.fullmatch(r"(en|es): \d+ modules, \d+ sections, \d+ activities, \d+ discussion questions, "
                            r"[\d,]+ words", line), line


def test_every_problem_is_printed_and_the_exit_code_is_one(mini_curriculum: Path, edit, capsys) -> None:
    edit(mini_curriculum / "modules/sample/module.yaml", "    minutes: 5\n", "    minutes: 0\n")
    (mini_curriculum / "modules/sample/es.yaml").unlink()
    assert main(["content", "check", "--root", str(mini_curriculum)]) == 1
    captured = capsys.readouterr()
    printed = captured.out.splitlines()
    assert len(printed) == 3
    assert any("module.yaml:" in line and "'minutes' must be a whole number of at least 1" in line
               for line in printed)
    assert any(line.endswith("es.yaml:1: the es text of module 'sample' is missing") for line in printed)
    assert "cannot be loaded" in captured.err


def test_stale_translation_fails_the_check_but_still_summarises(mini_curriculum: Path, edit, capsys) -> None:
    edit(mini_curriculum / "modules/sample/en.yaml", "version: 2", "version: 5")
    assert main(["content", "check", "--root", str(mini_curriculum)]) == 1
    out = capsys.readouterr().out
    assert "[stale] stale translation: translates version 2 of en.yaml, which is now at version 5" in out
    assert "es: 1 modules, 2 sections, 1 activities, 1 discussion questions" in out and "1 stale" in out



def user_file(name: str, text: str) -> Path:
    from facilitator.core.paths import user_data_dir

    path = user_data_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_profile_or_local_helplines_file_stops_a_handout_with_one_line(capsys, tmp_path: Path) -> None:
    for name, text, where in (
            ("agency.yaml", "name: [unclosed\n", ":2: not valid YAML: did not find expected ',' or ']'"),
            ("local-helplines.yaml", "helplines:\n  - id: county-dss\n    phone: [919\n", ":4: not valid YAML")):
        path = user_file(name, text)
        assert main(["handout", "render", "resource-card", "-o", str(tmp_path / "card.pdf")]) == 1, name
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert f"{path}{where}" in err, err
        assert not (tmp_path / "card.pdf").exists()
        path.unlink()


def test_a_broken_user_template_is_named_with_its_file_and_line(capsys, tmp_path: Path) -> None:
    template = user_file("templates/resource-card.html.j2", "<p>fine</p>\n<p>{% if %}</p>\n")
    assert main(["handout", "render", "resource-card", "-o", str(tmp_path / "card.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "template resource-card.html.j2, line 2: " in err and f"({template})" in err


def test_any_coded_error_a_command_meets_is_printed_in_english_without_a_traceback(monkeypatch, capsys) -> None:
    from facilitator.core.content import loader
    from facilitator.core.content.problems import ContentError, Problem

    def broken() -> None:
        raise ContentError([Problem(Path("/bundle/helplines.yaml"), 3, "'phone' must be digits")])

    monkeypatch.setattr(loader, "load_curriculum", broken)
    assert main(["helplines"]) == 1
    assert capsys.readouterr().err == "/bundle/helplines.yaml:3: 'phone' must be digits\n"
