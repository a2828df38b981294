"""The Marketplace tables panel: the topic tables of the selected session, with their hosts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.item_models.tables_model import GroupsModel
from cmcoord_desktop.ui.panels.record_panel import RecordPanel

NO_SESSION_HINT = QT_TRANSLATE_NOOP("Panels", "Select a session to see its marketplace tables.")
EMPTY_HINT = QT_TRANSLATE_NOOP("Panels", "No marketplace tables.\nCtrl+Shift+G adds one.")
HEADING = QT_TRANSLATE_NOOP("Panels", "Marketplace tables")


class GroupsPanel(RecordPanel):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.groups = GroupsModel(store)
        super().__init__(HEADING, NO_SESSION_HINT, self.groups, parent)

    def show_session(self, session_id: str | None) -> None:
        self.set_hint(EMPTY_HINT if session_id else NO_SESSION_HINT)
        self.groups.set_parent_id(session_id)

    def refresh(self) -> None:
        self.groups.refresh()
