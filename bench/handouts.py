"""Benchmark (not a test): handout PDF generation, against WeasyPrint on the same HTML, in one run.

Measures, warm (after one untimed run each):
  - our QTextDocument + QPdfWriter path and WeasyPrint on the same handout HTML (median of N; ratio),
  - our time per page,
  - a two-language print pack (English and Spanish side by side) for a set of modules.
WeasyPrint is not a dependency of Upstream. To include it:
  apt-get install libpango-1.0-0 libpangoft2-1.0-0 && .venv/bin/pip install weasyprint
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/handouts.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PACK_MODULES = ["what-is-trafficking", "jobs-and-labor-trafficking", "online-safety-and-sextortion"]


def timed(action, runs: int) -> list[float]:
    action()  # warm: fonts, layout caches, imports
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return times


def pages(data: bytes) -> int:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        info = subprocess.run(["pdfinfo", handle.name], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from facilitator.core.content.loader import load_curriculum
    from facilitator.core.handouts.handouts import HandoutRequest
    from facilitator.render.handouts import handout_pdf
    from facilitator.render.offscreen import offscreen_gui
    from facilitator.userdata import user_handouts

    app = offscreen_gui()
    curriculum = load_curriculum()
    maker = user_handouts(curriculum)
    sheet = maker.make(HandoutRequest("fact-sheet", ("en",), modules=("jobs-and-labor-trafficking",)))
    html = sheet.parts[0].html
    ours = timed(lambda: handout_pdf([sheet]), args.runs)
    sheet_pages = pages(handout_pdf([sheet]))
    results: dict[str, object] = {"runs": args.runs, "ours_s": statistics.median(ours), "pages": sheet_pages}

    try:
        import weasyprint
    except (ImportError, OSError) as error:
        print(f"WeasyPrint is not available ({error}); see this file's docstring to install it.")
        weasy = None
    else:
        weasy = timed(lambda: weasyprint.HTML(string=html, base_url=str(ROOT)).write_pdf(), args.runs)
        results.update({"weasyprint_s": statistics.median(weasy), "weasyprint_version": weasyprint.__version__,
                        "ratio": statistics.median(weasy) / statistics.median(ours)})

    pack_requests = maker.print_pack(PACK_MODULES, ("en", "es"), "side", "letter", "Carrboro High School",
                                     dt.date.today())
    pack = timed(lambda: handout_pdf([maker.make(r) for r in pack_requests]), max(3, args.runs // 3))
    pack_pages = pages(handout_pdf([maker.make(r) for r in pack_requests]))
    results.update({"pack_s": statistics.median(pack), "pack_pages": pack_pages,
                    "pack_handouts": len(pack_requests)})

    per_page_ms = statistics.median(ours) / sheet_pages * 1000
    print(f"fact sheet ({sheet_pages} page): ours {statistics.median(ours) * 1000:.1f} ms, "
          f"{per_page_ms:.1f} ms a page (target < 50 ms)")
    if weasy:
        print(f"WeasyPrint {results['weasyprint_version']} on the same HTML: {statistics.median(weasy) * 1000:.1f} ms; "
              f"ours is {results['ratio']:.1f}x faster (target >= 5x)")
    print(f"print pack, English + Spanish side by side, {len(PACK_MODULES)} modules: {len(pack_requests)} handouts, "
          f"{pack_pages} pages in {statistics.median(pack):.2f} s (target < 1.5 s)")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "handouts.json").write_text(json.dumps(results, indent=2))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
