"""Benchmark (not a test): startup against a bare PySide6 window, content load time, search latency per keystroke.

Run: .venv/bin/python bench/startup_and_search.py [--runs N] [--platform offscreen|xcb]
Every figure comes from this one run, so the startup ratio compares like with like on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = {
    "bare": """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
""",
    "upstream": """
from PySide6.QtCore import QTimer
from facilitator.app import application, start
app = application(["upstream"])
window = start(app)
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
""",
    "ui-search": """
import json, time
from PySide6.QtWidgets import QApplication
from facilitator.app import application, start
app = application(["upstream"])
window = start(app)
QApplication.processEvents()
search = window.curriculum_page.search
timings = []
for word in WORDS:
    search.clear()
    QApplication.processEvents()
    for end in range(1, len(word) + 1):
        begin = time.perf_counter()
        search.setText(word[:end])
        QApplication.processEvents()
        timings.append((time.perf_counter() - begin) * 1000)
print(json.dumps(timings), flush=True)
""",
}
WORDS = ["trafficking", "trafico", "recruitment fee", "H-2A", "deuda", "coerción", "smuggling", "consent"]


def child_env(platform: str, home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT), "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "UPSTREAM_LOG_DIR": str(home / "logs")}


def time_to_window(kind: str, env: dict[str, str]) -> float:
    """Seconds from starting the process to the first event-loop turn after the main window is shown."""
    begin = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", CHILD[kind]], stdout=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - begin
    process.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"{kind} did not show its window (exit {process.returncode})")
    return elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def core_search_timings(curriculum) -> list[float]:
    from facilitator.core.browse.search import SearchIndex

    index = SearchIndex(curriculum)
    timings = []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            begin = time.perf_counter()
            index.search(word[:end])
            timings.append((time.perf_counter() - begin) * 1000)
    return timings



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()

    from facilitator.core.content.cache import load_curriculum_cached
    from facilitator.core.content.loader import load_curriculum

    results: dict[str, object] = {"platform": args.platform, "runs": args.runs}
    with tempfile.TemporaryDirectory() as home:
        env = child_env(args.platform, Path(home))
        time_to_window("bare", env), time_to_window("upstream", env)  # warm the file cache for both
        bare, ours = [], []
        for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
            bare.append(time_to_window("bare", env))
            ours.append(time_to_window("upstream", env))
        ui_code = CHILD["ui-search"].replace("WORDS", repr(WORDS))
        ui = subprocess.run([sys.executable, "-c", ui_code], capture_output=True, text=True, env=env, check=True)
        ui_timings = json.loads(ui.stdout.strip().splitlines()[-1])

    load, cached = [], []
    with tempfile.TemporaryDirectory() as cache:
        for _ in range(args.runs):
            begin = time.perf_counter()
            curriculum = load_curriculum()
            load.append((time.perf_counter() - begin) * 1000)
            load_curriculum_cached(folder=Path(cache))
            begin = time.perf_counter()
            load_curriculum_cached(folder=Path(cache))
            cached.append((time.perf_counter() - begin) * 1000)
    core = core_search_timings(curriculum)

    results.update({
        "bare_window_s": statistics.median(bare), "upstream_window_s": statistics.median(ours),
        "startup_ratio": statistics.median(ours) / statistics.median(bare),
        "content_load_ms": statistics.median(load), "content_load_cached_ms": statistics.median(cached),
        "modules": len(curriculum.modules),
        "search_core_ms": {"median": statistics.median(core), "p95": percentile(core, 0.95), "max": max(core)},
        "search_window_ms": {"median": statistics.median(ui_timings), "p95": percentile(ui_timings, 0.95),
                             "max": max(ui_timings)},
        "keystrokes": len(core),
    })
    print(f"startup to main window: bare PySide6 {results['bare_window_s']:.3f} s, Upstream "
          f"{results['upstream_window_s']:.3f} s, ratio {results['startup_ratio']:.2f}x (target <= 3x)")
    print(f"content load, {results['modules']} modules: parsed and validated {results['content_load_ms']:.1f} ms "
          f"(first start), from the cache {results['content_load_cached_ms']:.1f} ms (median of {args.runs})")
    for key, label in (("search_core_ms", "search, core, whole curriculum"),
                       ("search_window_ms", "search, keystroke to updated window")):
        t = results[key]
        print(f"{label}: median {t['median']:.2f} ms, p95 {t['p95']:.2f} ms, max {t['max']:.2f} ms "
              f"over {len(core)} keystrokes (target < 10 ms)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "startup_and_search.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
