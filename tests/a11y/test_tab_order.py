"""Tab goes through the window in the order a person reads it: the lists from the first to the
last column, then the editor line by line, along each line in the window's direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cmcoord_desktop.ui.main_window import MainWindow
from tests.a11y.accessible_tree import name_of
from tests.a11y.conftest import act
from tests.a11y.reading_order import reading_order, screen_rect, tab_chain

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.fixture(params=DIRECTIONS, ids=["left-to-right", "right-to-left"])
def direction(request) -> Qt.LayoutDirection:  # noqa: ANN001
    QApplication.setLayoutDirection(request.param)
    yield request.param
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_tab_through_the_editor_follows_its_lines(
    demo_window: MainWindow, direction: Qt.LayoutDirection
) -> None:
    editor = demo_window.editor
    assert editor.form is not None
    editor.focus_first_field()
    chain = tab_chain(QApplication.focusWidget(), editor)
    assert len(chain) >= 12  # title, when, format, delegates, panel, track, notes, items...
    assert [w.accessibleName() for w in chain] == [
        w.accessibleName() for w in reading_order(chain, direction)
    ]


def test_tab_goes_through_the_columns_in_reading_order(
    demo_window: MainWindow, direction: Qt.LayoutDirection
) -> None:
    """Filter box, events, sessions, tables, then the editor: in a right-to-left window the
    first column is on the right, and Tab moves leftwards."""
    panels = demo_window.panels
    chain = tab_chain(demo_window.events_panel.filter_box, demo_window.splitter)
    columns = [*panels, demo_window.editor]
    visited = []
    for widget in chain:
        column = next(i for i, c in enumerate(columns) if c.isAncestorOf(widget))
        if not visited or visited[-1] != column:
            visited.append(column)
    assert visited == [0, 1, 2, 3]
    xs = [screen_rect(column).center().x() for column in columns]
    rtl = direction == Qt.LayoutDirection.RightToLeft
    assert xs == sorted(xs, reverse=rtl), "the columns are not laid out in the window's direction"


def test_tab_through_the_export_dialog_follows_its_lines(
    demo_window: MainWindow, direction: Qt.LayoutDirection
) -> None:
    act(demo_window, "export_summary")
    dialog = demo_window.findChild(QDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    QApplication.processEvents()
    start = dialog.focusWidget() or dialog.nextInFocusChain()
    chain = tab_chain(start, dialog)
    assert len(chain) >= 5
    first = reading_order(chain, direction)[0]
    chain = tab_chain(first, dialog)
    assert [name_of(w) for w in chain] == [name_of(w) for w in reading_order(chain, direction)]
    dialog.close()
