"""The editor's undo texts and headings name fields and items from core (fields, record_names)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.ui.main_window import MainWindow

from .editor_helpers import (
    CTRL,
    a_session,
    an_event,
    focused,
    form_field,
    item_list,
    open_the_event,
    open_the_session,
    press,
    texts,
)


def test_typing_a_field_is_undone_under_its_label(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = an_event(store)
    open_the_event(qtbot, window, event.id)
    kind = form_field(window, "event_kind")
    kind.setFocus()
    qtbot.keyClicks(focused(), "Annual meeting")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert window.undo_stack.undoText() == "Edit kind"
    form_field(window, "platform").setFocus()
    qtbot.keyClicks(focused(), "Virtual OSOCC")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert window.undo_stack.undoText() == "Edit online platform"


def test_enter_in_the_middle_of_an_outcome_splits_it_in_one_undo_step(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    outcomes = item_list(window)
    assert outcomes.heading.text() == "Key outcomes"
    assert outcomes.add_button.text() == "+ Add key outcome"
    outcomes.add_button.click()
    qtbot.keyClicks(focused(), "Share data early.Train together.")
    for _ in range(len("Train together.")):
        qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert texts(store, session.id) == ["Share data early.", "Train together."]
    assert window.undo_stack.undoText() == "Split key outcome"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(store, session.id) == ["Share data early.Train together."]
    assert (
        item_list(window, ItemKind.NEXT_STEP).heading.text()
        == "Next steps to implementing solutions"
    )
