"""Undo commands: every edit a person makes goes through one of these, and each calls the store.

When the store cannot write (a full disk, a drive pulled out) a command is marked failed and
obsolete, so Qt drops it from the history instead of offering to undo what never happened; the
store has told the window why, and whoever pushed the command checks `failed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.ui import record_sentences

# Consecutive typing into one field merges into one undo step (Qt calls mergeWith on same id).
TYPING_COMMAND_ID = 1001


class StoreCommand(QUndoCommand):
    """`text` is the undo step's name; a Sentence (ui/record_sentences.py) is said again in the
    new language after View › Language (ui/action_texts.py)."""

    failed = False

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.again: Callable[[], str] | None = getattr(text, "again", None)
        self.macro_again: Callable[[], str] | None = None  # the step it is the first part of

    def _apply(self, write: Callable[[], object]) -> None:
        try:
            write()
        except DataFolderError:
            self.failed = True
            self.setObsolete(True)


@contextmanager
def one_step(stack: QUndoStack, text: str) -> Iterator[None]:
    """The commands pushed inside are one undo step named `text` (a Qt macro). Qt makes the
    macro itself, so its first command remembers how to say `text` again."""
    stack.beginMacro(text)
    try:
        yield
    finally:
        stack.endMacro()
        macro = stack.command(stack.index() - 1) if stack.index() else None
        first = macro.child(0) if macro is not None and macro.childCount() else None
        if isinstance(first, StoreCommand):
            first.macro_again = getattr(text, "again", None)


def pushed(stack: QUndoStack, command: StoreCommand) -> bool:
    """Push `command`; whether its change was stored."""
    stack.push(command)
    return not command.failed


class SetFieldCommand(StoreCommand):
    """Change one field of one record; typing into the same field merges into one step."""

    def __init__(
        self,
        store: Store,
        cls: type[Record],
        record_id: str,
        name: str,
        old: Any,
        new: Any,
        label: str = "",
    ) -> None:
        """`label` is the undo step's text, in the window's language ("Edit start date" when
        none is given)."""
        super().__init__(label or record_sentences.edit_field(cls, name))
        self.store, self.cls, self.record_id, self.name = store, cls, record_id, name
        self.old, self.new = old, new

    def redo(self) -> None:
        self._apply(
            lambda: repository.update(self.store, self.cls, self.record_id, **{self.name: self.new})
        )

    def undo(self) -> None:
        self._apply(
            lambda: repository.update(self.store, self.cls, self.record_id, **{self.name: self.old})
        )

    def id(self) -> int:
        return TYPING_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, SetFieldCommand)
            and not other.failed  # Qt offers a merge even when the write failed
            and (other.cls, other.record_id, other.name) == (self.cls, self.record_id, self.name)
            and isinstance(self.new, str)
        ):
            return False
        self.new = other.new
        return True


class CreateRecordCommand(StoreCommand):
    """Create a record; undo puts it in the trash, redo takes it out again (same id)."""

    def __init__(self, store: Store, label: str, create: Callable[[], Record]) -> None:
        super().__init__(label)
        self.store, self._create = store, create
        self.record: Record | None = None

    def redo(self) -> None:
        if self.record is None:
            self._apply(self._first_redo)
        else:
            self._apply(lambda: repository.restore(self.store, type(self.record), self.record.id))

    def _first_redo(self) -> None:
        self.record = self._create()

    def undo(self) -> None:
        assert self.record is not None
        self._apply(lambda: repository.delete(self.store, type(self.record), self.record.id))


class DeleteRecordCommand(StoreCommand):
    """`text` is the whole undo step, translated: "Delete session “Opening”"
    (ui/record_sentences.py has one per kind of record)."""

    def __init__(self, store: Store, cls: type[Record], record_id: str, text: str) -> None:
        super().__init__(text)
        self.store, self.cls, self.record_id = store, cls, record_id

    def redo(self) -> None:
        self._apply(lambda: repository.delete(self.store, self.cls, self.record_id))

    def undo(self) -> None:
        self._apply(lambda: repository.restore(self.store, self.cls, self.record_id))


class RestoreRecordCommand(DeleteRecordCommand):
    """Restore from the trash: a delete run backwards."""

    def __init__(self, store: Store, cls: type[Record], record_id: str, text: str) -> None:
        super().__init__(store, cls, record_id, text)

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()
