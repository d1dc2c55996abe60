"""An installed copy (not the source tree) finds its curriculum and translations inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True, timeout=600)
    return target


def run_installed(target: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run Python with only the installed copy importable, from a folder outside the repository, with a
    private home so the user's own settings are neither read nor written."""
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd),
           "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data")}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_installed_package_carries_content_and_translations(installed: Path) -> None:
    package = installed / "facilitator"
    assert (package / "resources/curriculum/modules/what-is-trafficking/es.yaml").is_file()
    assert (package / "resources/curriculum/labels/es.yaml").is_file()
    assert (package / "resources/reports/es.yaml").is_file()
    assert (package / "resources/reports/report.html.j2").is_file()
    assert (package / "i18n/upstream_es.qm").is_file()


def test_installed_command_checks_its_own_bundled_content(installed: Path, tmp_path: Path) -> None:
    result = run_installed(installed, "-m", "facilitator", "content", "check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("en: 10 modules")
    where = run_installed(installed, "-c", "from facilitator.core.paths import curriculum_dir, translations_dir;"
                                           "print(curriculum_dir()); print(translations_dir())", cwd=tmp_path)
    assert all(line.startswith(str(installed)) for line in where.stdout.split()), where.stdout


def test_installed_app_opens_its_main_window_in_spanish(installed: Path, tmp_path: Path) -> None:
    code = ("import sys\nfrom PySide6.QtCore import QSettings\n"
            "from facilitator.app import application, start\n"
            "app = application(['upstream'])\n"
            "QSettings().setValue('ui/language', 'es')\n"
            "window = start(app)\n"
            "print(window.windowTitle())\n"
            "print(window.curriculum_page.model.rowCount())\n")
    result = run_installed(installed, "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Upstream: herramientas para facilitar", "10"]


def test_installed_copy_prints_handouts_with_its_own_fonts(installed: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = run_installed(installed, "-m", "facilitator", "handout", "render", "resource-card", "--lang", "es",
                           "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NotoSans-Regular" in fonts and " yes " in fonts
