"""Take docs/window-rtl.png and docs/window-dark.png: the demo's window mirrored for Arabic, and
in the dark scheme, offscreen.

    python scripts/screenshot_schemes.py [--docs docs]

The mirrored window shows an Arabic key outcome and marketplace table beside the English ones:
each reads in its own direction while the window's columns, labels and numbers are mirrored.
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
sys.path.insert(0, str(REPO / "scripts"))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot import ARABIC_OUTCOME, pick_event_and_session, settle  # noqa: E402

from cmcoord_desktop.app import application, build_window  # noqa: E402
from cmcoord_desktop.core import repository  # noqa: E402
from cmcoord_desktop.core.models import ItemKind  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.demo import load_demo_workshop  # noqa: E402
from cmcoord_desktop.ui.colour_scheme import palette_for  # noqa: E402
from cmcoord_desktop.ui.mirroring import apply_layout_direction  # noqa: E402

ARABIC_TABLE = "التعلم عن بعد"


def grab(app: QApplication, temp: Path, name: str, out: Path) -> bool:
    with Store(temp / name) as store:
        load_demo_workshop(store)
        event, session = pick_event_and_session(store)
        assert session is not None
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, ARABIC_OUTCOME)
        repository.create_group(store, session.id, topic=ARABIC_TABLE)
        settings = QSettings(str(temp / f"{name}.ini"), QSettings.Format.IniFormat)
        window = build_window(store, settings, demo=True)
        window.resize(1366, 768)
        window.show()
        window.events_panel.select_id(event.id)
        window.sessions_panel.select_id(session.id)
        window.sessions_panel.focus_list()
        settle(app, 10)
        saved = window.grab().save(str(out))
        window.close()
        return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    app = application(["screenshot"])
    light = QPalette(app.palette())
    with tempfile.TemporaryDirectory(prefix="cmcoord-screenshot-") as temp:
        apply_layout_direction(app, "ar")
        saved = grab(app, Path(temp), "rtl", args.docs / "window-rtl.png")
        apply_layout_direction(app, "en")
        app.setPalette(palette_for(Qt.ColorScheme.Dark, False, light))
        saved = saved and grab(app, Path(temp), "dark", args.docs / "window-dark.png")
    if not saved:
        print(f"could not write the screenshots into {args.docs}", file=sys.stderr)
        return 1
    print(f"Wrote {args.docs / 'window-rtl.png'} and {args.docs / 'window-dark.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
