"""The layer contract, read from the source: core knows neither Qt nor the screens, render draws without widgets and
never reaches into ui, and ui shows and asks without opening databases or parsing files itself."""

import ast
from pathlib import Path

import facilitator

PACKAGE = Path(facilitator.__file__).parent
FORBIDDEN = {
    "core": ("PySide6", "shiboken6", "facilitator.render", "facilitator.ui", "facilitator.cli", "facilitator.app",
             "facilitator.userdata"),
    "render": ("facilitator.ui", "PySide6.QtWidgets"),
    "ui": ("sqlite3", "sqlite_utils", "yaml"),
}


def imported_modules(source: str, package: str) -> set[str]:
    """Every module a file imports, at the top or inside a function, relative imports resolved against its package."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def breaches(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        package = ".".join(("facilitator", *path.relative_to(PACKAGE).parent.parts))
        for module in sorted(imported_modules(path.read_text(encoding="utf-8"), package)):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return found


def test_core_imports_no_qt_and_no_screens() -> None:
    assert breaches("core") == []


def test_render_never_imports_the_interface() -> None:
    assert breaches("render") == []


def test_the_interface_never_opens_databases_or_parses_yaml() -> None:
    assert breaches("ui") == []


def test_the_contract_sees_imports_however_they_are_written() -> None:
    source = "from ...ui.plan import plan_page\n\ndef later():\n    import sqlite3\n    from .. import paths\n"
    modules = imported_modules(source, "facilitator.core.teach")
    assert {"facilitator.ui.plan.plan_page", "sqlite3", "facilitator.core.paths"} <= modules


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    longest = 400
    long_files = {str(path.relative_to(PACKAGE)): lines for path in sorted(PACKAGE.rglob("*.py"))
                  if (lines := len(path.read_text(encoding="utf-8").splitlines())) > longest}
    assert long_files == {}, f"split these into modules of one job each (at most {longest} lines)"
