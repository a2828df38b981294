"""Undo from the Edit menu or the toolbar takes back the typing in progress first, as Ctrl+Z does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import focused

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_undo_clicked_while_typing_undoes_the_typing_not_the_session(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "HNPW 2026")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Opening plenary")  # still pending: not yet written

    window.actions_by_id["undo"].trigger()  # a click on Edit › Undo, not a key in the editor

    event = repository.events(window.store)[0]
    [session] = repository.children(window.store, Session, event.id)
    assert session.title == ""
    window.actions_by_id["redo"].trigger()
    assert repository.get(window.store, Session, session.id).title == "Opening plenary"
