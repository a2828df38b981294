"""App-wide signals fed by the store: data changed, with which records (views refresh what they
show and the change affects, instead of polling), and a change could not be stored (the window
says so until a later change is)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import EVERYTHING


class DataSignal(QObject):
    changed = Signal(object)  # a core.store_change.Change: what the commit wrote
    # What went wrong and what to do: a core.store_errors.DataFolderError (or a sentence).
    not_saved = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        store.on_change(self.changed.emit)
        # From a sync's worker thread too: the signal carries it to the window's thread.
        store.on_failure(self.not_saved.emit)

    def everything_changed(self) -> None:
        """Another program wrote the folder: every view reads again what it shows."""
        self.changed.emit(EVERYTHING)
