"""What the event, session and marketplace-table forms share: a title line, labelled fields bound
to the record, its item lists, and showing another record without losing what is being typed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import fields, repository
from cmcoord_desktop.core.models import (
    Attachment,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)
from cmcoord_desktop.core.store_change import EVERYTHING, Change
from cmcoord_desktop.core.validation import Parsed, parse_title
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.choices import ShownChoices
from cmcoord_desktop.ui.commands import SetFieldCommand, pushed
from cmcoord_desktop.ui.editor.attachment_strip import AttachmentStrip
from cmcoord_desktop.ui.editor.choice_binding import ChoiceBinding
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.edit_commands import SetFieldStepCommand, TypingCommand
from cmcoord_desktop.ui.editor.elided_label import ElidedLabel
from cmcoord_desktop.ui.editor.field_binding import FieldBinding, MessageLabel, TextWidget
from cmcoord_desktop.ui.editor.growing_text import GrowingTextEdit
from cmcoord_desktop.ui.editor.item_list import ItemList
from cmcoord_desktop.ui.editor.title_edit import TitleEdit

Binding = FieldBinding | ChoiceBinding


# A row heading: a field's label from core/fields.py, or an English text of the "RecordForm"
# context (marked with QT_TRANSLATE_NOOP where the form names it: "When", "Place").
@dataclass(frozen=True)
class InContext:
    """Words that read differently in another place of the form: "to" between two dates is
    "au" in French, between two times "à", so each has its own context."""

    context: str
    text: str


Heading = fields.Field | str | InContext


def heading_text(heading: Heading) -> str:
    """The heading in the window's language, read again each time the language changes."""
    if isinstance(heading, fields.Field):
        return QCoreApplication.translate("fields", heading.label)
    if isinstance(heading, InContext):
        return QCoreApplication.translate(heading.context, heading.text)
    return QCoreApplication.translate("RecordForm", heading)


class FieldCell(QWidget):
    """A field and the message under it. With a width, the cell asks for that width whatever
    the message says (a date error wraps under the date instead of pushing the fields beside
    it) and gives it up when the pane is narrow."""

    def __init__(self, width: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = width
        self.field: QWidget | None = None  # the field in it, which its row's label names
        if width:
            self.setMaximumWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(self._width, hint.height()) if self._width else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(self._width, 64), hint.height()) if self._width else hint


