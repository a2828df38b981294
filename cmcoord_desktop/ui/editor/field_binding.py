"""One text widget bound to one field of a record: what is typed is written, soon and safely.

The commit policy of live capture lives here. Typing is written through the undo stack at most
COMMIT_WITHIN_MS after the first keystroke not yet written (the timer is not restarted by later
keystrokes, so continuous typing is still written every second), when the widget loses focus, and
when the editor asks (before switching record or closing). Text that cannot be stored (a count
that is not a whole number, an end before the start) stays in the widget with a message under it
and is not written: nothing typed is lost, nothing wrong is stored.

A refresh from the store (undo, sync) replaces the shown text only when the stored value differs
from what the widget means, and never while typing in it is waiting to be written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTextEdit, QWidget

from cmcoord_desktop.core.validation import Parsed, parse_text
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP

COMMIT_WITHIN_MS = 1000
MAX_LINE_LENGTH = 1 << 30
# After the disk refused a write (full, drive gone): try again this often, text kept meanwhile.
RETRY_AFTER_MS = 5000
NOT_SAVED = QT_TRANSLATE_NOOP(
    "FieldBinding",
    "Not saved yet: kept here, and saved as soon as the data folder can be written.",
)

TextWidget = QLineEdit | QTextEdit | QComboBox
Write = Callable[[str, Any, Any], bool]  # field name, old value, new value -> stored?
Check = Callable[[Any], str | None]


Words = Callable[[], str | None]  # a message made when shown, so in the window's language


class MessageLabel(QLabel):
    """The small red line under a field saying what is wrong, in plain words; hidden when fine.
    It is given how to say the message, not the text: View › Language says it again."""

    def __init__(self, parent: QWidget | None = None, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(wrap)  # under a narrow field (a count) one line reads better
        self._words: Words | None = None
        self.hide()

    def say(self, words: Words | None, note: bool = False) -> None:
        """A problem (red), or with `note` a plain remark such as how a date was read."""
        if self.property("note") != note:
            self.setProperty("note", note)
            self.style().unpolish(self)
            self.style().polish(self)
        self._words = words
        self._show()

    def _show(self) -> None:
        message = self._words() if self._words is not None else None
        self.setText(message or "")
        self.setVisible(bool(message))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)


class FieldBinding(QObject):
    def __init__(
        self,
        widget: TextWidget,
        name: str,
        write: Write,
        message: MessageLabel,
        parse: Callable[[str], Parsed] = parse_text,
        show_as: Callable[[Any], str] = str,
        refuse: Check | None = None,
        warn: Check | None = None,
    ) -> None:
        """`refuse` says why a well-formed value is still not stored (an end before the start);
        `warn` says what is missing about a value that is stored anyway (an empty title)."""
        super().__init__(widget)
        self.widget, self.name, self.message = widget, name, message
        self._write, self._parse, self._show_as = write, parse, show_as
        self._refuse, self._warn = refuse, warn
        self.stored: Any = None
        self.dirty = False  # typed text not written yet (waiting, or refused)
        # Text whose doubt ("before 1945") was shown as the person left: leaving again keeps it.
        self._doubted: str | None = None
        # The text whose reading (its note: how a date was read) is shown until the value changes.
        self._noted: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_WITHIN_MS)
        self._timer.timeout.connect(self.commit)
        editor = self._editor()
        editor.installEventFilter(self)
        if isinstance(editor, QLineEdit):
            # Qt cuts a line edit at 32,767 characters without a word; a pasted passage is data.
            editor.setMaxLength(MAX_LINE_LENGTH)
        self._connect_typing()

    def _editor(self) -> QWidget:
        if isinstance(self.widget, QComboBox):
            line = self.widget.lineEdit()
            return line if line is not None else self.widget
        return self.widget

    def _connect_typing(self) -> None:
        if isinstance(self.widget, QLineEdit):
            self.widget.textEdited.connect(self._typed)
        elif isinstance(self.widget, QTextEdit):
            self.widget.textChanged.connect(self._typed)
        else:
            self.widget.editTextChanged.connect(self._typed)
            self.widget.activated.connect(self._chosen)

    # --- typing and writing ----------------------------------------------------------------

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        if isinstance(self.widget, QTextEdit):
            return self.widget.toPlainText()
        return self.widget.currentText()

    def _typed(self, *_: object) -> None:
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start(COMMIT_WITHIN_MS)

    def _chosen(self, *_: object) -> None:
        self.dirty = True
        self.commit()

    def commit(self, leaving: bool = False) -> bool:
        """Write the typed text now if it can be stored; returns whether nothing is left unwritten.

        `leaving`: the person is leaving the field, which confirms a doubted value they were
        told about when they left it before with the same text."""
        self._timer.stop()
        if not self.dirty:
            return True
        text = self.text()
        parsed = self._parse(text)
        if self._refusal(text):
            self.message.say(lambda: self._refusal(text))
            return False
        confirmed = leaving and self._doubted == text
        if parsed.doubt and parsed.value != self.stored and not confirmed:
            if leaving:
                self._doubted = text
            self.message.say(lambda: self._parse(text).doubt)
            return False
        self._doubted = None
        self.dirty = False
        self._noted = text if parsed.note else None
        self._say_note_or_warning(parsed.value)
        if parsed.value != self.stored:
            old, self.stored = self.stored, parsed.value
            if not self._write(self.name, old, parsed.value):
                self.stored, self.dirty = old, True
                self.message.say(_not_saved)
                self._timer.start(RETRY_AFTER_MS)
                return False
        return True

    def _refusal(self, text: str) -> str | None:
        """Why `text` cannot be stored, in the window's language now; None if it can."""
        parsed = self._parse(text)
        return parsed.error or (self._refuse(parsed.value) if self._refuse else None)

    def _say_note_or_warning(self, value: Any) -> None:
        noted = self._noted
        if noted is not None:
            self.message.say(lambda: self._parse(noted).note, note=True)
        elif self._warn is not None:
            warn = self._warn
            self.message.say(lambda: warn(value))
        else:
            self.message.say(None)

    def recheck(self) -> None:
        """Another field changed what is allowed here (the start date moved): try again."""
        if self.dirty:
            self.commit()
        else:
            refuse, warn, stored = self._refuse, self._warn, self.stored
            self.message.say(
                lambda: (refuse(stored) if refuse else None) or (warn(stored) if warn else None)
            )

    # --- showing what is stored --------------------------------------------------------------

    def show(self, value: Any, *, replace_typing: bool = False) -> None:
        """Show the stored value; typing waiting to be written is kept unless told otherwise."""
        if self.dirty and not replace_typing:
            return
        self._timer.stop()
        self.dirty = False
        self._doubted = None
        # How a date was read stays under it while the same value is shown (a refresh after
        # the write must not take it away the moment it appears).
        keep_note = not replace_typing and value == self.stored and self._noted is not None
        self.stored = value
        parsed = self._parse(self.text())
        if replace_typing or not parsed.ok or parsed.value != value:
            self._set_text(self._show_as(value))
        if not keep_note:
            self._noted = None
        self._say_note_or_warning(value)

    def show_unsaved(self, text: str) -> None:
        """Show again text the disk would not take; it is tried again shortly (not now: this
        runs while the editor is being built)."""
        self._set_text(text)
        self.dirty = True
        self.message.say(_not_saved)
        self._timer.start(RETRY_AFTER_MS)

    def restore_draft(self, text: str) -> None:
        """Show again text that was refused earlier, with its message; it is still not stored."""
        self._set_text(text)
        self.dirty = True
        self.commit()

    def _set_text(self, text: str) -> None:
        self.widget.blockSignals(True)
        try:
            if isinstance(self.widget, QLineEdit):
                self.widget.setText(text)
            elif isinstance(self.widget, QTextEdit):
                _replace_keeping_cursor(self.widget, text)
            else:
                self.widget.setEditText(text)
        finally:
            self.widget.blockSignals(False)

    def _tidy(self) -> None:
        """On leaving the field, show a stored date or count the way it is stored."""
        if not self.dirty:
            shown = self._show_as(self.stored)
            if shown != self.text():
                self._set_text(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A popup (the combo's list, a context menu) is not leaving the field.
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
            and self.commit(leaving=True)
        ):
            self._tidy()
        return False


def _not_saved() -> str:
    return QCoreApplication.translate("FieldBinding", NOT_SAVED)


def _replace_keeping_cursor(editor: QTextEdit, text: str) -> None:
    position = editor.textCursor().position()
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(text)))
    editor.setTextCursor(cursor)
