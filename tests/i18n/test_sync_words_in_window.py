"""A sync from the window switched to French: the preview and the status bar say what changed
in French (the words come from sync/, through the window's translators)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.language import WindowLanguage
from tests.ui.dialogs_fake import ScriptedDialogs

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_sync_in_a_french_window_says_what_changed_in_french(
    qtbot,  # noqa: ANN001
    language: WindowLanguage,
    store: Store,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "bilal") as bilal:  # another laptop put an event and its outcome there
        event = repo.create_event(bilal, title="HNPW 2017")
        repo.add_item(bilal, event.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
        sync_with_shared_file(bilal, shared)
    repo.create_event(store, title="Leading Edge Programme")
    language.switch("fr")
    dialogs = ScriptedDialogs(sync_to=shared, warnings_fail=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(
        store, settings, dialogs, language=language
    )  # one set of translators, put back by the fixture
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    here = "nouvelles\u00a0: 2, mises à jour\u00a0: 0, 0 conflit, supprimées\u00a0: 0"
    there = "nouvelles\u00a0: 1, mises à jour\u00a0: 0, supprimées\u00a0: 0"
    preview = dialogs.questions[-1].text
    assert here in preview and there in preview
    shown = window.statusBar().currentMessage()
    assert here in shown, shown
    assert "new," not in shown and "updated" not in shown
    assert [e.title for e in repo.events(store)] == ["HNPW 2017", "Leading Edge Programme"]
    window.close()
