"""The demo workshop in a window, with a co-facilitator's conflicting edit waiting for review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Item, ItemKind, Session
from cmcoord_desktop.core.paths import resources_dir
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.ui.main_window import MainWindow


def marketplace_session(store: Store) -> Session:
    """The demo's first session with marketplace tables: every kind of field and list."""
    for event in repository.events(store):
        for session in repository.sessions(store, event.id):
            if repository.groups(store, session.id):
                return session
    raise AssertionError("the demo workshop has no marketplace session")


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The demo workshop, and one outcome typed differently on two laptops at once."""
    with Store(tmp_path / "data") as store, Store(tmp_path / "colleague") as colleague:
        load_demo_workshop(store)
        repository.merge_states(colleague, repository.record_states(store))
        session = marketplace_session(store)
        outcome = repository.items(store, session.id, ItemKind.KEY_OUTCOME)[0]
        repository.update(store, Item, outcome.id, text=outcome.text + " (plenary)")
        repository.update(colleague, Item, outcome.id, text=outcome.text + " (in the field)")
        repository.merge_states(store, repository.record_states(colleague))
        slide = (resources_dir() / "icons" / "cmcoord-desktop-64.png").read_bytes()
        repository.add_attachment(store, session.id, slide, "opening.png", "image/png", "Opening")
        yield store


def open_demo_window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    """The window on the demo, its marketplace session in the editor, 1366 x 768."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, demo=True)
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
