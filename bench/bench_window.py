"""Time to first paint, time until filled, and peak memory of the main window on the large store,
against a bare window.

Each measurement is a fresh Python process (cold: interpreter, imports, QApplication, window),
offscreen, started as `cmcoord-desktop` starts the window: `cmcoord_desktop.cli` imported first,
then app.WindowStart, which shows the window's shell and, on the event-loop turn after its first
paint, opens the store and fills the window (app.run_window does exactly this around app.exec).
The clock starts just before the parent spawns the process. First paint: the window's first Paint
event has been processed (an event filter sees it, then a zero-delay timer fires once that paint
cycle is done). Ready: the window is filled (WindowStart.filled) and its next paint processed,
i.e. the panels are on screen. Peak memory is the child's peak RSS (VmHWM, see peak_rss_mib)
half a second after the window is ready, so deferred loading counts too.

Floor: a bare PySide6 QMainWindow of the same size with a menu bar, a toolbar, a status bar, a
text editor in the middle and three docks holding short lists. Same process start, same stop;
it is ready when it is first painted.

Figures:
  first_paint         the window on a fresh settings file (no last selection)
  first_paint_reopen  the window reopening on its last selection (an event and one of its
                      sessions, whose editor shows 20 items) — how a facilitator opens it daily
  first_paint_cpu     CPU time (user + system) of `first_paint`'s process until its first
                      paint: less moved by other programs than wall-clock time on a busy machine
  window_ready, window_ready_reopen   until the panels (and the editor) are filled and painted
  peak_memory, peak_memory_reopen     peak RSS of the same two runs

    python bench/bench_window.py child bare|app|reopen [DATA_DIR SETTINGS_FILE]   (internal)
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

BENCHMARKS = (
    "first_paint",
    "first_paint_reopen",
    "first_paint_cpu",
    "window_ready",
    "window_ready_reopen",
    "peak_memory",
    "peak_memory_reopen",
)
PAINT_TARGET = 1.5
MEMORY_TARGET = 1.5
SETTLE_MS = 500
WIDTH, HEIGHT = 1540, 880  # the app's default size on a first run


# --- the child: one cold start, printed as one line of JSON --------------------------------------


def child(kind: str, spawned: float, data_dir: str | None, settings_file: str | None) -> None:
    marks: dict[str, float] = {}
    start = None
    if kind == "bare":
        from PySide6.QtWidgets import QApplication

        marks["qt_imported"] = time.monotonic()
        app = QApplication([sys.argv[0]])
        marks["app_created"] = time.monotonic()
        window = _bare_window()
    else:
        app, start = _app_start(data_dir, settings_file, marks)
        window = start.window
    marks["window_built"] = time.monotonic()
    from PySide6.QtCore import QEvent, QObject, QTimer

    result: dict[str, float] = {}

    def settled() -> None:
        result["maxrss_mib"] = peak_rss_mib()
        result["marks"] = {k: v - spawned for k, v in marks.items()}
        print(json.dumps(result), flush=True)
        app.exit(0)

    def ready() -> None:
        result["window_ready_s"] = time.monotonic() - spawned
        QTimer.singleShot(SETTLE_MS, settled)

    def painted() -> None:
        result["first_paint_s"] = time.monotonic() - spawned
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["first_paint_cpu_s"] = usage.ru_utime + usage.ru_stime
        result["maxrss_at_paint_mib"] = peak_rss_mib()
        if start is None:  # the bare window is complete when painted
            ready()

    class NextPaint(QObject):
        """Calls `then` once the window's next paint cycle has been processed."""

        def __init__(self, then) -> None:  # noqa: ANN001
            super().__init__()
            self.then = then
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.then)  # runs once this paint cycle has been processed
            return False

    watchers = [NextPaint(painted)]
    if start is not None:

        def filled() -> None:
            marks["filled"] = time.monotonic()
            # A window filled while hidden (it never is here) would never paint again.
            assert window.isVisible()
            watchers.append(NextPaint(ready))  # kept alive until it fires

        start.filled.connect(filled)
    window.show()
    marks["shown"] = time.monotonic()
    app.exec()
    os._exit(0)  # teardown is not what we measure, and must not print anything


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    On Linux getrusage's ru_maxrss survives exec: a child started by a big parent reports the
    parent's size. VmHWM belongs to the process's own memory map, made new at exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _bare_window():  # noqa: ANN202 - PySide6 is imported only in the child
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QListWidget, QMainWindow, QTextEdit

    window = QMainWindow()
    window.setWindowTitle("Bare window")
    for menu in ("File", "Edit", "View", "Help"):
        window.menuBar().addMenu(menu).addAction(f"{menu} action")
    window.addToolBar("Main").addAction("Action")
    window.setCentralWidget(QTextEdit("Notes"))
    for title in ("Events", "Sessions", "Marketplace tables"):
        dock = QDockWidget(title, window)
        dock.setWidget(QListWidget())
        dock.widget().addItems([f"{title} {n}" for n in range(20)])
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.statusBar().showMessage("Ready")
    window.resize(WIDTH, HEIGHT)
    return window


