"""What a view may ask of a panel's row (its roles), named once for every model."""

from __future__ import annotations

import enum

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, Qt

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


def role_names(extra: dict[int, bytes]) -> dict[int, QByteArray]:
    names = {int(role): QByteArray(name) for role, name in ROLE_NAMES.items()}
    names.update({role: QByteArray(name) for role, name in extra.items()})
    return names
