"""A plain-text box that grows with its paragraphs, so a list of outcomes reads like a page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QTextEdit, QWidget


class GrowingTextEdit(QTextEdit):
    """Word-wrapped plain text whose height follows its content, up to `max_lines` lines
    (then it scrolls inside, so a 100,000-character outcome does not make a mile-long form)."""

    def __init__(
        self,
        placeholder: str = "",
        min_lines: int = 1,
        max_lines: int = 18,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setAcceptRichText(False)  # pasted web or Word text arrives as plain words
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # undo goes through the app's stack (see edit_keys)
        self.setPlaceholderText(placeholder)
        self.setAccessibleDescription(placeholder)  # Qt reads a QTextEdit's placeholder to nobody
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(4)
        self.document().contentsChanged.connect(self._fit)
        # Rewrapping (a new width, a font) changes the height without changing the contents.
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.cursorPositionChanged.connect(self._keep_cursor_in_view)
        self._fit()

    def _keep_cursor_in_view(self) -> None:
        """Typing at the bottom of a long form: the page scrolls along with the cursor."""
        if not self.hasFocus():
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None or parent.widget() is None:
            return
        rect = self.cursorRect()
        point = self.viewport().mapTo(parent.widget(), rect.center())
        parent.ensureVisible(point.x(), point.y(), 20, rect.height())

    def _line_height(self) -> int:
        return self.fontMetrics().lineSpacing()

    def _fit(self) -> None:
        margins = (
            2 * self.frameWidth() + self.contentsMargins().top() + self.contentsMargins().bottom()
        )
        doc_margin = int(2 * self.document().documentMargin())
        content = int(self.document().size().height())
        lowest = self._min_lines * self._line_height() + doc_margin
        highest = self._max_lines * self._line_height() + doc_margin
        height = max(lowest, min(content, highest)) + margins
        # A scroll bar only once the box stops growing: one that comes and goes rewraps the text.
        overflow = content > highest
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if overflow
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()  # rewrapped to a new width: the number of lines changed

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.height())
