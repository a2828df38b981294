"""The one place that builds the program: paths, store, settings, undo stack and the window.

The window starts as desktop programs do: its shell (size, place, title, menus) is shown and
painted first, with only Qt imported; on the next turn of the event loop the data folder is
checked, the store opened (importing the core: SQLAlchemy alone takes longer than painting the
shell) and the window filled. Refusals (a folder in use, a newer database, a folder that cannot
be written) and the first-run welcome come after that paint.
"""

from __future__ import annotations

import builtins
import importlib
import linecache
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop import __version__
from cmcoord_desktop.core.paths import APP_NAME, resources_dir
from cmcoord_desktop.logs import start_logging, stop_logging
from cmcoord_desktop.ui.crash_handler import (
    CrashHandler,
    log_qt_messages,
    report_failed_start,
)
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.language import WindowLanguage
from cmcoord_desktop.ui.language_menu import add_language_menu
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.quit_after_start import quit_after_start_if_asked

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store

ORGANIZATION = "CMCoord"

# The Qt-free modules the filled window needs (SQLAlchemy comes with them): see import_core.
CORE_MODULES = (
    "cmcoord_desktop.core.store",
    "cmcoord_desktop.core.repository",
    "cmcoord_desktop.sync.shared_sync",
)

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
    if not app.property("follows_colour_scheme"):
        from cmcoord_desktop.ui.colour_scheme import follow_colour_scheme

        follow_colour_scheme(app)  # dark or high contrast as the system asks; AA everywhere
        app.setProperty("follows_colour_scheme", True)
    icon = resources_dir() / "icons" / "cmcoord-desktop.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def import_core() -> None:
    """Import the Qt-free core without PySide6's import hook.

    PySide6 replaces builtins.__import__ with a hook that reads the whole source of every module
    imported after it (inspect.getsource, to see whether it selects a `__feature__`), and the
    sources stay in linecache. For SQLAlchemy and our core, which never touch Qt, that cost ~20
    MiB of peak memory and ~150 ms (2-core laptop) for nothing. importlib.__import__ is Python's
    own implementation of the import statement; the hook is back as soon as the core is in.
    """
    hook = builtins.__import__
    builtins.__import__ = importlib.__import__
    try:
        for name in CORE_MODULES:
            importlib.import_module(name)
    finally:
        builtins.__import__ = hook


def open_store(data_dir: Path, dialogs: Dialogs, parent: QWidget | None = None) -> Store | None:
    """The store of the data folder, or None after telling the person why it cannot open.

    Nothing is touched when it cannot open: the folder is read-only, on a network drive or on a
    full disk, another window holds it, or a newer CMCoord Desktop wrote the database.
    """
    from cmcoord_desktop.core.data_folder_checks import check_data_folder
    from cmcoord_desktop.core.migrations import NewerSchemaError
    from cmcoord_desktop.core.store import DataFolderInUse, Store

    problems = check_data_folder(data_dir)
    if problems:
        dialogs.warn(parent, problems[0].title, "\n\n".join(p.message for p in problems))
        return None
    try:
        return Store(data_dir)
    except DataFolderInUse as exc:
        title = QCoreApplication.translate("app", "CMCoord Desktop is already open")
        dialogs.warn(parent, title, str(exc))
    except NewerSchemaError as exc:
        advice = QCoreApplication.translate(
            "app", "Install the newer version to open it; nothing was changed."
        )
        title = QCoreApplication.translate("app", "Made by a newer CMCoord Desktop")
        dialogs.warn(parent, title, f"{exc}\n\n{advice}")
    return None


def build_window(
    store: Store,
    settings: QSettings,
    dialogs: Dialogs | None = None,
    demo: bool = False,
    language: WindowLanguage | None = None,
) -> MainWindow:
    """The main window wired to one store, built in one go (used by tests, benchmarks,
    screenshots and the demo window; run_window shows the shell before the store opens)."""
    window = MainWindow(settings, dialogs or Dialogs(), store.data_dir, demo=demo)
    if language is None:  # a window of its own (tests, benchmarks): the remembered or system's
        language = WindowLanguage(settings, parent=window)
        language.start()
    add_language_menu(window.menus["View"], language)
    fill_window(window, store, settings)
    tell_language_problem(window, language)
    return window


def start_language(settings: QSettings, requested: str | None = None) -> WindowLanguage:
    """The window's language, before any window is built: --language, else the remembered
    choice, else the system's (see ui/language.py)."""
    language = WindowLanguage(settings, parent=QApplication.instance())
    language.start(requested)
    return language


def tell_language_problem(window: MainWindow, language: WindowLanguage | None) -> None:
    """Why the window is not in the language asked for: once, in the status bar (it is not
    worth a dialog in front of the work), and in the log."""
    if language is not None and language.problem:
        window.statusBar().showMessage(language.problem, 30_000)


