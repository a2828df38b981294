"""Next steps and Find in the window, end to end on the demo workshop: Ctrl+Shift+N, close a
next step there and see it closed in its session; Ctrl+F "gateway" and open the outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.next_steps.steps_model import Column
from tests.ui.conftest import OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def demo_window(data_dir: Path, open_window: OpenWindow):  # noqa: ANN201
    with Store(data_dir) as store:
        load_demo_workshop(store)
    return open_window()


def _focused():  # noqa: ANN202
    return QApplication.focusWidget()


def test_a_next_step_closed_in_the_view_is_closed_in_its_session(qtbot, demo_window) -> None:
    window = demo_window
    view = window.next_steps.view
    assert view.model.rowCount() == 0  # nothing read while the window opened
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.table.hasFocus())
    assert window.actions_by_id["show_next_steps"].isChecked()
    number = next(
        n for n, row in enumerate(view.model.rows) if row.text.startswith("Militaries and")
    )
    step = view.model.rows[number]
    view.table.setCurrentIndex(view.model.index(number, Column.STATUS))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    combo = _focused()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: view.model.index_of(step.id, Column.STATUS).data() == "Done")

    view.table.setCurrentIndex(view.model.index_of(step.id, Column.TEXT))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # opens it in its session
    session = repository.get(window.store, Session, step.session_id)
    qtbot.waitUntil(lambda: window.chain.selected_session() is not None)
    assert window.chain.selected_session().id == session.id
    row = window.editor.form.lists[ItemKind.NEXT_STEP].row(step.id)
    assert row is not None
    assert row.status.currentData() == "done"
    assert _focused() is row.text  # the step itself, scrolled into view
    assert repository.get(window.store, Item, step.id).status == "done"

    window.actions_by_id["undo"].trigger()  # the edit was one undo step of the window
    qtbot.waitUntil(lambda: row.status.currentData() == "open")


def test_find_gateway_opens_the_demo_outcome_with_the_word_in_view(qtbot, demo_window) -> None:
    window = demo_window
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    panel = window.search.panel
    qtbot.waitUntil(lambda: panel.box.hasFocus())
    qtbot.keyClicks(panel.box, "gateway")
    qtbot.waitUntil(lambda: panel.model.count == 2)
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    match = panel.model.match_at(panel.model.first_match())
    assert match.kind == "key outcome"
    qtbot.waitUntil(lambda: window.chain.selected_session() is not None)
    assert window.chain.selected_session().id == match.session_id
    row = window.editor.form.lists[ItemKind.KEY_OUTCOME].row(match.record_id)
    assert _focused() is row.text
    assert "gateway" in row.text.toPlainText()
    assert row.text.visibleRegion().boundingRect().height() > 0  # scrolled into view
