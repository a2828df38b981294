"""The editor's undo texts and headings name fields and items from core (fields, record_names)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmcoord_desktop.core.models import Event, ItemKind, Session

from .editor_helpers import a_session, an_event, focused, open_editor, texts


def test_typing_a_field_is_undone_under_its_label(qtbot, store) -> None:  # noqa: ANN001
    event = an_event(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Event, event.id)
    kind = cap.field("event_kind")
    kind.setFocus()
    qtbot.keyClicks(focused(), "Annual meeting")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert cap.undo_stack.undoText() == "Edit kind"
    cap.field("platform").setFocus()
    qtbot.keyClicks(focused(), "Virtual OSOCC")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert cap.undo_stack.undoText() == "Edit online platform"


def test_enter_in_the_middle_of_an_outcome_splits_it_in_one_undo_step(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    outcomes = cap.outcomes()
    assert outcomes.heading.text() == "Key outcomes"
    assert outcomes.add_button.text() == "+ Add key outcome"
    outcomes.add_button.click()
    qtbot.keyClicks(focused(), "Share data early.Train together.")
    for _ in range(len("Train together.")):
        qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert texts(store, session.id) == ["Share data early.", "Train together."]
    assert cap.undo_stack.undoText() == "Split key outcome"
    cap.undo_stack.undo()
    assert texts(store, session.id) == ["Share data early.Train together."]
    assert cap.list(ItemKind.NEXT_STEP).heading.text() == "Next steps to implementing solutions"
