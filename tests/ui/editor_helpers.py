"""The record editor on a real store, and typing into it as a person does (any script)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.editor.field_binding import FieldBinding
from cmcoord_desktop.ui.editor.item_list import ItemList

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class ScriptedDialogs(Dialogs):
    """Answers file pickers from a list instead of asking a person."""

    def __init__(self) -> None:
        self.open_paths: list[Path | None] = []

    def ask_open_path(self, parent, title, start, filters) -> Path | None:  # noqa: ANN001
        return self.open_paths.pop(0) if self.open_paths else None


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
