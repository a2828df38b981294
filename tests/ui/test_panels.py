"""The three panels: grouping by status, filtering, ordering, and keeping the selection."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import MarketplaceGroup, Session
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.item_models.row_text import date_range_text
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import focused

# A fixed day, so a run that crosses midnight (as CI's once did) still knows which day "today" is.
TODAY = dt.date(2026, 11, 24)
DAY = dt.timedelta(days=1)


def pin_today(window: MainWindow, day: dt.date) -> None:
    window.events_panel.events.today = lambda: day


def grouped(window: MainWindow) -> dict[str, list[str]]:
    model = window.events_panel.events
    groups = {}
    for row in range(model.rowCount()):
        header = model.index(row, 0)
        assert header.data(Role.IS_HEADER)
        assert header.data(Role.COUNT) == model.rowCount(header)
        groups[header.data()] = [
            model.index(r, 0, header).data() for r in range(model.rowCount(header))
        ]
    return groups


def test_events_are_grouped_ongoing_upcoming_past_relative_to_today(window: MainWindow) -> None:
    pin_today(window, TODAY)
    store = window.store
    repository.create_event(store, title="Last year", start_date=TODAY - 400 * DAY)
    repository.create_event(
        store, title="Yesterday's", start_date=TODAY - 3 * DAY, end_date=TODAY - DAY
    )
    repository.create_event(
        store, title="This week", start_date=TODAY - DAY, end_date=TODAY + 3 * DAY
    )
    repository.create_event(store, title="Today only", start_date=TODAY)
    repository.create_event(store, title="Next month", start_date=TODAY + 30 * DAY)
    repository.create_event(
        store, title="Tomorrow", start_date=TODAY + DAY, end_date=TODAY + 2 * DAY
    )

    assert grouped(window) == {
        "Ongoing": ["This week", "Today only"],
        "Upcoming": ["Tomorrow", "Next month"],
        "Past": ["Yesterday's", "Last year"],
    }
    assert window.events_panel.count.text() == "6"


def test_events_move_between_headings_at_midnight_without_any_edit(window: MainWindow) -> None:
    pin_today(window, TODAY)
    repository.create_event(window.store, title="Today only", start_date=TODAY)
    repository.create_event(window.store, title="Tomorrow", start_date=TODAY + DAY)
    assert grouped(window) == {"Ongoing": ["Today only"], "Upcoming": ["Tomorrow"]}

    pin_today(window, TODAY + DAY)
    window._day_timer.timeout.emit()  # the once-a-minute check, as the timer would fire it
    assert grouped(window) == {"Ongoing": ["Tomorrow"], "Past": ["Today only"]}


def test_status_headers_cannot_be_selected(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    pin_today(window, TODAY)
    past = repository.create_event(window.store, title="Past one", start_date=TODAY - 9 * DAY)
    future = repository.create_event(window.store, title="Future one", start_date=TODAY + DAY)
    window.events_panel.select_id(future.id)
    window.events_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # over the "Past" header, onto the event
    assert window.events_panel.current_id() == past.id
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert window.events_panel.current_id() == future.id
    headers = window.events_panel.events.index(0, 0)
    assert not (headers.flags() & Qt.ItemFlag.ItemIsSelectable)


def test_the_filter_box_filters_events_as_you_type(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    pin_today(window, TODAY)
    store = window.store
    repository.create_event(store, title="HNPW 2017", city="Geneva", start_date=TODAY - 9 * DAY)
    repository.create_event(store, title="Handbook revision", city="Prague", start_date=TODAY)
    repository.create_event(store, title="Leading Edge Programme", platform="Virtual OSOCC")

    qtbot.keyClick(
        focused(),
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.events_panel.filter_box.hasFocus()
    qtbot.keyClicks(focused(), "prague")
    assert grouped(window) == {"Ongoing": ["Handbook revision"]}
    window.events_panel.filter_box.clear()
    qtbot.keyClicks(window.events_panel.filter_box, "osocc")
    assert grouped(window) == {"Upcoming": ["Leading Edge Programme"]}
    qtbot.keyClicks(window.events_panel.filter_box, " nothing")
    assert grouped(window) == {}
    assert "No event matches" in window.events_panel.view.hint
    qtbot.keyClick(window.events_panel.filter_box, Qt.Key.Key_Escape)
    assert sum(len(v) for v in grouped(window).values()) == 3


def test_sessions_follow_the_selected_event_by_date_and_time(window: MainWindow) -> None:
    store = window.store
    hnpw = repository.create_event(store, title="HNPW", start_date=dt.date(2017, 2, 6))
    other = repository.create_event(store, title="Other", start_date=dt.date(2018, 1, 1))
    repository.create_session(
        store, hnpw.id, title="Afternoon", date=dt.date(2017, 2, 7), start_time=dt.time(14, 0)
    )
    repository.create_session(
        store,
        hnpw.id,
        title="Morning",
        date=dt.date(2017, 2, 7),
        start_time=dt.time(9, 30),
        end_time=dt.time(11, 0),
        format="Panel discussion",
        delegates=92,
    )
    repository.create_session(store, hnpw.id, title="Day one", date=dt.date(2017, 2, 6))
    repository.create_session(store, other.id, title="Elsewhere")

    window.events_panel.select_id(hnpw.id)
    model = window.sessions_panel.sessions
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "Day one",
        "Morning",
        "Afternoon",
    ]
    assert model.index(1).data(Role.DETAIL) == (
        "Tue 7 Feb · 09:30–11:00 · Panel discussion · 92 delegates"
    )
    window.events_panel.select_id(other.id)
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Elsewhere"]


def test_groups_follow_the_selected_session(window: MainWindow) -> None:
    store = window.store
    event = repository.create_event(store, title="HNPW")
    market = repository.create_session(store, event.id, title="Learning together")
    plenary = repository.create_session(store, event.id, title="Plenary")
    repository.create_group(store, market.id, topic="Micro-learning", host="OCHA")
    repository.create_group(store, market.id, topic="Simulations and exercises")

    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(market.id)
    groups = window.groups_panel.groups
    assert [groups.index(r).data() for r in range(groups.rowCount())] == [
        "Micro-learning",
        "Simulations and exercises",
    ]
    assert groups.index(0).data(Role.DETAIL) == "Host: OCHA"
    window.sessions_panel.select_id(plenary.id)
    assert groups.rowCount() == 0
    window.events_panel.select_id(None)
    assert window.sessions_panel.sessions.rowCount() == 0


def shown(panel) -> list[str]:  # noqa: ANN001
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_alt_up_and_down_move_sessions_within_their_day_and_undo(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    day = dt.date(2017, 2, 7)
    for title in ("Data Revolution", "From Policy to Practice"):
        repository.create_session(store, event.id, title=title, date=day)
    late = repository.create_session(store, event.id, title="Dangerous Work", date=day + DAY)
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(repository.children(store, Session, event.id)[1].id)
    window.sessions_panel.focus_list()

    qtbot.keyClick(focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    agenda = ["From Policy to Practice", "Data Revolution", "Dangerous Work"]
    assert shown(window.sessions_panel) == agenda
    assert [s.title for s in repository.children(store, Session, event.id)] == agenda
    assert window.sessions_panel.current_id() == repository.children(store, Session, event.id)[0].id

    # The next day's session cannot be moved into 7 February by Alt+Up: its date says where.
    window.sessions_panel.select_id(late.id)
    qtbot.keyClick(focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown(window.sessions_panel) == agenda
    assert "date and start time" in window.statusBar().currentMessage()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(window.sessions_panel) == [
        "Data Revolution",
        "From Policy to Practice",
        "Dangerous Work",
    ]


def test_marketplace_tables_move_from_the_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Learning together")
    first = repository.create_group(store, session.id, topic="Micro-learning")
    repository.create_group(store, session.id, topic="Simulations and exercises")
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.groups_panel.select_id(first.id)
    window.groups_panel.focus_list()

    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert [g.topic for g in repository.children(store, MarketplaceGroup, session.id)] == [
        "Simulations and exercises",
        "Micro-learning",
    ]
    assert window.groups_panel.current_id() == first.id
    assert window.undo_stack.undoText() == "Move marketplace table down"


def test_selection_is_kept_by_id_when_the_data_changes(window: MainWindow) -> None:
    store = window.store
    event = repository.create_event(store, title="HNPW")
    first = repository.create_session(store, event.id, title="A", date=dt.date(2017, 2, 6))
    second = repository.create_session(store, event.id, title="B", date=dt.date(2017, 2, 7))
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(second.id)
    chosen = []
    window.sessions_panel.current_changed.connect(chosen.append)

    repository.update(store, type(second), second.id, date=dt.date(2017, 2, 5))  # moves to top
    repository.update(store, type(second), second.id, title="B, renamed")
    repository.create_session(store, event.id, title="C", date=dt.date(2017, 2, 8))

    assert window.sessions_panel.current_id() == second.id
    selected = window.sessions_panel.view.selectionModel().selectedIndexes()
    assert [i.data() for i in selected] == ["B, renamed"]
    assert chosen == [], "refreshing never re-announces the same selection"
    repository.delete(store, type(second), second.id)
    assert window.sessions_panel.current_id() is None
    assert chosen == [None]
    assert first.id in {s.id for s in repository.children(store, Session, event.id)}


def test_deleting_a_row_selects_its_neighbour(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW")
    ids = [
        repository.create_session(store, event.id, title=t, date=dt.date(2017, 2, d)).id
        for t, d in (("A", 6), ("B", 7), ("C", 8))
    ]
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(ids[1])
    window.sessions_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert [s.title for s in repository.children(store, Session, event.id)] == ["A", "C"]
    assert window.sessions_panel.current_id() == ids[2]
    assert window.events_panel.current_id() == event.id, "only the session was deleted"


def test_records_in_conflict_say_they_need_review(window: MainWindow) -> None:
    store = window.store
    event = repository.create_event(store, title="HNPW", start_date=dt.date(2017, 2, 6))
    index = window.events_panel.events.index_of(event.id)
    assert not index.data(Role.DETAIL).startswith("Needs review")
    with store.unit_of_work() as db:  # as a sync leaves a record whose field was edited twice
        db.get(type(event), event.id).needs_review = True
    store.changed()
    index = window.events_panel.events.index_of(event.id)
    assert index.data(Role.DETAIL) == "Needs review · 6 Feb 2017"


def test_date_ranges_read_like_a_programme() -> None:
    assert date_range_text(dt.date(2017, 2, 6), dt.date(2017, 2, 10)) == "6–10 Feb 2017"
    assert date_range_text(dt.date(2017, 2, 28), dt.date(2017, 3, 2)) == "28 Feb – 2 Mar 2017"
    assert date_range_text(dt.date(2017, 11, 4), None) == "4 Nov 2017"
    assert date_range_text(None, None) == ""


def test_the_delete_key_in_the_editor_never_deletes_the_record(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="HNPW")
    session = repository.create_session(store, event.id, title="Data Revolution")
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.sessions_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # into the editor's title
    assert window.editor.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # writes it
    assert [s.title for s in repository.children(store, Session, event.id)] == ["ata Revolution"]

    window.actions_by_id["delete"].trigger()  # Edit › Delete from the menu: the session
    assert repository.children(store, Session, event.id) == []
    assert window.events_panel.current_id() == event.id
