"""A data folder that cannot open says so in the window's language, from the first dialog on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cmcoord_desktop.app import WindowStart
from cmcoord_desktop.core.store import Store
from tests.ui.dialogs_fake import ScriptedDialogs


def test_a_data_folder_in_use_is_refused_in_french(
    qtbot,  # noqa: ANN001
    store: Store,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    dialogs = ScriptedDialogs()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, dialogs, settings, language="fr")
    qtbot.addWidget(start.window)
    try:
        start.window.show()
        qtbot.waitUntil(lambda: start.exit_code is not None)
        [warning] = dialogs.told("warning")
        assert warning.title == "CMCoord Desktop est déjà ouvert"
    finally:
        start.language.switch("en")  # its translators are the whole program's
        start.close()
