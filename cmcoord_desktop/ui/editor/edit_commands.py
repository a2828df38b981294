"""A field change that is one undo step of its own: a move, a status or language picked."""

from __future__ import annotations

from cmcoord_desktop.ui.commands import SetFieldCommand


class SetFieldStepCommand(SetFieldCommand):
    """Like SetFieldCommand but never merged: two moves up are two steps to undo, not one."""

    def id(self) -> int:
        return -1  # Qt never merges commands whose id is -1
