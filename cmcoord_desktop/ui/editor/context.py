"""What every part of the record editor needs from the window: the store, undo stack and keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.editor.edit_keys import EditKeys


@dataclass(frozen=True)
class EditContext:
    store: Store
    undo_stack: QUndoStack
    dialogs: Dialogs
    keys: EditKeys
