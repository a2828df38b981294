"""The agenda's rules, checked without a window."""

from __future__ import annotations

import datetime as dt

import pytest

from cmcoord_desktop.core import agenda
from cmcoord_desktop.core.agenda import default_session_date
from cmcoord_desktop.core.models import Event, Item, ItemKind, MarketplaceGroup, Session


def test_a_new_session_is_dated_today_while_the_event_runs() -> None:
    event = Event(start_date=dt.date(2017, 2, 6), end_date=dt.date(2017, 2, 10))
    assert default_session_date(event, dt.date(2017, 2, 8)) == dt.date(2017, 2, 8)
    assert default_session_date(event, dt.date(2017, 2, 10)) == dt.date(2017, 2, 10)


def test_a_new_session_outside_the_event_is_dated_its_first_day() -> None:
    event = Event(start_date=dt.date(2017, 2, 6), end_date=dt.date(2017, 2, 10))
    assert default_session_date(event, dt.date(2026, 1, 1)) == dt.date(2017, 2, 6)
    assert default_session_date(event, dt.date(2017, 2, 5)) == dt.date(2017, 2, 6)


def test_an_event_with_one_date_runs_on_that_day() -> None:
    only_end = Event(end_date=dt.date(2017, 2, 10))
    assert default_session_date(only_end, dt.date(2017, 2, 10)) == dt.date(2017, 2, 10)
    assert default_session_date(only_end, dt.date(2017, 3, 1)) == dt.date(2017, 2, 10)


def test_an_undated_event_gets_todays_sessions() -> None:
    assert default_session_date(Event(), dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)


# --- events, grouped by status -----------------------------------------------------------------


def _event(title: str, start: dt.date | None, end: dt.date | None = None) -> Event:
    return Event(id=title, title=title, start_date=start, end_date=end or start)


def test_events_group_ongoing_first_then_upcoming_then_past() -> None:
    today = dt.date(2017, 2, 8)
    events = [
        _event("Prague", dt.date(2016, 11, 2), dt.date(2016, 11, 3)),
        _event("LEP", dt.date(2017, 5, 1)),
        _event("HNPW", dt.date(2017, 2, 6), dt.date(2017, 2, 10)),
        _event("CG annual", dt.date(2016, 5, 10)),
        _event("Undated", None),
        _event("Geneva", dt.date(2017, 3, 1)),
    ]
    groups = agenda.events_by_status(events, today)
    assert [(status, [e.title for e in group]) for status, group in groups] == [
        ("ongoing", ["HNPW"]),
        ("upcoming", ["Geneva", "LEP", "Undated"]),  # soonest first, undated last
        ("past", ["Prague", "CG annual"]),  # newest first
    ]


def test_events_on_the_same_day_sort_by_title_ignoring_case() -> None:
    day = dt.date(2030, 1, 1)
    groups = agenda.events_by_status(
        [_event("beta", day), _event("Alpha", day)], dt.date(2017, 1, 1)
    )
    assert [e.title for e in groups[0][1]] == ["Alpha", "beta"]


def test_empty_status_groups_are_left_out() -> None:
    assert agenda.events_by_status([], dt.date(2017, 1, 1)) == []
    groups = agenda.events_by_status([_event("Past", dt.date(2000, 1, 1))], dt.date(2017, 1, 1))
    assert [status for status, _ in groups] == ["past"]


# --- moving a session or a table ---------------------------------------------------------------


def _session(name: str, day: int, hour: int | None = 9) -> Session:
    start = dt.time(hour) if hour is not None else None
    return Session(id=name, title=name, date=dt.date(2017, 2, day), start_time=start)


def test_a_session_moves_among_sessions_of_the_same_date_and_time() -> None:
    shown = [_session("a", 6), _session("b", 7), _session("c", 7), _session("d", 7)]
    move = agenda.plan_move(shown, "c", -1)
    assert isinstance(move, agenda.Move)
    assert [r.id for r in move.slot] == ["b", "c", "d"]
    assert (move.moved.id, move.from_index, move.to_index) == ("c", 1, 0)


def test_a_session_does_not_pass_one_of_another_date_or_time() -> None:
    shown = [_session("a", 6), _session("b", 7), _session("c", 7, hour=14)]
    refused = agenda.plan_move(shown, "b", -1)
    assert isinstance(refused, agenda.MoveRefused) and refused.blocked_by.id == "a"
    refused = agenda.plan_move(shown, "b", +1)
    assert isinstance(refused, agenda.MoveRefused) and refused.blocked_by.id == "c"


def test_nothing_moves_past_the_ends() -> None:
    shown = [_session("a", 7), _session("b", 7)]
    assert agenda.plan_move(shown, "a", -1) is None
    assert agenda.plan_move(shown, "b", +1) is None


def test_marketplace_tables_move_freely() -> None:
    shown = [MarketplaceGroup(id=n, topic=n) for n in ("x", "y", "z")]
    move = agenda.plan_move(shown, "z", -1)
    assert isinstance(move, agenda.Move)
    assert [r.id for r in move.slot] == ["x", "y", "z"] and (move.from_index, move.to_index) == (
        2,
        1,
    )


def test_an_event_is_not_moved_by_hand() -> None:
    with pytest.raises(ValueError, match="event"):
        agenda.plan_move([_event("a", None), _event("b", None)], "a", +1)


# --- Enter in an item, keep both ---------------------------------------------------------------


def test_enter_in_the_middle_splits_the_text_at_the_cursor() -> None:
    assert agenda.split_at_cursor("Share dataEarly", 10) == agenda.Split("Share data", "Early")
    assert agenda.split_at_cursor("Early", 0) == agenda.Split("", "Early")


def test_enter_at_the_end_splits_nothing() -> None:
    assert agenda.split_at_cursor("Share data", 10) is None
    assert agenda.split_at_cursor("", 0) is None


def test_keep_both_is_for_an_items_text_with_two_values() -> None:
    item = Item(id="i", parent="s", item_kind=ItemKind.IDEA, text="x", position="a1")
    assert agenda.can_keep_both(item, "text", ["one", "two"])
    assert not agenda.can_keep_both(item, "text", ["one", "two", "three"])
    assert not agenda.can_keep_both(item, "owner", ["Anna", "Bilal"])
    assert not agenda.can_keep_both(Session(id="s"), "title", ["one", "two"])


def test_keep_both_keeps_one_in_the_item_and_adds_the_other_after_it() -> None:
    item = Item(id="i", parent="s", item_kind="next_step", text="x", position="a1")
    plan = agenda.plan_keep_both(item, "Anna's", "Bilal's")
    assert plan == agenda.KeepBoth("i", "s", ItemKind.NEXT_STEP, "a1", "Anna's", "Bilal's")
