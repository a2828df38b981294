"""The Trash: a deleted session is listed, restored with a key press, and the restore undone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, Session
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def trash_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.trash.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_delete_a_session_then_restore_it_from_the_trash(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    keep = repository.create_session(store, event.id, title="Opening", date=dt.date(2017, 2, 6))
    session = repository.create_session(
        store, event.id, title="Data Revolution", date=dt.date(2017, 2, 7)
    )
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.sessions_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert [s.id for s in repository.children(store, Session, event.id)] == [keep.id]
    assert not window.trash.isVisible()

    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL_SHIFT)
    assert window.trash.isVisible()
    assert window.actions_by_id["show_trash"].isChecked()
    assert trash_rows(window) == [("Session", "Data Revolution")]
    assert window.trash.list.hasFocus()

    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert trash_rows(window) == []
    assert [s.title for s in repository.children(store, Session, event.id)] == [
        "Opening",
        "Data Revolution",
    ]
    assert window.sessions_panel.current_id() == session.id, "the restored session is selected"

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # the restore is undoable too
    assert repository.get(store, Session, session.id).deleted
    assert trash_rows(window) == [("Session", "Data Revolution")]

    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL_SHIFT)
    assert not window.trash.isVisible()
    assert not window.actions_by_id["show_trash"].isChecked()


def test_the_trash_lists_newest_deletions_first_with_their_kind(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Data Revolution")
    outcome = repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Share data early")
    repository.delete(store, Session, session.id)
    repository.delete(store, type(outcome), outcome.id)
    window.actions_by_id["show_trash"].setChecked(True)
    assert trash_rows(window) == [
        ("Key outcome", "Share data early"),
        ("Session", "Data Revolution"),
    ]
    when = window.trash.model.index(0, 2).data()
    assert when.startswith(("today ", "yesterday ")), when  # yesterday: the run crossed midnight
    qtbot.mouseClick(window.trash.restore_button, Qt.MouseButton.LeftButton)
    assert [i.text for i in repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)] == [
        "Share data early"
    ]


def test_restoring_a_session_of_a_deleted_event_says_where_it_is(window: MainWindow) -> None:
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Data Revolution")
    repository.delete(store, Session, session.id)
    repository.delete(store, type(event), event.id)
    window.actions_by_id["show_trash"].setChecked(True)
    window.trash.list.setCurrentIndex(window.trash.model.index_of(session.id))
    window.trash.restore_selected()
    assert not repository.get(store, Session, session.id).deleted
    assert "still in the Trash" in window.statusBar().currentMessage()
    assert trash_rows(window) == [("Event", "HNPW 2017")]


def test_an_open_trash_is_open_again_after_reopening(qtbot, open_window) -> None:  # noqa: ANN001
    window = open_window()
    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL_SHIFT)
    assert window.trash.isVisible()
    window.close()
    window = open_window()
    assert window.trash.isVisible()
    assert window.actions_by_id["show_trash"].isChecked()
