"""The Trash: deleted records, newest first, each restorable (and the restore undoable).

A dock, not a dialog: it can stay open beside the panels while the facilitator keeps typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import RestoreRecordCommand
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.item_models.trash_model import TrashModel


class TrashList(QTreeView):
    """Enter restores the current row, as the Restore button does."""

    restore_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.restore_requested.emit()
        else:
            super().keyPressEvent(event)


class TrashDock(QDockWidget):
    restored = Signal(object)  # the restored record (a detached row)

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        data_signal: DataSignal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dock")  # saveState needs a name
        self._store, self._undo_stack = store, undo_stack
        self.width_set = False  # the window gives it a sensible width the first time it opens
        self.model = TrashModel(store, self)

        self.list = TrashList(self)
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.restore_requested.connect(self.restore_selected)
        self.list.doubleClicked.connect(lambda _index: self.restore_selected())

        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        # Reading the trash is only worth it while someone looks at it.
        data_signal.changed.connect(self._refresh_if_shown)
        self.visibilityChanged.connect(self._refresh_if_shown)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.list.setAccessibleName(self.tr("Deleted records"))
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected record back where it was (Enter)"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_record()
        self.model.refresh()
        index = self.model.index_of(keep.id) if keep else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.list.setCurrentIndex(index)

    def selected_record(self) -> Record | None:
        return self.model.record_at(self.list.currentIndex())

    def restore_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        text = record_sentences.restore(record)
        self._undo_stack.push(RestoreRecordCommand(self._store, type(record), record.id, text))
        self.restored.emit(record)

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        self.restore_button.setEnabled(self.selected_record() is not None)
        self.summary.setText(
            self.tr("%n deleted record(s)", "", count) if count else self.tr("The Trash is empty.")
        )
