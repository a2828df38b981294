"""Typing a list of items as a person does: Enter from a next step's Owner or Due gives the
next step, and an item added and left empty goes away (and never prints)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.summary_data import gather_event_summary
from cmcoord_desktop.ui.main_window import MainWindow

from .editor_helpers import (
    ALT,
    CTRL,
    a_session,
    click_into,
    focused,
    item_list,
    open_the_session,
    press,
    texts,
)


def test_enter_in_owner_or_due_gives_the_next_next_step_with_the_cursor_in_it(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    steps = item_list(window, ItemKind.NEXT_STEP)
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Draft a data-sharing protocol")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "OCHA CMCS")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2026-03-01")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert len(steps.rows) == 2
    assert focused() is steps.rows[1].text, "the cursor is in the new next step's text"
    qtbot.keyClicks(focused(), "Share it with WFP")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "WFP")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # from Owner too
    assert focused() is steps.rows[2].text
    qtbot.keyClicks(focused(), "Report back")
    press(qtbot, Qt.Key.Key_2, ALT)  # to the sessions list: leaving the editor writes it
    stored = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert [(i.text, i.owner) for i in stored] == [
        ("Draft a data-sharing protocol", "OCHA CMCS"),
        ("Share it with WFP", "WFP"),
        ("Report back", ""),
    ]
    assert str(stored[0].due_date) == "2026-03-01"


def test_an_outcome_added_with_enter_and_left_empty_goes_away_without_an_undo_step(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    store = window.store
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Share data early")
    open_the_session(qtbot, window, session)
    first = item_list(window).rows[0].text
    click_into(qtbot, first)
    press(qtbot, Qt.Key.Key_End, CTRL)
    undo_before = window.undo_stack.count()
    press(qtbot, Qt.Key.Key_Return)
    assert texts(store, session.id) == ["Share data early", ""]
    press(qtbot, Qt.Key.Key_Tab)  # on to the next steps: the outcome is left
    qtbot.waitUntil(lambda: len(item_list(window).rows) == 1)
    assert texts(store, session.id) == ["Share data early"]
    assert window.undo_stack.count() == undo_before, "an item never typed is no step to undo"


def test_items_added_with_ctrl_keys_and_left_empty_go_and_never_print(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    store = window.store
    event = repository.create_event(store, title="HNPW 2026")
    session = repository.create_session(store, event.id, title="Data Revolution")
    open_the_session(qtbot, window, session)
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "Share data early")
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "   ")  # spaces are nothing
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)  # leaves the empty outcome for a next step
    qtbot.waitUntil(lambda: texts(store, session.id) == ["Share data early"])
    press(qtbot, Qt.Key.Key_4, ALT)  # to the editor's first field: leaves the step empty too
    qtbot.waitUntil(lambda: texts(store, session.id, ItemKind.NEXT_STEP) == [])
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # one undo step brings a removed one back
    assert len(texts(store, session.id, ItemKind.NEXT_STEP)) + len(texts(store, session.id)) == 2


def test_exports_never_print_an_empty_item(store) -> None:  # noqa: ANN001
    session = a_session(store)
    for text in ("Share data early", "", "  \n "):
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, " ")
    summary = gather_event_summary(store, session.event_id)
    assert summary.sessions[0].outcomes == ("Share data early",)
    assert summary.sessions[0].next_steps == ()
    markdown = summary_markdown(summary)
    assert "Share data early" in markdown and "2." not in markdown


def test_items_10_and_up_start_where_items_1_to_9_start(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    for n in range(1, 12):
        repository.add_item(window.store, session.id, ItemKind.KEY_OUTCOME, f"Outcome {n}")
    open_the_session(qtbot, window, session)

    def starts() -> list[int]:
        rows = item_list(window).rows
        return sorted({r.text.mapTo(window.editor, r.text.rect().topLeft()).x() for r in rows})

    qtbot.waitUntil(lambda: len(starts()) == 1, timeout=2000)  # laid out, all in line
    # Typing the twelfth (Enter at the end of the eleventh) keeps them all in line.
    last = item_list(window).rows[-1].text
    click_into(qtbot, last)
    press(qtbot, Qt.Key.Key_End, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Outcome 12")
    qtbot.wait(50)
    assert len(item_list(window).rows) == 12 and len(starts()) == 1, starts()
