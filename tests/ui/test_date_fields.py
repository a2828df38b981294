"""Dates as a person types them: one far from any workshop is kept only once confirmed (by
leaving the field again), and 12/01/2026 is read in the person's locale and says how."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.ui.main_window import MainWindow

from .editor_helpers import (
    SHIFT,
    a_session,
    an_event,
    field_message,
    focused,
    form_field,
    item_list,
    open_the_event,
    open_the_session,
)


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def leave(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def come_back(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, SHIFT)


def test_a_date_in_the_year_1_or_9999_is_kept_only_when_confirmed(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    event = an_event(store, start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 3))
    open_the_event(qtbot, window, event.id)
    start = form_field(window, "start_date")
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "0001-01-01")
    leave(qtbot)
    assert "before 1945" in field_message(window, "start_date")
    assert "leave the field again to keep it" in field_message(window, "start_date")
    assert repository.get(store, Event, event.id).start_date == dt.date(2026, 3, 2)
    come_back(qtbot)
    assert focused() is start and start.text() == "0001-01-01"
    leave(qtbot)  # the same text, left again: the person means it
    assert repository.get(store, Event, event.id).start_date == dt.date(1, 1, 1)
    assert field_message(window, "start_date") == ""

    end = form_field(window, "end_date")
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "9999-12-31")
    leave(qtbot)
    assert "more than 10 years ahead" in field_message(window, "end_date")
    assert repository.get(store, Event, event.id).end_date == dt.date(2026, 3, 3)
    come_back(qtbot)
    end.selectAll()
    qtbot.keyClicks(end, "2026-03-04")  # corrected instead: a likely date is kept at once
    leave(qtbot)
    assert repository.get(store, Event, event.id).end_date == dt.date(2026, 3, 4)
    assert field_message(window, "end_date") == ""


@pytest.mark.parametrize(
    ("language", "country", "stored", "said"),
    [
        (
            QLocale.Language.English,
            QLocale.Country.UnitedKingdom,
            dt.date(2026, 1, 12),
            "12 January 2026",
        ),
        (
            QLocale.Language.English,
            QLocale.Country.UnitedStates,
            dt.date(2026, 12, 1),
            "1 December 2026",
        ),
        (
            QLocale.Language.French,
            QLocale.Country.Switzerland,
            dt.date(2026, 1, 12),
            "12 January 2026",
        ),
    ],
)
def test_an_ambiguous_date_is_read_in_the_persons_locale_and_says_how(
    qtbot,
    window: MainWindow,
    locale,
    language,
    country,
    stored,
    said,  # noqa: ANN001
) -> None:
    store = window.store
    QLocale.setDefault(QLocale(language, country))
    session = a_session(store)
    open_the_session(qtbot, window, session)
    date = form_field(window, "date")
    date.setFocus()
    qtbot.keyClicks(date, "12/01/2026")
    leave(qtbot)
    assert repository.get(store, Session, session.id).date == stored
    qtbot.wait(20)  # the refresh after the write keeps the note
    assert field_message(window, "date") == f"Read as {said}"


def test_a_due_date_says_how_it_was_read_too(qtbot, window: MainWindow, locale) -> None:  # noqa: ANN001
    store = window.store
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.NEXT_STEP, "Share the guidelines")
    open_the_session(qtbot, window, session)
    row = item_list(window, ItemKind.NEXT_STEP).rows[0]
    row.due.setFocus()
    qtbot.keyClicks(row.due, "3/4/2026")
    leave(qtbot)
    [step] = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert step.due_date == dt.date(2026, 3, 4)
    assert row.bindings[2].message.text() == "Due date: Read as 4 March 2026"
