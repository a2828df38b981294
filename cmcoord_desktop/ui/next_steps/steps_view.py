"""The Next steps view: the filter bar, the table of every next step, what it holds, and the
buttons to mark the current one done and to export what the filter shows.

Enter or a double-click asks to open the next step in its session (`open_requested`, which the
window connects); F2 or typing edits the owner, due date or status in place, each edit one undo
step through the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core.models import NextStepStatus
from cmcoord_desktop.core.next_steps import Filters, NextStepRow, count_next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.next_steps.filter_bar import FilterBar
from cmcoord_desktop.ui.next_steps.step_carry import StepCarry
from cmcoord_desktop.ui.next_steps.step_delegates import DueDelegate, OwnerDelegate, StatusDelegate
from cmcoord_desktop.ui.next_steps.step_edits import StepEdits
from cmcoord_desktop.ui.next_steps.step_export import StepExport
from cmcoord_desktop.ui.next_steps.steps_model import Column, NextStepsModel, shows_change

COUNT_AFTER_MS = 100
COLUMN_WIDTHS = {Column.EVENT: 200, Column.SESSION: 220, Column.OWNER: 150, Column.DUE: 175}


class StepTable(QTableView):
    """Enter opens the current next step; while a cell is edited, Enter ends the edit."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class NextStepsView(QWidget):
    open_requested = Signal(object)  # the NextStepRow to show in its session

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        dialogs: Dialogs,
        data_signal: DataSignal,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        export_folder: Callable[[], Path] = Path.home,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("next_steps_view")
        self.setAccessibleName(self.tr("Next steps"))
        self.store, self.dialogs, self._export_folder = store, dialogs, export_folder
        self._today = today
        self.edits = StepEdits(store, undo_stack, self)
        self.model = NextStepsModel(store, self.edits, self, today)
        self.exporter = StepExport(store, dialogs, self)
        self.carrier = StepCarry(store, undo_stack, dialogs, self)

        self.filter_bar = FilterBar(store, self.edits.status_names(), self)
        self.table = StepTable(self)
        self.table.setObjectName("next_steps_table")
        self.table.setAccessibleName(self.tr("Next steps of every event"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.owner_delegate = OwnerDelegate(store, self.table)
        self.due_delegate = DueDelegate(self.table)
        self.status_delegate = StatusDelegate(self.edits.status_names(), self.table)
        self.table.setItemDelegateForColumn(Column.OWNER, self.owner_delegate)
        self.table.setItemDelegateForColumn(Column.DUE, self.due_delegate)
        self.table.setItemDelegateForColumn(Column.STATUS, self.status_delegate)

        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the table shows"))
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the current next step done"))
        self.done_button.setToolTip(self.tr("Mark the current next step done (Ctrl+D)"))
        self.carry_button = QPushButton(self.tr("&Carry into an event…"), self)
        self.carry_button.setAccessibleName(self.tr("Carry the current next step into an event"))
        self.carry_button.setToolTip(
            self.tr("Show the current next step in another event too (Ctrl+Shift+C)")
        )
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the next steps shown"))
        self.export_button.setToolTip(
            self.tr("Write the next steps the filter shows as CSV, Excel, calendar or PDF")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.carry_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.filter_bar.changed.connect(self.set_filters)
        self.table.open_requested.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.done_button.clicked.connect(self.mark_current_done)
        done_key = QShortcut(QKeySequence("Ctrl+D"), self.table)
        done_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        done_key.activated.connect(self.mark_current_done)
        self.carry_button.clicked.connect(self.carry_current)
        carry_key = QShortcut(QKeySequence("Ctrl+Shift+C"), self.table)
        carry_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        carry_key.activated.connect(self.carry_current)
        self.export_button.clicked.connect(self.export)
        self.due_delegate.problem.connect(self.message.setText)
        self.due_delegate.reopen.connect(self._edit_again)
        # A count reads every step that passes the filter: it waits until the rows have been
        # painted and the person has seen them (a tenth of a second), not before.
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_AFTER_MS)
        self._count_soon.timeout.connect(self._say_count)
        self.model.modelReset.connect(self._update_summary)
        self.model.rowsInserted.connect(self._update_summary)
        # Reading the steps again is only worth it while someone looks at them.
        data_signal.changed.connect(self._refresh_if_shown)
        # Nothing is read until the view is first shown: the window builds it hidden, and
        # its start must not wait for a query over every next step.
        self._loaded = False
        self._stale = False

    def _refresh_if_shown(self, change: Change) -> None:
        if not self._loaded:
            return
        if not self.isVisible():
            self._stale = self._stale or shows_change(change)
        elif shows_change(change) and not self.model.update_texts(change):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.set_filters(self.filter_bar.filters())
        elif self._stale:
            self._stale = False
            self.refresh()

    # --- what is shown -----------------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        keep = self.current_step()
        self.model.set_filters(filters)
        self._select(keep.id if keep else None)

    def refresh(self) -> None:
        """The data changed (an edit here or anywhere, a sync): read the shown rows again."""
        keep = self.current_step()
        self.filter_bar.refresh_choices()
        self.model.refresh()
        self._select(keep.id if keep else None)
        self._update_summary()

    def _select(self, step_id: str | None) -> None:
        column = max(self.table.currentIndex().column(), 0)
        index = self.model.index_of(step_id, Column(column)) if step_id else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, column)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def current_step(self) -> NextStepRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        if not shown:
            self.summary.setText(self.tr("No next step matches."))
        elif more:
            self.summary.setText(self.tr("First {count:,} next steps").format(count=shown))
            # Counted once the rows are on screen: opening the view does not wait for it.
            self._count_soon.start()
        elif shown == 1:
            self.summary.setText(self.tr("1 next step"))
        else:
            self.summary.setText(self.tr("{count:,} next steps").format(count=shown))

    def _say_count(self) -> None:
        if not self.model.canFetchMore():
            return
        total = count_next_steps(self.store, self.model.filters, self._today())
        self.summary.setText(
            self.tr("{shown:,} of {total:,} next steps (scroll for more)").format(
                shown=self.model.rowCount(), total=total
            )
        )

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- acting on it ----------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_requested.emit(row)

    def _edit_again(self, index: QPersistentModelIndex) -> None:
        if index.isValid():
            again = self.model.index(index.row(), index.column())
            self.table.setCurrentIndex(again)
            self.table.edit(again)

    def mark_current_done(self) -> None:
        row = self.current_step()
        if row is None:
            self.message.setText(self.tr("Select a next step first."))
            return
        if self.edits.set(row, "status", str(NextStepStatus.DONE)):
            self.message.setText("")

    def carry_current(self) -> None:
        row = self.current_step()
        if row is None:
            self.message.setText(self.tr("Select a next step first."))
            return
        self.message.setText(self.carrier.carry(self, row))

    def export(self) -> None:
        said = self.exporter.export(self, self.filter_bar.filters(), self._export_folder())
        if said:
            self.message.setText(said)
