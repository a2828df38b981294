"""Window fixtures: a main window on a real store in a fresh data folder, reopenable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.main_window import MainWindow
from tests.ui.dialogs_fake import ScriptedDialogs

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """The person's answers to the window's dialogs (none scripted: every picker cancelled,
    every question agreed to); a test adds the answers it needs."""
    return ScriptedDialogs()


@pytest.fixture
def open_window(
    qtbot,  # noqa: ANN001
    data_dir: Path,
    settings_file: Path,
    dialogs: ScriptedDialogs,
) -> Iterator[OpenWindow]:
    """Opens the window on the test's data folder; call again after closing it to reopen.

    Each window gets its own Store, closed with the window, as when the program restarts.
    """
    opened: list[tuple[MainWindow, Store]] = []

    def close_all() -> None:
        for earlier_window, earlier_store in opened:
            earlier_window.close()  # the window writes what is pending before its store goes
            earlier_store.close()
        opened.clear()

    def open_() -> MainWindow:
        close_all()
        store = Store(data_dir)
        window = build_window(
            store, QSettings(str(settings_file), QSettings.Format.IniFormat), dialogs
        )
        opened.append((window, store))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield open_
    close_all()


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget
