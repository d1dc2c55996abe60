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

