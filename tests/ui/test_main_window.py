"""The main window as a facilitator uses it: keyboard shortcuts, typing, undo, reopening."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from cmcoord_desktop import app
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.paths import APP_NAME
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.actions.action_spec import shortcut_text
from cmcoord_desktop.ui.actions.action_table import ACTIONS, MENUS
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.main_window import DEMO_NOTE, MainWindow
from cmcoord_desktop.ui.session_clock import clock_text
from tests.ui.dialogs_fake import ScriptedDialogs

from .conftest import OpenWindow, focused

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), key, modifiers)


def shown_titles(window: MainWindow) -> dict[str, list[str]]:
    def titles(view: QWidget) -> list[str]:
        model, rows = view.model(), []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(Role.IS_HEADER):
                rows += [model.index(r, 0, index).data() for r in range(model.rowCount(index))]
            else:
                rows.append(index.data())
        return rows

    return {
        "events": titles(window.events_panel.view),
        "sessions": titles(window.sessions_panel.view),
        "groups": titles(window.groups_panel.view),
    }


def test_capture_from_the_keyboard_survives_closing_the_window(
    qtbot, open_window: OpenWindow, data_dir: Path
) -> None:  # noqa: ANN001
    started_on = dt.date.today()
    window = open_window()
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "HNPW 2026")
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Opening plenary")
    press(qtbot, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Simulations and exercises")
    assert window.windowTitle().startswith("HNPW 2026 — ")
    window.close()

    window = open_window()
    assert shown_titles(window) == {
        "events": ["HNPW 2026"],
        "sessions": ["Opening plenary"],
        "groups": ["Simulations and exercises"],
    }
    event_id = window.events_panel.current_id()
    session_id = window.sessions_panel.current_id()
    group_id = window.groups_panel.current_id()
    assert event_id and session_id and group_id, "the last selection is selected again"
    store = window.store
    session = repository.get(store, Session, session_id)
    assert session.event_id == event_id
    # Either day, should the test run across midnight.
    assert session.date in {started_on, dt.date.today()}, "a new session is dated today"
    assert repository.get(store, MarketplaceGroup, group_id).session_id == session_id
    assert window.windowTitle().startswith("HNPW 2026 — ")


def test_new_session_without_an_event_asks_nothing_and_creates_nothing(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_G, CTRL_SHIFT)
    assert "Select a session first" in window.statusBar().currentMessage()
    assert repository.events(window.store) == []


def test_undo_and_redo_create_and_delete_from_the_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    event_id = window.events_panel.current_id()
    assert event_id and len(repository.events(window.store)) == 1

    press(qtbot, Qt.Key.Key_1, ALT)  # focus the events list, out of the title field
    assert window.events_panel.view.hasFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert repository.events(window.store) == []
    assert shown_titles(window)["events"] == []
    assert repository.get(window.store, Event, event_id).deleted

    press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [e.id for e in repository.events(window.store)] == [event_id]
    window.events_panel.select_id(event_id)

    window.events_panel.focus_list()
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert repository.events(window.store) == []
    assert "Trash" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [e.id for e in repository.events(window.store)] == [event_id]
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert repository.events(window.store) == []


def test_focus_shortcuts_move_between_panels(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    repository.create_event(window.store, title="HNPW")
    for key, panel in (
        (Qt.Key.Key_2, window.sessions_panel),
        (Qt.Key.Key_3, window.groups_panel),
        (Qt.Key.Key_1, window.events_panel),
    ):
        press(qtbot, key, ALT)
        assert panel.view.hasFocus()


def test_menus_show_every_action_with_its_shortcut(window: MainWindow) -> None:
    titles = [menu.title().replace("&", "") for menu in window.menus.values()]
    assert titles == list(MENUS)
    for spec in ACTIONS:
        action = window.actions_by_id[spec.id]
        assert window.menus[spec.menu].actions().count(action) == 1
        if spec.shortcuts:
            assert shortcut_text(spec) and not action.shortcut().isEmpty(), spec.id
    assert window.actions_by_id["new_event"].shortcut().toString() == "Ctrl+Shift+E"


def test_demo_windows_say_they_work_on_a_temporary_copy(
    qtbot, store: Store, tmp_path: Path
) -> None:  # noqa: ANN001
    repository.create_event(store, title="HNPW 2017", start_date=dt.date(2017, 2, 6))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = app.build_window(store, settings, demo=True)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{DEMO_NOTE} — CMCoord Desktop"
    window.events_panel.select_id(repository.events(store)[0].id)
    assert window.windowTitle() == f"HNPW 2017 {DEMO_NOTE} — CMCoord Desktop"
    # What the title bar shows: a window system adds the program's name (Qt's
    # formatWindowTitle) unless the title already ends with it.
    title = window.windowTitle()
    shown = title if title.endswith(APP_NAME) else f"{title} — {APP_NAME}"
    assert shown.count(APP_NAME) == 1


def test_window_size_and_splitters_are_remembered(qtbot, open_window: OpenWindow) -> None:  # noqa: ANN001
    window = open_window()
    # Small enough for the offscreen screen (800 x 600), which clamps restored geometry.
    window.resize(777, 555)
    window.splitter.setSizes([150, 160, 170, 297])
    sizes = window.splitter.sizes()
    window.close()
    window = open_window()
    assert (window.width(), window.height()) == (777, 555)
    assert window.splitter.sizes() == sizes


# --- the program around the window -------------------------------------------------------------


def test_a_second_window_on_the_same_data_folder_is_refused_clearly(
    store: Store, data_dir: Path
) -> None:
    dialogs = ScriptedDialogs()
    assert app.open_store(data_dir, dialogs) is None
    [(title, text)] = [(w.title, w.text) for w in dialogs.told("warning")]
    assert "already open" in title
    assert str(data_dir) in text and "close it first" in text
    repository.create_event(store, title="still writable by the first window")


def test_a_database_from_a_newer_version_is_refused_and_left_alone(data_dir: Path) -> None:
    import sqlite3

    from cmcoord_desktop.core.migrations import SCHEMA_VERSION
    from cmcoord_desktop.core.paths import DATABASE_NAME

    Store(data_dir).close()
    database = data_dir / DATABASE_NAME
    with sqlite3.connect(database) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = database.read_bytes()
    dialogs = ScriptedDialogs()
    assert app.open_store(data_dir, dialogs) is None
    [(title, _text)] = [(w.title, w.text) for w in dialogs.told("warning")]
    assert "newer" in title
    assert database.read_bytes() == before


def test_without_a_display_it_explains_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.run_window(tmp_path / "data") == 1
    message = capsys.readouterr().err
    assert "xvfb-run cmcoord-desktop" in message and "export" in message
    assert not (tmp_path / "data").exists(), "nothing is created when no window can open"


def test_outcomes_and_next_steps_typed_from_the_keyboard_are_kept_in_order(
    qtbot, open_window: OpenWindow
) -> None:  # noqa: ANN001
    window = open_window()
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "HNPW 2026")
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Data Revolution")
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "Share data early")
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "Agree on formats")
    press(qtbot, Qt.Key.Key_2, CTRL)
    qtbot.keyClicks(focused(), "Draft a data-sharing protocol")
    session_id = window.sessions_panel.current_id()
    window.close()

    window = open_window()
    store = window.store
    assert window.sessions_panel.current_id() == session_id
    outcomes = repository.children(store, Item, session_id, ItemKind.KEY_OUTCOME)
    steps = repository.children(store, Item, session_id, ItemKind.NEXT_STEP)
    assert [i.text for i in outcomes] == ["Share data early", "Agree on formats"]
    assert [i.text for i in steps] == ["Draft a data-sharing protocol"]


def test_the_status_bar_says_each_change_is_saved(window: MainWindow) -> None:
    assert "saved" in window.saved_label.text().lower()
    before = window.saved_label.text()
    repository.create_event(window.store, title="HNPW")
    assert window.saved_label.text().startswith("Saved ")
    assert window.saved_label.text() != before


def test_each_panel_has_a_context_menu_with_new_and_delete(window: MainWindow) -> None:
    for panel, new_id in (
        (window.events_panel, "new_event"),
        (window.sessions_panel, "new_session"),
        (window.groups_panel, "new_group"),
    ):
        assert panel.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        actions = panel.view.actions()
        assert window.actions_by_id[new_id] in actions
        assert window.actions_by_id["delete"] in actions


def test_the_session_clock_counts_from_the_selected_session_start(window: MainWindow) -> None:
    store = window.store
    now = dt.datetime.now()
    event = repository.create_event(store, title="HNPW", start_date=now.date())
    started = (now - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    if started.date() != now.date():  # just after midnight: a session later today instead
        started = now + dt.timedelta(hours=1)
    session = repository.create_session(
        store, event.id, title="Live", date=now.date(), start_time=started.time()
    )
    window.events_panel.select_id(event.id)
    assert window.session_clock.text().startswith("Window open for ")
    window.sessions_panel.select_id(session.id)
    assert window.session_clock.text().startswith(("Session running ", "Session starts in "))
    assert f"{started:%H:%M}" in window.session_clock.text()


def test_clock_text() -> None:
    opened = dt.datetime(2017, 2, 8, 9, 0)
    now = dt.datetime(2017, 2, 8, 10, 5, 7)
    day = now.date()
    assert clock_text(now, opened) == "Window open for 1:05:07"
    assert clock_text(now, opened, day, dt.time(9, 30)) == "Session running 0:35:07 (since 09:30)"
    assert clock_text(now, opened, day, dt.time(11, 0)) == "Session starts in 0:54:53 (at 11:00)"
    running = "Session running 0:35:07 (since 09:30)"
    assert (
        clock_text(now, opened, day, dt.time(9, 30), dt.time(11, 0)) == f"{running} · 54 min left"
    )
    assert (
        clock_text(now, opened, day, dt.time(9, 30), dt.time(10, 0)) == f"{running} · over by 5 min"
    )
    other_day = dt.date(2017, 2, 7)
    assert clock_text(now, opened, other_day, dt.time(9, 30)) == "Window open for 1:05:07"


def test_hiding_the_session_clock_is_remembered(qtbot, open_window: OpenWindow) -> None:  # noqa: ANN001
    window = open_window()
    assert window.session_clock.isVisible()
    window.actions_by_id["show_session_clock"].trigger()
    assert not window.session_clock.isVisible()
    window.close()
    window = open_window()
    assert not window.session_clock.isVisible()
    assert not window.actions_by_id["show_session_clock"].isChecked()


def test_a_data_folder_that_cannot_be_written_is_refused_clearly(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    dialogs = ScriptedDialogs()
    assert app.open_store(not_a_folder, dialogs) is None
    [(title, text)] = [(w.title, w.text) for w in dialogs.told("warning")]
    assert "read-only" in title and "Nothing was changed" in text
    assert not_a_folder.read_text() == "a file where the data folder should be"


def test_enter_on_a_session_puts_the_cursor_in_the_editor(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    event = repository.create_event(window.store, title="HNPW")
    session = repository.create_session(window.store, event.id, title="Data Revolution")
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.sessions_panel.focus_list()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.editor.isAncestorOf(focused())
    qtbot.keyClicks(focused(), ", part 2")
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # writes it
    assert repository.get(window.store, Session, session.id).title == "Data Revolution, part 2"
