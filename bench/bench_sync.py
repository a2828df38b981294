"""Sync of a store with N items against a shared file with N items, half of them shared.

Floor: plain `json` loading the file the sync read and writing (dumps + write) the file the sync
wrote, in the same run. The sync also reads the whole store, merges, commits the new records to
SQLite (synchronous=FULL) and reads the file back to verify it, so the target is a small multiple.
Sizes 1,000 / 10,000 / 100,000 items show whether it grows linearly.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.clock import COUNTER_BITS, wall_ms
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

BENCHMARKS = (
    "sync_1000_items",
    "sync_10000_items",
    "sync_100000_items",
    "sync_resync_100000_items",
    "sync_resync_memory_100000_items",
    "sync_memory_100000_items",
)
RESYNC_TARGET = 0.10  # a re-sync with nothing new: at most a tenth of a full sync
MEMORY_TARGET = 3.0  # a full sync's peak memory: at most three times its records on disk
TARGET = 3.0
ITEMS_PER_SESSION = 20


class _Maker:
    """Records as laptops write them: one version per field, stamps in the recent past."""

    def __init__(self, device: str, stamp: int) -> None:
        self.device, self.stamp = device, stamp

    def state(self, kind: str, fixed: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
        fields = {}
        for name, value in sorted(values.items()):
            self.stamp += 1
            fields[name] = [
                {"v": value, "t": self.stamp, "d": self.device, "seen": {self.device: self.stamp}}
            ]
        return {"kind": kind, "id": str(uuid.uuid4()), "fixed": fixed, "fields": fields}


def _workshop(items: int) -> tuple[list[dict], list[dict], list[dict]]:
    """(shared records, only in the store, only in the file): half of the items are shared."""
    past = (wall_ms() - 86_400_000) << COUNTER_BITS
    here, there = _Maker("laptopanna01", past), _Maker("laptopbilal2", past)
    event = here.state("event", {}, {"title": "HNPW 2017", "city": "Geneva"})
    shared, mine, theirs = [event], [], []
    sessions = []
    for s in range(max(1, items // ITEMS_PER_SESSION)):
        session = here.state(
            "session", {"event_id": event["id"]}, {"title": f"Session {s}", "delegates": 40}
        )
        shared.append(session)
        sessions.append(session["id"])
    for n in range(items):
        parent = sessions[n % len(sessions)]
        fixed = {"parent": parent, "item_kind": "key_outcome" if n % 2 else "next_step"}
        text = f"Outcome {n}: joint civil-military exercises build trust before a crisis."
        values = {"text": text, "position": f"a{n:06d}", "status": "open"}
        if n < items // 2:
            shared.append(here.state("item", fixed, values))
        elif n % 2:
            mine.append(here.state("item", fixed, values))
        else:
            theirs.append(there.state("item", fixed, values))
    return shared, mine, theirs


def _measure(items: int, root: Path, repeats: int) -> tuple[float, float]:
    shared, mine, theirs = _workshop(items)
    base_store, base_file = root / f"store{items}", root / f"file{items}.cmcsync"
    with Store(base_store) as store:
        sync_states.merge_states(store, shared + mine)
    base_file.write_bytes(shared_file.encode(shared + theirs, {"laptopbilal2": "Bilal's laptop"}))
    best_sync = best_floor = float("inf")
    for n in range(repeats):
        data_dir, path = root / f"run{items}-{n}", root / f"share{items}-{n}" / "w.cmcsync"
        shutil.copytree(base_store, data_dir, ignore=shutil.ignore_patterns(".cmcoord.lock"))
        path.parent.mkdir()
        shutil.copyfile(base_file, path)
        with Store(data_dir) as store:
            start = time.perf_counter()
            result = sync_with_shared_file(store, path)
            best_sync = min(best_sync, time.perf_counter() - start)
        assert result.here.new == len(theirs) and result.there.new == len(mine)
        read_bytes, written = base_file.read_bytes(), path.read_bytes()
        document = json.loads(written)
        out = path.with_name("plain.json")
        with paused_gc():  # the sync pauses the collector too; the floor gets the same help
            start = time.perf_counter()
            json.loads(read_bytes)
            out.write_bytes(json.dumps(document, ensure_ascii=False).encode())
            best_floor = min(best_floor, time.perf_counter() - start)
    return best_sync, best_floor


def _measure_resync(items: int, root: Path) -> tuple[float, float, int, int, int]:
    """(re-sync s, full sync s, re-sync peak bytes, full sync peak bytes, bytes of the records
    file the full sync wrote): a full sync, then the same sync again with nothing new on either
    side. Memory by tracemalloc (Python's allocations; SQLite's page cache is not counted), in
    its own runs so it does not slow the timed ones."""
    import tracemalloc

    shared, mine, theirs = _workshop(items)
    figures = []
    for traced in (False, True):
        data_dir, path = root / f"resync{items}-{traced}", root / f"reshare{items}-{traced}"
        path = path / "w.cmcsync"
        path.parent.mkdir()
        with Store(data_dir) as store:
            sync_states.merge_states(store, shared + mine)
        path.write_bytes(shared_file.encode(shared + theirs, {"laptopbilal2": "Bilal's laptop"}))
        with Store(data_dir) as store:
            runs = []
            for _ in range(2):
                if traced:
                    tracemalloc.start()
                start = time.perf_counter()
                sync_with_shared_file(store, path)
                elapsed = time.perf_counter() - start
                peak = tracemalloc.get_traced_memory()[1] if traced else 0
                if traced:
                    tracemalloc.stop()
                runs.append((elapsed, peak))
        figures.append(runs)
    (full_s, _), (again_s, _) = figures[0]
    (_, full_peak), (_, again_peak) = figures[1]
    return again_s, full_s, again_peak, full_peak, path.stat().st_size


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    sizes = (1_000, 10_000, 100_000) if not report.quick else (1_000, 10_000)
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-sync-") as tmp:
        for items in sizes:
            name = f"sync_{items}_items"
            if not report.wants(name):
                continue
            sync, floor = _measure(items, Path(tmp), repeats=3 if items <= 10_000 else 1)
            report(name, sync * 1000, "ms", floor * 1000, target=TARGET)
        items = 100_000 if not report.quick else 1_000
        if any(report.wants(f"sync_{what}_{items}_items") for what in ("resync", "memory")):
            again, full, again_peak, full_peak, on_disk = _measure_resync(items, Path(tmp))
            report(f"sync_resync_{items}_items", again * 1000, "ms", full * 1000, RESYNC_TARGET)
            report(
                f"sync_resync_memory_{items}_items",
                again_peak / 2**20,
                "MiB",
                full_peak / 2**20,
                RESYNC_TARGET,
            )
            # The full sync's peak against the records it wrote, as they lie on disk.
            report(
                f"sync_memory_{items}_items",
                full_peak / 2**20,
                "MiB",
                on_disk / 2**20,
                MEMORY_TARGET,
            )


if __name__ == "__main__":  # python bench/bench_sync.py: the same figures without the runner
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Report

    run(Report(quick="--quick" in sys.argv))
