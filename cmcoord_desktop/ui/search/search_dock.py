"""The search box as a dock of the window (Edit › Find), beside the editor: the results stay
in view while the record they open is read or edited."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.search.search_panel import SearchPanel


class SearchDock(QDockWidget):
    def __init__(self, store: Store, data_signal: DataSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find"))
        self.setObjectName("search_dock")  # saveState needs a name
        self.setAccessibleName(self.tr("Find in every record"))
        self.width_set = False
        self.panel = SearchPanel(store, data_signal, self)
        self.setWidget(self.panel)
