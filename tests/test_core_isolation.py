"""The core must run without Qt: the CLI and the tests of the domain logic depend on it."""

import pkgutil
import subprocess
import sys

import facilitator.core


def test_importing_every_core_module_never_imports_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(facilitator.core.__path__, "facilitator.core.")]
    assert "facilitator.core.content.loader" in names and "facilitator.core.browse.search" in names
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_headless_cli_never_imports_pyside6() -> None:
    code = ("import sys\nfrom facilitator.cli import main\nrc = main(['content', 'check'])\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\nsys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
