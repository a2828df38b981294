"""Pausing Python's cycle collector while a sync or an export builds many small objects.

Every few hundred new containers the collector walks all live objects; building a large file's
records would trigger it thousands of times (several times the cost of the decoding itself).
Nothing a sync builds holds a reference cycle, so collection can wait until it is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
