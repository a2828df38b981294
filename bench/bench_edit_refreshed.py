"""An edit in the window until every view has shown it, against a raw commit plus one repaint.

Figure `edit_refreshed`: the window on a copy of the large store, an event and one of its
sessions selected, the session in the editor. Each round puts a new title in the editor's title
field and writes it as leaving the field does (`commit_pending`), then runs the event loop until
nothing is left to do: the store's commit, the change it carries reaching the panels and the
editor (core/store_change.py), their repaint. Floor: in the same process, a plain sqlite3
`UPDATE sessions SET title` committed with the same pragmas on a copy of the same file (search
triggers dropped, as in `edit_durable`), then one synchronous repaint of a bare QListView of 200
rows whose one row changed. Interleaved rounds; medians.

    python bench/bench_edit_refreshed.py child DATA_DIR RAW_DIR SETTINGS_FILE ROUNDS   (internal)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

BENCHMARKS = ("edit_refreshed",)
TARGET = 3.0
WIDTH, HEIGHT = 1540, 880


def _idle(app, window) -> None:  # noqa: ANN001 - Qt objects, child only
    """Run the event loop until the views have handled every change (the editor refreshes on a
    zero-time timer)."""
    app.processEvents()
    while window.editor._refresh_soon.isActive():
        app.processEvents()
    app.processEvents()


def child(data_dir: str, raw_dir: str, settings_file: str, rounds: int) -> None:
    import sqlite3
    from pathlib import Path

    from PySide6.QtCore import QSettings, QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from cmcoord_desktop.app import build_window
    from cmcoord_desktop.core import repository, search_index
    from cmcoord_desktop.core.models import Session
    from cmcoord_desktop.core.paths import DATABASE_NAME
    from cmcoord_desktop.core.store import Store

    app = QApplication([sys.argv[0]])
    store = Store(Path(data_dir))
    window = build_window(store, QSettings(settings_file, QSettings.Format.IniFormat))
    window.resize(WIDTH, HEIGHT)
    window.show()
    event = repository.events(store)[0]
    session = repository.children(store, Session, event.id)[0]
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    _idle(app, window)
    title = window.editor.form.bindings["title"].widget

    raw = sqlite3.connect(Path(raw_dir) / DATABASE_NAME, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    for name in search_index.TRIGGER_NAMES:
        raw.execute(f"DROP TRIGGER IF EXISTS {name}")
    rows = QStringListModel([f"Session {n}" for n in range(200)])
    bare = QListView()
    bare.setModel(rows)
    bare.resize(400, HEIGHT)
    bare.show()
    app.processEvents()

    def bare_edit(text: str) -> float:
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE sessions SET title = ? WHERE id = ?", (text, session.id))
        raw.execute("COMMIT")
        rows.setData(rows.index(0), text)
        bare.viewport().repaint()
        return time.perf_counter() - start

    def app_edit(text: str) -> float:
        title.setPlainText(text)
        app.processEvents()  # the typing noted, as between keystrokes
        start = time.perf_counter()
        window.editor.commit_pending()
        _idle(app, window)
        return time.perf_counter() - start

    app_edit("warm-up")
    bare_edit("warm-up")
    app_times, bare_times = [], []
    for n in range(rounds):
        text = f"Data Revolution, part {n}"
        bare_times.append(bare_edit(text))
        app_times.append(app_edit(text))
    assert repository.get(store, Session, session.id).title == text, "the edit was not stored"
    shown = window.sessions_panel.sessions.index_of(session.id).data()
    assert shown == text, "the Sessions panel does not show the edit"
    print(json.dumps({"app": statistics.median(app_times), "bare": statistics.median(bare_times)}))
    sys.stdout.flush()
    os._exit(0)  # teardown is not what we measure


def measure(size, rounds: int) -> dict[str, float]:  # noqa: ANN001 - large_store.Size
    import subprocess
    import tempfile
    from pathlib import Path

    import large_store

    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-refreshed-") as tmp:
        data_dir = large_store.copy_of(size, Path(tmp) / "data")
        raw_dir = large_store.copy_of(size, Path(tmp) / "raw")
        repo = str(Path(__file__).resolve().parent.parent)
        python_path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH")) if p)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=python_path)
        args = [sys.executable, __file__, "child", str(data_dir), str(raw_dir)]
        done = subprocess.run(
            [*args, str(Path(tmp) / "s.ini"), str(rounds)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"edit_refreshed child failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    import large_store

    size = large_store.QUICK if report.quick else large_store.FULL
    result = measure(size, rounds=5 if report.quick else 60)
    report("edit_refreshed", result["app"] * 1000, "ms", result["bare"] * 1000, target=TARGET)


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
