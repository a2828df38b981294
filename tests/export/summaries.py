"""The summaries every format is tested with: the demo workshop, six languages, hostile text."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.summary_data import EventSummary, find_event, gather_event_summary

DEMO_TITLE = "Humanitarian Network and Partnership Week (HNPW) 2017"


@functools.cache
def demo_summary() -> EventSummary:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "data") as store:
        load_demo_workshop(store)
        return gather_event_summary(store, find_event(store, DEMO_TITLE).id)
