"""One panel of records: a heading with a count, a list, and a hint when the list is empty.

The panel keeps the selected record by id while its model refreshes, and says which record is
selected only when that actually changes (so typing in the editor never re-shows the record).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.ui.item_models.child_records_model import ChildRecordsModel
from cmcoord_desktop.ui.item_models.events_model import EventsModel
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.panels.row_delegate import RowDelegate

PanelModel = EventsModel | ChildRecordsModel
CONTEXT = "Panels"  # the catalogue's context of the headings and hints (QT_TRANSLATE_NOOP)


def panel_words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PanelView(QTreeView):
    """A flat or two-level list of records that explains itself when empty.

    The explanation is a label over the empty list, not paint: a label repaints itself when its
    text changes (typing on in the filter box of an empty list changes no row)."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = QLabel(hint, self.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setItemDelegate(RowDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    @property
    def hint(self) -> str:
        return self.empty_hint.text()

    @hint.setter
    def hint(self, text: str) -> None:
        self.empty_hint.setText(text)
        self.update_hint()

    def setModel(self, model) -> None:  # noqa: ANN001, N802 - Qt's name and type
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_hint)
        self.update_hint()

    def update_hint(self) -> None:
        model = self.model()
        self.empty_hint.setVisible(bool(self.hint) and (model is None or model.rowCount() == 0))
        self._place_hint()

    def _place_hint(self) -> None:
        area = self.viewport().rect().adjusted(16, 24, -16, -16)
        self.empty_hint.setGeometry(area.x(), area.y(), area.width(), area.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_hint()
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # titles wrap to the new width


class RecordPanel(QWidget):
    current_changed = Signal(object)  # the selected record's id, or None

    def __init__(
        self, heading: str, hint: str, model: PanelModel, parent: QWidget | None = None
    ) -> None:
        """`heading` and `hint` in English, marked for the catalogue; shown translated."""
        super().__init__(parent)
        self.model = model
        self._heading_source, self._hint_source = heading, hint
        self._current: str | None = None
        # The record selected when a filter hid it: selected again when it shows again.
        self._hidden: str | None = None
        self._restoring = False

        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.setContentsMargins(10, 8, 10, 4)
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.count)

        self.view = PanelView("", self)
        self.view.setModel(model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(self._update_count)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.view, 1)
        self._update_count()
        self.retranslate()

    def set_hint(self, source: str) -> None:
        """What the empty list says: `source` in English (marked), shown translated."""
        self._hint_source = source
        self.view.hint = panel_words(source)

    def retranslate(self) -> None:
        self.heading.setText(panel_words(self._heading_source))
        self.view.setAccessibleName(panel_words(self._heading_source))
        self.set_hint(self._hint_source)
        # The rows' details (dates, "92 delegates") are read again, and their heights too.
        self.view.scheduleDelayedItemsLayout()
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # what is selected

    def current_id(self) -> str | None:
        return self._current

    def select_id(self, record_id: str | None) -> bool:
        """Select a record by id; False (and nothing selected) when it is not in the list."""
        index = self.model.index_of(record_id) if record_id else QModelIndex()
        selection = self.view.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        else:
            selection.clearSelection()
        self._set_current(record_id if index.isValid() else None)
        return index.isValid()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self._current:
            self.select_id(self._current)

    def neighbour_id(self, record_id: str) -> str | None:
        """The record below (or else above) this one: where the selection goes after a delete."""
        index = self.model.index_of(record_id)
        for step in (self.view.indexBelow, self.view.indexAbove):
            other = step(index)
            while other.isValid() and not other.data(Role.RECORD_ID):
                other = step(other)  # skip status headers
            if other.isValid():
                return other.data(Role.RECORD_ID)
        return None

    def add_above_list(self, widget: QWidget) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 2)
        row.addWidget(widget)
        self.layout_.insertLayout(1, row)

    def add_context_actions(self, actions: list[QAction]) -> None:
        self.view.addActions(actions)

    def record_count(self) -> int:
        if isinstance(self.model, EventsModel):
            return self.model.event_count()
        return self.model.rowCount()

    # keeping the selection

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._restoring:
            return
        indexes = self.view.selectionModel().selectedIndexes()
        self._set_current(indexes[0].data(Role.RECORD_ID) if indexes else None)

    def _set_current(self, record_id: str | None) -> None:
        if record_id is not None:
            self._hidden = None  # a person's choice since the filter counts, not the old one
        if record_id != self._current:
            self._current = record_id
            self.current_changed.emit(record_id)

    def _model_reset(self) -> None:
        self.view.expandAll()
        wanted = self._current or self._hidden
        self._restoring = True
        try:
            found = self.select_id(wanted) if wanted else False
        finally:
            self._restoring = False
        if wanted and not found:
            self._set_current(None)
            self._hidden = wanted
        self._update_count()

    def _update_count(self) -> None:
        count = self.record_count()
        self.count.setText(str(count) if count else "")
        self.view.viewport().update()
