"""An edit costs one write: a committed title edit, counted in statements and transactions until
every view has shown it (counts, not times; see core/store_change.py for how views avoid reads)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from sqlalchemy import event

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.main_window import MainWindow
from tests.ui.conftest import focused

# Before the change store.changed() carried what changed: 20 statements in 9 transactions,
# every one BEGIN IMMEDIATE, because every view read everything it showed again.
MOST_STATEMENTS = 5  # BEGIN IMMEDIATE, the row's SELECT, its UPDATE, the clock, COMMIT


@dataclass
class Counted:
    statements: list[str] = field(default_factory=list)
    transactions: int = 0


@contextmanager
def counting(store: Store) -> Iterator[Counted]:
    counted = Counted()

    def statement(_conn, _cursor, text, *_args) -> None:  # noqa: ANN001
        counted.statements.append(" ".join(text.split())[:60])

    def begin(_conn) -> None:  # noqa: ANN001
        counted.transactions += 1

    def commit(_conn) -> None:  # noqa: ANN001
        counted.statements.append("COMMIT")

    listeners = (("before_cursor_execute", statement), ("begin", begin), ("commit", commit))
    for name, listener in listeners:
        event.listen(store.engine, name, listener)
    try:
        yield counted
    finally:
        for name, listener in listeners:
            event.remove(store.engine, name, listener)


def until_idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Until every view has handled the change (the editor refreshes on a zero-time timer)."""
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.editor._refresh_soon.isActive())
    qtbot.wait(50)


def test_a_committed_title_edit_is_one_write_and_no_read(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event_ = repository.create_event(store, title="HNPW")
    session = repository.create_session(store, event_.id, title="Data Revolution")
    repository.create_group(store, session.id, topic="Access")
    window.events_panel.select_id(event_.id)
    window.sessions_panel.select_id(session.id)
    window.sessions_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), ", part 2")
    until_idle(qtbot, window)

    with counting(store) as counted:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # leaving the field writes it at once
        until_idle(qtbot, window)

    assert repository.get(store, Session, session.id).title == "Data Revolution, part 2"
    assert counted.transactions == 1, counted.statements
    assert len(counted.statements) <= MOST_STATEMENTS, counted.statements
    # Every view shows it, from the committed row.
    model = window.sessions_panel.sessions
    assert model.index_of(session.id).data() == "Data Revolution, part 2"
    assert window.editor.form is not None
