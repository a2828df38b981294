"""A drop-down of fixed choices bound to one field: a pick is written at once, one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

Write = Callable[[str, Any, Any], bool]  # field name, old value, new value -> stored?


class ChoiceBinding(QObject):
    def __init__(self, combo: QComboBox, name: str, write: Write) -> None:
        """The combo's items carry the stored value as their data."""
        super().__init__(combo)
        self.combo, self.name, self._write = combo, name, write
        self.stored: Any = None
        self.dirty = False  # a pick is written at once, so nothing ever waits
        combo.activated.connect(self._picked)

    def _picked(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value != self.stored:
            old, self.stored = self.stored, value
            if not self._write(self.name, old, value):
                self.show(old)  # not stored: show what is (the window says why)

    def commit(self) -> bool:
        return True

    def recheck(self) -> None:
        pass

    def show(self, value: Any, *, replace_typing: bool = False) -> None:
        self.stored = value
        index = self.combo.findData(value)
        self.combo.blockSignals(True)
        if index < 0 and value:  # a value from a newer version or another laptop: show it too
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
