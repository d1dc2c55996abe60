"""Handouts from the core as PDF bytes or on a printer: loads the logo, adds the small drawn images, paints."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPagedPaintDevice, QPainter, QPen

from ..core.handouts.handouts import Handout
from .pdf import Part, Progress, RenderJob, paint, render_pdf

SYMBOL_PIXELS = 96
log = logging.getLogger(__name__)


def handout_job(handout: Handout) -> RenderJob:
    """The core has checked the logo's header; one whose image data is damaged is left out too (the handout is
    still printed, without it), and the reason logged."""
    images = {"checkbox": _checkbox(), "circle": _circle()}
    if handout.logo is not None:
        reader = QImageReader(str(handout.logo))
        logo = reader.read()
        if logo.isNull():
            log.warning("Handouts are made without the logo: %s cannot be read as an image (%s)", handout.logo,
                        reader.errorString())
        else:
            images["agency-logo"] = logo
    parts = [Part(part.html, part.right_to_left) for part in handout.parts]
    return RenderJob(parts, handout.title, handout.language, handout.paper, handout.footer, images)


def handout_pdf(handouts: list[Handout], progress: Progress | None = None) -> bytes:
    """One PDF holding every handout in order (a print pack is just several handouts)."""
    return render_pdf(_merge(handouts), progress)


def print_handouts(handouts: list[Handout], printer: QPagedPaintDevice, progress: Progress | None = None,
                   first: int = 1, last: int = 0) -> int:
    """Paint on a configured printer (pages first..last, 0 = to the end); raises RenderError when the print
    system will not start the job, which Qt otherwise reports as nothing at all."""
    return paint(_merge(handouts), printer, progress, first, last)


def _merge(handouts: list[Handout]) -> RenderJob:
    jobs = [handout_job(h) for h in handouts]
    first = jobs[0]
    images = {name: image for job in jobs for name, image in job.images.items()}
    title = first.title if len(jobs) == 1 else " · ".join(dict.fromkeys(job.title for job in jobs))
    return RenderJob([part for job in jobs for part in job.parts], title, first.language, first.paper,
                     first.footer, images)


def _symbol(draw) -> QImage:
    image = QImage(SYMBOL_PIXELS, SYMBOL_PIXELS, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#333333"), SYMBOL_PIXELS / 12))
    draw(painter)
    painter.end()
    return image


def _checkbox() -> QImage:
    inset = SYMBOL_PIXELS / 10
    return _symbol(lambda p: p.drawRect(int(inset), int(inset), int(SYMBOL_PIXELS - 2 * inset),
                                        int(SYMBOL_PIXELS - 2 * inset)))


def _circle() -> QImage:
    radius = SYMBOL_PIXELS * 0.4
    return _symbol(lambda p: p.drawEllipse(QPointF(SYMBOL_PIXELS / 2, SYMBOL_PIXELS / 2), radius, radius))
