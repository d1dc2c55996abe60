"""The PDF report: the report's HTML with its charts painted as images, through the same pages as handouts."""

from __future__ import annotations

from pathlib import Path

from ..core.bidi import isolated
from ..core.files import write_bytes_whole
from ..core.reports.html import CHART_WIDTH, report_html
from ..core.reports.view import ReportView, Words
from .charts import chart_image
from .fonts import handout_font
from .pdf import Part, RenderJob, render_pdf

CHART_SCALE = 3.0
"""Chart images are drawn this many times denser than the page's CSS pixels: about 290 dots per inch on paper."""
CHART_FONT_PIXELS = 12


def report_pdf(view: ReportView, words: Words, paper: str = "letter", agency: str = "") -> bytes:
    font = handout_font()
    font.setPixelSize(CHART_FONT_PIXELS)
    images = {f"chart-{chart.key}": chart_image(chart, CHART_WIDTH, font, CHART_SCALE)
              for chart in view.charts if chart.labels}
    title = f"{view.title} · {view.period}"  # the PDF's title, and each page's footer
    job = RenderJob([Part(report_html(view, words, isolated(agency)))], title, words.language, paper, title, images)
    return render_pdf(job)


def write_report_pdf(view: ReportView, words: Words, path: Path, paper: str = "letter", agency: str = "") -> None:
    write_bytes_whole(path, report_pdf(view, words, paper, agency))
