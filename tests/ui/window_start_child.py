"""Child process of test_window_start: starts the window as `cmcoord-desktop` does and prints,
as one line of JSON, what existed at its first paint and once it was filled.

    python window_start_child.py DATA_DIR SETTINGS_FILE
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit  # noqa: E402

import cmcoord_desktop.cli  # noqa: E402, F401 - the entry point, imported first as in real use
from cmcoord_desktop.app import WindowStart, application  # noqa: E402
from cmcoord_desktop.ui.dialogs import Dialogs  # noqa: E402

EDITABLE = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def what_is_there(start: WindowStart) -> dict:
    window = start.window
    return {
        "sqlalchemy": "sqlalchemy" in sys.modules,
        "visible": window.isVisible(),
        "title": window.windowTitle(),
        "status": window.statusBar().currentMessage(),
        "editable": sum(len(window.findChildren(kind)) for kind in EDITABLE),
        "actions_on": sorted(k for k, a in window.actions_by_id.items() if a.isEnabled()),
        "events": window.events_panel.record_count() if window.filled else None,
    }


def main() -> None:
    data_dir, settings_file = Path(sys.argv[1]), sys.argv[2]
    app = application([sys.argv[0]])
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, Dialogs(), settings)
    seen: dict[str, dict] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in seen:
                seen["painted"] = what_is_there(start)
            return False

    def filled() -> None:
        seen["filled"] = what_is_there(start)
        QTimer.singleShot(0, app.quit)

    first_paint = FirstPaint()
    start.window.installEventFilter(first_paint)
    start.filled.connect(filled)
    start.window.show()
    app.exec()
    start.close()
    print(json.dumps(seen), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
