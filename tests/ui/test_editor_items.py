"""Reordering, deleting and undoing in the lists of outcomes, next steps and ideas, and undo and
redo of every kind of edit with Ctrl+Z / Ctrl+Shift+Z pressed in the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.ui.commands import DeleteRecordCommand
from cmcoord_desktop.ui.editor.edit_commands import TYPING_PAUSE_S
from cmcoord_desktop.ui.editor.item_row import ITEM_MIME
from cmcoord_desktop.ui.main_window import MainWindow

from .editor_helpers import (
    ALT,
    CTRL,
    SHIFT,
    a_session,
    focused,
    form_field,
    item_list,
    open_the_session,
    open_the_table,
    press,
    texts,
)


def undo(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)


def redo(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)


def session_with_outcomes(store, *outcomes: str) -> Session:  # noqa: ANN001
    session = a_session(store)
    for text in outcomes:
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
    return session


def test_alt_up_and_down_move_an_outcome_and_undo_puts_it_back(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = session_with_outcomes(store, "one", "two", "three")
    open_the_session(qtbot, window, session)
    third = item_list(window).rows[2]
    third.text.setFocus()
    qtbot.keyClick(third.text, Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == ["one", "three", "two"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == ["three", "one", "two"]
    assert focused() is third.text  # the cursor travels with the outcome
    assert [r.number.text() for r in item_list(window).rows] == ["1.", "2.", "3."]
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


def test_an_outcome_moves_between_two_that_two_laptops_gave_the_same_place(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    for text in ("Anna's", "Bilal's"):  # both laptops added at the end, offline, at once
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text, position="a1")
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "later", position="a2")
    open_the_session(qtbot, window, session)
    shown = [r.text.toPlainText() for r in item_list(window).rows]
    last = item_list(window).rows[2]
    last.text.setFocus()
    qtbot.keyClick(last.text, Qt.Key.Key_Up, ALT)
    assert texts(store, session.id) == [shown[0], "later", shown[1]]
    undo(qtbot)  # one step, however many positions it took
    assert texts(store, session.id) == shown


def test_dragging_an_outcome_onto_the_list_reorders_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = session_with_outcomes(store, "one", "two", "three")
    open_the_session(qtbot, window, session)
    outcomes = item_list(window)
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
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(store, session.id) == ["one", "two", "three"]


def test_backspace_in_an_empty_outcome_deletes_it_and_goes_up(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = session_with_outcomes(store, "one")
    open_the_session(qtbot, window, session)
    first = item_list(window).rows[0].text
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


def test_the_delete_button_and_alt_delete_remove_an_item_undoably(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = session_with_outcomes(store, "one", "two", "three")
    open_the_session(qtbot, window, session)
    item_list(window).rows[1].delete_button.click()
    assert texts(store, session.id) == ["one", "three"]
    last = item_list(window).rows[1].text
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Delete, ALT)
    assert texts(store, session.id) == ["one"]
    assert focused() is item_list(window).rows[0].text
    undo(qtbot)
    assert texts(store, session.id) == ["one", "three"]
    undo(qtbot)
    assert texts(store, session.id) == ["one", "two", "three"]
    redo(qtbot)
    assert texts(store, session.id) == ["one", "three"]


def test_undo_and_redo_of_typing_and_adding(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_4, ALT)
    qtbot.keyClicks(focused(), " 2017")
    press(qtbot, Qt.Key.Key_1, CTRL)
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
    assert form_field(window, "title").toPlainText() == "Data Revolution"
    for _ in range(5):
        redo(qtbot)
    assert texts(store, session.id) == ["first", "second"]
    assert repository.get(store, Session, session.id).title == "Data Revolution 2017"
    assert [r.text.toPlainText() for r in item_list(window).rows] == ["first", "second"]


def test_undo_and_redo_of_a_status_and_a_due_date(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Follow up with SimEx TFT")
    open_the_session(qtbot, window, session)
    row = item_list(window, ItemKind.NEXT_STEP).rows[0]
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


def test_ideas_of_a_marketplace_table(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, format="Marketplace")
    table = repository.create_group(store, session.id, topic="Micro-learning")
    open_the_table(qtbot, window, table)
    press(qtbot, Qt.Key.Key_1, CTRL)  # a table has ideas, not outcomes: ignored
    press(qtbot, Qt.Key.Key_3, CTRL)
    qtbot.keyClicks(focused(), "Short videos")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Quizzes on the phone")
    form_field(window, "host").setFocus()
    qtbot.keyClicks(focused(), "IFRC")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    assert texts(store, table.id, ItemKind.IDEA) == ["Short videos", "Quizzes on the phone"]
    assert texts(store, table.id, ItemKind.KEY_OUTCOME) == []
    assert repository.get(store, MarketplaceGroup, table.id).host == "IFRC"
    assert item_list(window, ItemKind.IDEA).heading.text() == "Ideas"


def test_a_record_deleted_elsewhere_leaves_the_editor_and_comes_back_on_undo(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    scroll = window.editor.form.parentWidget().parentWidget()
    window.undo_stack.push(DeleteRecordCommand(store, Session, session.id, "session"))
    qtbot.waitUntil(lambda: not scroll.isVisible())
    press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(scroll.isVisible)
    assert form_field(window, "title").toPlainText() == "Data Revolution"


@pytest.mark.slow  # waits out a real pause in typing (the undo step's idle time)
def test_a_pause_in_typing_ends_an_undo_step(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Ctrl+Z after a typo takes back the last burst of typing, not the whole outcome."""
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "Ninety-two delegates.")
    qtbot.waitUntil(lambda: texts(store, session.id) == ["Ninety-two delegates."], timeout=3000)
    qtbot.wait(int(TYPING_PAUSE_S * 1000) + 300)  # the facilitator listens for a while
    qtbot.keyClicks(focused(), " A lively discussion.")
    undo(qtbot)
    assert texts(store, session.id) == ["Ninety-two delegates."]
    assert focused().toPlainText() == "Ninety-two delegates."
    undo(qtbot)
    assert texts(store, session.id) == [""]
