"""An owner, due date or status changed in the Next steps view, as one undo step through the
store, like every other edit (so it is saved at once and syncs)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from cmcoord_desktop.core.models import Item, NextStepStatus
from cmcoord_desktop.core.next_steps import NextStepRow
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import pushed
from cmcoord_desktop.ui.editor.edit_commands import SetFieldStepCommand

EDITABLE = ("owner", "due_date", "status")
SHORT_TEXT = 40  # characters of the next step named in an undo step


class StepEdits(QObject):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo_stack = store, undo_stack

    def status_names(self) -> dict[str, str]:
        return {
            NextStepStatus.OPEN: self.tr("Open"),
            NextStepStatus.IN_PROGRESS: self.tr("In progress"),
            NextStepStatus.DONE: self.tr("Done"),
            NextStepStatus.DROPPED: self.tr("Dropped"),
        }

    def set(self, row: NextStepRow, name: str, new: str | dt.date | None) -> bool:
        """Write `name` of the step shown in `row`; whether it was stored (or was already so)."""
        old = {"owner": row.owner, "due_date": row.due, "status": row.status}[name]
        if new == old:
            return True
        words = " ".join(row.text.split())
        step = words if len(words) <= SHORT_TEXT else words[: SHORT_TEXT - 1] + "…"
        shown = record_sentences.isolated(step)
        if name == "status":
            label = record_sentences.set_status(str(new), step)
        elif name == "owner":
            label = record_sentences.sentence(
                lambda: self.tr("Set the owner of next step “{step}”").format(step=shown)
            )
        else:
            label = record_sentences.sentence(
                lambda: self.tr("Set the due date of next step “{step}”").format(step=shown)
            )
        command = SetFieldStepCommand(self.store, Item, row.id, name, old, new, label)
        return pushed(self.undo_stack, command)
