"""Draw list items from a small piece of HTML, so search hits can show where they are and the matched words.

The HTML uses the classes `muted` and `accent`; their colours follow the palette, so selected rows stay legible.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 10
MARGIN = 4


class RichTextDelegate(QStyledItemDelegate):
    """Every row is `lines` lines tall, so the view can use uniform item sizes and never lays out hidden rows."""

    def __init__(self, lines: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(MARGIN)
        if option.state & QStyle.StateFlag.State_Selected:
            text = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            document.setDefaultStyleSheet(f".muted, .accent {{ color: {text}; }}")
        else:
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
            accent = option.palette.color(QPalette.ColorRole.Link).name()
            document.setDefaultStyleSheet(f".muted {{ color: {muted}; }} .accent {{ color: {accent}; }}")
        document.setHtml(index.data(HtmlRole) or "")
        document.setTextWidth(max(option.rect.width(), 100))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), QFontMetrics(option.font).lineSpacing() * self.lines + 2 * MARGIN)
