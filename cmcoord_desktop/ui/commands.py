"""Undo commands: every edit a person makes goes through one of these, and each calls the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.store import Store

# Consecutive typing into one field merges into one undo step (Qt calls mergeWith on same id).
TYPING_COMMAND_ID = 1001


class SetFieldCommand(QUndoCommand):
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
        super().__init__(label or f"Edit {name.replace('_', ' ')}")
        self.store, self.cls, self.record_id, self.name = store, cls, record_id, name
        self.old, self.new = old, new

    def redo(self) -> None:
        repository.update(self.store, self.cls, self.record_id, **{self.name: self.new})

    def undo(self) -> None:
        repository.update(self.store, self.cls, self.record_id, **{self.name: self.old})

    def id(self) -> int:
        return TYPING_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, SetFieldCommand)
            and (other.cls, other.record_id, other.name) == (self.cls, self.record_id, self.name)
            and isinstance(self.new, str)
        ):
            return False
        self.new = other.new
        return True


class CreateRecordCommand(QUndoCommand):
    """Create a record; undo puts it in the trash, redo takes it out again (same id)."""

    def __init__(self, store: Store, label: str, create: Callable[[], Record]) -> None:
        super().__init__(label)
        self.store, self._create = store, create
        self.record: Record | None = None

    def redo(self) -> None:
        if self.record is None:
            self.record = self._create()
        else:
            repository.restore(self.store, type(self.record), self.record.id)

    def undo(self) -> None:
        assert self.record is not None
        repository.delete(self.store, type(self.record), self.record.id)


class DeleteRecordCommand(QUndoCommand):
    def __init__(self, store: Store, cls: type[Record], record_id: str, label: str) -> None:
        super().__init__(f"Delete {label}")
        self.store, self.cls, self.record_id = store, cls, record_id

    def redo(self) -> None:
        repository.delete(self.store, self.cls, self.record_id)

    def undo(self) -> None:
        repository.restore(self.store, self.cls, self.record_id)


class RestoreRecordCommand(DeleteRecordCommand):
    """Restore from the trash: a delete run backwards."""

    def __init__(self, store: Store, cls: type[Record], record_id: str, label: str) -> None:
        super().__init__(store, cls, record_id, label)
        self.setText(f"Restore {label}")

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()
