"""Bad input gets a message under the field, in plain words; nothing wrong is stored and nothing
typed is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository, validation, value_rules
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.ui.editor.item_row import STATUS_NAMES

from .editor_helpers import a_session, an_event, focused, open_editor, type_text


def test_delegates_that_are_not_a_whole_number_keep_the_text_and_store_nothing(
    qtbot, store
) -> None:  # noqa: ANN001
    session = a_session(store, delegates=92)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    delegates = cap.field("delegates")
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "about 90")
    cap.field("notes").setFocus()  # leaving the field tries to write it
    assert cap.message("delegates") == "Type a whole number, like 35"
    assert delegates.text() == "about 90"
    assert repository.get(store, Session, session.id).delegates == 92
    # A refresh from the store (another field written) does not take the typed text away.
    qtbot.keyClicks(focused(), "Lively")
    cap.editor.commit_pending()
    qtbot.waitUntil(lambda: repository.get(store, Session, session.id).notes == "Lively")
    qtbot.wait(10)
    assert delegates.text() == "about 90"
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "90")
    cap.editor.commit_pending()
    assert repository.get(store, Session, session.id).delegates == 90
    assert cap.message("delegates") == ""


def test_an_end_date_before_the_start_says_so_and_waits_for_a_fix(qtbot, store) -> None:  # noqa: ANN001
    event = an_event(store, start_date=dt.date(2017, 11, 4))
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Event, event.id)
    end = cap.field("end_date")
    end.setFocus()
    qtbot.keyClicks(end, "3 Nov 2017")
    cap.field("host").setFocus()
    assert cap.message("end_date") == "The end date is before the start date"
    assert end.text() == "3 Nov 2017"
    assert repository.get(store, Event, event.id).end_date is None
    # Fixing the start instead makes the typed end storable: it is written then.
    start = cap.field("start_date")
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "2017-11-02")
    cap.field("host").setFocus()
    stored = repository.get(store, Event, event.id)
    assert (stored.start_date, stored.end_date) == (dt.date(2017, 11, 2), dt.date(2017, 11, 3))
    assert cap.message("end_date") == ""
    assert end.text() == "3 Nov 2017"  # the typed text stays while the message goes


def test_a_date_that_is_no_date_is_explained(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    date = cap.field("date")
    date.setFocus()
    qtbot.keyClicks(date, "next Tuesday")
    cap.editor.commit_pending()
    assert cap.message("date") == "Type a date like 2017-02-06 or 6 Feb 2017"
    assert repository.get(store, Session, session.id).date is None
    date.selectAll()
    qtbot.keyClicks(date, "7/2/2017")
    cap.field("notes").setFocus()
    assert repository.get(store, Session, session.id).date == dt.date(2017, 2, 7)
    assert date.text() == "2017-02-07"  # shown the way it is stored once the cursor leaves


def test_a_session_that_ends_before_it_starts_says_so(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store, start_time=dt.time(14, 0))
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    end = cap.field("end_time")
    end.setFocus()
    qtbot.keyClicks(end, "9:30")
    cap.editor.commit_pending()
    assert cap.message("end_time") == "The session ends before it starts"
    assert repository.get(store, Session, session.id).end_time is None
    end.selectAll()
    qtbot.keyClicks(end, "3:30 pm")
    cap.editor.commit_pending()
    assert repository.get(store, Session, session.id).end_time == dt.time(15, 30)


def test_an_empty_title_asks_for_one_but_keeps_the_record(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "kept")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    title = cap.field("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    cap.field("notes").setFocus()
    assert cap.message("title") == "A title is needed"
    stored = repository.get(store, Session, session.id)
    assert (stored.title, stored.deleted) == ("", False)
    assert [i.text for i in repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)] == [
        "kept"
    ]
    title.setFocus()
    qtbot.keyClicks(title, "Dangerous Work")
    cap.editor.commit_pending()
    assert cap.message("title") == ""


def test_a_due_date_of_a_next_step_is_checked_in_place(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Status update")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    row = cap.list(ItemKind.NEXT_STEP).rows[0]
    row.due.setFocus()
    qtbot.keyClicks(row.due, "soon")
    row.owner.setFocus()
    [step] = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert step.due_date is None and row.due.text() == "soon"
    [due] = [binding for binding in row.bindings if binding.name == "due_date"]
    assert due.message.isVisible() and due.message.text().startswith("Due date: Type a date like")


def test_refused_text_is_still_there_after_looking_at_another_record(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store, delegates=92)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    delegates = cap.field("delegates")
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "about 90")
    cap.editor.show_record(Event, session.event_id)
    assert cap.field("participants").text() == ""
    cap.editor.show_record(Session, session.id)
    assert delegates.text() == "about 90"
    assert cap.message("delegates") == "Type a whole number, like 35"
    assert repository.get(store, Session, session.id).delegates == 92


def test_a_title_typed_with_a_right_to_left_override_is_stored_without_it(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store, title="")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    title = cap.field("title")
    title.setFocus()
    type_text(title, "Dangerous \u202eWork")
    cap.field("notes").setFocus()
    qtbot.waitUntil(lambda: repository.get(store, Session, session.id).title == "Dangerous Work")
    assert value_rules.title_problem(repository.get(store, Session, session.id).title) is None
    assert cap.message("title") == validation.DIRECTION_MARKS_REMOVED
    assert title.toPlainText() == "Dangerous Work"  # the field shows what was stored


def test_every_status_the_editor_offers_is_one_a_records_file_may_hold() -> None:
    assert {str(status) for status in STATUS_NAMES} <= value_rules.STATUSES
