"""The record editor on a real store, and typing into it as a person does (any script)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.editor.field_binding import FieldBinding
from cmcoord_desktop.ui.editor.item_list import ItemList
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.main_window import MainWindow

from .dialogs_fake import ScriptedDialogs

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
MATCH_EXACTLY = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


@dataclass
class Capture:
    editor: RecordEditor
    store: Store
    undo_stack: QUndoStack
    dialogs: ScriptedDialogs
    data_signal: DataSignal

    def outcomes(self) -> ItemList:
        return self.list(ItemKind.KEY_OUTCOME)

    def list(self, kind: ItemKind) -> ItemList:
        assert self.editor.form is not None
        return self.editor.form.lists[kind]

    def field(self, name: str) -> QWidget:
        assert self.editor.form is not None
        binding = self.editor.form.bindings[name]
        return binding.widget if isinstance(binding, FieldBinding) else binding.combo

    def message(self, name: str) -> str:
        """The message shown under a field, or "" when none is visible."""
        assert self.editor.form is not None
        label = self.editor.form.bindings[name].message
        return label.text() if label.isVisible() else ""


def open_editor(qtbot, store: Store) -> Capture:  # noqa: ANN001 - pytest-qt's fixture
    stack = QUndoStack()
    signal = DataSignal(store)
    dialogs = ScriptedDialogs()
    editor = RecordEditor(store, stack, signal, dialogs)
    # The window owns its undo stack and signal for its whole life; here the editor does.
    stack.setParent(editor)
    signal.setParent(editor)
    qtbot.addWidget(editor)
    editor.resize(900, 800)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return Capture(editor, store, stack, dialogs, signal)


def a_session(store: Store, **values: object) -> Session:
    event = repository.create_event(store, title="HNPW 2017")
    values.setdefault("title", "Data Revolution")
    return repository.create_session(store, event.id, **values)


def an_event(store: Store, **values: object) -> Event:
    values.setdefault("title", "Revision of the UN-CMCoord Field Handbook")
    return repository.create_event(store, **values)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying the text, as an input method sends them (keyClicks is ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def texts(store: Store, parent_id: str, kind: ItemKind = ItemKind.KEY_OUTCOME) -> list[str]:
    return [item.text for item in repository.children(store, Item, parent_id, kind)]


# --- In the window, as a person gets there: the panels' shortcuts, Enter, the menus' keys ------


def press(
    qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # noqa: ANN001
    """A key pressed where the keyboard focus is, as a person presses it."""
    qtbot.keyClick(focused(), key, modifiers)


def click_row(qtbot, view: QAbstractItemView, record_id: str) -> None:  # noqa: ANN001
    """A click on the row that shows this record (wherever the list has put it)."""
    model = view.model()
    found = model.match(model.index(0, 0), Role.RECORD_ID, record_id, 1, MATCH_EXACTLY)
    assert found, "the record is not in the list"
    view.scrollTo(found[0])
    center = view.visualRect(found[0]).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert view.currentIndex() == found[0]


def open_the_event(qtbot, window: MainWindow, event_id: str | None = None) -> None:  # noqa: ANN001
    """A click on the event (the only one, unless named) in the events list, Enter into the
    editor."""
    if event_id is None:
        [event] = repository.events(window.store)
        event_id = event.id
    click_row(qtbot, window.events_panel.view, event_id)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.isAncestorOf(focused()))


def open_the_session(qtbot, window: MainWindow, session: Session) -> None:  # noqa: ANN001
    """The session in the editor, as a person gets there: a click on its event, one on the
    session, Enter; the cursor is then at the end of its title."""
    click_row(qtbot, window.events_panel.view, session.event_id)
    click_row(qtbot, window.sessions_panel.view, session.id)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.isAncestorOf(focused()))


def click_into(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    """A click into a text field (on its viewport, where a text box takes clicks)."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert widget.hasFocus() or widget.isAncestorOf(focused())


def form_field(window: MainWindow, name: str) -> QWidget:
    """The widget of a field of the record in the window's editor (to read or click it)."""
    form = window.editor.form
    assert form is not None, "no record in the editor"
    binding = form.bindings[name]
    return binding.widget if isinstance(binding, FieldBinding) else binding.combo


def item_list(window: MainWindow, kind: ItemKind = ItemKind.KEY_OUTCOME) -> ItemList:
    form = window.editor.form
    assert form is not None, "no record in the editor"
    return form.lists[kind]


def field_message(window: MainWindow, name: str) -> str:
    """The message shown under a field of the record in the editor, or "" when none shows."""
    form = window.editor.form
    assert form is not None, "no record in the editor"
    label = form.bindings[name].message
    return label.text() if label.isVisible() else ""


def open_the_table(qtbot, window: MainWindow, table: MarketplaceGroup) -> None:  # noqa: ANN001
    """A marketplace table in the editor: a click on its event, its session, the table, Enter."""
    session = repository.get(window.store, Session, table.session_id)
    click_row(qtbot, window.events_panel.view, session.event_id)
    click_row(qtbot, window.sessions_panel.view, session.id)
    click_row(qtbot, window.groups_panel.view, table.id)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.isAncestorOf(focused()))
