"""The editor's layout holds whatever is typed: a message under a field never moves the fields
beside it, and nothing makes the editor wider than its pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.models import Event, Session

from .editor_helpers import a_session, an_event, focused, open_editor


def places(cap, names: list[str]) -> list[tuple[int, int]]:  # noqa: ANN001
    """(left edge, width) of each field, in the editor's coordinates."""
    widgets: list[QWidget] = [cap.field(name) for name in names]
    return [(w.mapTo(cap.editor, w.rect().topLeft()).x(), w.width()) for w in widgets]


def test_a_date_error_leaves_the_fields_beside_it_where_they_are(qtbot, store) -> None:  # noqa: ANN001
    event = an_event(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Event, event.id)
    beside = ["start_date", "end_date", "participants"]
    before = places(cap, beside)
    cap.field("start_date").setFocus()
    qtbot.keyClicks(focused(), "the first Monday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert cap.message("start_date"), "the date is refused with a message"
    qtbot.wait(20)  # laid out again
    assert places(cap, beside) == before


def test_a_session_date_error_leaves_its_times_where_they_are(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    beside = ["date", "start_time", "end_time"]
    before = places(cap, beside)
    cap.field("date").setFocus()
    qtbot.keyClicks(focused(), "Tuesday")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert cap.message("date")
    qtbot.wait(20)
    assert places(cap, beside) == before
