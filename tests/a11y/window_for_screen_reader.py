"""A child program: the demo workshop's window on a real display, for a screen reader to read.

    python tests/a11y/window_for_screen_reader.py DATA_FOLDER

Prints "ready" once the marketplace session is in the editor, then runs until it is ended."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from cmcoord_desktop.app import application, build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import MarketplaceGroup, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop


def main(data_dir: Path) -> int:
    app = application(["cmcoord-desktop"])
    with Store(data_dir) as store:
        load_demo_workshop(store)
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True)
        window.resize(1366, 768)
        window.show()
        for event in repository.events(store):
            sessions = [
                s
                for s in repository.children(store, Session, event.id)
                if repository.children(store, MarketplaceGroup, s.id)
            ]
            if sessions:
                window.events_panel.select_id(event.id)
                window.sessions_panel.select_id(sessions[0].id)
                break

        def ready() -> None:
            print("ready", flush=True)

        QTimer.singleShot(500, ready)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
