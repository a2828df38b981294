"""The title (or topic) of a record: large, one paragraph, wrapped when long rather than cut."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QWidget

from cmcoord_desktop.ui.editor.growing_text import GrowingTextEdit


class TitleEdit(GrowingTextEdit):
    """Session titles like "Learning together, Responding together: How can we ensure field
    effectiveness ...?" are long; a one-line box would show only their end. Enter moves on to
    the next field, as in a form; a pasted line break becomes a space."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, min_lines=1, max_lines=4, parent=parent)
        self.setObjectName("titleField")
        self.setFrameShape(QFrame.Shape.NoFrame)  # a heading to type into, not a box
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(font.Weight.DemiBold)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        self.insertPlainText(" ".join(source.text().split("\n")))

    def place_cursor_at_end(self) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
