"""Where a widget is on screen, and the order a person reads a pane in (lines, then along the
line in the window's direction)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget


def screen_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def tab_chain(start: QWidget, within: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from `start`, as long as they are inside `within`, once each."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    chain: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, "Tab left the focus nowhere"
        if focused in chain or not (focused is within or within.isAncestorOf(focused)):
            break
        chain.append(focused)
        focused.focusNextChild()
        QApplication.processEvents()
    return chain


def reading_order(widgets: list[QWidget], direction: Qt.LayoutDirection) -> list[QWidget]:
    """Top to bottom by lines (widgets whose heights overlap share a line), then along each line
    from left to right, or right to left in a right-to-left window."""
    rects = {id(w): screen_rect(w) for w in widgets}
    lines: list[list[QWidget]] = []
    for widget in sorted(widgets, key=lambda w: rects[id(w)].top()):
        rect = rects[id(widget)]
        line = lines[-1] if lines else None
        if line and any(_same_line(rect, rects[id(other)]) for other in line):
            line.append(widget)
        else:
            lines.append([widget])
    rtl = direction == Qt.LayoutDirection.RightToLeft
    ordered: list[QWidget] = []
    for line in lines:
        ordered += sorted(
            line, key=lambda w: -rects[id(w)].center().x() if rtl else rects[id(w)].center().x()
        )
    return ordered


def _same_line(a: QRect, b: QRect) -> bool:
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    return overlap > min(a.height(), b.height()) / 2
