"""Take docs/team-server-dialog.png: File › Sync with a team server… over the demo workshop.

    python scripts/screenshot_team_server.py [--out docs/team-server-dialog.png]

Opens a temporary copy of the demo workshop (never your data) with one team server remembered,
opens the dialog as the menu entry does, and paints the dialog over the window where the window
system would put it (offscreen, each is grabbed on its own).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402

from cmcoord_desktop.app import application, build_window  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.demo import load_demo_workshop  # noqa: E402
from cmcoord_desktop.ui.team_server_controller import RECENT_KEY  # noqa: E402

EXAMPLE = "postgresql://anna@db.example.org/workshops"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "team-server-dialog.png")
    args = parser.parse_args(argv)
    app = application()
    with tempfile.TemporaryDirectory() as temp, Store(Path(temp) / "data") as store:
        load_demo_workshop(store)
        settings = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(RECENT_KEY, [EXAMPLE])
        window = build_window(store, settings, demo=True)
        window.resize(1280, 760)
        window.show()
        window.actions_by_id["sync_team_server"].trigger()
        dialog = window.team_server.dialog
        for _ in range(10):
            app.processEvents()
        picture = window.grab()
        painter = QPainter(picture)
        corner = QPoint(
            (window.width() - dialog.width()) // 2, (window.height() - dialog.height()) // 3
        )
        painter.drawPixmap(corner, dialog.grab())
        # Offscreen there is no window frame: a thin edge shows where the dialog ends.
        painter.setPen(QColor("#8a8a8a"))
        painter.drawRect(corner.x() - 1, corner.y() - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        ok = picture.save(str(args.out))
        dialog.reject()
        window.close()
    print(args.out if ok else f"could not write {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
