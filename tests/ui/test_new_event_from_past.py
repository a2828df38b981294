"""File › New event from a past event…, always there: from this data folder or a records file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import MarketplaceGroup, Session
from cmcoord_desktop.core.paths import demo_workshop_file
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.main_window import MainWindow
from tests.ui.dialogs_fake import ScriptedDialogs

from .conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier


def open_with(qtbot, store: Store, tmp_path: Path, dialogs: Dialogs) -> MainWindow:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def choose_from_file_menu(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    """Open the File menu from the keyboard and trigger the entry, as a person clicks it."""
    menu = window.menus["File"]
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert action.isEnabled()
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_a_new_event_from_one_of_this_folders_events_undoably(qtbot, store, tmp_path) -> None:  # noqa: ANN001
    past = repository.create_event(store, title="HNPW 2026", host="OCHA", city="Geneva")
    session = repository.create_session(store, past.id, title="Data Revolution", notes="long")
    repository.create_group(store, session.id, topic="Micro-learning", host="Anna")
    dialogs = ScriptedDialogs(choices=["HNPW 2026"])
    window = open_with(qtbot, store, tmp_path, dialogs)

    choose_from_file_menu(qtbot, window, "New event from a past event…")

    assert dialogs.offered[0][-1].startswith("From a records file"), "or from a file"
    [copy] = [e for e in repository.events(store) if e.id != past.id]
    assert (copy.title, copy.host, copy.city) == ("HNPW 2026 (copy)", "OCHA", "Geneva")
    [new_session] = repository.children(store, Session, copy.id)
    assert (new_session.title, new_session.notes) == ("Data Revolution", "")
    assert [g.topic for g in repository.children(store, MarketplaceGroup, new_session.id)] == [
        "Micro-learning"
    ]
    assert window.chain.selected_event().id == copy.id
    assert window.editor.form.record_id == copy.id
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert [e.id for e in repository.events(store)] == [past.id]


def test_a_new_event_from_a_records_file(qtbot, store, tmp_path) -> None:  # noqa: ANN001
    repository.create_event(store, title="Something else")
    dialogs = ScriptedDialogs(
        choices=["From a records file", "Humanitarian Network and Partnership Week"],
        open_paths=[demo_workshop_file()],
    )
    window = open_with(qtbot, store, tmp_path, dialogs)

    choose_from_file_menu(qtbot, window, "New event from a past event…")

    assert dialogs.said == []
    titles = sorted(e.title for e in repository.events(store))
    assert titles[0].startswith("Humanitarian Network and Partnership Week")
    assert titles[0].endswith("(copy)")
    assert len(repository.children(store, Session, window.chain.selected_event().id)) >= 2


def test_cancelling_or_a_broken_file_changes_nothing(qtbot, store, tmp_path) -> None:  # noqa: ANN001
    repository.create_event(store, title="HNPW 2026")
    broken = tmp_path / "last-year.cmcsync"
    broken.write_bytes(b'{"format": "cmcoord-records", "trunc')
    dialogs = ScriptedDialogs(
        choices=["nothing like it", "From a records file"], open_paths=[broken]
    )
    window = open_with(qtbot, store, tmp_path, dialogs)
    choose_from_file_menu(qtbot, window, "New event from a past event…")  # cancelled
    choose_from_file_menu(qtbot, window, "New event from a past event…")  # a broken file
    assert len(dialogs.said) == 1
    assert [e.title for e in repository.events(store)] == ["HNPW 2026"]
