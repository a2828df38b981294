"""The Sessions panel: the sessions of the selected event, by date and start time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.item_models.sessions_model import SessionsModel
from cmcoord_desktop.ui.panels.record_panel import RecordPanel

NO_EVENT_HINT = QT_TRANSLATE_NOOP("Panels", "Select an event to see its sessions.")
EMPTY_HINT = QT_TRANSLATE_NOOP("Panels", "No sessions yet.\nCtrl+Shift+S adds one.")
HEADING = QT_TRANSLATE_NOOP("Panels", "Sessions")


class SessionsPanel(RecordPanel):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.sessions = SessionsModel(store)
        super().__init__(HEADING, NO_EVENT_HINT, self.sessions, parent)

    def show_event(self, event_id: str | None) -> None:
        self.set_hint(EMPTY_HINT if event_id else NO_EVENT_HINT)
        self.sessions.set_parent_id(event_id)

    def refresh(self) -> None:
        self.sessions.refresh()
