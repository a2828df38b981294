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


def _minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min"


def clock_text(
    now: dt.datetime,
    opened_at: dt.datetime,
    session_date: dt.date | None = None,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> str:
    if session_date != now.date() or start_time is None:
        return f"Window open for {_duration((now - opened_at).total_seconds())}"
    start = dt.datetime.combine(session_date, start_time)
    if now < start:
        until = _duration((start - now).total_seconds())
        return f"Session starts in {until} (at {start_time:%H:%M})"
    text = f"Session running {_duration((now - start).total_seconds())} (since {start_time:%H:%M})"
    if end_time is not None and end_time > start_time:
        # What a facilitator watches: the time left before the room must be handed over.
        end = dt.datetime.combine(session_date, end_time)
        left = (end - now).total_seconds()
        text += f" · {_minutes(left)} left" if left >= 0 else f" · over by {_minutes(-left)}"
    return text


class SessionClock(QLabel):
    def __init__(
        self, parent: QWidget | None = None, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._opened_at = now()
        self._date: dt.date | None = None
        self._start: dt.time | None = None
        self._end: dt.time | None = None
        self.setToolTip("Session clock: time since the selected session started today")
        self.setContentsMargins(8, 0, 8, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def set_session(
        self,
        session_date: dt.date | None,
        start_time: dt.time | None,
        end_time: dt.time | None = None,
    ) -> None:
        self._date, self._start, self._end = session_date, start_time, end_time
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
        self.setText(clock_text(self._now(), self._opened_at, self._date, self._start, self._end))
