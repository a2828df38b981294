"""How edits in the editor become undo steps: typing by bursts, picks and moves one by one."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtGui import QUndoCommand

from cmcoord_desktop.ui.commands import SetFieldCommand

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
