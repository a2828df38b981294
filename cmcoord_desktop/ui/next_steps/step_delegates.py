"""The editors of the Next steps table: an owner completed from the owners already used (case
and accents ignored, by core/next_steps.owners), a due date read as the locale writes dates,
a status chosen from the four."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cmcoord_desktop.core.next_steps import owners
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.editor.local_dates import parse_local_date
from cmcoord_desktop.ui.next_steps.steps_model import ROW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class OwnerDelegate(QStyledItemDelegate):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Owner"))
        editor.setPlaceholderText(self.tr("Who follows up"))
        names = QStringListModel(editor)
        completer = QCompleter(names, editor)
        # Core has chosen the owners that fit (case and accents ignored): Qt must not filter
        # them again by its own, accent-sensitive prefix rule.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)

        def offer(typed: str) -> None:
            names.setStringList(owners(self.store, typed)[:20] if typed.strip() else [])
            if names.rowCount():
                completer.complete()

        editor.textEdited.connect(offer)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class DueDelegate(QStyledItemDelegate):
    """A date typed as the locale writes it, or nothing for no date. Text that is not a date
    is kept in the field with the reason under the table (`problem`), never dropped; a date
    that is unlikely (1900, or ten years ahead) is stored when it is entered a second time."""

    problem = Signal(str)
    reopen = Signal(QPersistentModelIndex)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: dict[str, str] = {}  # step id -> text not stored yet
        self._doubted: dict[str, str] = {}  # step id -> unlikely date already warned about

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Due date"))
        editor.setPlaceholderText(self.tr("e.g. 15 March 2026; empty: no date"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        step_id = _step_id(index)
        if step_id in self._drafts:
            editor.setText(self._drafts[step_id])
            return
        due = index.data(Qt.ItemDataRole.EditRole)
        editor.setText(due.isoformat() if isinstance(due, dt.date) else "")
        editor.selectAll()

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        typed, step_id = editor.text().strip(), _step_id(index)
        parsed = parse_local_date(typed) if typed else None
        message = ""
        if parsed is not None and parsed.error:
            message = self.tr("Due date not saved: {reason}").format(reason=parsed.error)
        elif parsed is not None and parsed.doubt and self._doubted.get(step_id) != typed:
            self._doubted[step_id] = typed
            message = self.tr("{doubt} Press Enter again to keep it.").format(doubt=parsed.doubt)
        if message:
            self._drafts[step_id] = typed
            self.problem.emit(message)
            # After Qt has closed this editor: open it again on what was typed.
            persistent = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: self.reopen.emit(persistent))
            return
        self._drafts.pop(step_id, None)
        self._doubted.pop(step_id, None)
        stored = model.setData(index, parsed.value if parsed else None, Qt.ItemDataRole.EditRole)
        note = parsed.note if parsed is not None and stored else ""
        self.problem.emit(note or "")


class StatusDelegate(QStyledItemDelegate):
    def __init__(self, names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Status"))
        for value, shown in self.names.items():
            editor.addItem(shown, value)
        # A pick is the edit: no second key needed to make it count.
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or "open"))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _step_id(index: AnyIndex) -> str:
    row: Any = index.data(ROW_ROLE)
    return row.id if row is not None else ""
