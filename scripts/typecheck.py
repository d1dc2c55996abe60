"""The type checker over facilitator/, held to a committed baseline that may only shrink.

mypy's errors are counted per file and compared with scripts/mypy-baseline.json: a file with more errors than its
baseline (or a new file with any) fails, and its errors are printed; fewer is good news, and `--update` writes the
smaller counts so they stay earned. Run: .venv/bin/python scripts/typecheck.py [--update]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "scripts" / "mypy-baseline.json"
ERROR = re.compile(r"^(?P<file>[^:]+):\d+: error: ")


def errors() -> list[str]:
    # Not incremental: after an edit, mypy's cache can leave out errors of the modules that depend on it.
    command = [sys.executable, "-m", "mypy", "facilitator", "--no-incremental", "--no-error-summary"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    return [line for line in result.stdout.splitlines() if ERROR.match(line)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="write today's counts as the baseline")
    args = parser.parse_args()
    found = errors()
    counts = Counter(ERROR.match(line)["file"] for line in found)  # type: ignore[index]
    if args.update:
        BASELINE.write_text(json.dumps(dict(sorted(counts.items())), indent=1) + "\n", encoding="utf-8")
        print(f"baseline: {sum(counts.values())} errors in {len(counts)} files")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = {name: n for name, n in counts.items() if n > baseline.get(name, 0)}
    for line in found:
        if ERROR.match(line)["file"] in worse:  # type: ignore[index]
            print(line)
    for name, n in sorted(worse.items()):
        print(f"{name}: {n} type errors, the baseline allows {baseline.get(name, 0)}", file=sys.stderr)
    better = sum(baseline.values()) - sum(counts.values())
    print(f"type check: {sum(counts.values())} errors (baseline {sum(baseline.values())})"
          + (f"; {better} fewer: run scripts/typecheck.py --update" if better > 0 and not worse else ""))
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
