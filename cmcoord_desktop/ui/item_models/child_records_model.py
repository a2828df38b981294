"""The children of one record in a flat list: what the sessions and tables models share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, Qt

from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.item_models.roles import AnyIndex, role_names
from cmcoord_desktop.ui.item_models.row_text import record_data


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
        return sql_order(getattr(record, "position", ""), record.id)

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
        return None if record is None else record_data(record, role, self._details[record.id])

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return role_names({})


def sql_order(*values: Any) -> tuple[Any, ...]:
    """A sort key that orders as SQLite's ORDER BY does: NULL before any value."""
    return tuple((value is not None, value) for value in values)
