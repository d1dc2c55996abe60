"""Bar charts painted with QPainter, for the Reports screen and the PDF report alike.

They must read in grey and on a black-and-white printer: the two series differ by fill (solid dark, and white with
diagonal lines), not by colour alone; every bar carries its value; text and lines are dark on white.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from ..core.reports.view import Chart

INK = QColor("#1a1a1a")
DARK = QColor("#3d3d3d")
RULE = QColor("#b0b0b0")
LABEL_SHARE = 0.42
"""At most this share of the width goes to the names beside the bars."""


def chart_height(chart: Chart, font: QFont) -> float:
    """The height `chart` needs at any width, in the units of `font` (pixels for a widget or an image)."""
    line = QFontMetricsF(font).height()
    head = line * (1.6 if len(chart.series) == 1 else 2.8)
    if not chart.labels:
        return head + line * 1.5
    if chart.columns:
        return head + line * 12
    return head + len(chart.labels) * _row_height(chart, line) + line * 0.5


def paint_chart(painter: QPainter, area: QRectF, chart: Chart, font: QFont, empty_text: str = "") -> None:
    """Draw `chart`, title included (so a page break cannot part them), inside `area`; `empty_text` stands in
    for bars when nothing was counted."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    painter.setPen(INK)
    painter.setFont(_bold(font))
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.3),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetricsF(_bold(font)).elidedText(chart.title, Qt.TextElideMode.ElideRight, area.width()))
    painter.setFont(font)
    top = area.top() + line * 1.6
    if len(chart.series) > 1:
        _legend(painter, QPointF(area.left(), top), chart.series, line)
        top += line * 1.2
    body = QRectF(area.left(), top, area.width(), area.bottom() - top)
    if not chart.labels:
        painter.setPen(DARK)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, empty_text)
    elif chart.columns:
        _columns(painter, body, chart, metrics)
    else:
        _bars(painter, body, chart, metrics)
    painter.restore()


def chart_image(chart: Chart, width: int, font: QFont, scale: float = 2.0) -> QImage:
    """The chart as an image `width` logical pixels wide, drawn `scale` times denser for print."""
    height = chart_height(chart, font)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width, height), chart, font)
    painter.end()
    return image


def _row_height(chart: Chart, line: float) -> float:
    return line * (1.25 if len(chart.series) == 1 else 0.95 * len(chart.series) + 0.45)


def _scale_top(chart: Chart) -> float:
    if chart.shares:
        return 1.0
    return max((v for values in chart.values for v in values if v is not None), default=0.0) or 1.0


def value_text(chart: Chart, value: float | None) -> str:
    """A bar's value as written beside it (and read out by a screen reader): "45%" or "1,200"; "–" for none."""
    if value is None:
        return "–"
    return f"{round(value * 100)}%" if chart.shares else f"{value:,.0f}"


def _bars(painter: QPainter, body: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    line = metrics.height()
    label_width = min(body.width() * LABEL_SHARE, max(metrics.horizontalAdvance(t) for t in chart.labels) + line)
    value_width = metrics.horizontalAdvance("100% ") + line * 0.3
    if not chart.shares:
        value_width = max(value_width, metrics.horizontalAdvance(value_text(chart, _scale_top(chart))) + line)
    left, span = body.left() + label_width, max(body.width() - label_width - value_width, line)
    top, row = body.top(), _row_height(chart, line)
    bar = line * 0.8
    painter.setPen(QPen(RULE, max(line / 16, 1)))
    painter.drawLine(QPointF(left, top), QPointF(left, top + row * len(chart.labels)))
    for index, (label, values) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = top + index * row
        painter.setPen(INK)
        painter.drawText(QRectF(body.left(), y, label_width - line * 0.4, row),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_width - line * 0.4))
        offset = (row - bar * len(values) - line * 0.1 * (len(values) - 1)) / 2
        for series, value in enumerate(values):
            y_bar = y + offset + series * (bar + line * 0.1)
            length = 0.0 if value is None else span * value / _scale_top(chart)
            _fill(painter, QRectF(left, y_bar, length, bar), series, line)
            painter.setPen(INK)
            painter.drawText(QRectF(left + length + line * 0.3, y_bar, value_width, bar),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value_text(chart, value))


def _columns(painter: QPainter, body: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    """Upright columns in order (months), the value above each and the name below; names thin out when crowded."""
    line = metrics.height()
    base = body.bottom() - line * 1.6
    height = base - body.top() - line * 1.2
    slot = body.width() / len(chart.labels)
    widest = max(metrics.horizontalAdvance(t) for t in chart.labels) + line * 0.6
    every = max(1, int(widest // slot) + 1)
    painter.setPen(QPen(RULE, max(line / 16, 1)))
    painter.drawLine(QPointF(body.left(), base), QPointF(body.right(), base))
    for index, (label, values) in enumerate(zip(chart.labels, chart.values, strict=True)):
        value = values[0]
        x = body.left() + index * slot
        tall = 0.0 if value is None else height * value / _scale_top(chart)
        width = slot * 0.7
        _fill(painter, QRectF(x + (slot - width) / 2, base - tall, width, tall), 0, line)
        painter.setPen(INK)
        if metrics.horizontalAdvance(value_text(chart, value)) <= slot or index % every == 0:
            painter.drawText(QRectF(x - slot, base - tall - line * 1.1, slot * 3, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, value_text(chart, value))
        if index % every == 0:
            width = slot * every
            left = min(max(x + slot / 2 - width / 2, body.left()), body.right() - width)
            painter.drawText(QRectF(left, base + line * 0.2, width, line * 1.2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)


def _legend(painter: QPainter, at: QPointF, names: tuple[str, ...], line: float) -> None:
    x = at.x()
    metrics = QFontMetricsF(painter.font())
    for series, name in enumerate(names):
        _fill(painter, QRectF(x, at.y() + line * 0.15, line * 1.6, line * 0.7), series, line)
        painter.setPen(INK)
        painter.drawText(QPointF(x + line * 2, at.y() + metrics.ascent()), name)
        x += line * 3 + metrics.horizontalAdvance(name)


def _fill(painter: QPainter, rect: QRectF, series: int, line: float) -> None:
    """Series 0: solid dark. Series 1: white with dark diagonal lines and a dark edge."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    if series == 0:
        painter.fillRect(rect, DARK)
    else:
        painter.fillRect(rect, Qt.GlobalColor.white)
        painter.setClipRect(rect)
        painter.setPen(QPen(DARK, max(line / 10, 1)))
        hatch = QPainterPath()
        step = line * 0.35
        x = rect.left() - rect.height()
        while x < rect.right():
            hatch.moveTo(x, rect.bottom())
            hatch.lineTo(x + rect.height(), rect.top())
            x += step
        painter.drawPath(hatch)
        painter.setClipping(False)
        painter.setPen(QPen(DARK, max(line / 14, 1)))
        painter.drawRect(rect)
    painter.restore()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
