"""The one place that builds the program: paths, store, settings, undo stack and the window."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop import __version__
from cmcoord_desktop.core.data_folder_checks import check_data_folder
from cmcoord_desktop.core.migrations import NewerSchemaError
from cmcoord_desktop.core.paths import APP_NAME, resources_dir
from cmcoord_desktop.core.store import DataFolderInUse, Store
from cmcoord_desktop.demo import make_demo_data_dir
from cmcoord_desktop.logs import start_logging
from cmcoord_desktop.ui.crash_handler import (
    CrashHandler,
    log_qt_messages,
    report_failed_start,
)
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.quit_after_start import quit_after_start_if_asked
from cmcoord_desktop.ui.welcome import show_first_window
from cmcoord_desktop.ui.window_settings import WindowSettings

ORGANIZATION = "CMCoord"

NO_DISPLAY_MESSAGE = """\
cmcoord-desktop: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
  - Run it from a desktop session, or
  - run it under a virtual display: xvfb-run cmcoord-desktop, or
  - use the commands that need no window:
      cmcoord-desktop export EVENT --format pdf --out summary.pdf
      cmcoord-desktop export --all --format json --out backup.json
      cmcoord-desktop import backup.json
      cmcoord-desktop sync SHARED_FILE"""


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """False on a Linux box with no display, where Qt would abort instead of explaining."""
    if not sys.platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so QSettings and QStandardPaths find the right places."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "cmcoord-desktop.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_store(data_dir: Path, dialogs: Dialogs) -> Store | None:
    """The store of the data folder, or None after telling the person why it cannot open.

    Nothing is touched when it cannot open: the folder is read-only, on a network drive or on a
    full disk, another window holds it, or a newer CMCoord Desktop wrote the database.
    """
    problems = check_data_folder(data_dir)
    if problems:
        dialogs.warn(None, problems[0].title, "\n\n".join(p.message for p in problems))
        return None
    try:
        return Store(data_dir)
    except DataFolderInUse as exc:
        dialogs.warn(None, "CMCoord Desktop is already open", str(exc))
    except NewerSchemaError as exc:
        dialogs.warn(
            None,
            "Made by a newer CMCoord Desktop",
            f"{exc}\n\nInstall the newer version to open it; nothing was changed.",
        )
    return None


def build_window(
    store: Store,
    settings: QSettings,
    dialogs: Dialogs | None = None,
    demo: bool = False,
) -> MainWindow:
    """The main window wired to one store (used by run_window, tests, benchmarks, screenshots)."""
    undo_stack = QUndoStack()
    data_signal = DataSignal(store)
    window = MainWindow(
        store,
        undo_stack,
        data_signal,
        dialogs or Dialogs(),
        WindowSettings(settings, store.device_id),
        demo=demo,
    )
    # The window owns what it was given, so they live exactly as long as it does.
    undo_stack.setParent(window)
    data_signal.setParent(window)
    return window


def run_window(data_dir: Path, demo: bool = False) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    app = application()
    dialogs = Dialogs()
    try:
        store = open_store(data_dir, dialogs)
    except Exception as exc:  # a damaged database, a failing disk: say so rather than vanish
        report_failed_start(dialogs, exc, data_dir, start_logging(data_dir))
        return 1
    if store is None:
        return 2
    crash_handler = CrashHandler(dialogs, start_logging(data_dir), app.activeWindow)
    crash_handler.install()
    log_qt_messages()
    demo_windows: list[MainWindow] = []  # kept here: a window without a reference is deleted
    with store:
        window = build_window(store, QSettings(), dialogs, demo=demo)
        if demo:
            window.show()
            first: QWidget = window
        else:

            def open_demo() -> MainWindow:
                demo_windows.append(open_demo_window(dialogs, QSettings()))
                return demo_windows[-1]

            first = show_first_window(window, open_demo)
        quit_after_start_if_asked(first)
        try:
            return app.exec()
        finally:
            for demo_window in demo_windows:  # a temporary copy: nothing in it is kept
                demo_window.store.close()
                shutil.rmtree(demo_window.store.data_dir, ignore_errors=True)
            crash_handler.uninstall()


def open_demo_window(dialogs: Dialogs, settings: QSettings) -> MainWindow:
    """The demo workshop (a fresh temporary copy) in a window of its own, beside the user's
    untouched data folder: chosen on the welcome page."""
    store = Store(make_demo_data_dir())
    window = build_window(store, settings, dialogs, demo=True)
    window.show()
    return window
