"""The summaries every format is tested with: the demo workshop, six languages, hostile text."""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
    find_event,
    find_events,
    gather_event_summary,
    gather_events_summary,
)

DEMO_TITLE = "Humanitarian Network and Partnership Week (HNPW) 2017"


@functools.cache
def demo_summary() -> EventSummary:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "data") as store:
        load_demo_workshop(store)
        return gather_event_summary(store, find_event(store, DEMO_TITLE).id)


# The demo's three events, as the reference page lists them (the Leading Edge Programme of
# April 2023 still upcoming on the day the page was read).
DEMO_EVENTS = (
    "Leading Edge Programme",
    "Revision of the UN-CMCoord Field Handbook",
    DEMO_TITLE,
)
REFERENCE_DAY = dt.date(2023, 1, 1)


@functools.cache
def demo_events_summary(today: dt.date = REFERENCE_DAY) -> EventsSummary:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "data") as store:
        load_demo_workshop(store)
        ids = [e.id for e in find_events(store, DEMO_EVENTS)]
        return gather_events_summary(store, ids, today)
