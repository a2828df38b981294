"""How edits in the editor become undo steps: typing by bursts, picks and moves one by one."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from cmcoord_desktop.core import positions
from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.commands import SetFieldCommand, one_step

# A pause this long in typing into one field ends an undo step. Typing is written every second,
# so without it Ctrl+Z after a typo would take back the whole outcome typed in the last hour.
TYPING_PAUSE_S = 3.0


class TypingCommand(SetFieldCommand):
    """Typing into one field: writes merge into one step while the typing goes on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # SetFieldCommand's arguments
        super().__init__(*args, **kwargs)
        self.last_write = time.monotonic()

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, TypingCommand):
            return False
        if other.last_write - self.last_write > TYPING_PAUSE_S:
            return False
        if not super().mergeWith(other):
            return False
        self.last_write = other.last_write
        return True


class SetFieldStepCommand(SetFieldCommand):
    """Like SetFieldCommand but never merged: two moves up are two steps to undo, not one."""

    def id(self) -> int:
        return -1  # Qt never merges commands whose id is -1


def push_move(
    stack: QUndoStack,
    store: Store,
    entries: Sequence[tuple[type[Record], str, str]],
    moved: int,
    target: int,
    label: str,
) -> None:
    """Move entry `moved` of a list shown in position order (kind, id, position of each) to
    index `target`, as one undo step. Usually only its position changes; neighbours with no
    position or an equal one (two laptops) are placed too, so the order is what was asked."""
    changes = positions.positions_for_move([e[2] for e in entries], moved, target)
    with one_step(stack, label):
        for entry, position in changes.items():
            cls, record_id, old = entries[entry]
            stack.push(SetFieldStepCommand(store, cls, record_id, "position", old, position, label))
