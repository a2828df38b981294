"""An ordered list of key outcomes, next steps or ideas of one record, typed like a bulleted list.

Enter adds the next item right after the current one (splitting the text at the cursor),
Backspace in an empty item deletes it, Alt+Up/Alt+Down and drag and drop reorder, Alt+Delete
deletes. Every change is an undo command; the order is the items' `position`, a key placed
between its neighbours so two laptops can insert without renumbering each other's items.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from cmcoord_desktop.core import agenda, repository
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.record_names import item_kind_name
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    SetFieldCommand,
    one_step,
)
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.edit_commands import push_move
from cmcoord_desktop.ui.editor.item_row import ITEM_MIME, ItemRow
from cmcoord_desktop.ui.editor.tab_keys import order_tab_keys

# The add button's words, whole for each kind (no sentence glued from a translated name).
ADD_BUTTONS = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("ItemList", "+ Add key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("ItemList", "+ Add next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("ItemList", "+ Add idea"),
}


class ItemList(QWidget):
    def __init__(self, ctx: EditContext, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.kind = ctx, kind
        names = item_kind_name(kind)
        self.parent_id: str | None = None
        self.rows: list[ItemRow] = []
        # Text the disk would not take (full, drive gone), kept for when its item is shown again.
        self._drafts: dict[tuple[str, str], str] = {}  # (item id, field) -> text

        self._heading_source = names.heading
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)  # "Next steps to implementing solutions" in a narrow pane
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addItem")
        self.add_button.setFlat(True)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(lambda: self.add_after(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._drop_line = QFrame(self)
        self._drop_line.setObjectName("dropLine")
        self._drop_line.setFixedHeight(2)
        self._drop_line.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("record names", self._heading_source))
        self.add_button.setText(QCoreApplication.translate("ItemList", ADD_BUTTONS[self.kind]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        self.setAcceptDrops(True)
        # Items added here (Enter, Ctrl+1/2/3, the button) and not yet typed into.
        self._added: set[str] = set()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    # --- showing ------------------------------------------------------------------------------

    def show_parent(self, parent_id: str | None) -> None:
        """Show the items of another record: rows are rebuilt; only text that could not be
        stored is kept (in memory) for when its item comes back."""
        self.commit_pending()
        for row in [r for r in self.rows if r.item_id in self._added]:
            self._drop_if_left_empty(row.item_id)  # another record is shown: it was left
        self._added.clear()
        for row in self.rows:
            self._drafts.update(row.unsaved_text())
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self.parent_id = parent_id
        self.reload()

    def reload(self) -> None:
        """Match the rows to the store, keeping each row (and the typing in it) by item id."""
        if self.parent_id is None:
            return
        items = repository.children(self._ctx.store, Item, self.parent_id, self.kind)
        old_order = list(self.rows)
        by_id = {row.item_id: row for row in self.rows}
        rows: list[ItemRow] = []
        for item in items:
            row = by_id.pop(item.id, None)
            if row is None:
                row = self._make_row(item)
            else:
                row.show_item(item)
            rows.append(row)
        focus_lost_at = self._removed_focus_index(old_order, by_id)
        for gone in by_id.values():
            self._rows_box.removeWidget(gone)
            gone.hide()
            gone.deleteLater()
        if [r.item_id for r in rows] != [r.item_id for r in old_order] or by_id:
            for row in rows:
                self._rows_box.removeWidget(row)
            for row in rows:
                self._rows_box.addWidget(row)
                row.show()  # now, not on the next event loop pass: Enter then Tab must reach it
            self.rows = rows
            self._order_tab_keys()
        self.rows = rows
        for number, row in enumerate(rows, start=1):
            row.set_number(number)
        if rows:
            # One width for every number: with "10." wider than "9." the texts of items 10 and
            # up started further right than those above them.
            rows[-1].number.ensurePolished()  # the style sheet's bold counts in its width
            widest = rows[-1].number.sizeHint().width()
            for row in rows:
                row.number.setFixedWidth(widest)
        if focus_lost_at is not None and rows:
            self._focus(rows[max(0, min(focus_lost_at - 1, len(rows) - 1))], at_end=True)
        elif focus_lost_at is not None:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter adds one again

    def _order_tab_keys(self) -> None:
        """Tab walks the rows top to bottom; rows made later would otherwise come last."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += row.tab_order()
        chain.append(self.add_button)
        order_tab_keys(self, chain)

    @staticmethod
    def _removed_focus_index(old: list[ItemRow], removed: dict[str, ItemRow]) -> int | None:
        for index, row in enumerate(old):
            if row.item_id in removed and _has_focus(row):
                return index
        return None

    def _make_row(self, item: Item) -> ItemRow:
        row = ItemRow(self._ctx, item, self)
        row.restore_unsaved(self._drafts)
        row.text.enter_pressed.connect(lambda: self._enter(row))
        row.text.backspace_on_empty.connect(lambda: self._delete(row, focus_previous=True))
        row.text.delete_requested.connect(lambda: self._delete(row, focus_previous=True))
        row.delete_button.clicked.connect(lambda: self._delete(row, focus_previous=False))
        row.text.move_requested.connect(lambda step: self._move_by(row, step))
        row.text.step_out.connect(lambda step: self._step_out(row, step))
        row.next_requested.connect(lambda: self._next_after(row))
        return row

    def commit_pending(self) -> None:
        for row in self.rows:
            row.commit_pending()

    def row(self, item_id: str) -> ItemRow | None:
        return next((r for r in self.rows if r.item_id == item_id), None)

    # --- editing ------------------------------------------------------------------------------

    def add_after(self, row: ItemRow | None, text: str = "") -> ItemRow | None:
        """A new item after `row` (at the end when None), with the cursor in it."""
        if self.parent_id is None:
            return None
        parent_id, after = self.parent_id, row.position if row is not None else None
        command = CreateRecordCommand(
            self._ctx.store,
            record_sentences.about_item(record_sentences.ADD_ITEM, self.kind),
            lambda: repository.add_item(self._ctx.store, parent_id, self.kind, text, after=after),
        )
        self._ctx.undo_stack.push(command)
        self.reload()
        if command.record is None:  # not stored (the window says why)
            return None
        self._added.add(command.record.id)
        new_row = self.row(command.record.id)
        if new_row is not None:
            self._focus(new_row, at_end=False)
        return new_row

    def _enter(self, row: ItemRow) -> None:
        """Enter: the next item, right after this one; text after the cursor moves into it."""
        row.commit_pending()
        text = row.text.toPlainText()
        split = agenda.split_at_cursor(text, row.text.textCursor().position())
        if split is None:
            self.add_after(row)
            return
        stack = self._ctx.undo_stack
        with one_step(stack, record_sentences.about_item(record_sentences.SPLIT_ITEM, self.kind)):
            stack.push(
                SetFieldCommand(
                    self._ctx.store,
                    Item,
                    row.item_id,
                    "text",
                    text,
                    split.kept,
                    record_sentences.about_item(record_sentences.EDIT_ITEM, self.kind),
                )
            )
            self.add_after(row, split.moved)
        self.reload()

    def _next_after(self, row: ItemRow) -> None:
        """Enter in a next step's Owner or Due: the next step, its text to type."""
        row.commit_pending()
        self.add_after(row)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving an item empty removes it: an item nobody typed is not an outcome. Checked
        once the focus has settled (Tab from a next step's text to its owner stays inside)."""
        if old is None or new is None or new.window() is not self.window():
            return  # another window, a popup, or the program left: the person comes back
        left = next((r for r in self.rows if r is old or r.isAncestorOf(old)), None)
        if left is not None and not left.isAncestorOf(new):
            item_id = left.item_id
            QTimer.singleShot(0, self, lambda: self._drop_if_left_empty(item_id))

    def _drop_if_left_empty(self, item_id: str) -> None:
        row = self.row(item_id)
        if row is None or row.holds_focus() or not row.is_empty():
            return
        row.commit_pending()
        stack = self._ctx.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if (
            stack.index() == stack.count()
            and isinstance(top, CreateRecordCommand)
            and top.record is not None
            and top.record.id == item_id
        ):
            # Added and left at once: it never becomes a step to undo, as if the key had not
            # been pressed. Qt drops a command that is obsolete when undone, without undoing it.
            top.undo()
            top.setObsolete(True)
            stack.undo()
        else:
            self._ctx.undo_stack.push(
                DeleteRecordCommand(
                    self._ctx.store,
                    Item,
                    item_id,
                    record_sentences.about_item(record_sentences.DELETE_EMPTY_ITEM, self.kind),
                )
            )
        self._added.discard(item_id)
        self.reload()

    def _delete(self, row: ItemRow, focus_previous: bool) -> None:
        index = self.rows.index(row)
        row.commit_pending()
        if focus_previous and index > 0:
            self._focus(self.rows[index - 1], at_end=True)
        elif focus_previous and len(self.rows) > 1:
            self._focus(self.rows[1], at_end=False)
        self._ctx.undo_stack.push(
            DeleteRecordCommand(
                self._ctx.store,
                Item,
                row.item_id,
                record_sentences.about_item(record_sentences.DELETE_ITEM, self.kind),
            )
        )
        self.reload()

    def _move_by(self, row: ItemRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if 0 <= target < len(self.rows):
            self.move_to(row, target, step)

    def move_to(self, row: ItemRow, index: int, step: int = 0) -> None:
        """Put `row` at `index` among the other rows, by giving it a position between them;
        `step` -1 or +1 when it moves one place up or down (the undo step says so)."""
        row.commit_pending()
        push_move(
            self._ctx.undo_stack,
            self._ctx.store,
            [(Item, r.item_id, r.position) for r in self.rows],
            self.rows.index(row),
            index,
            record_sentences.move(self.kind, step),
        )
        had_focus = _has_focus(row)
        self.reload()
        if had_focus:
            row.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_out(self, row: ItemRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self._focus(self.rows[index], at_end=step < 0)

    def _focus(self, row: ItemRow, at_end: bool) -> None:
        row.text.setFocus(Qt.FocusReason.OtherFocusReason)
        row.text.place_cursor(at_end)

    # --- drag and drop ------------------------------------------------------------------------

    def _dragged_row(self, event: QDropEvent | QDragMoveEvent) -> ItemRow | None:
        mime = event.mimeData()
        if not mime.hasFormat(ITEM_MIME):
            return None
        return self.row(bytes(mime.data(ITEM_MIME).data()).decode("ascii", "replace"))

    def _drop_index(self, y: float, dragged: ItemRow) -> int:
        others = [r for r in self.rows if r is not dragged]
        for index, row in enumerate(others):
            if y < row.geometry().center().y():
                return index
        return len(others)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dragged_row(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        dragged = self._dragged_row(event)
        if dragged is None:
            event.ignore()
            return
        event.acceptProposedAction()
        index = self._drop_index(event.position().y(), dragged)
        others = [r for r in self.rows if r is not dragged]
        y = (
            others[index].geometry().top() - 3
            if index < len(others)
            else (others[-1].geometry().bottom() + 2 if others else dragged.geometry().top())
        )
        self._drop_line.setGeometry(0, max(0, y), self.width(), 2)
        self._drop_line.show()
        self._drop_line.raise_()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        self._drop_line.hide()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self._drop_line.hide()
        dragged = self._dragged_row(event)
        if dragged is None:
            return
        event.acceptProposedAction()
        index = self._drop_index(event.position().y(), dragged)
        if index != self.rows.index(dragged):
            self.move_to(dragged, index)


def _has_focus(row: ItemRow) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is row or row.isAncestorOf(focused))
