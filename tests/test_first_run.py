"""The first start on an empty data folder: try the demo, create an event, or copy a past one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop.app import build_window, open_demo_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.paths import demo_workshop_file
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.welcome import WelcomePage, show_first_window
from tests.ui.dialogs_fake import ScriptedDialogs


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def start(
    qtbot, store: Store, settings: QSettings, dialogs: Dialogs
) -> tuple[QWidget, MainWindow, list[QWidget]]:
    """The program's start on this store; also returns the demo windows opened later."""
    window = build_window(store, settings, dialogs)
    qtbot.addWidget(window)
    demo_windows: list[QWidget] = []

    def open_demo() -> QWidget:
        demo = QWidget()
        demo.setWindowTitle("demo workshop")
        qtbot.addWidget(demo)
        demo.show()
        demo_windows.append(demo)
        return demo

    first = show_first_window(window, open_demo)
    if first is not window:
        qtbot.addWidget(first)
    return first, window, demo_windows


def test_an_empty_data_folder_opens_on_the_welcome_choices(qtbot, store, settings) -> None:
    first, window, _demos = start(qtbot, store, settings, ScriptedDialogs())
    assert isinstance(first, WelcomePage)
    assert first.isVisible() and not window.isVisible()
    texts = [b.text() for b in (first.demo_button, first.create_button, first.copy_button)]
    assert texts == [
        "Try the demo workshop",
        "Create an event",
        "Create from a copy of a past event\u2026",
    ]
    assert str(store.data_dir) in first.findChild(QWidget, "data_folder").text()


def test_a_data_folder_with_events_opens_the_window(qtbot, store, settings) -> None:
    repository.create_event(store, title="HNPW 2017")
    first, window, _demos = start(qtbot, store, settings, ScriptedDialogs())
    assert first is window and window.isVisible()


def test_create_an_event_opens_the_window_on_a_new_event(qtbot, store, settings) -> None:
    first, window, _demos = start(qtbot, store, settings, ScriptedDialogs())
    first.create_button.setFocus()
    qtbot.keyClick(first.create_button, Qt.Key.Key_Space)
    qtbot.waitUntil(window.isVisible)
    assert not first.isVisible()
    assert len(repository.events(store)) == 1


def test_try_the_demo_opens_the_demo_and_leaves_the_data_folder_empty(
    qtbot, store, settings
) -> None:
    first, window, demos = start(qtbot, store, settings, ScriptedDialogs())
    qtbot.mouseClick(first.demo_button, Qt.MouseButton.LeftButton)
    assert [w.isVisible() for w in demos] == [True]
    assert not first.isVisible() and not window.isVisible()
    assert repository.events(store) == []


def test_copy_a_past_event_brings_its_agenda_without_content(qtbot, store, settings) -> None:
    dialogs = ScriptedDialogs(
        open_paths=[demo_workshop_file()], choices=["Humanitarian Network and Partnership Week"]
    )
    first, window, _demos = start(qtbot, store, settings, dialogs)

    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(window.isVisible)
    assert dialogs.said == []
    [event] = repository.events(store)
    assert event.title.startswith(
        "Humanitarian Network and Partnership Week"
    ) and event.title.endswith("(copy)")
    assert window.chain.selected_event().id == event.id
    assert event.start_date is None and event.participants is None
    sessions = repository.children(store, Session, event.id)
    assert len(sessions) >= 2
    with Store(Path(str(store.data_dir) + "-past")) as past:
        load_demo_workshop(past)
        [original] = [e for e in repository.events(past) if e.title in event.title]
        past_sessions = repository.children(past, Session, original.id)
        assert sorted((s.title, s.format) for s in sessions) == sorted(
            (s.title, s.format) for s in past_sessions
        )
        past_topics = sorted(
            g.topic
            for s in past_sessions
            for g in repository.children(past, MarketplaceGroup, s.id)
        )
    topics = sorted(
        g.topic for s in sessions for g in repository.children(store, MarketplaceGroup, s.id)
    )
    assert topics == past_topics and topics
    for session in sessions:
        assert session.notes == "" and session.delegates is None and session.panel == ""
        assert session.date is None
        for kind in ItemKind:
            assert repository.children(store, Item, session.id, kind) == []
        for group in repository.children(store, MarketplaceGroup, session.id):
            assert group.host == "" and group.participants == ""
            assert repository.children(store, Item, group.id, ItemKind.IDEA) == []
    assert repository.children(store, Item, event.id, ItemKind.KEY_OUTCOME) == []


def test_a_file_that_cannot_be_read_changes_nothing(qtbot, store, settings, tmp_path) -> None:
    broken = tmp_path / "last-year.cmcsync"
    broken.write_bytes(b'{"format": "cmcoord-records", "trunc')
    dialogs = ScriptedDialogs(open_paths=[broken], choices=["anything"])
    first, window, _demos = start(qtbot, store, settings, dialogs)

    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)

    assert [said.title for said in dialogs.said] == ["Cannot read that file"]
    assert first.isVisible() and not window.isVisible()
    assert repository.events(store) == [] and repository.trash(store) == []


def test_cancelling_the_choice_of_event_changes_nothing(qtbot, store, settings) -> None:
    dialogs = ScriptedDialogs(open_paths=[demo_workshop_file()])
    first, _window, _demos = start(qtbot, store, settings, dialogs)
    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)
    assert first.isVisible()
    assert repository.events(store) == [] and repository.trash(store) == []


def test_the_demo_window_works_on_its_own_temporary_copy(qtbot, store, settings) -> None:
    demo = open_demo_window(ScriptedDialogs(), settings)
    qtbot.addWidget(demo)
    try:
        assert demo.isVisible() and demo.store.data_dir != store.data_dir
        assert len(repository.events(demo.store)) == 3
        assert "demo" in demo.windowTitle()
    finally:
        demo.store.close()
        shutil.rmtree(demo.store.data_dir)
    assert repository.events(store) == []


def test_enter_opens_the_focused_choice_and_the_focus_shows(qtbot, store, settings) -> None:
    first, window, demos = start(qtbot, store, settings, ScriptedDialogs())
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    assert QApplication.focusWidget() is first.demo_button, "the demo is the first choice"
    focused_look = first.demo_button.grab().toImage()
    qtbot.keyClick(first.demo_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.create_button
    assert first.demo_button.grab().toImage() != focused_look, "the focus is visible"
    qtbot.keyClick(first.create_button, Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [w.isVisible() for w in demos] == [True]
    assert not first.isVisible() and not window.isVisible()


def test_enter_on_create_an_event_opens_the_window(qtbot, store, settings) -> None:
    first, window, _demos = start(qtbot, store, settings, ScriptedDialogs())
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    qtbot.waitUntil(window.isVisible)
    assert len(repository.events(store)) == 1
