"""One app-wide "data changed" signal, fed by the store, so views refresh instead of polling."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cmcoord_desktop.core.store import Store


class DataSignal(QObject):
    changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        store.on_change(self.changed.emit)
