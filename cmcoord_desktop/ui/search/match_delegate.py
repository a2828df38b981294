"""Paints a search result as a person scans it: what and where in small grey letters, then the
words around the match with the match itself bold and highlighted; event headings in bold."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmcoord_desktop.ui.search.results_model import Role

PADDING_X = 10
PADDING_Y = 5
HIGHLIGHT = "#ffe08a"  # behind the matched words; they are bold too, so not colour alone

AnyIndex = QModelIndex | QPersistentModelIndex


def fit_in(
    metrics: QFontMetrics, width: int, before: str, matched: str, after: str
) -> tuple[str, str, str]:
    """The words in context shortened to one line of `width` with the match in view: words
    dropped from the start of `before` (the match in the first two thirds), `after` elided."""
    while len(before) > 1 and metrics.horizontalAdvance(before + matched) > width * 2 // 3:
        cut = before.find(" ", 2)
        before = "…" + (before[cut:] if cut > 0 else before[2:])
    # The match is painted bold: a little wider than measured here.
    room = width - int(metrics.horizontalAdvance(before + matched) * 1.1)
    return before, matched, metrics.elidedText(after, Qt.TextElideMode.ElideRight, max(room, 0))


def _right_to_left(text: str) -> bool:
    """Whether the text's first letter with a direction is Arabic or Hebrew."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class MatchDelegate(QStyledItemDelegate):
    _heights: dict[str, tuple[int, int]] = {}  # noqa: RUF012 - replaced, never changed in place

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts, their metrics and the highlight, made once per font rather than once per row
        # painted: the box repaints its rows at every keystroke.
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics, QFont]] = {}
        self._highlight = QTextCharFormat()
        self._highlight.setFontWeight(QFont.Weight.Bold)
        self._highlight.setBackground(QColor(HIGHLIGHT))
        self._highlight.setForeground(QColor("#000000"))

    def _detail_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return font

    def _fonts_for(
        self, option: QStyleOptionViewItem
    ) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics, QFont]:
        key = option.font.key()
        if key not in self._fonts:
            detail = self._detail_font(option)
            bold = QFont(option.font)
            bold.setBold(True)
            plain = QFont(option.font)  # a copy: the option's own font dies with the option
            self._fonts[key] = (
                plain,
                QFontMetrics(plain),
                detail,
                QFontMetrics(detail),
                bold,
            )
        return self._fonts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        # Asked for every row at each search: the two heights depend on the font alone.
        key = option.font.key()
        if key not in self._heights:
            line = QFontMetrics(option.font).lineSpacing()
            detail = QFontMetrics(self._detail_font(option)).lineSpacing()
            self._heights = {key: (line + 2 * PADDING_Y + 4, detail + line + 2 * PADDING_Y + 2)}
        heading, match = self._heights[key]
        return QSize(100, heading if index.data(Role.IS_HEADING) else match)

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
        font, metrics, detail_font, detail_metrics, bold = self._fonts_for(option)
        if index.data(Role.IS_HEADING):
            painter.setFont(bold)
            painter.setPen(option.palette.color(text_role))
            shown = QFontMetrics(bold).elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, shown)
            painter.restore()
            return
        painter.setFont(detail_font)
        grey = option.palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(grey)
        detail_height = detail_metrics.lineSpacing()
        detail = detail_metrics.elidedText(
            str(index.data(Role.DETAIL)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft, detail)
        before, matched, after = fit_in(
            metrics,
            rect.width(),
            str(index.data(Role.BEFORE)),
            str(index.data(Role.MATCHED)),
            str(index.data(Role.AFTER)),
        )
        text = before + matched + after
        marked = QTextLayout.FormatRange()
        marked.start, marked.length, marked.format = len(before), len(matched), self._highlight
        # One QTextLayout, not a QTextDocument: a tenth of the time, and the same bidi
        # (an Arabic outcome reads right to left, its match highlighted where it is).
        layout = QTextLayout(text, font)
        right_to_left = _right_to_left(text)
        text_option = QTextOption(
            Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        )
        text_option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats([marked])
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        painter.setPen(option.palette.color(text_role))
        top = rect.top() + detail_height + 1
        painter.setClipRect(QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1))
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
