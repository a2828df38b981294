"""An edit made durable through the app's store, against a raw sqlite3 WAL commit of one row.

Figure `edit_durable`: median time of `repository.update(store, Item, id, text=...)` on the large
store — one unit of work: read the row, write a new field version, stamp the clock, commit with
WAL and synchronous=FULL. Floor: on a copy of the same database file, a plain sqlite3 connection
with the same pragmas runs `UPDATE items SET text = ? WHERE id = ?` and commits. Both pay the
same fsync; the ratio is what the ORM, the versions and the clock add to it.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import large_store

from cmcoord_desktop.core import repository, search_index
from cmcoord_desktop.core.models import Item
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store

BENCHMARKS = ("edit_durable",)
TARGET = 3.0


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    # The floor is a bare row update: the search index's triggers are the app's work (and call
    # a function only the app's connections have). bench_search.py measures what they add.
    for name in search_index.TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    return conn


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(size: large_store.Size, edits: int) -> tuple[float, float]:
    """Median seconds of one durable edit through the store, and of the raw commit."""
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-edit-") as tmp:
        app_dir = large_store.copy_of(size, Path(tmp) / "app")
        raw_dir = large_store.copy_of(size, Path(tmp) / "raw")
        raw = _raw_connection(raw_dir / DATABASE_NAME)
        ids = [row[0] for row in raw.execute("SELECT id FROM items ORDER BY id LIMIT ?", (edits,))]
        app_times, raw_times = [], []
        with Store(app_dir) as store:
            # Warm both paths once (first statement compiles, pages come into the cache).
            repository.update(store, Item, ids[0], text="warm-up")
            raw.execute("UPDATE items SET text = ? WHERE id = ?", ("warm-up", ids[0]))
            for n, item_id in enumerate(ids):
                text = f"Agreed on a common notification form, revision {n}"

                def raw_edit(item_id: str = item_id, text: str = text) -> None:
                    raw.execute("BEGIN IMMEDIATE")
                    raw.execute("UPDATE items SET text = ? WHERE id = ?", (text, item_id))
                    raw.execute("COMMIT")

                # Interleaved, so disk hiccups hit both sides alike.
                app_times.append(
                    _timed(lambda i=item_id, t=text: repository.update(store, Item, i, text=t))
                )
                raw_times.append(_timed(raw_edit))
        raw.close()
    return statistics.median(app_times), statistics.median(raw_times)


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    size = large_store.QUICK if report.quick else large_store.FULL
    app, raw = measure(size, edits=20 if report.quick else 300)
    report("edit_durable", app * 1000, "ms", raw * 1000, target=TARGET)
