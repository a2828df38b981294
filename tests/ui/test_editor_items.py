"""Reordering, deleting and undoing in the lists of outcomes, next steps and ideas, and undo and
redo of every kind of edit with Ctrl+Z / Ctrl+Shift+Z pressed in the editor."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.ui.commands import DeleteRecordCommand
from cmcoord_desktop.ui.editor.edit_commands import TYPING_PAUSE_S
from cmcoord_desktop.ui.editor.item_row import ITEM_MIME

from .editor_helpers import ALT, CTRL, SHIFT, a_session, focused, open_editor, texts


def undo(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)


def redo(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)


def session_with_outcomes(store, *outcomes: str) -> Session:  # noqa: ANN001
    session = a_session(store)
    for text in outcomes:
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
    return session


def test_alt_up_and_down_move_an_outcome_and_undo_puts_it_back(qtbot, store) -> None:  # noqa: ANN001
    session = session_with_outcomes(store, "one", "two", "three")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    third = cap.outcomes().rows[2]
    third.text.setFocus()
    qtbot.keyClick(third.text, Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == ["one", "three", "two"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == ["three", "one", "two"]
    assert focused() is third.text  # the cursor travels with the outcome
    assert [r.number.text() for r in cap.outcomes().rows] == ["1.", "2.", "3."]
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)  # already first: nothing happens
    assert texts(store, session.id) == ["three", "one", "two"]
    undo(qtbot)
    assert texts(store, session.id) == ["one", "three", "two"]
    undo(qtbot)
    assert texts(store, session.id) == ["one", "two", "three"]
    redo(qtbot)
    assert texts(store, session.id) == ["one", "three", "two"]
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    assert texts(store, session.id) == ["one", "two", "three"]


def test_an_outcome_moves_between_two_that_two_laptops_gave_the_same_place(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    for text in ("Anna's", "Bilal's"):  # both laptops added at the end, offline, at once
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text, position="a1")
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "later", position="a2")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    shown = [r.text.toPlainText() for r in cap.outcomes().rows]
    last = cap.outcomes().rows[2]
    last.text.setFocus()
    qtbot.keyClick(last.text, Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == [shown[0], "later", shown[1]]
    undo(qtbot)  # one step, however many positions it took
    assert texts(store, session.id) == shown


def test_dragging_an_outcome_onto_the_list_reorders_it(qtbot, store) -> None:  # noqa: ANN001
    session = session_with_outcomes(store, "one", "two", "three")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    outcomes = cap.outcomes()
    first = outcomes.rows[0]
    qtbot.waitUntil(lambda: all(row.height() > 20 for row in outcomes.rows))  # laid out
    mime = QMimeData()
    mime.setData(ITEM_MIME, first.item_id.encode("ascii"))
    below_last = QPointF(10, outcomes.rows[2].geometry().bottom() - 2)
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(below_last.toPoint(), Qt.DropAction.MoveAction, mime, buttons, no_keys),
        QDragMoveEvent(below_last.toPoint(), Qt.DropAction.MoveAction, mime, buttons, no_keys),
        QDropEvent(below_last, Qt.DropAction.MoveAction, mime, buttons, no_keys),
    ):
        QApplication.sendEvent(outcomes, event)
    assert texts(store, session.id) == ["two", "three", "one"]
    cap.undo_stack.undo()
    assert texts(store, session.id) == ["one", "two", "three"]


def test_backspace_in_an_empty_outcome_deletes_it_and_goes_up(qtbot, store) -> None:  # noqa: ANN001
    session = session_with_outcomes(store, "one")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    first = cap.outcomes().rows[0].text
    first.setFocus()
    first.place_cursor(at_end=True)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert texts(store, session.id) == ["one", ""]
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert texts(store, session.id) == ["one"]
    assert focused() is first and first.textCursor().position() == 3
    qtbot.keyClick(first, Qt.Key.Key_Backspace)  # not empty: an ordinary backspace
    assert first.toPlainText() == "on"
    assert len(repository.trash(store)) == 1  # the empty one, restorable like any delete


def test_the_delete_button_and_alt_delete_remove_an_item_undoably(qtbot, store) -> None:  # noqa: ANN001
    session = session_with_outcomes(store, "one", "two", "three")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.outcomes().rows[1].delete_button.click()
    assert texts(store, session.id) == ["one", "three"]
    last = cap.outcomes().rows[1].text
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Delete, ALT)
    assert texts(store, session.id) == ["one"]
    assert focused() is cap.outcomes().rows[0].text
    undo(qtbot)
    assert texts(store, session.id) == ["one", "three"]
    undo(qtbot)
    assert texts(store, session.id) == ["one", "two", "three"]
    redo(qtbot)
    assert texts(store, session.id) == ["one", "three"]


def test_undo_and_redo_of_typing_and_adding(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.focus_first_field()
    qtbot.keyClicks(focused(), " 2017")
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    qtbot.keyClicks(focused(), "first")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "second")
    # Ctrl+Z first writes the typing in progress, then undoes it as one step.
    undo(qtbot)
    assert texts(store, session.id) == ["first", ""]
    assert focused().toPlainText() == ""
    undo(qtbot)  # the second outcome
    assert texts(store, session.id) == ["first"]
    undo(qtbot)  # typing "first"
    assert texts(store, session.id) == [""]
    undo(qtbot)  # the first outcome
    assert texts(store, session.id) == []
    undo(qtbot)  # the title
    assert repository.get(store, Session, session.id).title == "Data Revolution"
    assert cap.field("title").toPlainText() == "Data Revolution"
    for _ in range(5):
        redo(qtbot)
    assert texts(store, session.id) == ["first", "second"]
    assert repository.get(store, Session, session.id).title == "Data Revolution 2017"
    assert [r.text.toPlainText() for r in cap.outcomes().rows] == ["first", "second"]


def test_undo_and_redo_of_a_status_and_a_due_date(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Follow up with SimEx TFT")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    row = cap.list(ItemKind.NEXT_STEP).rows[0]
    row.status.setFocus()
    qtbot.keyClick(row.status, Qt.Key.Key_Down)
    qtbot.keyClick(row.status, Qt.Key.Key_Down)
    [step] = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert step.status == "done"
    undo(qtbot)  # each pick is its own step
    assert (
        repository.children(store, Item, session.id, ItemKind.NEXT_STEP)[0].status == "in progress"
    )
    assert row.status.currentText() == "In progress"
    redo(qtbot)
    assert repository.children(store, Item, session.id, ItemKind.NEXT_STEP)[0].status == "done"


def test_ideas_of_a_marketplace_table(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store, format="Marketplace")
    table = repository.create_group(store, session.id, topic="Micro-learning")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(MarketplaceGroup, table.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)  # a table has ideas, not outcomes: ignored
    cap.editor.add_item(ItemKind.IDEA)
    qtbot.keyClicks(focused(), "Short videos")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Quizzes on the phone")
    cap.field("host").setFocus()
    qtbot.keyClicks(focused(), "IFRC")
    cap.editor.commit_pending()
    assert texts(store, table.id, ItemKind.IDEA) == ["Short videos", "Quizzes on the phone"]
    assert texts(store, table.id, ItemKind.KEY_OUTCOME) == []
    assert repository.get(store, MarketplaceGroup, table.id).host == "IFRC"
    assert cap.list(ItemKind.IDEA).heading.text() == "Ideas"


def test_a_record_deleted_elsewhere_leaves_the_editor_and_comes_back_on_undo(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    scroll = cap.editor.form.parentWidget().parentWidget()
    cap.undo_stack.push(DeleteRecordCommand(store, Session, session.id, "session"))
    qtbot.waitUntil(lambda: not scroll.isVisible())
    cap.undo_stack.undo()
    qtbot.waitUntil(scroll.isVisible)
    assert cap.field("title").toPlainText() == "Data Revolution"


def test_a_pause_in_typing_ends_an_undo_step(qtbot, store) -> None:  # noqa: ANN001
    """Ctrl+Z after a typo takes back the last burst of typing, not the whole outcome."""
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    qtbot.keyClicks(focused(), "Ninety-two delegates.")
    cap.editor.commit_pending()
    qtbot.wait(int(TYPING_PAUSE_S * 1000) + 300)  # the facilitator listens for a while
    qtbot.keyClicks(focused(), " A lively discussion.")
    undo(qtbot)
    assert texts(store, session.id) == ["Ninety-two delegates."]
    assert focused().toPlainText() == "Ninety-two delegates."
    undo(qtbot)
    assert texts(store, session.id) == [""]
