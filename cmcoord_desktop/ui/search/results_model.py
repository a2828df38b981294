"""Search results as a list model: a heading row per event, then its matches, each with the
words around the match (core/search.py finds them; this only lays them out for a view)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cmcoord_desktop.core.search import Match, SearchResults

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(enum.IntEnum):
    MATCH = Qt.ItemDataRole.UserRole + 1  # the Match (None on a heading)
    IS_HEADING = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3  # "key outcome · Data Revolution …"
    BEFORE = Qt.ItemDataRole.UserRole + 4  # the words before the match
    MATCHED = Qt.ItemDataRole.UserRole + 5
    AFTER = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class _Row:
    heading: str
    match: Match | None = None


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.count = 0

    def show(self, results: SearchResults) -> None:
        self.beginResetModel()
        self.rows = []
        for group in results.events:
            self.rows.append(_Row(group.event_title))
            self.rows.extend(_Row("", match) for match in group.matches)
        self.count = sum(len(group.matches) for group in results.events)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def match_at(self, index: AnyIndex) -> Match | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()].match

    def first_match(self) -> QModelIndex:
        for number, row in enumerate(self.rows):
            if row.match is not None:
                return self.index(number, 0)
        return QModelIndex()

    def _detail(self, match: Match) -> str:
        kind = (
            self.tr("{kind} (in the Trash)").format(kind=match.kind)
            if match.deleted
            else match.kind
        )
        return f"{kind} · {match.place}" if match.place else kind

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        match = row.match
        if role == Role.IS_HEADING:
            return match is None
        if match is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.heading
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.heading
            return None
        context = match.context
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{context.before}{context.match}{context.after}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            # A screen reader hears what was found and where, the match itself named.
            return self.tr("{detail}: {before}{match}{after}; matched “{match}”").format(
                detail=self._detail(match),
                before=context.before,
                match=context.match,
                after=context.after,
            )
        if role == Role.DETAIL:
            return self._detail(match)
        if role == Role.BEFORE:
            return context.before
        if role == Role.MATCHED:
            return context.match
        if role == Role.AFTER:
            return context.after
        if role == Role.MATCH:
            return match
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self.match_at(index) is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: read, not chosen
        return super().flags(index)