def _app_start(  # noqa: ANN202 - PySide6 is imported only in the child
    data_dir: str | None, settings_file: str | None, marks: dict[str, float]
):
    """Start-up as `cmcoord-desktop` does it: cli, then app.WindowStart (as run_window)."""
    from pathlib import Path

    # The program's entry point, imported first as in real use.
    import cmcoord_desktop.cli  # noqa: F401

    marks["cli_imported"] = time.monotonic()
    from PySide6.QtCore import QSettings

    from cmcoord_desktop.app import WindowStart, application
    from cmcoord_desktop.ui.dialogs import Dialogs

    marks["qt_imported"] = time.monotonic()
    app = application([sys.argv[0]])
    marks["app_created"] = time.monotonic()
    assert data_dir is not None and settings_file is not None
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    start = WindowStart(Path(data_dir), False, Dialogs(), settings)
    return app, start


def seed_last_selection(data_dir: str, settings_file: str) -> None:
    """The last selection a facilitator leaves: an event, and a session with its items.

    Written by the parent, so the measured child imports nothing more than the program does.
    """
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from sqlalchemy import text

    from cmcoord_desktop.core.store import Store
    from cmcoord_desktop.ui.window_settings import LastSelection, WindowSettings

    with Store(Path(data_dir)) as store:
        with store.engine.connect() as conn:
            session_id, event_id = conn.execute(
                text("SELECT id, event_id FROM sessions ORDER BY id LIMIT 1")
            ).one()
        settings = QSettings(settings_file, QSettings.Format.IniFormat)
        window_settings = WindowSettings(settings, store.device_id)
        window_settings.save_selection(LastSelection(event_id, session_id))
        window_settings.sync()


# --- the parent: spawns the children, takes medians ---------------------------------------------


def spawn(kind: str, data_dir: str = "", settings_file: str = "") -> dict:
    import subprocess
    from pathlib import Path

    repo = str(Path(__file__).resolve().parent.parent)
    python_path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=python_path)
    args = [sys.executable, __file__, "child", kind, data_dir, settings_file]
    spawned = time.monotonic()
    env["CMCOORD_BENCH_SPAWNED"] = repr(spawned)
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{kind} window failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(size, runs: int) -> dict[str, list[dict]]:  # noqa: ANN001 - large_store.Size
    import tempfile
    from pathlib import Path

    import large_store

    results: dict[str, list[dict]] = {"bare": [], "app": [], "reopen": []}
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-window-") as tmp:
        data_dir = large_store.copy_of(size, Path(tmp) / "data")
        for run_number in range(runs + 1):  # the first round only warms the file cache
            for kind in results:
                settings_file = Path(tmp) / f"settings-{kind}-{run_number}.ini"
                if kind == "reopen":
                    seed_last_selection(str(data_dir), str(settings_file))
                outcome = spawn(kind, str(data_dir), str(settings_file))
                if run_number:
                    results[kind].append(outcome)
    return results


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    import large_store

    size = large_store.QUICK if report.quick else large_store.FULL
    results = measure(size, runs=1 if report.quick else 7)

    def paint(kind: str) -> float:
        return _median([r["first_paint_s"] for r in results[kind]]) * 1000

    def ready(kind: str) -> float:
        return _median([r["window_ready_s"] for r in results[kind]]) * 1000

    def cpu(kind: str) -> float:
        return _median([r["first_paint_cpu_s"] for r in results[kind]]) * 1000

    def memory(kind: str) -> float:
        return _median([r["maxrss_mib"] for r in results[kind]])

    report("first_paint", paint("app"), "ms", paint("bare"), target=PAINT_TARGET)
    report("first_paint_reopen", paint("reopen"), "ms", paint("bare"), target=PAINT_TARGET)
    # CPU time to the first paint: what the wall-clock figure would be on an idle machine.
    report("first_paint_cpu", cpu("app"), "ms", cpu("bare"), target=PAINT_TARGET)
    # Until the panels are filled and painted: the cost moved after the first paint, not removed.
    report("window_ready", ready("app"), "ms", ready("bare"), target=PAINT_TARGET)
    report("window_ready_reopen", ready("reopen"), "ms", ready("bare"), target=PAINT_TARGET)
    report("peak_memory", memory("app"), "MiB", memory("bare"), target=MEMORY_TARGET)
    report("peak_memory_reopen", memory("reopen"), "MiB", memory("bare"), target=MEMORY_TARGET)
    if os.environ.get("CMCOORD_BENCH_DETAIL"):  # where the time goes, for whoever profiles it
        for kind, outcomes in results.items():
            marks = {k: _median([o["marks"][k] for o in outcomes]) for k in outcomes[0]["marks"]}
            marks["first_paint"] = _median([o["first_paint_s"] for o in outcomes])
            marks["window_ready"] = _median([o["window_ready_s"] for o in outcomes])
            print(kind, {k: round(v * 1000) for k, v in marks.items()}, file=sys.stderr)


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == "child":
    child(
        sys.argv[2],
        float(os.environ["CMCOORD_BENCH_SPAWNED"]),
        sys.argv[3] if len(sys.argv) > 3 else None,
        sys.argv[4] if len(sys.argv) > 4 else None,
    )
