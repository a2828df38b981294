"""Bad input gets a message under the field, in plain words; nothing wrong is stored and nothing
typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository, validation, value_rules
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.ui.editor.item_row import STATUS_NAMES
from cmcoord_desktop.ui.main_window import MainWindow

from .editor_helpers import (
    ALT,
    SHIFT,
    a_session,
    an_event,
    field_message,
    focused,
    form_field,
    item_list,
    open_the_event,
    open_the_session,
    press,
    type_text,
)


def test_delegates_that_are_not_a_whole_number_keep_the_text_and_store_nothing(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, delegates=92)
    open_the_session(qtbot, window, session)
    delegates = form_field(window, "delegates")
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "about 90")
    form_field(window, "notes").setFocus()  # leaving the field tries to write it
    assert field_message(window, "delegates") == "Type a whole number, like 35"
    assert delegates.text() == "about 90"
    assert repository.get(store, Session, session.id).delegates == 92
    # A refresh from the store (another field written) does not take the typed text away.
    qtbot.keyClicks(focused(), "Lively")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    qtbot.waitUntil(lambda: repository.get(store, Session, session.id).notes == "Lively")
    qtbot.wait(10)
    assert delegates.text() == "about 90"
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "90")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    assert repository.get(store, Session, session.id).delegates == 90
    assert field_message(window, "delegates") == ""


def test_an_end_date_before_the_start_says_so_and_waits_for_a_fix(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    event = an_event(store, start_date=dt.date(2017, 11, 4))
    open_the_event(qtbot, window, event.id)
    end = form_field(window, "end_date")
    end.setFocus()
    qtbot.keyClicks(end, "3 Nov 2017")
    form_field(window, "host").setFocus()
    assert field_message(window, "end_date") == "The end date is before the start date"
    assert end.text() == "3 Nov 2017"
    assert repository.get(store, Event, event.id).end_date is None
    # Fixing the start instead makes the typed end storable: it is written then.
    start = form_field(window, "start_date")
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "2017-11-02")
    form_field(window, "host").setFocus()
    stored = repository.get(store, Event, event.id)
    assert (stored.start_date, stored.end_date) == (dt.date(2017, 11, 2), dt.date(2017, 11, 3))
    assert field_message(window, "end_date") == ""
    assert end.text() == "3 Nov 2017"  # the typed text stays while the message goes


def test_a_date_that_is_no_date_is_explained(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    date = form_field(window, "date")
    date.setFocus()
    qtbot.keyClicks(date, "next Tuesday")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field
    assert field_message(window, "date") == "Type a date like 2017-02-06 or 6 Feb 2017"
    assert repository.get(store, Session, session.id).date is None
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # and back
    assert focused() is date
    date.selectAll()
    qtbot.keyClicks(date, "7/2/2017")
    form_field(window, "notes").setFocus()
    assert repository.get(store, Session, session.id).date == dt.date(2017, 2, 7)
    assert date.text() == "2017-02-07"  # shown the way it is stored once the cursor leaves


def test_a_session_that_ends_before_it_starts_says_so(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, start_time=dt.time(14, 0))
    open_the_session(qtbot, window, session)
    end = form_field(window, "end_time")
    end.setFocus()
    qtbot.keyClicks(end, "9:30")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field
    assert field_message(window, "end_time") == "The session ends before it starts"
    assert repository.get(store, Session, session.id).end_time is None
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # and back
    assert focused() is end
    end.selectAll()
    qtbot.keyClicks(end, "3:30 pm")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    assert repository.get(store, Session, session.id).end_time == dt.time(15, 30)


def test_an_empty_title_asks_for_one_but_keeps_the_record(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "kept")
    open_the_session(qtbot, window, session)
    title = form_field(window, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    form_field(window, "notes").setFocus()
    assert field_message(window, "title") == "A title is needed"
    stored = repository.get(store, Session, session.id)
    assert (stored.title, stored.deleted) == ("", False)
    assert [i.text for i in repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)] == [
        "kept"
    ]
    title.setFocus()
    qtbot.keyClicks(title, "Dangerous Work")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    assert field_message(window, "title") == ""


def test_a_due_date_of_a_next_step_is_checked_in_place(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Status update")
    open_the_session(qtbot, window, session)
    row = item_list(window, ItemKind.NEXT_STEP).rows[0]
    row.due.setFocus()
    qtbot.keyClicks(row.due, "soon")
    row.owner.setFocus()
    [step] = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert step.due_date is None and row.due.text() == "soon"
    [due] = [binding for binding in row.bindings if binding.name == "due_date"]
    assert due.message.isVisible() and due.message.text().startswith("Due date: Type a date like")


def test_refused_text_is_still_there_after_looking_at_another_record(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, delegates=92)
    open_the_session(qtbot, window, session)
    delegates = form_field(window, "delegates")
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "about 90")
    open_the_event(qtbot, window, session.event_id)
    assert form_field(window, "participants").text() == ""
    open_the_session(qtbot, window, session)
    assert delegates.text() == "about 90"
    assert field_message(window, "delegates") == "Type a whole number, like 35"
    assert repository.get(store, Session, session.id).delegates == 92


def test_a_title_typed_with_a_right_to_left_override_is_stored_without_it(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, title="")
    open_the_session(qtbot, window, session)
    title = form_field(window, "title")
    title.setFocus()
    type_text(title, "Dangerous \u202eWork")
    form_field(window, "notes").setFocus()
    qtbot.waitUntil(lambda: repository.get(store, Session, session.id).title == "Dangerous Work")
    assert value_rules.title_problem(repository.get(store, Session, session.id).title) is None
    assert field_message(window, "title") == validation.DIRECTION_MARKS_REMOVED
    assert title.toPlainText() == "Dangerous Work"  # the field shows what was stored


def test_every_status_the_editor_offers_is_one_a_records_file_may_hold() -> None:
    assert {str(status) for status in STATUS_NAMES} <= value_rules.STATUSES
