"""Every next step as a table model that loads only what is shown: a page of rows at first, the
next page as the view scrolls down to it (canFetchMore / fetchMore), each page one query of
core/next_steps.py with the filters in SQL."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cmcoord_desktop.core.models import Carry, Event, Item, ItemKind, Session
from cmcoord_desktop.core.next_steps import Filters, NextStepRow, next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.next_steps.step_edits import StepEdits

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows per query: a few screens of a tall window
SHOWN_CHARS = 300  # of a long text or owner in a cell (the tooltip and the editor have it all)
OVERDUE_COLOUR = QColor("#b00020")  # with the word "overdue": never colour alone


class Column(enum.IntEnum):
    TEXT = 0
    EVENT = 1
    SESSION = 2
    OWNER = 3
    DUE = 4
    STATUS = 5


EDITED = {Column.OWNER: "owner", Column.DUE: "due_date", Column.STATUS: "status"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the NextStepRow itself
_READ_ONLY = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ANSWERED = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
    )
)


def shows_change(change: Change) -> bool:
    """Whether a commit may change what the view shows: a next step, a carry, or the title
    of a session or event. Typing a key outcome, a note or a caption does not."""
    if change.everything:
        return True
    for record in change.records:
        if isinstance(record, Item):
            if record.item_kind == ItemKind.NEXT_STEP:
                return True
        elif isinstance(record, (Session, Event, Carry)):
            return True
    return False


def _line(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= SHOWN_CHARS else words[: SHOWN_CHARS - 1] + "…"


class NextStepsModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        edits: StepEdits,
        parent: QObject | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.edits, self._today = store, edits, today
        self.filters = Filters()
        self.rows: list[NextStepRow] = []
        self._more = False
        self._statuses = edits.status_names()
        self._overdue_brush = QBrush(OVERDUE_COLOUR)
        self._locale = QLocale()
        # Asked for at every paint of every cell: translated once.
        self._no_date = self.tr("No date")
        self._no_text = self.tr("(no text)")
        self._event_itself = self.tr("(the event itself)")
        self._headers = {
            Column.TEXT: self.tr("Next step"),
            Column.EVENT: self.tr("Event"),
            Column.SESSION: self.tr("Session"),
            Column.OWNER: self.tr("Owner"),
            Column.DUE: self.tr("Due"),
            Column.STATUS: self.tr("Status"),
        }

    # --- loading ------------------------------------------------------------------------------

    def _page(self, offset: int, count: int) -> list[NextStepRow]:
        return next_steps(self.store, self.filters, self._today(), limit=count, offset=offset)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.beginResetModel()
        self.rows = self._page(0, PAGE + 1)
        self._more = len(self.rows) > PAGE
        del self.rows[PAGE:]
        self.endResetModel()

    def refresh(self) -> None:
        """Read again as many rows as are loaded (the data changed): a row whose edit took it
        out of the filter goes, the others stay where they were."""
        wanted = max(len(self.rows), PAGE)
        fresh = self._page(0, wanted + 1)
        more = len(fresh) > wanted
        del fresh[wanted:]
        if [r.id for r in fresh] == [r.id for r in self.rows]:
            self.rows, self._more = fresh, more
            if fresh:
                last = self.index(len(fresh) - 1, len(Column) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows, self._more = fresh, more
        self.endResetModel()

    def update_texts(self, change: Change) -> bool:
        """Show in place a change that only retyped the text of next steps already shown, with
        no words filter (typing a next step in the editor commits every second or so: no
        query for that); False when the rows must be read again."""
        if change.everything or self.filters.words:
            return False
        shown = {row.id: number for number, row in enumerate(self.rows)}
        retyped: list[tuple[int, str]] = []
        for record in change.records:
            if not isinstance(record, Item) or record.item_kind != ItemKind.NEXT_STEP:
                return False
            number = shown.get(record.id)
            if number is None or record.deleted:
                return False
            row = self.rows[number]
            due = record.due_date
            if (record.owner or "", due, record.status or "open") != (
                row.owner,
                row.due,
                row.status,
            ):
                return False
            retyped.append((number, record.text or ""))
        for number, text in retyped:
            self.rows[number] = replace(self.rows[number], text=text)
            self.dataChanged.emit(self.index(number, 0), self.index(number, 0))
        return True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self.rows), PAGE + 1)
        self._more = len(page) > PAGE
        del page[PAGE:]
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- reading --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def row_at(self, index: AnyIndex) -> NextStepRow | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def index_of(self, step_id: str, column: Column = Column.TEXT) -> QModelIndex:
        for number, row in enumerate(self.rows):
            if row.id == step_id:
                return self.index(number, column)
        return QModelIndex()

    def due_text(self, row: NextStepRow) -> str:
        if row.due is None:
            return self._no_date
        due = row.due
        shown = self._locale.toString(QDate(due.year, due.month, due.day), "d MMM yyyy")
        # "Overdue" first: a narrow column elides the end of a cell, never the word.
        return self.tr("Overdue: {date}").format(date=shown) if row.overdue else shown

    def _display(self, row: NextStepRow, column: Column) -> str:
        if column is Column.TEXT:
            text = _line(row.text) or self._no_text
            return f"⚠ {text}" if row.warnings else text
        if column is Column.EVENT:
            return _line(row.event_title)
        if column is Column.SESSION:
            place = _line(row.session_title) or self._event_itself
            if row.carried_from:
                return self.tr("{place} — carried from {event}").format(
                    place=place, event=_line(row.carried_from)
                )
            return place
        if column is Column.OWNER:
            return _line(row.owner)
        if column is Column.DUE:
            return self.due_text(row)
        return self._statuses.get(row.status, row.status)

    def _tooltip(self, row: NextStepRow, column: Column) -> str:
        lines = [row.text if column is Column.TEXT else self._display(row, column)]
        if row.overdue:
            lines.append(self.tr("Overdue: due before today and not done."))
        lines += [self.tr("Check: {warning}").format(warning=w) for w in row.warnings]
        if row.carried_into:
            lines.append(
                self.tr("Carried into: {events}").format(events="; ".join(row.carried_into))
            )
        return "\n".join(line for line in lines if line)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for a dozen roles: answer the ones not given before anything.
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if number >= len(self.rows):
            return None
        row = self.rows[number]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._overdue_brush if row.overdue and column is Column.DUE else None
        if role == Qt.ItemDataRole.EditRole:
            if column is Column.OWNER:
                return row.owner
            if column is Column.DUE:
                return row.due
            if column is Column.STATUS:
                return row.status
            return self._display(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(row, column)
        return row  # ROW_ROLE

    # --- editing ----------------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() in EDITED else _READ_ONLY

    def setData(  # noqa: N802 - Qt's name
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITED:
            return False
        # The store's change signal refreshes this model (and the editor) once it is stored.
        return self.edits.set(row, EDITED[Column(index.column())], value)
