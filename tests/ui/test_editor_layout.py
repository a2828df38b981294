"""The editor's layout holds whatever is typed: a message under a field never moves the fields
beside it, and nothing makes the editor wider than its pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.ui.main_window import MainWindow
from tests.isolates import plain

from .editor_helpers import (
    ALT,
    CTRL,
    SHIFT,
    a_session,
    an_event,
    click_into,
    field_message,
    focused,
    form_field,
    open_the_event,
    open_the_session,
    type_text,
)

CTRL_SHIFT = CTRL | SHIFT


def places(window: MainWindow, names: list[str]) -> list[tuple[int, int]]:
    """(left edge, width) of each field, in the editor's coordinates."""
    widgets: list[QWidget] = [form_field(window, name) for name in names]
    return [(w.mapTo(window.editor, w.rect().topLeft()).x(), w.width()) for w in widgets]


def test_a_date_error_leaves_the_fields_beside_it_where_they_are(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    event = an_event(window.store)
    open_the_event(qtbot, window, event.id)
    beside = ["start_date", "end_date", "participants"]
    before = places(window, beside)
    click_into(qtbot, form_field(window, "start_date"))
    qtbot.keyClicks(focused(), "the first Monday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert field_message(window, "start_date"), "the date is refused with a message"
    qtbot.wait(20)  # laid out again
    assert places(window, beside) == before


def test_a_session_date_error_leaves_its_times_where_they_are(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    beside = ["date", "start_time", "end_time"]
    before = places(window, beside)
    click_into(qtbot, form_field(window, "date"))
    qtbot.keyClicks(focused(), "Tuesday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert field_message(window, "date")
    qtbot.wait(20)
    assert places(window, beside) == before


LONG_TITLE = (
    "Regional Consultative Group on Humanitarian Civil-Military Coordination for Asia and the "
    "Pacific, 2026"
)
ARABIC = "تعزيز التنسيق المدني العسكري في الاستجابة للكوارث في منطقة آسيا والمحيط الهادئ"


def assert_fits(form: QWidget) -> QWidget:
    """The form is no wider than the pane showing it; returns the pane (the viewport)."""
    scroll = form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    viewport = scroll.viewport()
    assert form.width() <= viewport.width(), "the editor is wider than its pane"
    assert not scroll.horizontalScrollBar().isVisible()
    return viewport


@pytest.mark.parametrize("width", [1366, 1024])
def test_a_long_event_title_never_makes_the_editor_wider_than_its_pane(
    qtbot,
    window: MainWindow,
    width: int,  # noqa: ANN001
) -> None:
    store = window.store
    window.resize(width, 768)
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)  # a new event, cursor in its title
    qtbot.keyClicks(focused(), LONG_TITLE)
    qtbot.wait(50)  # laid out
    assert_fits(window.editor.form)  # the event's own form
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL_SHIFT)  # a session of it
    qtbot.keyClicks(focused(), "Opening plenary")
    for kind, texts in (
        (Qt.Key.Key_1, ["Member States expressed their commitment to the standards", ARABIC]),
        (Qt.Key.Key_2, ["Share the regional guidelines with national offices"]),
    ):
        for text in texts:
            qtbot.keyClick(focused(), kind, CTRL)
            type_text(focused(), text)
    session = window.chain.selected_session()
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)  # to the sessions list: the typing is written
    assert [i.text for i in repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)][
        1
    ] == ARABIC
    qtbot.wait(50)  # laid out

    form = window.editor.form
    viewport = assert_fits(form)
    context = form.context_line
    assert plain(context.toolTip()) == f"Session of {LONG_TITLE}"
    assert plain(context.shown_text()).endswith("…") and context.width() <= viewport.width()
    pane = viewport.rect()
    for item_list in form.lists.values():
        for row in item_list.rows:
            button = row.delete_button
            where = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
            assert (
                button.isVisible() and pane.left() <= where.left() and where.right() <= pane.right()
            )
            text = row.text
            assert text.mapTo(viewport, QPoint(text.width(), 0)).x() <= pane.right()
            if item_list.kind is ItemKind.NEXT_STEP:
                status = row.status
                assert status.width() >= status.sizeHint().width(), "the status reads whole"
                assert status.mapTo(viewport, QPoint(status.width(), 0)).x() <= pane.right()
