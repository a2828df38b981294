"""An exception raised in a slot is logged, shown through the dialogs seam, and loses nothing."""

from __future__ import annotations

import gc
import sqlite3
import sys
import threading
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.logs import start_logging, stop_logging
from cmcoord_desktop.ui.crash_handler import CrashHandler, log_qt_messages, report_failed_start
from cmcoord_desktop.ui.dialogs import Dialogs
from tests.ui.dialogs_fake import ScriptedDialogs

# pytest-qt puts its own hook in place to fail tests on such errors; here ours must run.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_path(data_dir: Path) -> Iterator[Path]:
    path = start_logging(data_dir)
    assert path is not None
    yield path
    stop_logging()


@pytest.fixture
def handler(log_path: Path) -> Iterator[CrashHandler]:
    crash_handler = CrashHandler(ScriptedDialogs(), log_path)
    crash_handler.install()
    yield crash_handler
    crash_handler.uninstall()


def test_an_exception_in_a_slot_shows_the_error_and_keeps_the_store(
    qtbot, data_dir: Path, handler: CrashHandler, log_path: Path
) -> None:
    with Store(data_dir) as store:
        event = repository.create_event(store, title="HNPW 2017")

        def rename_then_fail() -> None:
            repository.update(store, Event, event.id, title="HNPW 2017, Geneva")
            raise ValueError("the editor lost its record")

        button = QPushButton("Rename")
        qtbot.addWidget(button)
        button.clicked.connect(rename_then_fail)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        dialogs = handler.dialogs
        qtbot.waitUntil(lambda: len(dialogs.told("error")) == 1)
        _kind, title, text, details = astuple(dialogs.told("error")[0])
        assert "unexpected error" in title
        assert "an unexpected error (ValueError)" in text
        assert "Your data is safe" in text and str(log_path) in text
        # A sentence for the person, never a traceback; the traceback is in the log.
        assert "Traceback" not in text and "rename_then_fail" not in text and details == ""
        logged = log_path.read_text(encoding="utf-8")
        assert "the editor lost its record" in logged and "rename_then_fail" in logged
        # The program carries on: the same store still answers and writes.
        repository.create_event(store, title="Leading Edge Programme")

    with Store(data_dir) as reopened:
        titles = sorted(e.title for e in repository.events(reopened))
    assert titles == ["HNPW 2017, Geneva", "Leading Edge Programme"]


def test_the_same_error_repeating_is_shown_once_and_logged_each_time(
    qtbot, handler: CrashHandler, log_path: Path
) -> None:
    def fail() -> None:
        raise RuntimeError("paint failed")

    button = QPushButton("Fail")
    qtbot.addWidget(button)
    button.clicked.connect(fail)
    for _ in range(3):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log_path.read_text(encoding="utf-8").count("paint failed") >= 3)
    qtbot.wait(50)  # let any queued report arrive
    assert len(handler.dialogs.told("error")) == 1


def test_an_exception_in_a_worker_thread_is_shown_on_the_window(
    qtbot, handler: CrashHandler, log_path: Path
) -> None:
    def export_in_background() -> None:
        raise OSError(28, "No space left on device")

    worker = threading.Thread(target=export_in_background, name="export")
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: len(handler.dialogs.told("error")) == 1)
    assert "No space left on device" in handler.dialogs.told("error")[0].text
    assert "in thread export" in log_path.read_text(encoding="utf-8")


def test_uninstall_gives_back_the_previous_hooks(log_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    crash_handler = CrashHandler(ScriptedDialogs(), log_path)
    crash_handler.install()
    assert sys.excepthook == crash_handler.handle
    crash_handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_error_dialog_shows_without_a_parent_and_does_not_block(qtbot) -> None:
    dialogs = Dialogs()
    dialogs.report_error(None, "CMCoord Desktop: unexpected error", "Something went wrong", "tb")
    gc.collect()  # nothing but the seam holds the box

    def reports() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_report"]

    [box] = reports()
    assert box.isVisible() and not box.isModal()
    assert box.detailedText() == "tb"
    box.close()
    qtbot.waitUntil(lambda: reports() == [])  # closed is gone, not kept forever


def test_qt_warnings_go_to_the_log(log_path: Path) -> None:
    log_qt_messages()
    try:
        qWarning("QPainter::begin: a warning from Qt itself")
    finally:
        qInstallMessageHandler(None)
    assert "a warning from Qt itself" in log_path.read_text(encoding="utf-8")


def test_a_damaged_database_at_start_is_told_and_left_alone(data_dir: Path, log_path: Path) -> None:
    damaged = data_dir / DATABASE_NAME
    damaged.write_bytes(b"not a database, whatever it was" * 1000)
    dialogs = ScriptedDialogs()
    with pytest.raises(sqlite3.DatabaseError) as failure:
        Store(data_dir)

    report_failed_start(dialogs, failure.value, data_dir, log_path)

    [(_kind, title, text, details)] = [astuple(w) for w in dialogs.told("warning")]
    assert "could not start" in title
    assert str(data_dir) in text and "is damaged" in text and str(log_path) in text
    # Plain words only: the traceback is for whoever helps, in the log.
    assert "Traceback" not in text and "DatabaseError" not in text and details == ""
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "file is not a database" in logged
    assert damaged.read_bytes() == b"not a database, whatever it was" * 1000
