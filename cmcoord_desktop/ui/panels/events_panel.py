"""The Events panel: every event under Ongoing / Upcoming / Past, with a filter box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.item_models.events_model import EventsModel
from cmcoord_desktop.ui.panels.record_panel import RecordPanel

EMPTY_HINT = QT_TRANSLATE_NOOP("Panels", "No events yet.\nCtrl+Shift+E adds one.")
HEADING = QT_TRANSLATE_NOOP("Panels", "Events")


class FilterBox(QLineEdit):
    """Typing filters; Down moves into the list, Escape clears."""

    def __init__(self, panel: EventsPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.setClearButtonEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Filter events (title, host, place)"))
        self.setAccessibleName(self.tr("Filter events"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down:
            self._panel.focus_list()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class EventsPanel(RecordPanel):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.events = EventsModel(store)
        super().__init__(HEADING, EMPTY_HINT, self.events, parent)
        self.filter_box = FilterBox(self)
        self.filter_box.textChanged.connect(self._filter)
        self.add_above_list(self.filter_box)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Each time a widget is put in another (the splitter, the window), Qt rebuilds its
        # focus chain with the list first, as it was made; shown, the panel is where it stays.
        QWidget.setTabOrder(self.filter_box, self.view)
        super().showEvent(event)

    def _filter(self, text: str) -> None:
        self.events.set_filter(text)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        words = self.filter_box.text().strip() if hasattr(self, "filter_box") else ""
        if words:
            self.view.hint = self.tr("No event matches “{words}”.").format(words=words)

    def refresh(self) -> None:
        self.events.refresh()
