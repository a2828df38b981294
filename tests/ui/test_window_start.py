"""The window's start: its shell is painted before the core is imported, then the store opens and
the window fills; refusals and the first-run welcome come after that paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.app import WindowStart
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.welcome import WelcomePage
from tests.ui.dialogs_fake import ScriptedDialogs

CHILD = Path(__file__).with_name("window_start_child.py")


def start_in_a_process(data_dir: Path, settings_file: Path) -> dict:
    repo = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=repo)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data_dir), str(settings_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_shell_is_painted_before_the_core_loads_then_the_panels_fill(
    data_dir: Path, tmp_path: Path
) -> None:
    with Store(data_dir) as store:
        for title in ("HNPW 2017", "HNPW 2018"):
            repository.create_event(store, title=title)
    seen = start_in_a_process(data_dir, tmp_path / "settings.ini")

    painted, filled = seen["painted"], seen["filled"]
    assert not painted["sqlalchemy"], "SQLAlchemy was imported before the first paint"
    assert painted["visible"] and painted["title"] == "CMCoord Desktop"
    assert painted["status"] == f"Opening {data_dir}…"
    assert painted["editable"] == 0 and painted["actions_on"] == []  # nothing typed is lost
    assert painted["events"] is None

    assert filled["sqlalchemy"] and filled["visible"] and filled["events"] == 2
    assert filled["editable"] > 0 and "new_event" in filled["actions_on"]
    assert "undo" not in filled["actions_on"]  # nothing to undo yet


def test_a_data_folder_in_use_is_refused_after_the_shell_is_shown(
    qtbot,
    store: Store,
    data_dir: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    dialogs = ScriptedDialogs()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, dialogs, settings)
    qtbot.addWidget(start.window)
    start.window.show()
    qtbot.waitUntil(lambda: start.exit_code is not None)
    assert start.exit_code == 2
    assert [w.title for w in dialogs.told("warning")] == ["CMCoord Desktop is already open"]
    assert not start.window.isVisible() and not start.window.filled
    start.close()
    repository.create_event(store, title="the first window still writes")


def test_an_empty_data_folder_shows_the_welcome_page_instead_of_the_shell(
    qtbot,
    data_dir: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, ScriptedDialogs(), settings)
    qtbot.addWidget(start.window)
    filled: list[bool] = []
    start.filled.connect(lambda: filled.append(True))
    start.window.show()
    qtbot.waitUntil(lambda: bool(filled))
    try:
        [page] = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomePage)]
        qtbot.addWidget(page)
        assert page.isVisible() and not start.window.isVisible()
        assert start.exit_code is None
    finally:
        start.close()


def test_reopening_on_a_session_builds_only_the_session_form(open_window) -> None:  # noqa: ANN001
    window = open_window()
    assert window.editor.forms == {}  # nothing selected: no form built yet
    event = repository.create_event(window.store, title="HNPW 2017")
    session = repository.create_session(window.store, event.id, title="Data Revolution")
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.close()

    window = open_window()
    assert window.sessions_panel.current_id() == session.id
    assert list(window.editor.forms) == [Session]  # the event's form was never shown
    assert window.editor.form is window.editor.forms[Session]
    assert window.editor.form.stored("title") == "Data Revolution"


def test_the_demo_copy_is_made_after_the_shell_and_removed_at_the_end(
    qtbot,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = WindowStart(None, True, ScriptedDialogs(), settings)
    qtbot.addWidget(start.window)
    assert start.window.statusBar().currentMessage() == "Opening the demo workshop…"
    filled: list[bool] = []
    start.filled.connect(lambda: filled.append(True))
    start.window.show()
    qtbot.waitUntil(lambda: bool(filled))
    try:
        copy = start.window.store.data_dir
        assert start.window.isVisible() and "demo" in start.window.windowTitle()
        assert len(repository.events(start.window.store)) == 3
    finally:
        start.close()
    assert not copy.exists()


def test_a_damaged_database_is_told_after_the_shell_and_left_alone(
    qtbot,
    data_dir: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmcoord_desktop.core.paths import DATABASE_NAME

    damaged = data_dir / DATABASE_NAME
    damaged.write_bytes(b"not a database, whatever it was" * 1000)
    dialogs = ScriptedDialogs()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, dialogs, settings)
    qtbot.addWidget(start.window)
    start.window.show()
    qtbot.waitUntil(lambda: start.exit_code is not None)
    start.close()
    assert start.exit_code == 1 and [w.title for w in dialogs.told("warning")] == [
        "CMCoord Desktop could not start"
    ]
    assert not start.window.isVisible() and not start.window.filled
    assert damaged.read_bytes() == b"not a database, whatever it was" * 1000
