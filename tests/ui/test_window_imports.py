"""The window imports what it shows, not what a menu entry may need later: the team server's
modules bring psycopg (a third of a second of a cold start), imported on the first server sync."""

from __future__ import annotations

import subprocess
import sys

OPEN_THE_WINDOW = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from cmcoord_desktop.app import application, build_window
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
app = application([sys.argv[0], "-platform", "offscreen"])
folder = Path(tempfile.mkdtemp())
with Store(folder / "data") as store:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, Dialogs())
    window.show()
    app.processEvents()
    print(" ".join(sorted(m for m in ("psycopg", "keyring") if m in sys.modules)))
    window.close()
"""


def test_the_window_opens_without_the_team_servers_modules() -> None:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_THE_WINDOW], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"imported while the window opened: {done.stdout}"
