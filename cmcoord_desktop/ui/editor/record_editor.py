"""The editor of the record selected in the panels: the form a facilitator types into, live.

The window hosts one RecordEditor and tells it which record to show. Each kind of record has its
form, built the first time a record of that kind is shown (building all three up front was a
third of the window's start-up) and re-pointed at the record shown after that. Edits go through the undo stack and are
written as they happen (see field_binding for the typing policy); when the store changes from
elsewhere (undo, sync, another panel) the form refreshes without touching the field being typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, ItemKind, MarketplaceGroup, Record, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import EVERYTHING, Change
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.edit_keys import EditKeys
from cmcoord_desktop.ui.editor.editor_style import style_sheet
from cmcoord_desktop.ui.editor.event_form import EventForm
from cmcoord_desktop.ui.editor.group_form import GroupForm
from cmcoord_desktop.ui.editor.record_form import RecordForm
from cmcoord_desktop.ui.editor.session_form import SessionForm

# What the pane says when it shows no form, in English ("RecordEditor"), shown translated.
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "RecordEditor",
    "Select an event, a session or a marketplace table\nto capture its outcomes here.",
)
RECORD_GONE = QT_TRANSLATE_NOOP(
    "RecordEditor", "This record is in the trash.\nUndo (Ctrl+Z) or restore it from the Trash."
)
# The editor is never squeezed below this, nor below what its form needs in the window's
# language: the panels beside it and a dock give way first (a 1366 px laptop with Needs review
# open), so the title keeps four lines of about 40 characters and no scroll bar appears.
EDITOR_MIN_WIDTH = 460
FORMS: dict[type[Record], type[RecordForm]] = {
    Event: EventForm,
    Session: SessionForm,
    MarketplaceGroup: GroupForm,
}


class RecordEditor(QWidget):
    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        data_signal: DataSignal,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self.setStyleSheet(style_sheet(self.palette()))
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.paletteChanged.connect(self._follow_palette)  # in Qt 6.12 still the way
        keys = EditKeys(undo_stack, self.commit_pending, self._refresh, self._paste_image, self)
        keys.watch(self)  # keys no field took (on a button, a label) reach the editor itself
        self._ctx = EditContext(store, undo_stack, dialogs, keys)
        self.undo, self.redo = keys.undo, keys.redo  # for the window's Undo and Redo actions
        self.forms: dict[type[Record], RecordForm] = {}  # those built so far
        self.form: RecordForm | None = None  # the form of the record shown, if any

        self._pages = QStackedWidget(self)
        self._empty_words = NOTHING_SELECTED
        self._empty = QLabel(QCoreApplication.translate("RecordEditor", NOTHING_SELECTED), self)
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages.addWidget(self._empty)
        self._scrolls: dict[type[Record], QScrollArea] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        # Changes come in bursts (a sync, a macro): refresh once, after the burst.
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self._refresh)
        self._pending = EVERYTHING  # what changed since the last refresh
        data_signal.changed.connect(self._data_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._keep_in_view)

    # --- what the window asks -----------------------------------------------------------------

    def show_record(self, cls: type[Record] | None, record_id: str | None) -> None:
        """Show a record (an Event, Session or MarketplaceGroup), or the empty state for None."""
        self.commit_pending()
        self.form = None
        if cls is None or record_id is None or cls not in FORMS:
            self._show_empty(NOTHING_SELECTED)
            return
        form = self._form_of(cls)
        try:
            live = form.show_record(record_id)
        except repository.RecordNotFound:
            self._show_empty(NOTHING_SELECTED)
            return
        self.form = form
        self._scrolls[cls].verticalScrollBar().setValue(0)
        if live:
            self._pages.setCurrentWidget(self._scrolls[cls])
        else:
            self._show_empty(RECORD_GONE)

    def add_item(self, kind: ItemKind) -> None:
        """A new empty item of this kind, after the one being typed in (else at the end)."""
        if self.form is None or kind not in self.form.lists:
            return
        item_list = self.form.lists[kind]
        focused = QApplication.focusWidget()
        current = None
        if focused is not None:
            current = next((r for r in item_list.rows if r.isAncestorOf(focused)), None)
        self.commit_pending()
        item_list.add_after(current)

    def focus_first_field(self) -> None:
        if self.form is not None:
            self.form.focus_first_field()

    def commit_pending(self) -> None:
        """Write all typing in progress now (before closing, switching record, undoing)."""
        if self.form is not None:
            self.form.commit_pending()

    # --- inside -------------------------------------------------------------------------------

    def _form_of(self, cls: type[Record]) -> RecordForm:
        """The form for this kind of record, built on first use, on its own scrolling page."""
        form = self.forms.get(cls)
        if form is not None:
            return form
        form = self.forms[cls] = FORMS[cls](self._ctx)
        scroll = QScrollArea(self)
        scroll.setObjectName("editorPage")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field, not here
        form.setObjectName("editorPageBody")
        scroll.setWidgetResizable(True)
        # The form fits the pane (long titles elide, fields shrink); only a window narrower
        # than a laptop's gets a scroll bar rather than cut fields and hidden buttons.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(form)
        self._scrolls[cls] = scroll
        self._pages.addWidget(scroll)
        self.updateGeometry()
        return form

    def _show_empty(self, text: str) -> None:
        """`text` in English (one of the sentences above), shown in the window's language."""
        self._empty_words = text
        self._empty.setText(QCoreApplication.translate("RecordEditor", text))
        self._pages.setCurrentWidget(self._empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._empty.setText(QCoreApplication.translate("RecordEditor", self._empty_words))
            self.updateGeometry()  # the forms' words, so their widths, changed
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for every form built so far, without a horizontal scroll bar, in the
        window's language (a scroll area does not pass its page's minimum on by itself)."""
        hint = super().minimumSizeHint()
        widest = EDITOR_MIN_WIDTH
        for cls, form in self.forms.items():
            scroll = self._scrolls[cls]
            chrome = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
            widest = max(widest, form.minimumSizeHint().width() + chrome)
        return QSize(max(hint.width(), widest), hint.height())

    def _data_changed(self, change: Change) -> None:
        """Refresh soon, and only if the change touches what the editor shows; changes that
        arrive before that refresh are gathered into one."""
        form = self.form
        if form is None or not form.affected_by(change):
            return
        if self._refresh_soon.isActive():
            change = self._pending.merged(change)
        self._pending = change
        self._refresh_soon.start()

    def _refresh(self) -> None:
        self._refresh_soon.stop()
        change, self._pending = self._pending, EVERYTHING
        form = self.form
        if form is None:
            return
        if form.refresh(change):
            self._pages.setCurrentWidget(self._scrolls[form.RECORD])
        else:
            self._show_empty(RECORD_GONE)

    def _paste_image(self) -> bool:
        if self.form is None or self.form.strip is None:
            return False
        return self.form.strip.paste_image()

    def _keep_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab or Enter into a field below the fold scrolls it into view."""
        if new is None or self.form is None or not self.isVisible():
            return  # also while the window closes: its widgets are going away
        scroll = self._scrolls[self.form.RECORD]
        if scroll.widget().isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 0, 40)

    def _follow_palette(self, palette: QPalette) -> None:
        """The system turned dark (or light): the style sheet's colours follow the new palette
        (a widget with a style sheet keeps the colours it was polished with, and no palette
        event reaches it)."""
        wanted = style_sheet(palette)
        if wanted != self.styleSheet():
            self.setStyleSheet(wanted)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name and type
        self.commit_pending()
        super().hideEvent(event)
