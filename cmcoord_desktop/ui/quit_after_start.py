"""CMCOORD_QUIT_AFTER_START_MS: quit a given time after the first window's first paint.

For the bundle's smoke check and start-time measurements, which need the real program to open
its window and end by itself. Not in --help: facilitators have no use for it. On first paint it
writes one line, "cmcoord-desktop: first paint", to stderr, so a measuring parent can time it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENVIRONMENT_VARIABLE = "CMCOORD_QUIT_AFTER_START_MS"
FIRST_PAINT_LINE = "cmcoord-desktop: first paint"


class _QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, delay_ms: int) -> None:
        super().__init__(window)
        self.delay_ms = delay_ms
        # A timer of this object, not a free single shot: it dies with the window.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(QCoreApplication.quit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if sys.stderr is not None:  # a windowed Windows program has none
                print(FIRST_PAINT_LINE, file=sys.stderr, flush=True)
            self.timer.start(self.delay_ms)
        return False


def quit_after_start_if_asked(window: QWidget) -> None:
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if value.isdigit():
        _QuitAfterFirstPaint(window, int(value))
