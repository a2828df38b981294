"""A facilitator typing fast in the real window, run as its own process for the kill test.

Usage: python kill_typing_child.py DATA_DIR SETTINGS_FILE

Creates an event and a session from the window's own actions, then types outcomes into the
editor with key events carrying text (Arabic and Chinese included), pressing Enter between
outcomes. After everything it does it prints one JSON line with its own clock, so the test can
tell, after killing it, what had been typed when:
  {"t": ..., "did": "title", "text": ...}   a title typed (and committed by moving on)
  {"t": ..., "did": "type", "text": ...}    text typed into the current outcome
  {"t": ..., "did": "enter"}                Enter pressed: a new outcome, cursor in it
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cmcoord_desktop.app import build_window  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402

# Outcomes as typed: a short one, then long ones, so that most of the time passes inside one
# outcome (only the typing timer writes it there, not Enter).
OUTCOMES = [
    "Ninety-two delegates took part. ",
    "The discussion highlighted the need for a humanitarian-military gateway; "
    "التنسيق المدني العسكري يمكّن العمل الإنساني؛ 人道主义军民协调的标准。 " * 12,
    "Follow up with the SimEx TFT. " * 40,
]
CHUNK = 2  # characters per tick
TICK_MS = 25


def report(did: str, **more: object) -> None:
    print(json.dumps({"t": time.monotonic(), "did": did, **more}), flush=True)


def key(kind: QEvent.Type, code: int, text: str = "") -> QKeyEvent:
    return QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)


def send(code: int, text: str = "") -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, key(kind, code, text))


def type_text(text: str) -> None:
    for char in text:
        send(0, char)


def main() -> None:
    data_dir, settings_file = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    store = Store(data_dir)
    window = build_window(store, QSettings(settings_file, QSettings.Format.IniFormat))
    window.show()
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()

    window.actions_by_id["new_event"].trigger()
    type_text("HNPW 2017")
    window.actions_by_id["new_session"].trigger()  # moving on writes the event title
    report("title", text="HNPW 2017")
    type_text("Data Revolution")
    window.actions_by_id["add_key_outcome"].trigger()
    report("title", text="Data Revolution")

    queue = list(OUTCOMES)
    state = {"outcome": queue.pop(0), "at": 0}

    def tick() -> None:
        text, at = state["outcome"], state["at"]
        if at >= len(text):
            if not queue:
                return
            send(Qt.Key.Key_Return)
            report("enter")
            state["outcome"], state["at"] = queue.pop(0), 0
            return
        chunk = text[at : at + CHUNK]
        type_text(chunk)
        state["at"] = at + len(chunk)
        report("type", text=chunk)

    typing = QTimer(interval=TICK_MS)
    typing.timeout.connect(tick)
    typing.start()
    app.exec()


if __name__ == "__main__":
    main()
