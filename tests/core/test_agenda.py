"""The agenda's rules, checked without a window."""

from __future__ import annotations

import datetime as dt

from cmcoord_desktop.core.agenda import default_session_date
from cmcoord_desktop.core.models import Event


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
