"""A laptop whose clock ran a year ahead, put right since: its sync offers to re-date those
changes; No changes nothing, Yes rewrites the shared file and another laptop syncs it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import clock, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.clock_repair import far_future_keys
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.sync_controller import REPAIR_QUESTION
from tests.ui.dialogs_fake import ScriptedDialogs

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

YEAR_MS = 365 * 86_400_000


def a_year_ahead() -> int:
    return clock.wall_ms() + YEAR_MS


def test_the_window_offers_to_redate_and_the_other_laptop_syncs_again(
    qtbot,  # noqa: ANN001
    data_dir: Path,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(data_dir) as store:
        event = repo.create_event(store, title="HNPW 2017")
        sync_with_shared_file(store, shared)
    with Store(data_dir, wall=a_year_ahead) as store:  # the clock jumped a year ahead
        repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
        repo.add_item(store, event.id, ItemKind.NEXT_STEP, "Share the SimEx calendar")
        sync_with_shared_file(store, shared)
        old_id = store.device_id
    blocked = shared.read_bytes()

    store = Store(data_dir)  # the clock is right again
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialogs = ScriptedDialogs(sync_to=shared, agree=False)  # no to the first question
    window = build_window(store, settings, dialogs)
    qtbot.addWidget(window)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        with qtbot.waitSignal(window.sync.cancelled, timeout=20_000):
            qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
        assert [(q.text, q.yes) for q in dialogs.questions] == [
            (REPAIR_QUESTION, "Re-date and rewrite")
        ]
        assert shared.read_bytes() == blocked and store.device_id == old_id
        assert not dialogs.told("warning")

        dialogs.agree, dialogs.warnings_fail = True, True  # asked again, the person agrees
        with qtbot.waitSignal(window.sync.repaired, timeout=20_000):
            qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
        assert [q.text for q in dialogs.questions] == [REPAIR_QUESTION] * 2
        assert store.device_id != old_id
        message = window.statusBar().currentMessage()  # two texts, the next step's status
        assert message.startswith("Re-dated 3 changes made while this laptop's clock was ahead")
        assert window.sync.status.text().startswith("Last synced ")
        here = sync_states.record_states(store)
    finally:
        window.close()
        store.close()

    document = shared_file.read(shared)  # strictly, as every other laptop reads it
    assert shared.read_bytes() != blocked
    assert not far_future_keys(document["records"], clock.wall_ms())
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        texts = {i.text for i in repo.children(bilal, Item, event.id, ItemKind.KEY_OUTCOME)}
        steps = {i.text for i in repo.children(bilal, Item, event.id, ItemKind.NEXT_STEP)}
        assert texts == {"Joint exercises build trust"}
        assert steps == {"Share the SimEx calendar"}
        assert sorted(sync_states.record_states(bilal), key=str) == sorted(here, key=str)
