"""Paints a search result as a person scans it: what and where in small grey letters, then the
words around the match with the match itself bold and highlighted; event headings in bold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmcoord_desktop.ui.search.results_model import Role

PADDING_X = 10
PADDING_Y = 5
HIGHLIGHT = "#ffe08a"  # behind the matched words; they are bold too, so not colour alone

AnyIndex = QModelIndex | QPersistentModelIndex


def context_html(before: str, matched: str, after: str) -> str:
    """The words in context as rich text: every part escaped, so `<b>` typed in a record
    prints as typed."""
    return (
        f"{escape(before)}<span style='background-color:{HIGHLIGHT}; color:#000000;'>"
        f"<b>{escape(matched)}</b></span>{escape(after)}"
    )


class MatchDelegate(QStyledItemDelegate):
    def _detail_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        if index.data(Role.IS_HEADING):
            return QSize(100, line + 2 * PADDING_Y + 4)
        detail = QFontMetrics(self._detail_font(option)).lineSpacing()
        return QSize(100, detail + line + 2 * PADDING_Y + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        self.initStyleOption(option, index)
        text_role = QPalette.ColorRole.Text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            text_role = QPalette.ColorRole.HighlightedText
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        painter.save()
        if index.data(Role.IS_HEADING):
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(text_role))
            shown = QFontMetrics(font).elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, shown)
            painter.restore()
            return
        detail_font = self._detail_font(option)
        painter.setFont(detail_font)
        grey = option.palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(grey)
        detail_height = QFontMetrics(detail_font).lineSpacing()
        detail = QFontMetrics(detail_font).elidedText(
            str(index.data(Role.DETAIL)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft, detail)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(
            context_html(
                str(index.data(Role.BEFORE)),
                str(index.data(Role.MATCHED)),
                str(index.data(Role.AFTER)),
            )
        )
        painter.translate(rect.left(), rect.top() + detail_height + 1)
        clip = QRectF(0, 0, rect.width(), rect.height() - detail_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(text_role))
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
