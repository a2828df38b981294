"""Keys that act on the whole record rather than the text under the cursor: undo, redo, paste.

Text widgets have their own undo of what is typed in them; in the editor Ctrl+Z must undo
through the app's undo stack instead, so that typing, adding, moving and deleting all undo in
one order. The filter claims the shortcut (so a window action with the same keys does not fire
twice) and first writes the typing in progress, so it becomes the step being undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget


class EditKeys(QObject):
    def __init__(
        self,
        undo_stack: QUndoStack,
        commit_pending: Callable[[], None],
        refresh: Callable[[], None],
        paste_image: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """`refresh` shows the undone state at once, before the next key acts on the form."""
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._commit_pending = commit_pending
        self._refresh = refresh
        self._paste_image = paste_image

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            return self._claim(event, self.undo)
        if event.matches(QKeySequence.StandardKey.Redo):
            return self._claim(event, self.redo)
        if event.matches(QKeySequence.StandardKey.Paste) and _clipboard_holds_image_only():
            return self._claim(event, self._paste_image)
        return False

    @staticmethod
    def _claim(event: QKeyEvent, action: Callable[[], object]) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is ours: no window shortcut fires for it
            return True
        action()
        return True

    def undo(self) -> None:
        """Write the typing still pending first: it is the newest edit, so it is undone first."""
        self._commit_pending()
        self._undo_stack.undo()
        self._refresh()

    def redo(self) -> None:
        self._commit_pending()
        self._undo_stack.redo()
        self._refresh()


def _clipboard_holds_image_only() -> bool:
    """An image with no text: pasting it into a text field would do nothing, so it is a slide."""
    mime = QApplication.clipboard().mimeData()
    return mime is not None and mime.hasImage() and not mime.hasText()
