"""The search box driven with keys and clicks on a real store holding the demo workshop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.search.results_model import Role
from cmcoord_desktop.ui.search.search_panel import SearchPanel

DEMO_EVENT = "Humanitarian Network and Partnership Week (HNPW) 2017"


@pytest.fixture
def panel(qtbot, store: Store) -> SearchPanel:  # noqa: ANN001
    load_demo_workshop(store)
    signal = DataSignal(store)
    shown = SearchPanel(store, signal)
    shown.setProperty("kept", signal)  # the signal lives as long as the panel
    qtbot.addWidget(shown)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.focus_box()
    return shown


def _rows(panel: SearchPanel) -> list[tuple[bool, str]]:
    model = panel.model
    return [
        (bool(model.index(r).data(Role.IS_HEADING)), model.index(r).data())
        for r in range(model.rowCount())
    ]


def test_typing_gateway_lists_the_demo_outcome_under_its_event(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "gatew")  # found as one types: a prefix
    qtbot.waitUntil(lambda: panel.model.count == 2)
    rows = _rows(panel)
    assert rows[0] == (True, DEMO_EVENT)
    assert all(not heading for heading, _ in rows[1:])
    first = panel.model.index(1)
    assert first.data(Role.MATCHED) == "gateway"
    assert first.data(Role.DETAIL).startswith("key outcome · Data Revolution")
    assert "humanitarian-military gateway" in first.data()
    assert panel.notice.text() == ""


def test_enter_in_the_box_opens_the_first_match(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "Oslo")
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    match = opened.args[0]
    assert match.event_title == DEMO_EVENT
    assert "Oslo" in match.context.match


def test_down_then_enter_and_a_click_open_the_chosen_match(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "gateway")
    qtbot.waitUntil(lambda: panel.model.count == 2)
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args[0].kind == "next step"
    rect = panel.results.visualRect(panel.model.index(1))
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0].kind == "key outcome"


def test_a_heading_is_not_opened(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "gateway")
    qtbot.waitUntil(lambda: panel.model.count == 2)
    rect = panel.results.visualRect(panel.model.index(0))
    with qtbot.assertNotEmitted(panel.open_requested, wait=100):
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("^gateway) (*:", ""),
        ('NEAR(gateway "Oslo* AND col:x', 'Nothing matches “NEAR(gateway "Oslo* AND col:x”.'),
        ("😀🤝", "Nothing matches “😀🤝”."),
        ("humanitarian \ud800 gateway", ""),  # a lone surrogate: Qt drops it on the way in
        ("()*^:-+", "Type letters or numbers to search: symbols alone match nothing."),
        ("gateway " * 1250, "Searched the first 32 words."),  # 10,000 characters pasted
        ("x" * 10_000, "Searched the first 1,000 characters."),
    ],
)
def test_any_text_is_searched_as_words_or_the_box_says_why(qtbot, panel, typed, said) -> None:
    panel.box.setText(typed)  # as a paste
    qtbot.keyClick(panel.box, Qt.Key.Key_End)
    panel.run()
    assert panel.notice.text() == said


def test_nothing_found_is_said(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "zzyzx")
    qtbot.waitUntil(lambda: panel.notice.text() == "Nothing matches “zzyzx”.")
    assert panel.model.rowCount() == 0


def test_results_are_painted_with_the_match_highlighted(qtbot, panel) -> None:
    qtbot.keyClicks(panel.box, "gateway")
    qtbot.waitUntil(lambda: panel.model.count == 2)
    image = panel.results.viewport().grab().toImage()
    rect = panel.results.visualRect(panel.model.index(1))
    highlighted = {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    }
    assert "#ffe08a" in highlighted
