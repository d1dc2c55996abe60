"""HTML to paged output (PDF or a printer) with QTextDocument, the way its pitfalls demand.

QTextDocument.print_() adds its own margins and page numbers and drops images, so each page is painted by hand:
the document is laid out against the device's paint rectangle, then drawn one page-high slice at a time, with a
footer (agency, page n of m) below it. Several parts (a print pack, or one part per language) go into one file,
each starting on a new page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from ..core.errors import UpstreamError
from .fonts import handout_font

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 14.0
FOOTER_POINTS = 8.0
RESOLUTION = 300


class RenderError(UpstreamError):
    """The output device refused to start (no printer, print system down, unwritable file)."""

    domain = "render"
    codes = frozenset({"not_opened"})


class Cancelled(UpstreamError):
    """The user stopped a long render; nothing usable was produced."""

    domain = "render"
    codes = frozenset({"cancelled"})

    def __init__(self) -> None:
        super().__init__("the render was stopped; nothing was made", "cancelled")


@dataclass(frozen=True)
class Part:
    """One HTML document, laid out on its own pages."""

    html: str
    right_to_left: bool = False


@dataclass(frozen=True)
class RenderJob:
    parts: Sequence[Part]
    title: str
    language: str
    """BCP 47 tag of the main language, written into the PDF's metadata."""
    paper: str = "letter"
    footer: str = ""
    images: Mapping[str, QImage] = field(default_factory=dict)
    """Images the HTML refers to by name, e.g. <img src="agency-logo">."""


Progress = Callable[[int, int], bool]
"""Called with (parts done, parts in all); returning False cancels."""


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def render_pdf(job: RenderJob, progress: Progress | None = None) -> bytes:
    """The job as PDF bytes, with title and language set and the bundled fonts embedded."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(job.paper))
    writer.setTitle(job.title)
    writer.setCreator("Upstream")
    writer.setDocumentXmpMetadata(_xmp(job.title, job.language))
    paint(job, writer, progress)
    buffer.close()
    return bytes(data.data())


def paint(job: RenderJob, device: QPagedPaintDevice, progress: Progress | None = None,
          first: int = 1, last: int = 0) -> int:
    """Lay out and paint every part on `device` (a QPdfWriter or a QPrinter); return the number of pages painted.
    `first`..`last` (1-based, inclusive; last 0 = to the end) limit the pages, as a print dialog's range does."""
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the output could not be opened", "not_opened")
    pages = 0
    try:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        footer_font = handout_font(FOOTER_POINTS)
        footer_height = _footer_height(footer_font, device)
        body = QSizeF(rect.width(), rect.height() - footer_height)
        documents = []
        for index, part in enumerate(job.parts):
            documents.append(_document(part, job.images, device, body))
            if progress and not progress(index + 1, len(job.parts) * 2):
                raise Cancelled
        total = sum(doc.pageCount() for doc in documents)
        number = 0
        for index, document in enumerate(documents):
            for page in range(document.pageCount()):
                number += 1
                if number < first or (last and number > last):
                    continue
                if pages:
                    device.newPage()
                pages += 1
                _paint_page(painter, document, page, body)
                _paint_footer(painter, footer_font, job.footer, number, total, body, footer_height)
            if progress and not progress(len(job.parts) + index + 1, len(job.parts) * 2):
                raise Cancelled
    finally:
        painter.end()
    return pages


def _document(part: Part, images: Mapping[str, QImage], device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(handout_font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if part.right_to_left else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setDocumentMargin(0)
    document.setPageSize(body)
    document.setHtml(part.html)
    return document


def _paint_page(painter: QPainter, document: QTextDocument, page: int, body: QSizeF) -> None:
    painter.save()
    painter.translate(0, -page * body.height())
    document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()


def _footer_height(font, device: QPagedPaintDevice) -> float:
    return font.pointSizeF() * device.resolution() / 72 * 2.2


def _paint_footer(painter: QPainter, font, text: str, page: int, total: int, body: QSizeF, height: float) -> None:
    painter.save()
    painter.setFont(font)
    area = QRectF(0, body.height() + height * 0.3, body.width(), height * 0.7)
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{page} / {total}")
    painter.restore()


def _xmp(title: str, language: str) -> QByteArray:
    """Qt writes no document language; XMP metadata carries both the title and the language (dc:language)."""
    xmp = f"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
<dc:creator><rdf:Seq><rdf:li>Upstream</rdf:li></rdf:Seq></dc:creator>
<pdf:Producer>Upstream</pdf:Producer>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""
    return QByteArray(xmp.encode("utf-8"))
