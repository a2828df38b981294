"""The demo workshop in a window, with a co-facilitator's conflicting edit waiting for review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository, sync_states
from cmcoord_desktop.core.models import Item, ItemKind, MarketplaceGroup, Session
from cmcoord_desktop.core.paths import resources_dir
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.main_window import MainWindow
from tests.ui.dialogs_fake import ScriptedDialogs


def marketplace_session(store: Store) -> Session:
    """The demo's first session with marketplace tables: every kind of field and list."""
    for event in repository.events(store):
        for session in repository.children(store, Session, event.id):
            if repository.children(store, MarketplaceGroup, session.id):
                return session
    raise AssertionError("the demo workshop has no marketplace session")


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The demo workshop, and one outcome typed differently on two laptops at once."""
    with Store(tmp_path / "data") as store, Store(tmp_path / "colleague") as colleague:
        load_demo_workshop(store)
        sync_states.merge_states(colleague, sync_states.record_states(store))
        session = marketplace_session(store)
        outcome = repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)[0]
        repository.update(store, Item, outcome.id, text=outcome.text + " (plenary)")
        repository.update(colleague, Item, outcome.id, text=outcome.text + " (in the field)")
        sync_states.merge_states(store, sync_states.record_states(colleague))
        slide = (resources_dir() / "icons" / "cmcoord-desktop-64.png").read_bytes()
        repository.add_attachment(store, session.id, slide, "opening.png", "image/png", "Opening")
        yield store


def open_demo_window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    """The window on the demo, its marketplace session in the editor, 1366 x 768."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # The one scripted fake of the window's dialogs: no real picker or message box opens.
    window = build_window(store, settings, ScriptedDialogs(), demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    session = marketplace_session(store)
    window.events_panel.select_id(session.event_id)
    window.sessions_panel.select_id(session.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.processEvents()
    return window


@pytest.fixture
def demo_window(qtbot, demo_store: Store, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    window = open_demo_window(qtbot, demo_store, tmp_path)
    yield window
    window.close()


def act(window: MainWindow, action_id: str) -> None:
    """Choose a menu entry (or press its shortcut): what a person does."""
    window.actions_by_id[action_id].trigger()
    QApplication.processEvents()


def show(window: MainWindow, action_id: str) -> None:
    """Tick a View entry (Trash, Needs review) if it is not ticked yet."""
    if not window.actions_by_id[action_id].isChecked():
        act(window, action_id)
