"""The Next steps view driven with keys and clicks on a real store holding the demo workshop."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from cmcoord_desktop.core import repository, sync_states
from cmcoord_desktop.core.clock import wall_ms
from cmcoord_desktop.core.models import Item
from cmcoord_desktop.core.next_steps import next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.next_steps.steps_model import Column
from tests.ui.dialogs_fake import ScriptedDialogs
from tests.ui.editor_helpers import type_text
from tests.ui.next_steps_helpers import TODAY, open_view


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo_workshop(store)
    return store


def _go_to(qtbot, view, row: int, column: Column) -> None:  # noqa: ANN001
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    qtbot.waitUntil(view.table.hasFocus)


def _editor():  # noqa: ANN202
    return QApplication.focusWidget()


def _type_in_cell(view, text: str) -> None:  # noqa: ANN001
    """The first key starts editing the cell (as typing over a spreadsheet cell does)."""
    type_text(view.table, text[0])
    type_text(_editor(), text[1:])


def test_every_next_step_of_the_demo_is_listed_with_its_event_and_session(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    assert view.model.rowCount() == len(next_steps(demo)) == 14
    texts = {view.model.index(r, Column.TEXT).data() for r in range(view.model.rowCount())}
    assert any(t.startswith("Militaries and humanitarians") for t in texts)
    events = {view.model.index(r, Column.EVENT).data() for r in range(view.model.rowCount())}
    assert events == {"Humanitarian Network and Partnership Week (HNPW) 2017"}
    assert view.model.index(0, Column.DUE).data() == "No date"
    assert view.summary.text() == "14 next steps"


def test_status_typed_in_place_is_stored_and_undone(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    _go_to(qtbot, view, 0, Column.STATUS)
    step = view.current_step()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    combo = _editor()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())  # what picking an entry with the mouse sends
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repository.get(demo, Item, step.id).status == "done")
    qtbot.waitUntil(lambda: view.model.index_of(step.id, Column.STATUS).data() == "Done")
    assert opened.undo_stack.undoText().startswith("Set next step “")
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: repository.get(demo, Item, step.id).status == "open")
    qtbot.waitUntil(lambda: view.model.index_of(step.id, Column.STATUS).data() == "Open")


def test_ctrl_d_marks_the_current_step_done(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    _go_to(qtbot, opened.view, 3, Column.TEXT)
    step = opened.view.current_step()
    qtbot.keyClick(opened.view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: repository.get(demo, Item, step.id).status == "done")


def test_owner_typed_in_place_completes_from_owners_already_used_ignoring_accents(
    qtbot, demo
) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    _go_to(qtbot, view, 0, Column.OWNER)
    first = view.current_step()
    _type_in_cell(view, "Délégation de Genève")
    qtbot.keyClick(_editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repository.get(demo, Item, first.id).owner == "Délégation de Genève")

    _go_to(qtbot, view, 1, Column.OWNER)
    second = view.current_step()
    _type_in_cell(view, "delegation de g")
    editor = _editor()
    assert isinstance(editor, QLineEdit)
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Délégation de Genève"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repository.get(demo, Item, second.id).owner == "Délégation de Genève")


def test_due_date_typed_in_place_and_overdue_said_in_words(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    _go_to(qtbot, view, 0, Column.DUE)
    step = view.current_step()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.keyClicks(_editor(), "2026-03-02")
    qtbot.keyClick(_editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repository.get(demo, Item, step.id).due_date == dt.date(2026, 3, 2))
    index = view.model.index_of(step.id, Column.DUE)
    qtbot.waitUntil(lambda: "Overdue" in (view.model.index_of(step.id, Column.DUE).data() or ""))
    index = view.model.index_of(step.id, Column.DUE)
    assert index.data() == "Overdue: 2 Mar 2026"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_due_date_that_is_not_a_date_is_kept_in_the_field_with_the_reason(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    _go_to(qtbot, view, 0, Column.DUE)
    step = view.current_step()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.keyClicks(_editor(), "next Tuesday-ish")
    qtbot.keyClick(_editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.message.text().startswith("Due date not saved:"))
    qtbot.waitUntil(lambda: view.table.state() == view.table.State.EditingState)
    assert _editor().text() == "next Tuesday-ish"
    assert repository.get(demo, Item, step.id).due_date is None
    _editor().clear()
    qtbot.keyClicks(_editor(), "2026-04-01")
    qtbot.keyClick(_editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: repository.get(demo, Item, step.id).due_date == dt.date(2026, 4, 1))


def test_filters_by_status_owner_due_and_words(qtbot, demo) -> None:
    rows = next_steps(demo)
    repository.update(demo, Item, rows[0].id, owner="CMCS", due_date=TODAY - dt.timedelta(days=3))
    repository.update(
        demo, Item, rows[1].id, owner="cmcs", status="done", due_date=TODAY + dt.timedelta(days=2)
    )
    opened = open_view(qtbot, demo)
    view, bar = opened.view, opened.view.filter_bar
    bar.status.setCurrentIndex(bar.status.findText("Done"))
    assert [view.model.rows[r].id for r in range(view.model.rowCount())] == [rows[1].id]
    bar.status.setCurrentIndex(0)
    bar.owner.showPopup()  # its owners are read when someone opens it
    bar.owner.hidePopup()
    assert bar.owner.count() == 2  # "Any owner", and one spelling of CMCS
    bar.owner.setCurrentIndex(1)
    assert view.model.rowCount() == 2  # "cmcs" is the same owner as "CMCS"
    bar.owner.setCurrentIndex(0)
    bar.due.setCurrentIndex(bar.due.findText("Overdue"))
    assert [r.id for r in view.model.rows] == [rows[0].id]
    bar.due.setCurrentIndex(bar.due.findText("This week"))
    assert [r.id for r in view.model.rows] == [rows[1].id]  # Monday 16 to Sunday 22 March
    bar.due.setCurrentIndex(0)
    qtbot.keyClicks(bar.words, "gateway")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Gateway" in view.model.rows[0].text
    bar.words.clear()
    qtbot.keyClicks(bar.words, "no such words anywhere")
    qtbot.waitUntil(lambda: view.summary.text() == "No next step matches.")


def test_enter_and_double_click_ask_to_open_the_step_in_its_session(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    _go_to(qtbot, view, 2, Column.TEXT)
    with qtbot.waitSignal(view.open_requested) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert asked.args[0].id == view.model.rows[2].id
    assert asked.args[0].session_id is not None
    rect = view.table.visualRect(view.model.index(4, Column.EVENT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested) as asked:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args[0].id == view.model.rows[4].id


def test_export_writes_what_the_filter_shows(qtbot, demo, tmp_path: Path) -> None:
    done = next_steps(demo)[0]
    repository.update(demo, Item, done.id, status="done")
    out = tmp_path / "open steps.csv"
    dialogs = ScriptedDialogs(save_to=out)
    opened = open_view(qtbot, demo, dialogs)
    bar = opened.view.filter_bar
    bar.status.setCurrentIndex(bar.status.findText("Still to do"))
    qtbot.mouseClick(opened.view.export_button, Qt.MouseButton.LeftButton)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.count("\n") == 1 + 13
    assert done.id not in text
    assert opened.view.message.text() == "Exported 13 next steps to open steps.csv."
    dialogs.save_to = tmp_path / "steps.txt"
    qtbot.mouseClick(opened.view.export_button, Qt.MouseButton.LeftButton)
    assert opened.view.message.text().startswith("Not exported: name the file .csv")
    assert not (tmp_path / "steps.txt").exists()


def test_only_what_is_shown_is_loaded_and_scrolling_down_loads_more(qtbot, store) -> None:
    from cmcoord_desktop.core.models import ItemKind
    from cmcoord_desktop.ui.next_steps.steps_model import PAGE

    event = repository.create_event(store, title="Regional Consultative Group")
    session = repository.create_session(store, event.id, title="Access and logistics")
    # As a sync brings them in: one transaction for them all.
    stamp = (wall_ms() - 60_000) << 16
    states = []
    for n in range(PAGE + 50):
        values = {"text": f"Step {n:04d}", "owner": "OCHA ROAP", "status": "open"}
        fields = {}
        for name, value in values.items():
            stamp += 1
            fields[name] = [
                {"v": value, "t": stamp, "d": "otherlaptop1", "seen": {"otherlaptop1": stamp}}
            ]
        states.append(
            {
                "kind": "item",
                "id": str(uuid.uuid4()),
                "fixed": {"parent": session.id, "item_kind": str(ItemKind.NEXT_STEP)},
                "fields": fields,
            }
        )
    sync_states.merge_states(store, states)
    opened = open_view(qtbot, store)
    view = opened.view
    assert view.model.rowCount() == PAGE
    qtbot.waitUntil(
        lambda: view.summary.text() == f"{PAGE} of {PAGE + 50} next steps (scroll for more)"
    )
    _go_to(qtbot, view, 0, Column.TEXT)
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE + 50)
    assert view.summary.text() == f"{PAGE + 50} next steps"


def test_a_step_retyped_elsewhere_shows_here_and_one_closed_elsewhere_too(qtbot, demo) -> None:
    opened = open_view(qtbot, demo)
    view = opened.view
    first, second = view.model.rows[0], view.model.rows[1]
    repository.update(demo, Item, first.id, text="Share the gateway's first draft by March")
    qtbot.waitUntil(
        lambda: view.model.index_of(first.id).data() == "Share the gateway's first draft by March"
    )
    view.filter_bar.status.setCurrentIndex(view.filter_bar.status.findText("Still to do"))
    repository.update(demo, Item, second.id, status="done")
    qtbot.waitUntil(lambda: not view.model.index_of(second.id).isValid())
    assert view.model.rowCount() == 13
