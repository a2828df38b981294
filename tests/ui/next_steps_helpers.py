"""A Next steps view on a real store with the demo workshop, as the window would build it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QUndoStack

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.next_steps.steps_view import NextStepsView

TODAY = dt.date(2026, 3, 16)  # a Monday


class SavePaths(Dialogs):
    """Answers "where to save?" with the next path of a list, as a person picking files."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)
        self.asked: list[str] = []

    def ask_save_path(self, parent, title, suggested, filters):  # noqa: ANN001, ANN201
        self.asked.append(filters)
        return self.paths.pop(0) if self.paths else None


@dataclass
class Opened:
    view: NextStepsView
    undo_stack: QUndoStack
    signal: DataSignal


def open_view(qtbot, store: Store, dialogs: Dialogs | None = None) -> Opened:  # noqa: ANN001
    stack = QUndoStack()
    signal = DataSignal(store)
    view = NextStepsView(store, stack, dialogs or Dialogs(), signal, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    return Opened(view, stack, signal)
