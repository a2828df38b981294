"""A Next steps view on a real store with the demo workshop, as the window would build it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.next_steps.steps_view import NextStepsView
from tests.ui.dialogs_fake import ScriptedDialogs

TODAY = dt.date(2026, 3, 16)  # a Monday


@dataclass
class Opened:
    view: NextStepsView
    undo_stack: QUndoStack
    signal: DataSignal


def open_view(qtbot, store: Store, dialogs: Dialogs | None = None) -> Opened:  # noqa: ANN001
    stack = QUndoStack()
    signal = DataSignal(store)
    view = NextStepsView(store, stack, dialogs or ScriptedDialogs(), signal, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    return Opened(view, stack, signal)
