"""A quiet running clock in the status bar: how long the selected session has been running.

When the selected session is today and has a start time, it counts from that start (or down to
it); otherwise it shows how long the window has been open, which is still useful for pacing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def clock_text(
    now: dt.datetime,
    opened_at: dt.datetime,
    session_date: dt.date | None = None,
    start_time: dt.time | None = None,
) -> str:
    if session_date == now.date() and start_time is not None:
        start = dt.datetime.combine(session_date, start_time)
        if now >= start:
            return f"Session running {_duration((now - start).total_seconds())} (since {start_time:%H:%M})"
        return (
            f"Session starts in {_duration((start - now).total_seconds())} (at {start_time:%H:%M})"
        )
    return f"Open for {_duration((now - opened_at).total_seconds())}"


class SessionClock(QLabel):
    def __init__(
        self, parent: QWidget | None = None, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._opened_at = now()
        self._date: dt.date | None = None
        self._start: dt.time | None = None
        self.setToolTip("Session clock: time since the selected session started today")
        self.setContentsMargins(8, 0, 8, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def set_session(self, session_date: dt.date | None, start_time: dt.time | None) -> None:
        self._date, self._start = session_date, start_time
        self.tick()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        # A hidden clock costs nothing: no wake-ups every second.
        if visible:
            self._timer.start()
            self.tick()
        else:
            self._timer.stop()

    def tick(self) -> None:
        self.setText(clock_text(self._now(), self._opened_at, self._date, self._start))