class RecordForm(QWidget):
    RECORD: ClassVar[type[Record]]
    FIRST_FIELD: ClassVar[str] = "title"
    # Writing one of these fields changes what the others may hold (an end after its start).
    PARTNERS: ClassVar[dict[str, str]] = {}

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.bindings: dict[str, Binding] = {}
        self.lists: dict[ItemKind, ItemList] = {}
        self.strip: AttachmentStrip | None = None
        self._drafts: dict[tuple[str, str], str] = {}  # (record id, field) -> refused text
        # Every heading, placeholder and name the form shows: (how to show it, what it says),
        # shown again on LanguageChange so View › Language reaches the form at once.
        self._words: list[tuple[Callable[[str], None], Heading]] = []
        self._choices: list[tuple[QComboBox, ShownChoices, str]] = []  # see editable_choice

        self.context_line = ElidedLabel(self)
        self.context_line.setObjectName("contextLine")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.context_line)

    # --- building -----------------------------------------------------------------------------

    def add_title(
        self, name: str, placeholder: str, warn: Callable[[Any], str | None]
    ) -> TitleEdit:
        title = TitleEdit("", self)
        message = MessageLabel(self)
        self._bind(title, name, message, warn=warn, parse=parse_title)
        self._say(title.setPlaceholderText, placeholder)
        self._say(title.setAccessibleDescription, placeholder)
        self._say(title.setAccessibleName, placeholder)  # "Session title": no label beside it
        self._layout.addWidget(title)
        self._layout.addWidget(message)
        self._layout.addLayout(self._grid)
        return title

    def line(
        self,
        name: str,
        placeholder: str = "",
        width: int | None = None,
        parse: Callable[[str], Parsed] | None = None,
        show_as: Callable[[Any], str] | None = None,
        refuse: Callable[[Any], str | None] | None = None,
    ) -> QWidget:
        """A one-line field and the message line under it, as one cell (its label for people
        is in core/fields.py)."""
        edit = QLineEdit(self)
        self._say(edit.setPlaceholderText, placeholder)
        cell = self._cell(edit, name, width=width, parse=parse, show_as=show_as, refuse=refuse)
        if width:
            edit.setMaximumWidth(width)
            self.bindings[name].message.setWordWrap(True)
        return cell

    def text_box(self, name: str, placeholder: str, lines: int = 2) -> QWidget:
        box = GrowingTextEdit("", min_lines=lines, parent=self)
        self._say(box.setPlaceholderText, placeholder)
        self._say(box.setAccessibleDescription, placeholder)  # Qt reads it to nobody otherwise
        return self._cell(box, name)

    def editable_choice(self, name: str, choices: list[str], placeholder: str) -> QWidget:
        """A drop-down of suggestions that also takes any text. The suggestions are stored in
        English (the summary translates them to the event's language) and shown in the
        window's; what a person types is stored as typed."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        choice = ShownChoices(choices)
        for english in choices:
            combo.addItem(choice.shown(english), english)
        self._say(combo.lineEdit().setPlaceholderText, placeholder)
        # Wide when there is room, narrow when the pane is: its longest choice sets no minimum.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        cell = self._cell(combo, name, parse=choice.parse, show_as=choice.shown)
        self._choices.append((combo, choice, name))
        return cell

    def _show_choices_again(self) -> None:
        """After a language switch: the suggestions, and a stored one, in the new language."""
        for combo, choice, name in self._choices:
            for index in range(combo.count()):
                combo.setItemText(index, choice.shown(combo.itemData(index)))
            binding = self.bindings[name]
            if isinstance(binding, FieldBinding) and not binding.dirty:
                binding.show(binding.stored, replace_typing=True)

    def fixed_choice(self, name: str, choices: list[tuple[str, str]]) -> QWidget:
        combo = QComboBox(self)
        for value, shown in choices:
            combo.addItem(shown, value)
        self.ctx.keys.watch(combo)
        self._say(combo.setAccessibleName, fields.field(self.RECORD, name))
        self.bindings[name] = ChoiceBinding(combo, name, self._write_step)
        return combo

    def _cell(
        self, widget: TextWidget, name: str, width: int | None = None, **kwargs: Any
    ) -> QWidget:
        cell = FieldCell(width, self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        message = MessageLabel(cell, wrap=not isinstance(widget, QLineEdit))
        widget.setParent(cell)
        box.addWidget(widget)
        box.addWidget(message)
        # The row's label is the field's buddy (add_row); no focus proxy: Tab stops on a widget
        # with one, and rows made later sit after the cell in Qt's focus chain.
        cell.field = widget
        self._bind(widget, name, message, **{k: v for k, v in kwargs.items() if v})
        return cell

    def _bind(self, widget: TextWidget, name: str, message: MessageLabel, **kwargs: Any) -> None:
        self.ctx.keys.watch(widget.lineEdit() if isinstance(widget, QComboBox) else widget)
        for named in (widget, widget.lineEdit()) if isinstance(widget, QComboBox) else (widget,):
            # Its row's label is not beside it, where Qt looks: named by its label in core.
            self._say(named.setAccessibleName, fields.field(self.RECORD, name))
        self.bindings[name] = FieldBinding(widget, name, self._write, message, **kwargs)

    def _say(self, show: Callable[[str], None], words: Heading) -> None:
        """Show `words` in the window's language now and after every language switch."""
        self._words.append((show, words))
        show(heading_text(words) if words else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for show, words in self._words:
                show(heading_text(words) if words else "")
            self._show_choices_again()
            self._show_context_again()
        super().changeEvent(event)

    def _show_context_again(self) -> None:
        if self.record_id is None:
            return
        with contextlib.suppress(repository.RecordNotFound):  # gone: the next refresh says so
            self.show_context(repository.get(self.ctx.store, self.RECORD, self.record_id))

    def add_row(self, label: Heading, *parts: QWidget | Heading, stretch: bool = True) -> None:
        """One labelled line of the form; strings between fields are small inline labels
        (English, "RecordForm" context). With `stretch` the fields share the width; without,
        they keep their own widths."""
        row = self._grid.rowCount()
        heading = QLabel(self)
        self._say(heading.setText, label)
        heading.setObjectName("fieldLabel")
        self._grid.addWidget(
            heading, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        line = QHBoxLayout()
        line.setSpacing(8)
        for index, part in enumerate(parts):
            if isinstance(part, str | fields.Field | InContext):
                inline = QLabel(self)
                self._say(inline.setText, part)
                inline.setObjectName("fieldLabel")
                inline.setBuddy(getattr(parts[index + 1], "field", parts[index + 1]))  # "from"
                line.addWidget(inline, 0, Qt.AlignmentFlag.AlignTop)
            else:
                line.addWidget(part, 1 if stretch else 0, Qt.AlignmentFlag.AlignTop)
        if not stretch:
            line.addStretch(1)
        if isinstance(parts[0], QWidget):
            heading.setBuddy(getattr(parts[0], "field", parts[0]))
        self._grid.addLayout(line, row, 1)

    def add_list(self, kind: ItemKind) -> ItemList:
        item_list = ItemList(self.ctx, kind, self)
        self.lists[kind] = item_list
        self._layout.addSpacing(10)
        self._layout.addWidget(item_list)
        return item_list

    def add_strip(self) -> AttachmentStrip:
        self.strip = AttachmentStrip(self.ctx, self)
        self._layout.addSpacing(10)
        self._layout.addWidget(self.strip)
        return self.strip

    def finish(self) -> QLayout:
        self._layout.addStretch(1)
        return self._layout

    # --- showing and writing ------------------------------------------------------------------

    def show_record(self, record_id: str) -> bool:
        """Point the form at another record; False when that record is in the trash."""
        self.commit_pending()
        self._keep_drafts()
        self.record_id = record_id
        row = repository.get(self.ctx.store, self.RECORD, record_id)
        for binding in self.bindings.values():
            binding.show(getattr(row, binding.name), replace_typing=True)
            draft = self._drafts.pop((record_id, binding.name), None)
            if draft is not None and isinstance(binding, FieldBinding):
                binding.restore_draft(draft)
        self.show_context(row)
        for item_list in self.lists.values():
            item_list.show_parent(record_id)
        if self.strip is not None:
            self.strip.show_parent(record_id)
        return not row.deleted

    def _keep_drafts(self) -> None:
        """Text that could not be stored ("about 90" delegates) waits here, in memory, for
        when this record is shown again, rather than vanishing when another one is chosen."""
        for binding in self.bindings.values():
            if self.record_id is not None and isinstance(binding, FieldBinding) and binding.dirty:
                self._drafts[(self.record_id, binding.name)] = binding.text()

    def refresh(self, change: Change = EVERYTHING) -> bool:
        """Show what the store holds now; False when the record is gone (deleted, undone).

        A change naming only this record and its own items or slides is shown from the rows it
        carries: a person's edit is not read back (see core/store_change.py)."""
        if self.record_id is None:
            return False
        others = [r for r in change.records if r.id != self.record_id]
        if change.everything or any(r.parent_id != self.record_id for r in others):
            return self._reload()
        own = next((r for r in change.records if r.id == self.record_id), None)
        if isinstance(own, self.RECORD):
            if own.deleted:
                return False
            for binding in self.bindings.values():
                binding.show(getattr(own, binding.name))
            if not own.PARENT:  # a session's or table's line names its parent, unchanged here
                self.show_context(own)
        kinds = {r.item_kind for r in others if isinstance(r, Item)}
        for kind, item_list in self.lists.items():
            if str(kind) in kinds:
                item_list.reload()
        if self.strip is not None and any(isinstance(r, Attachment) for r in others):
            self.strip.reload()
        return True

    def _reload(self) -> bool:
        try:
            row = repository.get(self.ctx.store, self.RECORD, self.record_id or "")
        except repository.RecordNotFound:
            return False
        if row.deleted:
            return False
        for binding in self.bindings.values():
            binding.show(getattr(row, binding.name))
        self.show_context(row)
        for item_list in self.lists.values():
            item_list.reload()
        if self.strip is not None:
            self.strip.reload()
        return True

    def affected_by(self, change: Change) -> bool:
        """Whether the change names this record, its children, or any other record it may show."""
        if self.record_id is None:
            return False
        return change.everything or any(
            r.id == self.record_id
            or r.parent_id == self.record_id
            or not r.PARENT
            or isinstance(r, Session | MarketplaceGroup)
            for r in change.records
        )

    def show_context(self, row: Record) -> None:
        """The grey line above the title saying where this record belongs."""

    def commit_pending(self) -> None:
        for binding in self.bindings.values():
            binding.commit()
        for item_list in self.lists.values():
            item_list.commit_pending()
        if self.strip is not None:
            self.strip.commit_pending()

    def focus_first_field(self) -> None:
        binding = self.bindings[self.FIRST_FIELD]
        widget = binding.widget if isinstance(binding, FieldBinding) else binding.combo
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, TitleEdit):
            widget.place_cursor_at_end()

    def _write(self, name: str, old: Any, new: Any) -> bool:
        return self._push(TypingCommand, name, old, new)

    def _write_step(self, name: str, old: Any, new: Any) -> bool:
        return self._push(SetFieldStepCommand, name, old, new)

    def _push(self, command: type[SetFieldCommand], name: str, old: Any, new: Any) -> bool:
        assert self.record_id is not None
        label = record_sentences.edit_field(self.RECORD, name)
        stored = pushed(
            self.ctx.undo_stack,
            command(self.ctx.store, self.RECORD, self.record_id, name, old, new, label),
        )
        partner = self.PARTNERS.get(name)
        if stored and partner:
            self.bindings[partner].recheck()
        return stored

    def stored(self, name: str) -> Any:
        return self.bindings[name].stored
