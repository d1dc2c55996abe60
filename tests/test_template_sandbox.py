"""An agency's own templates are data, not code: they render in Jinja's sandbox, within limits on time and output,
and a template that breaks a rule is refused with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.handouts import rendering
from facilitator.core.handouts.handouts import Handouts
from facilitator.core.handouts.registry import HandoutError, HandoutRequest

HOSTILE = {
    "runs a command": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "reads a file": "{{ self.__init__.__globals__['__builtins__']['open']('/etc/hostname').read() }}",
    "changes its data": "{% set _ = t.common.update({'call': 'x'}) %}{{ t.common.call }}",
    "counts forever": "{% for i in range(10**9) %}x{% endfor %}",
    "writes gigabytes": "{% for i in range(10000) %}{{ 'x' * 1000 }}{% endfor %}",
}


def maker(curriculum, folder: Path, body: str) -> Handouts:
    folder.mkdir(exist_ok=True)
    (folder / "resource-card.html.j2").write_text(body, encoding="utf-8")
    return Handouts(curriculum, user_templates=folder)


@pytest.mark.parametrize("what", list(HOSTILE))
def test_a_hostile_user_template_is_refused_with_its_file_and_line(curriculum, tmp_path, what) -> None:
    with pytest.raises(HandoutError) as refused:
        maker(curriculum, tmp_path / "templates", HOSTILE[what]).make(HandoutRequest("resource-card", ("en",)))
    where = "resource-card.html.j2" if what == "writes gigabytes" else "resource-card.html.j2, line 1"
    assert where in str(refused.value), str(refused.value)  # the output's size belongs to no one line
    assert "refused" in str(refused.value) or "unsafe" in str(refused.value), str(refused.value)


def test_a_loop_with_no_output_still_stops_in_time(curriculum, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(rendering, "RENDER_SECONDS", 0.3)
    body = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}done"
    with pytest.raises(HandoutError, match=r"resource-card.html.j2, line 1: refused.*ran for more than 0.3 seconds"):
        maker(curriculum, tmp_path / "templates", body).make(HandoutRequest("resource-card", ("en",)))


def test_an_ordinary_user_template_still_renders(curriculum, tmp_path) -> None:
    body = "{% extends '_base.html.j2' %}{% block content %}<p>{{ t.resource_card.heading }} · {{ agency.name }}</p>" \
           "{% for row in range(3) %}<p>{{ row }}</p>{% endfor %}{% endblock %}"
    made = maker(curriculum, tmp_path / "templates", body).make(HandoutRequest("resource-card", ("es",)))
    assert "Dónde pedir ayuda" in made.parts[0].html and "<p>2</p>" in made.parts[0].html
