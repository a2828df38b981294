"""The three panels linked: an event's sessions, a session's marketplace tables.

The chain also decides which record is "chosen" for the editor: the one picked last, or its
parent when the picked one disappears (deleted, undone, merged away by a sync).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, MarketplaceGroup, Record, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.panels.events_panel import EventsPanel
from cmcoord_desktop.ui.panels.groups_panel import GroupsPanel
from cmcoord_desktop.ui.panels.record_panel import RecordPanel
from cmcoord_desktop.ui.panels.sessions_panel import SessionsPanel
from cmcoord_desktop.ui.window_settings import LastSelection

PANEL_RECORDS: tuple[type[Record], ...] = (Event, Session, MarketplaceGroup)


class PanelChain(QObject):
    record_chosen = Signal(object, object)  # (record class or None, record id or None)
    selection_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.events_panel = EventsPanel(store)
        self.sessions_panel = SessionsPanel(store)
        self.groups_panel = GroupsPanel(store)
        self.panels: tuple[RecordPanel, ...] = (
            self.events_panel,
            self.sessions_panel,
            self.groups_panel,
        )
        # Where Edit › Delete acts when chosen from the menu: the list used last.
        self.last_panel: RecordPanel = self.events_panel

        self.events_panel.current_changed.connect(self._event_chosen)
        self.sessions_panel.current_changed.connect(self._session_chosen)
        self.groups_panel.current_changed.connect(self._group_chosen)
        for panel in self.panels:
            panel.view.clicked.connect(lambda _index, p=panel: self.choose_from(p))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    # --- following the selection ------------------------------------------------------------

    def _event_chosen(self, event_id: str | None) -> None:
        self.sessions_panel.show_event(event_id)
        self.choose_from(self.events_panel)
        self.selection_changed.emit()

    def _session_chosen(self, session_id: str | None) -> None:
        self.groups_panel.show_session(session_id)
        self.choose_from(self.sessions_panel)
        self.selection_changed.emit()

    def _group_chosen(self, _group_id: str | None) -> None:
        self.choose_from(self.groups_panel)
        self.selection_changed.emit()

    def choose_from(self, panel: RecordPanel) -> None:
        """Choose the panel's selected record, or its parent's when nothing is selected there."""
        depth = self.panels.index(panel)
        for candidate, cls in reversed(
            list(zip(self.panels, PANEL_RECORDS, strict=True))[: depth + 1]
        ):
            record_id = candidate.current_id()
            if record_id:
                self.record_chosen.emit(cls, record_id)
                return
        self.record_chosen.emit(None, None)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for panel in self.panels:
            if new is not None and panel.isAncestorOf(new):
                self.last_panel = panel

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()

    def apply(self, change: Change) -> None:
        """Show a committed change: each panel refreshes only if it shows what changed."""
        for panel in self.panels:
            panel.model.apply(change)

    # --- what is selected -------------------------------------------------------------------

    def selected_event(self) -> Event | None:
        model = self.events_panel.events
        return model.event_at(model.index_of(self.events_panel.current_id() or ""))

    def selected_session(self) -> Session | None:
        model = self.sessions_panel.sessions
        record = model.record_at(model.index_of(self.sessions_panel.current_id() or ""))
        return record if isinstance(record, Session) else None

    def selection(self) -> LastSelection:
        return LastSelection(*(panel.current_id() for panel in self.panels))

    def restore(self, last: LastSelection) -> None:
        """Select again what was selected when the window closed, as far as it still exists."""
        if (
            last.event_id
            and self.events_panel.select_id(last.event_id)
            and last.session_id
            and self.sessions_panel.select_id(last.session_id)
        ):
            self.groups_panel.select_id(last.group_id)
        # Start in the list of what was being worked on: arrows move, Enter edits.
        selected = [panel for panel in self.panels if panel.current_id()]
        (selected[-1] if selected else self.events_panel).view.setFocus()

    def panel_of(self, record: Record) -> RecordPanel:
        if isinstance(record, Session):
            return self.sessions_panel
        if isinstance(record, MarketplaceGroup):
            return self.groups_panel
        return self.events_panel

    def shows(self, record: Record) -> bool:
        return any(panel.current_id() == record.id for panel in self.panels)

    def reveal(self, record: Record) -> None:
        """Select a record in its panel, selecting its event and session first."""
        if isinstance(record, Item):
            parent = self._find_parent(record.parent)
            if parent is not None:
                self.reveal(parent)
            return
        if isinstance(record, Event):
            self.events_panel.filter_box.clear()
            self.events_panel.select_id(record.id)
        elif isinstance(record, Session):
            self.reveal(repository.get(self._store, Event, record.event_id))
            self.sessions_panel.select_id(record.id)
        elif isinstance(record, MarketplaceGroup):
            self.reveal(repository.get(self._store, Session, record.session_id))
            self.groups_panel.select_id(record.id)

    def _find_parent(self, record_id: str) -> Record | None:
        for cls in PANEL_RECORDS:
            try:
                return repository.get(self._store, cls, record_id)
            except repository.RecordNotFound:
                continue
        return None