def fill_window(window: MainWindow, store: Store, settings: QSettings) -> None:
    from cmcoord_desktop.ui.data_signal import DataSignal
    from cmcoord_desktop.ui.fonts import add_fallback_fonts
    from cmcoord_desktop.ui.window_settings import WindowSettings

    add_fallback_fonts()  # before any record's text is shown; after the shell's first paint

    data_signal = DataSignal(store, window)  # the window owns it: it lives as long
    window.fill(store, data_signal, WindowSettings(settings, store.device_id))


def run_window(data_dir: Path | None, demo: bool = False, language: str | None = None) -> int:
    """The window on a data folder; with demo and no folder, on a fresh copy of the demo
    workshop, made after the window's first paint and removed when the program ends."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    app = application()
    start = WindowStart(data_dir, demo, Dialogs(), language=language)
    start.refused.connect(app.exit)
    quit_after_start_if_asked(start.window)
    start.window.show()
    try:
        code = app.exec()
        return start.exit_code if start.exit_code is not None else code
    finally:
        start.close()


class WindowStart(QObject):
    """The program's start: the shell painted, then the store opened and the window filled.

    Holds what lives as long as the program (store, crash handler, demo windows) and the exit
    code of a start that was refused.
    """

    filled = Signal()  # the store is open and the window filled (or the welcome page shown)
    refused = Signal(int)  # the exit code: the store could not open, the person was told why

    # When the shell is not painted (started minimised), the store opens anyway.
    UNPAINTED_FILL_MS = 1000

    def __init__(
        self,
        data_dir: Path | None,
        demo: bool,
        dialogs: Dialogs,
        settings: QSettings | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.data_dir, self.demo, self.dialogs = data_dir, demo, dialogs
        self.demo_copy = demo and data_dir is None  # made in _open, removed by close
        self.settings = settings if settings is not None else QSettings()
        self.language = start_language(self.settings, language)
        self.store: Store | None = None
        self.crash_handler: CrashHandler | None = None
        self.exit_code: int | None = None
        self.demo_windows: list[MainWindow] = []  # a window without a reference is deleted
        self.window = MainWindow(self.settings, dialogs, data_dir, demo=demo)
        add_language_menu(self.window.menus["View"], self.language)
        self.window.installEventFilter(self)
        self._fallback = QTimer(self, singleShot=True, interval=self.UNPAINTED_FILL_MS)
        self._fallback.timeout.connect(self._open)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            # The next turn of the event loop: this paint reaches the screen first.
            QTimer.singleShot(0, self._open)
        return False

    def _open(self) -> None:
        if self.store is not None or self.exit_code is not None:
            return  # the paint and the fallback both came
        self._fallback.stop()
        try:
            import_core()
            if self.data_dir is None:
                from cmcoord_desktop.demo import make_demo_data_dir

                self.data_dir = make_demo_data_dir()
            self.store = open_store(self.data_dir, self.dialogs, self.window)
            if self.store is None:
                self._refuse(2)
                return
            self._install_crash_handler()
            fill_window(self.window, self.store, self.settings)
            tell_language_problem(self.window, self.language)
        except Exception as exc:  # a damaged database, a failing disk: say so rather than vanish
            where = self.data_dir or Path(tempfile.gettempdir())
            report_failed_start(self.dialogs, exc, where, start_logging(where))
            self._refuse(1)
            return
        if not self.demo:
            from cmcoord_desktop.ui.welcome import show_first_window

            first = show_first_window(self.window, self._open_demo)
            if first is not self.window:  # an empty data folder: the welcome page instead
                self.window.hide()
        # What PySide6's import hook left in linecache of the window's own modules (import_core
        # says why); a traceback reads its lines again from the files.
        linecache.clearcache()
        self.filled.emit()

    def _install_crash_handler(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication) and self.data_dir is not None
        self.crash_handler = CrashHandler(
            self.dialogs, start_logging(self.data_dir), app.activeWindow
        )
        self.crash_handler.install()
        log_qt_messages()

    def _open_demo(self) -> MainWindow:
        self.demo_windows.append(open_demo_window(self.dialogs, QSettings(), self.language))
        return self.demo_windows[-1]

    def _refuse(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.refused.emit(code)

    def close(self) -> None:
        for demo_window in self.demo_windows:  # a temporary copy: nothing in it is kept
            assert demo_window.store is not None
            demo_window.store.close()
            shutil.rmtree(demo_window.store.data_dir, ignore_errors=True)
        if self.crash_handler is not None:
            self.crash_handler.uninstall()
        if self.store is not None:
            self.store.close()
        if self.demo_copy and self.data_dir is not None:  # nothing in the copy is kept
            stop_logging()  # its log file is in the copy
            shutil.rmtree(self.data_dir, ignore_errors=True)


def open_demo_window(
    dialogs: Dialogs, settings: QSettings, language: WindowLanguage | None = None
) -> MainWindow:
    """The demo workshop (a fresh temporary copy) in a window of its own, beside the user's
    untouched data folder: chosen on the welcome page."""
    from cmcoord_desktop.core.store import Store
    from cmcoord_desktop.demo import make_demo_data_dir

    store = Store(make_demo_data_dir())
    window = build_window(store, settings, dialogs, demo=True, language=language)
    window.show()
    return window
