"""The trash's model: deleted records, newest deletion first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
)

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.clock import stamp_ms
from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.record_names import kind_name
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import local_format, record_sentences
from cmcoord_desktop.ui.item_models.roles import AnyIndex, Role, role_names


def deleted_at(record: Record) -> dt.datetime:
    """When it was deleted, in local time: its newest stamp (the tombstone's)."""
    return dt.datetime.fromtimestamp(stamp_ms(record.changed) / 1000)


def when_text(moment: dt.datetime, now: dt.datetime) -> str:
    """'today 14:02', 'yesterday 09:30', '4 Nov 2017 14:02', in the window's language."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
    if moment.date() == now.date():
        return QCoreApplication.translate("TrashModel", "today {time}").format(time=time)
    if moment.date() == now.date() - dt.timedelta(days=1):
        return QCoreApplication.translate("TrashModel", "yesterday {time}").format(time=time)
    return local_format.day_time(moment)


class TrashModel(QAbstractTableModel):
    """Deleted records, newest deletion first: kind, name, when."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TrashModel", "Kind"),
        QT_TRANSLATE_NOOP("TrashModel", "Name"),
        QT_TRANSLATE_NOOP("TrashModel", "Deleted"),
    )

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
            return QCoreApplication.translate("TrashModel", self.COLUMNS[section])
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
            label = record_sentences.title(record)
            if role == Qt.ItemDataRole.DisplayRole:
                label = record_sentences.shown_title(record, 120)
            kind = QCoreApplication.translate("record names", kind_name(record))
            texts = (kind, label, when_text(deleted_at(record), dt.datetime.now()))
            return texts[index.column()]
        return None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return role_names({})
