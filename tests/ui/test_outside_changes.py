"""The window notices what another program committed to its data folder: a sync run from the
command line shows in the lists and in the status bar's "Last synced"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import OpenWindow
from .test_main_window import shown_titles

CHILD = Path(__file__).with_name("sync_elsewhere_child.py")


def test_a_sync_by_another_program_shows_in_the_open_window(
    qtbot,
    open_window: OpenWindow,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "bilal") as bilal:
        repository.create_event(bilal, title="Bilal's workshop")
        sync_with_shared_file(bilal, shared)
    window: MainWindow = open_window()
    repository.create_event(window.store, title="Mine")
    assert window.sync.status.text() == "Not synced yet"

    subprocess.run(
        [sys.executable, str(CHILD), str(window.store.data_dir), str(shared)], check=True
    )

    qtbot.waitUntil(lambda: "Bilal's workshop" in shown_titles(window)["events"], timeout=5000)
    qtbot.waitUntil(lambda: window.sync.status.text().startswith("Last synced "), timeout=5000)
    assert "workshop.cmcsync" in window.sync.status.text()


def test_a_command_line_sync_while_the_window_was_closed_shows_when_it_opens(
    open_window: OpenWindow,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "workshop.cmcsync"
    with Store(data_dir) as store:
        repository.create_event(store, title="Mine")
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), "sync", str(shared)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    window = open_window()
    assert window.sync.status.text().startswith("Last synced ")
