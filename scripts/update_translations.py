"""Refresh the interface translations: collect tr() strings into i18n/*.ts, then compile the .qm files.

Run after changing any interface string; translate the new entries in Qt Linguist
(`pyside6-linguist i18n/upstream_es.ts`), then run again to compile. Tests fail while a .ts lacks a string from
the code, has an unfinished Spanish translation, or its .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("en", "es")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facilitator").rglob("*.py"))


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update_ts(ts_files: list[Path]) -> None:
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts",
                    *map(str, ts_files)], cwd=ROOT, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    ts_files = [I18N / f"upstream_{lang}.ts" for lang in LANGUAGES]
    update_ts(ts_files)
    for ts in ts_files:
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
