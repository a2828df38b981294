"""Qt item models of the three panels and the trash, refreshed from the one data-changed signal.

Each model loads only what is shown (the events, the sessions of one event, the groups of one
session). A refresh that keeps the same rows in the same order only says "data changed", so
views keep their selection and scroll position while someone types in the editor.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from cmcoord_desktop.core import agenda, repository
from cmcoord_desktop.core.clock import stamp_ms
from cmcoord_desktop.core.models import Event, MarketplaceGroup, Record, Session
from cmcoord_desktop.core.record_names import (
    STATUS_HEADINGS,
    kind_name,
    record_title,
    short_title,
    typed_title,
)
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.local_format import date_range, weekday_day_month

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    """What a view may ask of a row besides its title (DisplayRole)."""

    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3  # the second, smaller line: dates, place, host
    IS_HEADER = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5  # upcoming / ongoing / past
    COUNT = Qt.ItemDataRole.UserRole + 6  # rows under a header
    IS_UNTITLED = Qt.ItemDataRole.UserRole + 7


ROLE_NAMES = {
    Role.RECORD_ID: b"recordId",
    Role.RECORD: b"record",
    Role.DETAIL: b"detail",
    Role.IS_HEADER: b"isHeader",
    Role.STATUS: b"status",
    Role.COUNT: b"count",
    Role.IS_UNTITLED: b"isUntitled",
}


class Panels(QObject):
    """The panels' words with plural forms. pyside6-lupdate (6.11) reads a plural only from a
    `self.tr(text, "", count)` call, which names its context after the class: hence a class."""

    def delegates(self, count: int) -> str:
        return self.tr("%n delegate(s)", "", count)


_PLURALS = Panels()


def _role_names(extra: dict[int, bytes]) -> dict[int, QByteArray]:
    names = {int(role): QByteArray(name) for role, name in ROLE_NAMES.items()}
    names.update({role: QByteArray(name) for role, name in extra.items()})
    return names


# --- how a record reads in a list ------------------------------------------------------------


def date_range_text(start: dt.date | None, end: dt.date | None) -> str:
    """'13–17 Feb 2017', '28 Feb 2017 – 2 Mar 2017' (in the window's language), or ''."""
    start, end = start or end, end or start
    if start is None or end is None:
        return ""
    return date_range(start, end)


def event_detail(event: Event) -> str:
    place = ", ".join(p for p in (event.city, event.country) if p) or event.platform
    return " · ".join(p for p in (date_range_text(event.start_date, event.end_date), place) if p)


def session_detail(session: Session) -> str:
    parts = []
    if session.date:
        parts.append(weekday_day_month(session.date))
    if session.start_time:
        times = f"{session.start_time:%H:%M}"
        if session.end_time:
            times += f"–{session.end_time:%H:%M}"
        parts.append(times)
    if session.format:
        parts.append(session.format)
    if session.delegates is not None:
        parts.append(_PLURALS.delegates(session.delegates))
    return " · ".join(parts)


def group_detail(group: MarketplaceGroup) -> str:
    host = QCoreApplication.translate("Panels", "Host: {host}")
    parts = [host.format(host=group.host)] if group.host else []
    if group.participants:
        parts.append(group.participants)
    return " · ".join(parts)


# --- events, grouped by status -----------------------------------------------------------------


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
        return _record_data(event, role, self._details.get(event.id, ""))

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return _role_names({})


def _shape(groups: Sequence[tuple[str, list[Record]]]) -> list[tuple[str, list[str]]]:
    return [(status, [r.id for r in rows]) for status, rows in groups]


def _record_data(record: Record, role: int, detail: str) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return record_title(record)
    if role == Qt.ItemDataRole.ToolTipRole:
        return "\n".join(t for t in (record_title(record), detail) if t)
    if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says both lines of a row
        shown = _record_data(record, Role.DETAIL, detail)
        return ", ".join(t for t in (record_title(record), shown) if t)
    if role == Role.RECORD_ID:
        return record.id
    if role == Role.RECORD:
        return record
    if role == Role.DETAIL:
        # A merge kept two values of a field: say so where the person looks first.
        flagged = QCoreApplication.translate("Panels", "Needs review · {detail}")
        return flagged.format(detail=detail) if record.needs_review else detail
    if role == Role.IS_HEADER:
        return False
    if role == Role.IS_UNTITLED:
        return not typed_title(record).strip()
    return None


# --- sessions of one event, groups of one session ------------------------------------------------


class ChildRecordsModel(QAbstractListModel):
    """The children of one parent record: a flat list in the repository's order."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._parent_id: str | None = None
        self._rows: list[Record] = []
        self._details: dict[str, str] = {}

    def _load(self, parent_id: str) -> list[Record]:
        raise NotImplementedError

    def _detail(self, record: Record) -> str:
        raise NotImplementedError

    @property
    def parent_id(self) -> str | None:
        return self._parent_id

    def set_parent_id(self, parent_id: str | None) -> None:
        if parent_id != self._parent_id:
            self._parent_id = parent_id
            self.refresh()

    def refresh(self) -> None:
        rows = self._load(self._parent_id) if self._parent_id else []
        self._details = {r.id: self._detail(r) for r in rows}
        if [r.id for r in rows] == [r.id for r in self._rows]:
            before = [r.changed for r in self._rows]
            self._rows = rows
            for row, (record, stamp) in enumerate(zip(rows, before, strict=True)):
                if record.changed != stamp:  # repaint only what changed
                    self.dataChanged.emit(self.index(row), self.index(row))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def apply(self, change: Change) -> None:
        """Show a committed change: nothing when it names none of this parent's children; a
        repaint of the rows it carries when they keep their places; else a refresh."""
        if self._parent_id is None:
            return
        if change.everything:
            self.refresh()
            return
        mine = {
            r.id: r
            for r in change.records
            if isinstance(r, self.RECORD) and r.parent_id == self._parent_id
        }
        if not mine:
            return
        places = {r.id: row for row, r in enumerate(self._rows)}
        if not all(r.id in places and not r.deleted for r in mine.values()):
            self.refresh()  # a row comes or goes: read the list again
            return
        rows = [mine.get(r.id, r) for r in self._rows]
        rows.sort(key=self._order)
        for record in mine.values():
            self._details[record.id] = self._detail(record)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()  # moved (a new date, say): the same rows, in a new order
            self._rows = rows
            self.endResetModel()
            return
        self._rows = rows
        for record in mine.values():
            row = places[record.id]
            self.dataChanged.emit(self.index(row), self.index(row))

    RECORD: type[Record] = Record

    def _order(self, record: Record) -> tuple[Any, ...]:
        """What places a row in the list: repository.children's order, with SQL's empty
        values first."""
        return _sql_order(getattr(record, "position", ""), record.id)

    def index_of(self, record_id: str) -> QModelIndex:
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return self.index(row)
        return QModelIndex()

    def record_at(self, index: AnyIndex) -> Record | None:
        return self._rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index)
        return None if record is None else _record_data(record, role, self._details[record.id])

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return _role_names({})


def _sql_order(*values: Any) -> tuple[Any, ...]:
    """A sort key that orders as SQLite's ORDER BY does: NULL before any value."""
    return tuple((value is not None, value) for value in values)


class SessionsModel(ChildRecordsModel):
    """Sessions of the selected event, by date and start time."""

    RECORD = Session

    def _order(self, record: Record) -> tuple[Any, ...]:
        assert isinstance(record, Session)
        return _sql_order(record.date, record.start_time, record.position, record.title)

    def _load(self, parent_id: str) -> list[Record]:
        return list(repository.children(self._store, Session, parent_id))

    def _detail(self, record: Record) -> str:
        assert isinstance(record, Session)
        return session_detail(record)


class GroupsModel(ChildRecordsModel):
    """Marketplace tables of the selected session, in their own order."""

    RECORD = MarketplaceGroup

    def _load(self, parent_id: str) -> list[Record]:
        return list(repository.children(self._store, MarketplaceGroup, parent_id))

    def _detail(self, record: Record) -> str:
        assert isinstance(record, MarketplaceGroup)
        return group_detail(record)


# --- the trash ------------------------------------------------------------------------------


def deleted_at(record: Record) -> dt.datetime:
    """When it was deleted, in local time: its newest stamp (the tombstone's)."""
    return dt.datetime.fromtimestamp(stamp_ms(record.changed) / 1000)


def when_text(moment: dt.datetime, now: dt.datetime) -> str:
    if moment.date() == now.date():
        return f"today {moment:%H:%M}"
    if moment.date() == now.date() - dt.timedelta(days=1):
        return f"yesterday {moment:%H:%M}"
    return f"{moment.day} {moment:%b %Y %H:%M}"


class TrashModel(QAbstractTableModel):
    """Deleted records, newest deletion first: kind, name, when."""

    COLUMNS = ("Kind", "Name", "Deleted")

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Record] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = repository.trash(self._store)
        self.endResetModel()

    def record_at(self, index: AnyIndex) -> Record | None:
        return self._rows[index.row()] if index.isValid() else None

    def index_of(self, record_id: str) -> QModelIndex:
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return self.index(row, 0)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index)
        if record is None:
            return None
        if role == Role.RECORD_ID:
            return record.id
        if role == Role.RECORD:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            label = record_title(record)
            if role == Qt.ItemDataRole.DisplayRole:
                label = short_title(record, 120)
            texts = (kind_name(record), label, when_text(deleted_at(record), dt.datetime.now()))
            return texts[index.column()]
        return None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return _role_names({})
