"""The events panel's model: events under Ongoing / Upcoming / Past headers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QCoreApplication, QModelIndex, Qt

from cmcoord_desktop.core import agenda, repository
from cmcoord_desktop.core.models import Event, Record
from cmcoord_desktop.core.record_names import STATUS_HEADINGS
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.item_models.roles import AnyIndex, Role, role_names
from cmcoord_desktop.ui.item_models.row_text import event_detail, record_data


class EventsModel(QAbstractItemModel):
    """Events under Ongoing / Upcoming / Past headers, filtered by what the person types.

    Two levels: headers at the top (internal id 0), events under them (internal id = header
    row + 1), so a QTreeView shows the headers as non-selectable section titles.
    """

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ""
        self._all: list[Event] = []
        self._groups: list[tuple[str, list[Event]]] = []
        self._details: dict[str, str] = {}  # made once per refresh, not per paint
        # The one place the panel asks for the date, so a test can pin it and the window's
        # midnight check can compare against it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.grouped_on: dt.date | None = None  # the day the headings were last worked out for

    # loading

    def refresh(self) -> None:
        self._all = repository.events(self._store)
        self._regroup(self.today())

    def apply(self, change: Change) -> None:
        """Show a committed change from the rows it carries (an edit is not read back); a
        change that names no rows (a sync) reads the events again."""
        if change.everything:
            self.refresh()
            return
        changed = {r.id: r for r in change.records if isinstance(r, Event)}
        if not changed:
            return
        rows = [changed.pop(e.id, e) for e in self._all]
        rows = [e for e in (*rows, *changed.values()) if not e.deleted]
        # repository.events' order (start date, newest first, undated last; then title), which
        # sorting within a status keeps for equal keys.
        rows.sort(key=lambda e: e.title)
        rows.sort(key=lambda e: e.start_date or dt.date.min, reverse=True)
        self._all = rows
        self._regroup(self.today())

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._regroup(self.today())

    def _matches(self, event: Event) -> bool:
        if not self._filter:
            return True
        haystack = " ".join(
            (event.title, event.series, event.host, event.city, event.country, event.platform)
        ).casefold()
        return all(word in haystack for word in self._filter.split())

    def _regroup(self, today: dt.date) -> None:
        self.grouped_on = today
        shown = [event for event in self._all if self._matches(event)]
        groups = agenda.events_by_status(shown, today)
        self._details = {e.id: event_detail(e) for _s, events in groups for e in events}
        if _shape(groups) == _shape(self._groups):
            before = {e.id: e.changed for _s, events in self._groups for e in events}
            self._groups = groups
            self._changed_rows(before)
        else:
            self.beginResetModel()
            self._groups = groups
            self.endResetModel()

    def _changed_rows(self, stamps_before: dict[str, int]) -> None:
        """Repaint only the events that changed (typing in one title repaints one row)."""
        for row, (_status, events) in enumerate(self._groups):
            header = self.index(row, 0)
            for child, event in enumerate(events):
                if stamps_before.get(event.id) != event.changed:
                    index = self.index(child, 0, header)
                    self.dataChanged.emit(index, index)

    # finding rows

    def event_count(self) -> int:
        return sum(len(events) for _status, events in self._groups)

    def index_of(self, event_id: str) -> QModelIndex:
        for row, (_status, events) in enumerate(self._groups):
            for child, event in enumerate(events):
                if event.id == event_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def event_at(self, index: AnyIndex) -> Event | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.internalId() == 0:
            return Qt.ItemFlag.NoItemFlags  # headers: keyboard and mouse pass over them
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            status, events = self._groups[index.row()]
            return {
                Qt.ItemDataRole.DisplayRole: QCoreApplication.translate(
                    "record names", STATUS_HEADINGS[status]
                ),
                Role.IS_HEADER: True,
                Role.STATUS: status,
                Role.COUNT: len(events),
            }.get(role)
        event = self.event_at(index)
        assert event is not None
        if role == Role.STATUS:  # the heading it is under, even if midnight has passed since
            return self._groups[index.internalId() - 1][0]
        return record_data(event, role, self._details.get(event.id, ""))

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return role_names({})


def _shape(groups: Sequence[tuple[str, list[Record]]]) -> list[tuple[str, list[str]]]:
    return [(status, [r.id for r in rows]) for status, rows in groups]
