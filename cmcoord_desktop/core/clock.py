"""Hybrid logical clock: stamps that follow the wall clock but never go backwards on one device."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

# A stamp is one integer: milliseconds since the epoch in the high bits, a counter in the low 16.
# Integers compare fast, survive JSON exactly, and sort the same on every laptop.
COUNTER_BITS = 16

# Stamps further ahead than this are held back when read from elsewhere: a laptop whose clock
# is wrong must not win every conflict, nor drag this laptop's clock along (a stamp accepted
# moves this laptop's clock at most this far ahead). Laptops keeping time over the network
# agree within seconds; ten minutes leaves room for one that was offline for weeks.
MAX_FUTURE_MS = 10 * 60 * 1000
FUTURE_SKEW_TEXT = "10 minutes"  # MAX_FUTURE_MS in words, for messages


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def stamp_ms(stamp: int) -> int:
    """The wall-clock milliseconds a stamp was made at."""
    return stamp >> COUNTER_BITS


def is_far_future(stamp: int, now_ms: int | None = None) -> bool:
    now = wall_ms() if now_ms is None else now_ms
    return stamp_ms(stamp) > now + MAX_FUTURE_MS


class HybridClock:
    """Gives strictly increasing stamps; `observe` keeps it ahead of stamps seen from others.

    A sync runs off the GUI thread while the person types: the lock keeps two threads from
    reading the same `last` and handing out one stamp twice.
    """

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self._wall = wall
        self._lock = threading.Lock()

    def tick(self) -> int:
        with self._lock:
            self.last = max(self.last + 1, self._wall() << COUNTER_BITS)
            return self.last

    def observe(self, stamp: int) -> None:
        with self._lock:
            self.last = max(self.last, stamp)
