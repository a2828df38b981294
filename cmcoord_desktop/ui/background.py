"""The one way the window runs long work (export, sync) off the GUI thread.

A job is a plain function given two callables: `progress(what, done, total)` to report how far it
is, and `cancelled()` to ask whether the person pressed Cancel (work that cannot stop halfway,
such as a sync's commit, never asks). Its result, its failure and its cancellation come back on
the GUI thread as signals. A failure is always one sentence for people (`failure_sentence`) and
is shown the same way for every job, in a warning with the job's title; the traceback of an
unexpected error goes to the log, never on screen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (what is being done, how far, out of how much)
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

UNEXPECTED: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]  # PySide6 types it object
    "BackgroundRunner", "Something went wrong; nothing was lost, and the log has the details."
)


class Warns(Protocol):
    """The part of the dialogs seam (ui/dialogs.Dialogs) a failure is shown with."""

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None: ...


def failure_sentence(exc: BaseException, expected: tuple[type[BaseException], ...]) -> str:
    """What a person reads when a job failed: our own errors already say it in a sentence; the
    system's (a full disk, a missing folder, a refused permission) in its words and the file's
    name; anything else is a defect, logged with its traceback and told in general words."""
    if isinstance(exc, expected):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({Path(exc.filename).name})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}."
    log.error("background job failed", exc_info=exc)
    return QCoreApplication.translate("BackgroundRunner", UNEXPECTED)


class _Signals(QObject):
    progressed = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(
        self,
        work: Work,
        signals: _Signals,
        stop: threading.Event,
        expected: tuple[type[BaseException], ...],
        cancel_error: type[BaseException] | None,
    ) -> None:
        super().__init__()
        # Python owns the job (the runner holds it until it ends): a pool deleting a Python
        # runnable itself corrupts PySide's reference counts at exit.
        self.setAutoDelete(False)
        self._work, self._signals, self._stop = work, signals, stop
        self._expected, self._cancel_error = expected, cancel_error

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit, self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - a worker thread must always report back
            if self._cancel_error is not None and isinstance(exc, self._cancel_error):
                self._signals.cancelled.emit()
            else:
                self._signals.failed.emit(failure_sentence(exc, self._expected))
            return
        self._signals.done.emit(result)


class BackgroundRunner(QObject):
    """Runs one job at a time for its owner (the export window, the sync) on a thread of its own.

    `failed` carries the sentence once it has been shown (a warning titled `failure_title`,
    over `parent`); `finished` is emitted after every job, however it ended."""

    progressed = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self, dialogs: Warns, parent: QWidget, failure_title: str, owner: QObject | None = None
    ) -> None:
        super().__init__(owner if owner is not None else parent)
        self.dialogs, self._parent, self.failure_title = dialogs, parent, failure_title
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._signals: _Signals | None = None
        self._job: _Job | None = None
        self._on_done: Callable[[Any], None] | None = None

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def start(
        self,
        work: Work,
        done: Callable[[Any], None],
        expected: tuple[type[BaseException], ...] = (),
        cancel_error: type[BaseException] | None = None,
    ) -> None:
        """Run `work`; `done(result)` on the GUI thread when it succeeds. `expected` are the
        errors whose message is already a sentence for people; `cancel_error` is what the work
        raises when it stopped because `cancelled()` said so."""
        if self.busy:
            raise RuntimeError("a job is already running")
        self._stop.clear()
        signals = _Signals()  # made here, on the GUI thread, so its slots run here
        signals.progressed.connect(self.progressed)
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self._signals, self._on_done = signals, done
        self._job = _Job(work, signals, self._stop, expected, cancel_error)
        self._pool.start(self._job)

    def cancel(self) -> None:
        """Ask the running job to stop at its next check (it may finish first)."""
        self._stop.set()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the running job ends (quitting must not close the store under it)."""
        return self._pool.waitForDone(msecs)

    def _ended(self) -> None:
        # The job's last signal is queued just before its run returns: wait for that return.
        self._pool.waitForDone()
        if self._signals is not None:
            self._signals.deleteLater()
        self._signals = self._job = None

    def _done(self, result: object) -> None:
        on_done = self._on_done
        self._ended()
        if on_done is not None:
            on_done(result)
        self.done.emit(result)
        self.finished.emit()

    def report(self, sentence: str) -> None:
        """Show a failure the owner found in a job's result, as the runner shows its own."""
        self.dialogs.warn(self._parent, self.failure_title, sentence)
        self.failed.emit(sentence)

    def _failed(self, sentence: str) -> None:
        self._ended()
        self.report(sentence)
        self.finished.emit()

    def _cancelled(self) -> None:
        self._ended()
        self.cancelled.emit()
        self.finished.emit()
