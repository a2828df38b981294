"""Unexpected errors: logged, told to the user with the log's path, and the program keeps running.

Without this, an exception in a slot only prints to a console facilitators never see (and a
frozen Windows program has none). Every edit is committed the moment it is made, so the data is
safe whatever failed; the message says so.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.failure_report import plain_reason
from cmcoord_desktop.ui.dialogs import Dialogs

log = logging.getLogger("cmcoord_desktop.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_message(summary: str, log_path: Path | None) -> str:
    if log_path:
        text = QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong: {summary}.\n\n"
            "Your data is safe: every edit was saved the moment you made it. "
            "CMCoord Desktop keeps running; if something looks wrong, close it and open it "
            "again.\n\nThe details are in the log file:\n{log}\n"
            "Please send that file with a few words on what you were doing.",
        )
    else:
        text = QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong: {summary}.\n\n"
            "Your data is safe: every edit was saved the moment you made it. "
            "CMCoord Desktop keeps running; if something looks wrong, close it and open it "
            "again.\n\nThe details could not be written to a log file.",
        )
    return text.format(summary=summary, log=log_path)


def report_failed_start(
    dialogs: Dialogs, exc: BaseException, data_dir: Path, log_path: Path | None
) -> None:
    """An error before the window opened (a damaged database, a disk failing): logged and told
    in a dialog the person closes, because the program ends after it. The dialog says what
    failed and what to do in plain words; the traceback is in the log only."""
    log.error("Could not open the data folder %s", data_dir, exc_info=exc)
    text = QCoreApplication.translate(
        "CrashHandler",
        "CMCoord Desktop could not open its data folder {folder}: {reason}.\n\n"
        "Nothing in the folder was deleted. Keep a copy of the folder before trying anything "
        "else, and ask for help with it.",
    ).format(folder=data_dir, reason=plain_reason(exc, data_dir))
    if log_path:
        text += "\n\n" + QCoreApplication.translate(
            "CrashHandler", "The details are in the log file:\n{log}"
        ).format(log=log_path)
    dialogs.warn(
        None, QCoreApplication.translate("CrashHandler", "CMCoord Desktop could not start"), text
    )


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("cmcoord_desktop.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)
    if sys.stderr is not None and kind != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)  # where Qt would have written it


def log_qt_messages() -> None:
    """Qt's own warnings (a missing image plugin, a font without glyphs) go to the log too."""
    qInstallMessageHandler(_log_qt_message)


class CrashHandler(QObject):
    """Installs itself as sys.excepthook and threading.excepthook while the program runs."""

    # Errors may come from any thread; the dialog is shown on the GUI thread (queued signal):
    # the sentence for the person, and the error itself (told once each).
    _reported = Signal(str, str)

    def __init__(
        self,
        dialogs: Dialogs,
        log_path: Path | None,
        parent_window: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        super().__init__()
        self.dialogs = dialogs
        self.log_path = log_path
        self.parent_window = parent_window
        self._already_shown: set[str] = set()
        self._previous: tuple[ExceptHook, Callable[..., object]] | None = None
        self._reported.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread_name: str = "",
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        where = f" in thread {thread_name}" if thread_name else ""
        if issubclass(exc_type, DataFolderError):
            # The store told the window before raising it ("Not saved", with what to do); the
            # generic report below would wrongly say that every edit was saved.
            log.warning("Not saved%s: %s", where, exc, exc_info=(exc_type, exc, tb))
            return
        log.error("Unexpected error%s", where, exc_info=(exc_type, exc, tb))
        # The person gets a sentence; the traceback is for whoever helps, in the log only.
        self._reported.emit(plain_reason(exc), f"{exc_type.__name__}: {exc}")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)

    def _show(self, summary: str, error: str) -> None:
        # A failing paint or timer repeats the same error many times a second: tell it once.
        if error in self._already_shown:
            return
        self._already_shown.add(error)
        try:
            self.dialogs.report_error(
                self.parent_window(),
                QCoreApplication.translate("CrashHandler", "CMCoord Desktop: unexpected error"),
                error_message(summary, self.log_path),
            )
        except Exception:  # the report itself failed: the log has it, never recurse
            log.exception("Could not show the error dialog")
