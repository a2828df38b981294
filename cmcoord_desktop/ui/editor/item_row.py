"""One key outcome, next step or idea in a list: its number, its text, and for a next step its
owner, due date and status, all edited in place."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from cmcoord_desktop.core import fields, validation
from cmcoord_desktop.core.models import Item, ItemKind, NextStepStatus
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, translate
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import pushed
from cmcoord_desktop.ui.editor.choice_binding import ChoiceBinding
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.edit_commands import SetFieldStepCommand, TypingCommand
from cmcoord_desktop.ui.editor.field_binding import FieldBinding, MessageLabel
from cmcoord_desktop.ui.editor.growing_text import GrowingTextEdit
from cmcoord_desktop.ui.editor.local_dates import parse_local_date

ITEM_MIME = "application/x-cmcoord-item"

# What each kind of item's empty box teaches (its name is in core/record_names.py); in
# English, marked for the catalogue (context "ItemRow"), shown through _words.
PLACEHOLDERS = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("ItemRow", "Type an outcome, press Enter for the next"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("ItemRow", "Type a next step, press Enter for the next"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("ItemRow", "Type an idea, press Enter for the next"),
}
DELETE_TIPS = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("ItemRow", "Delete this key outcome (Alt+Delete)"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("ItemRow", "Delete this next step (Alt+Delete)"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("ItemRow", "Delete this idea (Alt+Delete)"),
}
# What a screen reader says for the × of a row: what it deletes, in the row's own words.
DELETE_NAMES = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("ItemRow", "Delete key outcome: {text}"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("ItemRow", "Delete next step: {text}"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("ItemRow", "Delete idea: {text}"),
}
# What a screen reader calls a row's text box ("Key outcome 3").
ROW_NAMES = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("ItemRow", "Key outcome {number}"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("ItemRow", "Next step {number}"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("ItemRow", "Idea {number}"),
}
SPOKEN_TEXT_LIMIT = 160  # characters of an item read out with its × (a paragraph, not a page)
STATUS_NAMES = {
    NextStepStatus.OPEN: QT_TRANSLATE_NOOP("ItemRow", "Open"),
    NextStepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ItemRow", "In progress"),
    NextStepStatus.DONE: QT_TRANSLATE_NOOP("ItemRow", "Done"),
}
DRAG_TIP = QT_TRANSLATE_NOOP("ItemRow", "Drag to reorder (or Alt+Up / Alt+Down)")
OWNER_PLACEHOLDER = QT_TRANSLATE_NOOP("ItemRow", "Who follows up")
DUE_PLACEHOLDER = QT_TRANSLATE_NOOP("ItemRow", "Due date")


def _words(text: str) -> str:
    return QCoreApplication.translate("ItemRow", text)


def _parse_due_date(text: str) -> validation.Parsed:
    """A due date; its message names the field, since it shows under the whole row."""
    parsed = parse_local_date(text)
    if parsed.error:
        return validation.Parsed(error=_due_date_says(parsed.error))
    if parsed.doubt:
        return replace(parsed, doubt=_due_date_says(parsed.doubt))
    return replace(parsed, note=_due_date_says(parsed.note)) if parsed.note else parsed


def _due_date_says(message: str) -> str:
    return QCoreApplication.translate("ItemRow", "Due date: {message}").format(message=message)


class ItemTextEdit(GrowingTextEdit):
    """The text of one item, with the keys of a list (Shift+Enter for a line break inside it)."""

    enter_pressed = Signal()
    backspace_on_empty = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    step_out = Signal(int)  # the arrow keys left the first or last line: -1 previous, +1 next
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            elif plain:
                self.enter_pressed.emit()
            else:
                super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Backspace and plain and not self.toPlainText():
            self.backspace_on_empty.emit()
        elif alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif alt and key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self._can_move(key):
            self.step_out.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _can_move(self, key: int) -> bool:
        up = key == Qt.Key.Key_Up
        op = QTextCursor.MoveOperation.Up if up else QTextCursor.MoveOperation.Down
        return self.textCursor().movePosition(op)

    def place_cursor(self, at_end: bool = True) -> None:
        cursor = self.textCursor()
        end = QTextCursor.MoveOperation.End if at_end else QTextCursor.MoveOperation.Start
        cursor.movePosition(end)
        self.setTextCursor(cursor)


class DragHandle(QLabel):
    """The grip a person drags to reorder; the list receives the drop."""

    def __init__(self, row: ItemRow) -> None:
        super().__init__("⠿", row)
        self._row = row
        self._pressed_at: QPoint | None = None
        self.setObjectName("dragHandle")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(_words(DRAG_TIP))
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pressed_at is None:
            return
        moved = (event.position().toPoint() - self._pressed_at).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._pressed_at = None
        mime = QMimeData()
        mime.setData(ITEM_MIME, self._row.item_id.encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self._row.grab().scaledToWidth(min(self._row.width(), 400)))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = None


class NextStepDetails(QWidget):
    """Owner, due date and status on one line where the pane is wide enough for each to be
    read, and the owner on a line of its own where it is not (a 1024-pixel laptop)."""

    ONE_LINE_FROM = 440  # pixels: below this, "Who follows up" and a date no longer fit beside

    def __init__(self, fields: list[tuple[str, QWidget]], parent: QWidget) -> None:
        super().__init__(parent)
        self._parts: list[tuple[QLabel, QWidget]] = []
        for caption, widget in fields:
            label = QLabel(translate("fields", caption), self)
            label.setProperty("caption", caption)
            label.setObjectName("detailLabel")
            label.setBuddy(widget)
            widget.setParent(self)
            self._parts.append((label, widget))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._one_line: bool | None = None
        self._arrange(one_line=True)

    def _arrange(self, one_line: bool) -> None:
        if one_line == self._one_line:
            return
        self._one_line = one_line
        for label, widget in self._parts:
            self._grid.removeWidget(label)
            self._grid.removeWidget(widget)
        for column in range(6):
            self._grid.setColumnStretch(column, 0)
        (owner_label, owner), (due_label, due), (status_label, status) = self._parts
        if one_line:
            places = [(owner_label, 0, 0), (owner, 0, 1), (due_label, 0, 2), (due, 0, 3)]
            places += [(status_label, 0, 4), (status, 0, 5)]
            self._grid.setColumnStretch(1, 3)
            self._grid.setColumnStretch(3, 1)
        else:
            places = [(owner_label, 0, 0), (due_label, 1, 0), (due, 1, 1)]
            places += [(status_label, 1, 2), (status, 1, 3)]
            self._grid.addWidget(owner, 0, 1, 1, 3)
            self._grid.setColumnStretch(1, 1)
        for widget, row, column in places:
            self._grid.addWidget(widget, row, column)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(one_line=event.size().width() >= self.ONE_LINE_FROM)


class ItemRow(QWidget):
    # Enter in a next step's Owner or Due: the next item, as Enter in its text gives.
    next_requested = Signal()

    def __init__(self, ctx: EditContext, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.kind = ItemKind(item.item_kind)
        self.position = item.position
        self._ctx = ctx

        self.number = QLabel(self)
        self.number.setObjectName("itemNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = ItemTextEdit(_words(PLACEHOLDERS[self.kind]), parent=self)
        ctx.keys.watch(self.text)
        self.delete_button = QToolButton(self)
        self.delete_button.setText("✕")
        self.delete_button.setObjectName("deleteItem")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delete_button.setToolTip(_words(DELETE_TIPS[self.kind]))
        # The document's own signal: it also fires when the binding shows stored text quietly.
        self.text.document().contentsChanged.connect(self._name_delete_button)
        text_message = MessageLabel(self)
        self.bindings: list[FieldBinding | ChoiceBinding] = [
            FieldBinding(self.text, "text", self._write, text_message)
        ]

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.drag_handle = DragHandle(self)
        grid.addWidget(self.drag_handle, 0, 0)
        grid.addWidget(self.number, 0, 1)
        grid.addWidget(self.text, 0, 2)
        grid.addWidget(self.delete_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text_message, 1, 2)
        grid.setColumnMinimumWidth(1, 24)
        grid.setColumnStretch(2, 1)
        if self.kind is ItemKind.NEXT_STEP:
            self._add_next_step_details(grid)
        self.show_item(item)

    def _add_next_step_details(self, grid: QGridLayout) -> None:
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(_words(OWNER_PLACEHOLDER))
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(_words(DUE_PLACEHOLDER))
        self.due.setMaximumWidth(130)
        self.status = QComboBox(self)
        for status, shown in STATUS_NAMES.items():
            self.status.addItem(_words(shown), str(status))
        due_message = MessageLabel(self)
        for widget in (self.owner, self.due, self.status):
            self._ctx.keys.watch(widget)
        for line in (self.owner, self.due):
            line.returnPressed.connect(self.next_requested)
        details = NextStepDetails(
            [  # each field's label in English (core/fields.py), shown translated
                (fields.field(Item, "owner").label, self.owner),
                (fields.field(Item, "due_date").label, self.due),
                (fields.field(Item, "status").label, self.status),
            ],
            self,
        )
        self.details = details
        grid.addWidget(details, 2, 2)
        grid.addWidget(due_message, 3, 2)
        self.bindings += [
            FieldBinding(self.owner, "owner", self._write, MessageLabel(self)),
            FieldBinding(
                self.due,
                "due_date",
                self._write,
                due_message,
                parse=_parse_due_date,
                show_as=validation.format_date,
            ),
            ChoiceBinding(self.status, "status", self._write_step),
        ]

    def _write(self, name: str, old: object, new: object) -> bool:
        label = (
            record_sentences.about_item(record_sentences.EDIT_ITEM, self.kind)
            if name == "text"
            else record_sentences.edit_field(Item, name)
        )
        return pushed(
            self._ctx.undo_stack,
            TypingCommand(self._ctx.store, Item, self.item_id, name, old, new, label),
        )

    def _write_step(self, name: str, old: object, new: object) -> bool:
        label = record_sentences.set_status(str(new))
        return pushed(
            self._ctx.undo_stack,
            SetFieldStepCommand(self._ctx.store, Item, self.item_id, name, old, new, label),
        )

    def unsaved_text(self) -> dict[tuple[str, str], str]:
        """(item id, field) -> text typed here that is not stored yet."""
        return {
            (self.item_id, b.name): b.text()
            for b in self.bindings
            if isinstance(b, FieldBinding) and b.dirty
        }

    def restore_unsaved(self, drafts: dict[tuple[str, str], str]) -> None:
        """Show again text of this item that could not be stored; it is tried again shortly."""
        for binding in self.bindings:
            draft = drafts.pop((self.item_id, binding.name), None)
            if draft is not None and isinstance(binding, FieldBinding):
                binding.show_unsaved(draft)

    def retranslate(self) -> None:
        """Placeholders, tips and captions again; what is typed in the fields stays."""
        self.text.setPlaceholderText(_words(PLACEHOLDERS[self.kind]))
        self.delete_button.setToolTip(_words(DELETE_TIPS[self.kind]))
        self.drag_handle.setToolTip(_words(DRAG_TIP))
        if self.kind is ItemKind.NEXT_STEP:
            self.owner.setPlaceholderText(_words(OWNER_PLACEHOLDER))
            self.due.setPlaceholderText(_words(DUE_PLACEHOLDER))
            for index, shown in enumerate(STATUS_NAMES.values()):
                self.status.setItemText(index, _words(shown))
            for label, _widget in self.details._parts:
                label.setText(translate("fields", label.property("caption")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_item(self, item: Item, *, replace_typing: bool = False) -> None:
        self.position = item.position
        for binding in self.bindings:
            binding.show(getattr(item, binding.name), replace_typing=replace_typing)

    def commit_pending(self) -> None:
        for binding in self.bindings:
            binding.commit()

    def tab_order(self) -> list[QWidget]:
        if self.kind is ItemKind.NEXT_STEP:
            return [self.text, self.owner, self.due, self.status]
        return [self.text]

    def set_number(self, number: int) -> None:
        self.number.setText(f"{number}.")
        self.text.setAccessibleName(_words(ROW_NAMES[self.kind]).format(number=number))
        if self.kind is ItemKind.NEXT_STEP:
            for field, name in (
                (self.owner, QT_TRANSLATE_NOOP("ItemRow", "Owner of next step {number}")),
                (self.due, QT_TRANSLATE_NOOP("ItemRow", "Due date of next step {number}")),
                (self.status, QT_TRANSLATE_NOOP("ItemRow", "Status of next step {number}")),
            ):
                field.setAccessibleName(_words(name).format(number=number))

    def _name_delete_button(self) -> None:
        text = " ".join(self.text.toPlainText().split())
        if len(text) > SPOKEN_TEXT_LIMIT:
            text = text[: SPOKEN_TEXT_LIMIT - 1] + "…"
        self.delete_button.setAccessibleName(_words(DELETE_NAMES[self.kind]).format(text=text))

    def is_empty(self) -> bool:
        """Nothing typed in it: no text (spaces are nothing) and, for a next step, no owner or
        due date; the status alone is not something a person typed."""
        typed = [b.text() for b in self.bindings if isinstance(b, FieldBinding)]
        return not any(text.strip() for text in typed)

    def holds_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    @property
    def typing_waiting(self) -> bool:
        return any(b.dirty for b in self.bindings)
