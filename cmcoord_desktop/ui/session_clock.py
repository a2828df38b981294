"""A quiet running clock in the status bar: how long the selected session has been running.

When the selected session is today and has a start time, it counts from that start (or down to
it); otherwise it shows how long the window has been open, which is still useful for pacing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget


class SessionClockWords(QObject):
    """The clock's words with plural forms. pyside6-lupdate (6.11) reads a plural only from a
    `self.tr(text, "", count)` call, which names its context after the class: hence a class."""

    def minutes_left(self, count: int) -> str:
        return self.tr("Session running {duration} (since {time}) · %n min left", "", count)

    def minutes_over(self, count: int) -> str:
        return self.tr("Session running {duration} (since {time}) · over by %n min", "", count)


_PLURALS = SessionClockWords()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def clock_text(
    now: dt.datetime,
    opened_at: dt.datetime,
    session_date: dt.date | None = None,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> str:
    if session_date != now.date() or start_time is None:
        return QCoreApplication.translate("SessionClock", "Window open for {duration}").format(
            duration=_duration((now - opened_at).total_seconds())
        )
    start = dt.datetime.combine(session_date, start_time)
    at = f"{start_time:%H:%M}"
    if now < start:
        until = _duration((start - now).total_seconds())
        return QCoreApplication.translate(
            "SessionClock", "Session starts in {duration} (at {time})"
        ).format(duration=until, time=at)
    running = _duration((now - start).total_seconds())
    if end_time is None or end_time <= start_time:
        return QCoreApplication.translate(
            "SessionClock", "Session running {duration} (since {time})"
        ).format(duration=running, time=at)
    # What a facilitator watches: the time left before the room must be handed over.
    left = (dt.datetime.combine(session_date, end_time) - now).total_seconds()
    if left >= 0:
        text = _PLURALS.minutes_left(int(left // 60))
    else:
        text = _PLURALS.minutes_over(int(-left // 60))
    return text.format(duration=running, time=at)


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
        self.setContentsMargins(8, 0, 8, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Session clock: time since the selected session started today"))
        self.tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
