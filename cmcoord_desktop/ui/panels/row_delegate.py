"""Paints a panel row as a person reads it: a bold title over a smaller grey line of facts.

Status headers (Ongoing, Upcoming, Past) are painted as quiet section titles with a count.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.mirroring import text_direction

PADDING_X = 10
PADDING_Y = 7
LINE_GAP = 2
# Session titles at workshops are long ("Learning together, Responding together: How can we
# ensure..."): two lines tell them apart where one elided line does not.
TITLE_LINES = 2


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """The text broken at word boundaries into at most max_lines, the last one elided."""
    if width <= 0:
        return [text]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:].replace("\n", " ")
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines or [""]


def _text_width(option: QStyleOptionViewItem) -> int:
    widget = option.widget
    width = widget.viewport().width() if widget is not None else option.rect.width()
    return width - 2 * PADDING_X


class RowDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        detail.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        header = QFont(option.font)
        header.setBold(True)
        header.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        return title, detail, header

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, detail, header = self._fonts(option)
        if index.data(Role.IS_HEADER):
            return QSize(100, QFontMetrics(header).height() + 2 * PADDING_Y + 6)
        lines = wrapped_lines(str(index.data()), title, _text_width(option), TITLE_LINES)
        height = len(lines) * QFontMetrics(title).lineSpacing() + 2 * PADDING_Y
        if index.data(Role.DETAIL):
            height += LINE_GAP + QFontMetrics(detail).height()
        return QSize(100, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title_font, detail_font, header_font = self._fonts(option)
        palette = option.palette
        rect = QRect(option.rect)
        painter.save()
        if index.data(Role.IS_HEADER):
            painter.setFont(header_font)
            painter.setPen(
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
            text_rect = rect.adjusted(PADDING_X, PADDING_Y + 6, -PADDING_X, -PADDING_Y)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{index.data()}  ·  {index.data(Role.COUNT)}",
            )
            painter.restore()
            return

        # Background (selection, hover) from the style, text drawn by us.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        main = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = main if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_metrics = QFontMetrics(title_font)
        untitled = bool(index.data(Role.IS_UNTITLED))
        if untitled:
            title_font.setBold(False)
            title_font.setItalic(True)
        painter.setFont(title_font)
        painter.setPen(quiet if untitled else main)
        top = inner.top()
        # Each text in its own direction, from its start: an Arabic title in an English
        # window from the right, an English one in an Arabic window from the left.
        title = str(index.data())
        painter.setLayoutDirection(text_direction(title, option.direction))
        for line in wrapped_lines(title, title_font, inner.width(), TITLE_LINES):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), title_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            top += title_metrics.lineSpacing()
        detail = index.data(Role.DETAIL)
        if detail:
            detail_metrics = QFontMetrics(detail_font)
            painter.setFont(detail_font)
            painter.setPen(quiet)
            painter.setLayoutDirection(text_direction(str(detail), option.direction))
            top += LINE_GAP
            painter.drawText(
                QRect(inner.left(), top, inner.width(), detail_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                detail_metrics.elidedText(str(detail), Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.restore()
