"""The Next steps view as a dock of the window (View › Next steps), below the panels: wide
enough for its six columns, and open beside the editor while a step is closed in its session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.next_steps.steps_view import NextStepsView


class NextStepsDock(QDockWidget):
    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        dialogs: Dialogs,
        data_signal: DataSignal,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        export_folder: Callable[[], Path] = Path.home,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Next steps"))
        self.setObjectName("next_steps_dock")  # saveState needs a name
        self.setAccessibleName(self.tr("Next steps of every event"))
        self.width_set = False  # the window gives it a sensible height the first time it opens
        self.view = NextStepsView(
            store, undo_stack, dialogs, data_signal, self, today, export_folder
        )
        self.setWidget(self.view)
