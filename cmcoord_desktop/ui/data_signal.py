"""App-wide signals fed by the store: data changed (views refresh instead of polling), and a
change could not be stored (the window says so until a later change is)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cmcoord_desktop.core.store import Store


class DataSignal(QObject):
    changed = Signal()
    not_saved = Signal(str)  # what went wrong and what to do, in plain words

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        store.on_change(self.changed.emit)
        # From a sync's worker thread too: the signal carries it to the window's thread.
        store.on_failure(lambda problem: self.not_saved.emit(str(problem)))
