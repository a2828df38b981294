"""View › Needs review: records where laptops disagreed, each value side by side with who and when.

Keep this / Keep that settles a field; Keep both (an item's text) keeps one value and adds the
other as a second item beside it. A deleted record that someone else went on editing can be kept
or deleted. Every choice goes through the undo stack as an ordinary edit, so it syncs to every
laptop like any other change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import agenda, fields, meta, record_state, repository
from cmcoord_desktop.core.clock import stamp_ms
from cmcoord_desktop.core.models import Item, Record
from cmcoord_desktop.core.record_names import kind_name, shortened
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.values import from_json
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import local_format, record_sentences
from cmcoord_desktop.ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    SetFieldCommand,
    one_step,
)
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.record_sentences import isolated, sentence

AnyIndex = QModelIndex | QPersistentModelIndex
KEEP_LABELS = (
    QT_TRANSLATE_NOOP("ReviewDock", "Keep &this"),
    QT_TRANSLATE_NOOP("ReviewDock", "Keep t&hat"),
)
VALUE_PREVIEW_CHARS = 2000


class ReviewModel(QAbstractListModel):
    """The records needing review, newest change first."""

    RECORD = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._records: list[Record] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._records = repository.needing_review(self._store)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReviewDock", "{kind} “{title}” — {problem}").format(
                kind=QCoreApplication.translate("record names", kind_name(record)),
                title=isolated(record_sentences.shown_title(record)),
                problem=problem_text(record),
            )
        if role == self.RECORD:
            return record
        return None

    def record_at(self, index: AnyIndex) -> Record | None:
        return self._records[index.row()] if index.isValid() else None

    def index_of(self, record_id: str) -> QModelIndex:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return self.index(row, 0)
        return QModelIndex()


def problem_text(record: Record) -> str:
    derived = record_state.derive_json(record.versions)
    parts = [fields.label(type(record), name) for name in derived.conflicts]
    if derived.unseen_edit:
        parts.append(QCoreApplication.translate("ReviewDock", "edited after it was deleted"))
    if not parts:
        return QCoreApplication.translate("ReviewDock", "changed on two laptops")
    return QLocale().createSeparatedList(parts)  # "Title, Date et Notes"


class ReviewDock(QDockWidget):
    resolved = Signal(object)  # the record a choice was made for

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        data_signal: DataSignal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_dock")
        self._store, self._undo_stack = store, undo_stack
        self.model = ReviewModel(store, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.summary = QLabel()
        self.detail = QScrollArea(self)
        self.detail.setWidgetResizable(True)
        self.detail.setAccessibleName(self.tr("The values to choose from"))
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        # Values wrap to the dock's width: side by side, never scrolled sideways out of sight.
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 4, 8, 4)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        self.setWidget(splitter)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._after_reset)
        data_signal.changed.connect(self._refresh_if_shown)
        self.visibilityChanged.connect(self._refresh_if_shown)
        self._shown_id: str | None = None
        self.width_set = False  # the window gives it a sensible width the first time it opens
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Needs review"))
        self.list.setAccessibleName(self.tr("Records that need review"))
        self._say_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_selected()  # the chosen record's buttons and captions, again
        super().changeEvent(event)

    def _say_count(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("%n record(s) where laptops disagreed", "", count)
            if count
            else self.tr("Nothing needs review: every laptop agreed.")
        )

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self._say_count()
        index = self.model.index_of(self._shown_id or "")
        if not index.isValid() and count:
            index = self.model.index(0, 0)
        if index.isValid():
            self.list.setCurrentIndex(index)
        self._show_selected()

    def selected_record(self) -> Record | None:
        return self.model.record_at(self.list.currentIndex())

    def _show_selected(self) -> None:
        record = self.selected_record()
        self._shown_id = record.id if record else None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        if record is not None:
            names = meta.device_names(self._store)
            derived = record_state.derive_json(record.versions)
            for field in derived.conflicts:
                layout.addWidget(self._field_box(record, field, names))
            if derived.unseen_edit:
                layout.addWidget(self._delete_box(record, names))
        layout.addStretch(1)
        self.detail.setWidget(body)

    # --- one conflicting field: its values side by side ------------------------------------------

    def _field_box(self, record: Record, field: str, names: dict[str, str]) -> QGroupBox:
        box = QGroupBox(fields.label(type(record), field))
        grid = QGridLayout(box)
        versions = record.versions[field]
        for column, version in enumerate(versions):
            value = QLabel(value_text(version["v"]))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            who = QLabel(who_and_when(version, names))
            who.setTextFormat(Qt.TextFormat.PlainText)
            who.setWordWrap(True)
            who.setStyleSheet("color: palette(placeholder-text);")
            label = (
                self.tr(KEEP_LABELS[column])
                if column < len(KEEP_LABELS)
                else self.tr("Keep this one")
            )
            keep = QPushButton(label)
            keep.setMinimumWidth(0)
            keep.setObjectName(f"keep_{field}_{column}")
            keep.setToolTip(self.tr("Keep this value on every laptop"))
            keep.clicked.connect(lambda _c=False, v=version["v"]: self.keep_value(record, field, v))
            grid.addWidget(value, 0, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(who, 1, column)
            grid.addWidget(keep, 2, column)
            grid.setColumnStretch(column, 1)
        if isinstance(record, Item) and agenda.can_keep_both(record, field, versions):
            both = QPushButton(self.tr("Keep &both (as two items)"))
            both.setObjectName("keep_both")
            both.clicked.connect(lambda: self.keep_both(record, versions[0]["v"], versions[1]["v"]))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(both)
            grid.addLayout(row, 3, 0, 1, len(versions))
        return box

    def _delete_box(self, record: Record, names: dict[str, str]) -> QGroupBox:
        box = QGroupBox(self.tr("Deleted on one laptop, edited on another"))
        layout = QVBoxLayout(box)
        deletes = [v for v in record.versions.get("deleted", []) if v["v"] is True]
        edits = [v for name, vs in record.versions.items() if name != "deleted" for v in vs]
        newest_edit = max(edits, key=lambda v: v["t"]) if edits else None
        lines = [self.tr("Deleted by {who}").format(who=who_and_when(d, names)) for d in deletes]
        if newest_edit:
            lines.append(
                self.tr("Edited by {who}, which the delete had not seen").format(
                    who=who_and_when(newest_edit, names)
                )
            )
        text = QLabel("\n".join(lines))
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        row = QHBoxLayout()
        keep = QPushButton(self.tr("&Keep it"))
        keep.setObjectName("keep_record")
        keep.clicked.connect(lambda: self.keep_value(record, "deleted", False))
        delete = QPushButton(self.tr("&Delete it"))
        delete.setObjectName("delete_record")
        delete.clicked.connect(lambda: self.delete_record(record))
        row.addStretch(1)
        row.addWidget(keep)
        row.addWidget(delete)
        layout.addLayout(row)
        return box

    # --- the choices: ordinary undoable edits ---------------------------------------------------

    def keep_value(self, record: Record, field: str, json_value: Any) -> None:
        kind = record.FIELDS[field]
        new = from_json(kind, json_value)
        old = False if field == "deleted" else getattr(record, field)
        # The field's label stands apart, as a name: no article or case to agree with it.
        value, cls = short_title_of(json_value), type(record)
        label = sentence(
            lambda: self.tr("Keep “{value}” ({field})").format(
                value=isolated(value), field=fields.label(cls, field)
            )
        )
        self._undo_stack.push(
            SetFieldCommand(self._store, type(record), record.id, field, old, new, label)
        )
        self.resolved.emit(record)

    def keep_both(self, record: Item, this: str, that: str) -> None:
        """This value stays in the item; the other becomes a new item right after it."""
        plan = agenda.plan_keep_both(record, this, that)
        stack = self._undo_stack
        with one_step(stack, sentence(lambda: self.tr("Keep both values as two items"))):
            stack.push(
                SetFieldCommand(self._store, Item, plan.item_id, "text", record.text, plan.kept)
            )
            stack.push(
                CreateRecordCommand(
                    self._store,
                    sentence(lambda: self.tr("Add the other value as an item")),
                    lambda: repository.add_item(
                        self._store, plan.parent_id, plan.kind, plan.added, after=plan.after
                    ),
                )
            )
        self.resolved.emit(record)

    def delete_record(self, record: Record) -> None:
        text = record_sentences.delete(record)
        self._undo_stack.push(DeleteRecordCommand(self._store, type(record), record.id, text))
        self.resolved.emit(record)


def value_text(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ReviewDock", "(empty)")
    text = str(value)
    return text if len(text) <= VALUE_PREVIEW_CHARS else text[: VALUE_PREVIEW_CHARS - 1] + "…"


def short_title_of(value: Any, limit: int = 30) -> str:
    return shortened(value_text(value), limit)


def who_and_when(version: dict[str, Any], names: dict[str, str]) -> str:
    """'Anna on LAPTOP-7 · 4 Nov 2017 14:02': which laptop, and when by its clock, in the
    window's language ('4 nov. 2017 14:02')."""
    name = names.get(version["d"])
    laptop = (
        isolated(name)
        if name
        else QCoreApplication.translate("ReviewDock", "laptop {device}").format(
            device=isolated(version["d"])
        )
    )
    when = dt.datetime.fromtimestamp(stamp_ms(version["t"]) / 1000)
    return QCoreApplication.translate("ReviewDock", "{laptop} · {when}").format(
        laptop=laptop, when=local_format.day_time(when)
    )
