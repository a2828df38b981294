"""The window in French against the same window in English, and a language switch at run time.

Figures:
  language_first_paint    first paint of the window on the large store with French remembered
                          (our catalogue and Qt's own loaded before the window is built);
                          floor: the same start in English, in the same run
  language_window_ready   until the panels are filled and painted; the same floor in English
  language_switch         View › Language on the large store's filled window: both catalogues
                          swapped and every widget's LanguageChange handled (English → French
                          and back, median per switch); floor: rebuilding the window's menus
                          alone (new QMenus for the same actions)

The start figures reuse bench_window's cold child process (fresh Python, offscreen); French is
chosen the way a person does, through the remembered setting.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

BENCHMARKS = ("language_first_paint", "language_window_ready", "language_switch")
START_TARGET = 1.05
SWITCHES = 20


def _settings_with(settings_file: Path, code: str) -> None:
    from PySide6.QtCore import QSettings

    from cmcoord_desktop.ui.language import SETTINGS_KEY

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def measure_starts(size, runs: int) -> dict[str, list[dict]]:  # noqa: ANN001 - large_store.Size
    import bench_window
    import large_store

    results: dict[str, list[dict]] = {"en": [], "fr": []}
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-language-") as tmp:
        data_dir = large_store.copy_of(size, Path(tmp) / "data")
        for run_number in range(runs + 1):  # the first round only warms the file cache
            for code in results:  # alternated, so a busy spell hits both alike
                settings_file = Path(tmp) / f"settings-{code}-{run_number}.ini"
                _settings_with(settings_file, code)
                outcome = bench_window.spawn("app", str(data_dir), str(settings_file))
                if run_number:
                    results[code].append(outcome)
    return results


def measure_switch(size) -> tuple[float, float]:  # noqa: ANN001
    """(median switch, median menu rebuild) in ms, on the filled window of the large store."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    import large_store
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QMenu

    from cmcoord_desktop.app import application, build_window
    from cmcoord_desktop.core.store import Store
    from cmcoord_desktop.ui.language import WindowLanguage

    app = application()
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-switch-") as tmp:
        data_dir = large_store.copy_of(size, Path(tmp) / "data")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        with Store(data_dir) as store:
            language = WindowLanguage(settings)
            language.start("en")
            window = build_window(store, settings, language=language)
            window.show()
            app.processEvents()
            switches, rebuilds = [], []
            for number in range(SWITCHES):
                began = time.perf_counter()
                language.switch("fr" if number % 2 == 0 else "en")
                QCoreApplication.processEvents()  # every widget's LanguageChange handled
                switches.append(time.perf_counter() - began)

                began = time.perf_counter()
                bar = window.menuBar()
                menus = [(a.text(), a.menu().actions()) for a in bar.actions() if a.menu()]
                bar.clear()
                for title, actions in menus:
                    menu = QMenu(title, bar)
                    menu.addActions(actions)
                    bar.addMenu(menu)
                QCoreApplication.processEvents()
                rebuilds.append(time.perf_counter() - began)
            language.switch("en")
            window.close()
    return statistics.median(switches) * 1000, statistics.median(rebuilds) * 1000


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    import large_store

    size = large_store.QUICK if report.quick else large_store.FULL
    if report.wants("language_first_paint") or report.wants("language_window_ready"):
        results = measure_starts(size, runs=1 if report.quick else 7)

        def median(code: str, key: str) -> float:
            return statistics.median(r[key] for r in results[code]) * 1000

        for name, key in (
            ("language_first_paint", "first_paint_s"),
            ("language_window_ready", "window_ready_s"),
        ):
            report(name, median("fr", key), "ms", median("en", key), target=START_TARGET)
    if report.wants("language_switch"):
        switch, rebuild = measure_switch(size)
        report("language_switch", switch, "ms", rebuild)
