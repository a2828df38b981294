"""A next step carried by hand into another event from the Next steps view, by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.carry_forward import carry_id
from cmcoord_desktop.core.models import Carry, Event
from cmcoord_desktop.core.next_steps import Filters, next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.next_steps.steps_model import Column
from tests.ui.dialogs_fake import ScriptedDialogs
from tests.ui.next_steps_helpers import open_view


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo_workshop(store)
    repository.create(store, Event, {}, title="HNPW 2019 follow-up")
    return store


def test_ctrl_shift_c_carries_the_step_into_the_event_picked_and_undo_takes_it_back(
    qtbot, demo
) -> None:
    dialogs = ScriptedDialogs()
    opened = open_view(qtbot, demo, dialogs)
    view = opened.view
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, Column.TEXT))
    qtbot.waitUntil(view.table.hasFocus)
    step = view.current_step()
    assert step is not None
    target = next(e for e in repository.events(demo) if e.id != step.home_event_id)
    dialogs.choices.append(target.title)

    qtbot.keyClick(
        view.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    carry = repository.get(demo, Carry, carry_id(step.id, target.id))
    assert not carry.deleted
    there = [r for r in next_steps(demo, Filters(event=target.id)) if r.id == step.id]
    assert there and there[0].carried_from == step.event_title
    assert target.title in view.message.text()
    opened.undo_stack.undo()
    assert repository.get(demo, Carry, carry.id).deleted
    assert not [r for r in next_steps(demo, Filters(event=target.id)) if r.id == step.id]
