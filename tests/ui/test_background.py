"""The one background runner: a failed export and a failed sync say so the same way, Cancel
stops a long export, and the window takes typing while a job runs."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.background import UNEXPECTED, BackgroundRunner, Cancelled, Progress
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.export_dialog import open_export_dialog
from cmcoord_desktop.ui.main_window import MainWindow
from tests.export.workshops import hnpw_like_event


class Warnings(Dialogs):
    """Picks the given files and keeps every warning shown (title and text)."""

    def __init__(self, save_to: Path, shared: Path) -> None:
        self.save_to, self.shared = save_to, shared
        self.warnings: list[tuple[str, str]] = []

    def ask_save_path(self, parent, title, suggested, filters) -> Path:  # noqa: ANN001
        return self.save_to

    def ask_sync_path(self, parent, title, start, filters) -> Path:  # noqa: ANN001
        return self.shared

    def confirm(self, parent, title, text, yes="Continue") -> bool:  # noqa: ANN001
        return True

    def warn(self, parent, title, text, details="") -> None:  # noqa: ANN001
        self.warnings.append((title, text))


@pytest.fixture
def window(qtbot, store: Store, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialogs = Warnings(tmp_path / "gone" / "summary.pdf", tmp_path / "share.cmcsync")
    opened = build_window(store, settings, dialogs)
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    opened.close()


def test_a_failed_export_and_a_failed_sync_are_told_the_same_way(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    tmp_path: Path,
) -> None:
    event_id = hnpw_like_event(store)
    window.chain.reveal(repository.get(store, Event, event_id))
    dialogs = window.dialogs
    assert isinstance(dialogs, Warnings)
    dialogs.shared.write_bytes(b"minutes of the meeting")  # not a shared file

    with qtbot.waitSignal(window.sync.failed, timeout=20_000):
        window.actions_by_id["sync_shared_file"].trigger()
    dialog = open_export_dialog(window, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # its folder is gone
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)

    (sync_title, sync_text), (export_title, export_text) = dialogs.warnings
    assert (sync_title, export_title) == ("Not synced", "Not exported")
    assert sync_text == '"share.cmcsync" is not a CMCoord Desktop records file.'
    assert export_text == "No such file or directory (summary.pdf)."
    for text in (sync_text, export_text):  # one sentence, never a traceback
        assert "Traceback" not in text and "\n" not in text


def test_an_unexpected_error_is_one_sentence_and_its_traceback_goes_to_the_log(
    qtbot,
    caplog,  # noqa: ANN001
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Warnings(Path(), Path())
    runner = BackgroundRunner(dialogs, parent, "Not exported")

    def broken(_progress: Progress, _cancelled: Cancelled) -> None:
        {}["no such key"]

    with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
        runner.start(broken, lambda _result: pytest.fail("it failed"))
    assert failed.args == [UNEXPECTED]
    assert dialogs.warnings == [("Not exported", UNEXPECTED)]
    assert any(record.exc_info and record.exc_info[0] is KeyError for record in caplog.records)
    assert not runner.busy


def test_cancel_stops_a_long_export_from_the_window_and_writes_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    tmp_path: Path,
) -> None:
    event = repository.create_event(store, title="Long week", start_date=dt.date(2017, 2, 6))
    for number in range(150):
        repository.create_session(store, event.id, title=f"Session {number}")
    out = tmp_path / "long.pdf"
    dialogs = window.dialogs
    assert isinstance(dialogs, Warnings)
    dialogs.save_to = out
    dialog = open_export_dialog(window, store, dialogs, event.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert dialog.status.text() == "Export cancelled: no file was written."
    assert not out.exists() and dialogs.warnings == []  # a cancel is no failure


def test_the_window_takes_typing_while_a_job_runs(qtbot) -> None:  # noqa: ANN001
    """The job waits until the test lets it go: if the GUI thread were running it, the typing
    (and the progress it reports) could not arrive before it ends."""
    parent = QWidget()
    field = QLineEdit(parent)
    qtbot.addWidget(parent)
    parent.show()
    runner = BackgroundRunner(Warnings(Path(), Path()), parent, "Not synced")
    release, progress_seen = threading.Event(), []
    runner.progressed.connect(lambda what, done, total: progress_seen.append((what, done, total)))

    def slow(progress: Progress, cancelled: Cancelled) -> str:
        progress("Reading", 1, 2)
        assert release.wait(20), "the test never let the job go"
        return "finished"

    results: list[str] = []
    runner.start(slow, results.append)
    qtbot.keyClicks(field, "typed while it runs")
    qtbot.waitUntil(lambda: progress_seen == [("Reading", 1, 2)], timeout=10_000)
    assert field.text() == "typed while it runs" and runner.busy and results == []
    release.set()
    qtbot.waitUntil(lambda: results == ["finished"], timeout=10_000)
    assert not runner.busy
