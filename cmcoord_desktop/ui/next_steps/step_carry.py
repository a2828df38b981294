"""Carry a next step by hand into any event: the same step shown there too ("carried from
<event>"), as one undo step through the store, so it is saved at once and syncs."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.carry_forward import carry_id, carry_next_step, uncarry
from cmcoord_desktop.core.models import Carry
from cmcoord_desktop.core.next_steps import NextStepRow
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.commands import StoreCommand, pushed
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.record_sentences import isolated, sentence


class CarryCommand(StoreCommand):
    def __init__(self, store: Store, item_id: str, event_id: str, label: str) -> None:
        super().__init__(label)
        self.store, self.item_id, self.event_id = store, item_id, event_id

    def redo(self) -> None:
        self._apply(lambda: carry_next_step(self.store, self.item_id, self.event_id))

    def undo(self) -> None:
        self._apply(lambda: uncarry(self.store, self.item_id, self.event_id))


class StepCarry(QObject):
    def __init__(
        self, store: Store, undo_stack: QUndoStack, dialogs: Dialogs, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.undo_stack, self.dialogs = store, undo_stack, dialogs

    def _already_there(self, item_id: str, event_id: str) -> bool:
        try:
            carry = repository.get(self.store, Carry, carry_id(item_id, event_id))
        except repository.RecordNotFound:
            return False
        return not carry.deleted

    def carry(self, parent: QWidget, row: NextStepRow) -> str:
        """Ask which event, then carry; what to tell the person ("" when cancelled)."""
        events = [
            e
            for e in repository.events(self.store)
            if not e.deleted and e.id != row.home_event_id and not self._already_there(row.id, e.id)
        ]
        if not events:
            return self.tr("There is no other event to carry this next step into.")
        names = [e.title or self.tr("(untitled)") for e in events]
        picked = self.dialogs.choose(
            parent, self.tr("Carry into an event"), self.tr("Show this next step in:"), names
        )
        if picked is None:
            return ""
        target = events[picked]
        name = isolated(names[picked])
        label = sentence(lambda: self.tr("Carry a next step into “{event}”").format(event=name))
        # The events offered are the ones a carry makes sense into (core's CannotCarry cases
        # are left out above), so the command cannot be refused once pushed.
        if pushed(self.undo_stack, CarryCommand(self.store, row.id, target.id, label)):
            return self.tr("Carried into “{event}”.").format(event=name)
        return ""
