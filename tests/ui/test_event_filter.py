"""The event filter as a person types into it: the message under an empty list follows the
box, and the event selected before filtering is selected again once the filter is cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cmcoord_desktop.core import repository
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_message(window: MainWindow) -> list[str]:
    """The words shown over the events list (none while it lists events)."""
    viewport = window.events_panel.view.viewport()
    return [label.text() for label in viewport.findChildren(QLabel) if label.isVisible()]


def test_the_filter_message_follows_the_box_and_the_selection_comes_back(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    store = window.store
    hnpw = repository.create_event(store, title="HNPW 2017", city="Geneva")
    repository.create_session(store, hnpw.id, title="Data Revolution")
    prague = repository.create_event(store, title="Handbook revision", city="Prague")
    window.chain.reveal(hnpw)
    assert window.sessions_panel.record_count() == 1
    assert shown_message(window) == []

    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(focused(), "Os")
    assert shown_message(window) == ["No event matches “Os”."]
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "xyz123")
    assert shown_message(window) == ["No event matches “xyz123”."]
    assert window.events_panel.current_id() is None  # hidden by the filter: nothing to edit

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert shown_message(window) == []
    assert window.events_panel.current_id() == hnpw.id
    assert window.sessions_panel.record_count() == 1, "its sessions are back too"
    assert window.editor.form is not None and window.editor.form.record_id == hnpw.id

    qtbot.keyClicks(window.events_panel.filter_box, "prague")  # the selection stays hidden
    view = window.events_panel.view
    handbook = window.events_panel.events.index_of(prague.id)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(handbook).center()
    )
    chosen = window.events_panel.current_id()
    assert chosen == prague.id  # a new choice
    qtbot.keyClick(window.events_panel.filter_box, Qt.Key.Key_Escape)
    assert window.events_panel.current_id() == chosen
