"""Every action runs through one dispatcher, which writes the typing in progress first; each
action's callable is resolved when the window is built, so a misspelt one fails there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.actions import window_actions
from cmcoord_desktop.ui.actions.action_spec import ActionSpec
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import focused


class SharedFile(Dialogs):
    def __init__(self, shared: Path) -> None:
        self.shared = shared

    def ask_sync_path(self, parent, title, start, filters) -> Path:  # noqa: ANN001
        return self.shared

    def confirm(self, parent, title, text, yes="Continue") -> bool:  # noqa: ANN001
        return True

    def warn(self, parent, title, text, details="") -> None:  # noqa: ANN001
        pytest.fail(f"unexpected warning: {title}: {text}")


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = build_window(store, settings, SharedFile(tmp_path / "workshop.cmcsync"))
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    opened.close()


def test_typing_is_in_the_store_and_the_file_when_a_recent_shared_file_is_picked(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    tmp_path: Path,
) -> None:
    event = repository.create_event(store, title="HNPW")
    with qtbot.waitSignal(window.sync.synced, timeout=20_000):  # now a recent shared file
        window.actions_by_id["sync_shared_file"].trigger()
    window.chain.reveal(repository.get(store, Event, event.id))
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Go to editor
    title = focused()
    title.moveCursor(title.textCursor().MoveOperation.End)
    qtbot.keyClicks(title, " 2017")

    recent = window.findChild(QMenu, "menu_recent_shared_files")
    recent.popup(window.mapToGlobal(QPoint(40, 40)))  # fills itself as it opens
    qtbot.waitUntil(recent.isVisible)
    (entry,) = [a for a in recent.actions() if a.text().endswith("workshop.cmcsync")]
    # A menu entry takes no focus from the field: only the dispatcher writes the typing now.
    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        entry.trigger()
        assert repository.get(store, Event, event.id).title == "HNPW 2017"
    recent.hide()

    with Store(tmp_path / "bilal") as bilal:  # what the shared file now holds
        sync_with_shared_file(bilal, tmp_path / "workshop.cmcsync")
        assert [e.title for e in repository.events(bilal)] == ["HNPW 2017"]


def test_an_action_naming_a_callable_that_does_not_exist_fails_when_the_window_is_built(
    window: MainWindow,
) -> None:
    misspelt = ActionSpec(
        "new_event",
        "New &event",
        "File",
        lambda c: c.records.new_evnet,  # type: ignore[attr-defined]
    )
    with pytest.raises(AttributeError, match="new_evnet"):
        window_actions.bind_actions(
            {"new_event": QAction(window)}, window.controllers, window.dispatcher, [misspelt]
        )
