"""Sync from the window: pick the file, read the preview, resolve the conflict, sync again.

The other laptop is a second data folder with its own store; the file picker and the question
boxes are the window's one seam (Dialogs), answered by a script as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.main_window import MainWindow
from tests.isolates import plain
from tests.ui.dialogs_fake import ScriptedDialogs

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    (tmp_path / "share").mkdir()
    return tmp_path / "share" / "workshop.cmcsync"


@pytest.fixture
def dialogs(shared: Path) -> ScriptedDialogs:
    """The person picks the shared file and agrees to every preview; a warning fails."""
    return ScriptedDialogs(sync_to=shared, warnings_fail=True)


@pytest.fixture
def window(qtbot, store: Store, dialogs: ScriptedDialogs, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = build_window(store, settings, dialogs)
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    opened.close()


def test_sync_from_the_menu_resolve_the_conflict_and_the_other_laptop_gets_it(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    shared: Path,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    item = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "Draft outcome")
    sync_with_shared_file(store, shared)
    other_dir = tmp_path / "bilal"
    with Store(other_dir) as bilal:  # Bilal's laptop takes the outcome and rewrites it offline
        sync_with_shared_file(bilal, shared)
        repo.update(bilal, Item, item.id, text="Joint exercises build trust")
        sync_with_shared_file(bilal, shared)
        bilal_name = bilal.device_name
    repo.update(store, Item, item.id, text="Exercises build trust early")  # meanwhile, here

    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    assert "This laptop: 0 new, 1 updated, 1 conflict, 0 deleted" in dialogs.questions[-1].text
    assert window.sync.status.text().startswith("Last synced ")
    assert window.sync.status.text().endswith("with workshop.cmcsync")
    assert repo.get(store, Item, item.id).needs_review

    review = window.review  # opened by itself: the sync brought a conflict
    assert review.isVisible() and window.actions_by_id["show_review"].isChecked()
    assert review.model.rowCount() == 1
    assert "Key outcome" in review.model.index(0, 0).data()
    texts = [v["v"] for v in repo.get(store, Item, item.id).versions["text"]]
    keep_ours = review.findChild(
        QPushButton, f"keep_text_{texts.index('Exercises build trust early')}"
    )
    theirs_column = texts.index("Joint exercises build trust")
    who = [w.text() for w in review.detail.widget().findChildren(type(review.summary))]
    assert any(plain(text).startswith(bilal_name) for text in who), "says which laptop wrote it"
    assert review.findChild(QPushButton, f"keep_text_{theirs_column}") is not None
    assert review.findChild(QPushButton, "keep_both") is not None
    qtbot.mouseClick(keep_ours, Qt.MouseButton.LeftButton)

    settled = repo.get(store, Item, item.id)
    assert settled.text == "Exercises build trust early" and not settled.needs_review
    assert plain(window.undo_stack.undoText()).startswith("Keep “Exercises build trust")
    qtbot.waitUntil(lambda: review.model.rowCount() == 0)

    window.sync.fill_recent_menu(
        recent := window.findChild(type(window.menus["File"]), "menu_recent_shared_files")
    )
    (again,) = [a for a in recent.actions() if a.text().endswith("workshop.cmcsync")]
    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        again.trigger()

    with Store(other_dir) as bilal:
        sync_with_shared_file(bilal, shared)
        on_bilals_laptop = repo.get(bilal, Item, item.id)
        assert on_bilals_laptop.text == "Exercises build trust early"
        assert not on_bilals_laptop.needs_review


def test_keep_both_makes_two_items_and_undo_takes_it_back(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    shared: Path,
    tmp_path: Path,
) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    item = repo.add_item(store, event.id, ItemKind.NEXT_STEP, "Draft")
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "chen") as chen:
        sync_with_shared_file(chen, shared)
        repo.update(chen, Item, item.id, text="Share the SimEx calendar")
        sync_with_shared_file(chen, shared)
    repo.update(store, Item, item.id, text="Invite CMCoord officers")
    sync_with_shared_file(store, shared)

    window.actions_by_id["show_review"].setChecked(True)
    review = window.review
    assert review.model.rowCount() == 1
    qtbot.mouseClick(review.findChild(QPushButton, "keep_both"), Qt.MouseButton.LeftButton)
    steps = [i.text for i in repo.children(store, Item, event.id, ItemKind.NEXT_STEP)]
    assert sorted(steps) == ["Invite CMCoord officers", "Share the SimEx calendar"]
    assert not repo.needing_review(store)
    window.undo_stack.undo()
    assert len(repo.children(store, Item, event.id, ItemKind.NEXT_STEP)) == 1


def test_a_held_mass_delete_can_be_declined_and_a_bad_file_is_explained(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    shared: Path,
    dialogs: ScriptedDialogs,
) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    outcomes = [repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, f"O{n}") for n in range(4)]
    sync_with_shared_file(store, shared)
    for outcome in outcomes:
        repo.delete(store, Item, outcome.id)
    before = shared.read_bytes()
    dialogs.agree, dialogs.warnings_fail = False, False  # says no and reads the warnings
    status = window.sync.status.text()
    assert status.startswith("Last synced "), "the sync above, made without the window"

    with qtbot.waitSignal(window.sync.cancelled, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    (preview,) = dialogs.questions
    assert preview.text.startswith("Careful: This sync would delete 4 of 5 records in the shared")
    assert preview.yes == "Delete and sync"
    assert shared.read_bytes() == before and not window.sync.busy

    shared.write_bytes(before[:-20])
    with qtbot.waitSignal(window.sync.failed, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    (warning,) = dialogs.told("warning")
    assert warning.title == "Not synced" and "damaged or incomplete" in warning.text
    assert shared.read_bytes() == before[:-20]
    assert window.sync.status.text() == status, "neither the declined nor the failed counts"


def test_another_workshops_file_is_named_in_the_preview_and_merged_once_confirmed(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    shared: Path,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
) -> None:
    with Store(tmp_path / "bilal") as bilal:
        prague = repo.create_event(bilal, title="Prague handbook workshop")
        sync_with_shared_file(bilal, shared)
    hnpw = repo.create_event(store, title="HNPW 2017")
    sync_with_shared_file(store, tmp_path / "hnpw.cmcsync")  # this laptop's own workshop file
    with qtbot.waitSignal(window.sync.synced, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    (preview,) = dialogs.questions
    assert preview.text.startswith("Careful: “workshop.cmcsync” holds another workshop")
    assert {e.id for e in repo.events(store)} == {prague.id, hnpw.id}
