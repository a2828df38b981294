"""Typing into a key outcome in the real window, against typing into a bare QTextEdit.

Figure `typing_keystroke`: the time one keystroke takes until the window is idle again — the
key press and release delivered to the focused widget, then the event loop run until nothing is
left (the binding noting the typing, the item row growing to fit, layout, the offscreen window
repainted). That is what a person waits for between two keys, and the brief's promise: as quick
to type into as a plain text editor. Writing the typing to the store (once a second while typing
goes on) is `edit_durable`'s figure; here each round's typing is written after the round.

App: the main window on a copy of the large store, a session with its 20 items open, the cursor
at the end of its first key outcome. Floor: a bare QMainWindow of the same size with one
QTextEdit in the middle holding the same outcome, typed into the same way. Both run in one child
process (offscreen), in alternating rounds; the figure is the median per keystroke.

    python bench/bench_typing.py child DATA_DIR SETTINGS_FILE   (internal)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

BENCHMARKS = ("typing_keystroke",)
TARGET = 1.5
WIDTH, HEIGHT = 1540, 880
SENTENCE = "Agreed to share the notification form with the logistics cluster before next round. "


def _type(app, widget, text: str) -> list[float]:  # noqa: ANN001 - Qt objects, child only
    """Seconds per keystroke: press and release sent, then the event loop run until idle."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    times = []
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def child(data_dir: str, settings_file: str, rounds: int) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    from cmcoord_desktop.app import build_window
    from cmcoord_desktop.core import repository
    from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
    from cmcoord_desktop.core.store import Store

    app = QApplication([sys.argv[0]])
    store = Store(Path(data_dir))
    window = build_window(store, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(WIDTH, HEIGHT)
    window.show()
    event = repository.get(store, Event, repository.events(store)[0].id)
    session = repository.children(store, Session, event.id)[0]
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    row = window.editor.form.lists[ItemKind.KEY_OUTCOME].rows[0]

    bare = QMainWindow()
    bare_text = QTextEdit(row.text.toPlainText())
    bare.setCentralWidget(bare_text)
    bare.resize(WIDTH, HEIGHT)
    bare.show()

    def focus_end(target: QTextEdit) -> None:
        target.activateWindow()
        target.setFocus()
        target.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()

    app_times: list[float] = []
    bare_times: list[float] = []
    for _round in range(rounds):
        focus_end(bare_text)
        bare_times += _type(app, bare_text, SENTENCE)
        focus_end(row.text)
        app_times += _type(app, row.text, SENTENCE)
        window.editor.commit_pending()  # what was typed in this round is stored, as on a pause
    stored = repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)[0].text
    assert stored.endswith(SENTENCE * rounds), "the typing did not reach the store"
    print(json.dumps({"app": statistics.median(app_times), "bare": statistics.median(bare_times)}))
    sys.stdout.flush()
    os._exit(0)  # teardown is not what we measure


def measure(size, rounds: int) -> dict[str, float]:  # noqa: ANN001 - large_store.Size
    import subprocess
    import tempfile
    from pathlib import Path

    import large_store

    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-typing-") as tmp:
        data_dir = large_store.copy_of(size, Path(tmp) / "data")
        repo = str(Path(__file__).resolve().parent.parent)
        python_path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH")) if p)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=python_path)
        args = [sys.executable, __file__, "child", str(data_dir), str(Path(tmp) / "s.ini")]
        done = subprocess.run(
            [*args, str(rounds)], env=env, capture_output=True, text=True, timeout=600
        )
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"typing child failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    import large_store

    size = large_store.QUICK if report.quick else large_store.FULL
    result = measure(size, rounds=2 if report.quick else 12)
    report("typing_keystroke", result["app"] * 1000, "ms", result["bare"] * 1000, target=TARGET)


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
