"""Builds the large store the benchmarks open: 50 events, 1,000 sessions, 20,000 items.

The records go in through `sync_states.merge_states`, the same path a sync or an import takes, so
the rows, their per-field versions and the clock are exactly what the program itself writes. A
build is cached for the life of the process; callers that write get their own copy.

    python bench/large_store.py DIR [--quick]    # build one by hand, e.g. to open it in the app
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import random
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fractional_indexing import generate_n_keys_between

from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.clock import wall_ms
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store

DEVICE = "benchdevice1"


@dataclass(frozen=True)
class Size:
    events: int
    sessions_per_event: int
    items_per_session: int  # half key outcomes, half next steps

    @property
    def sessions(self) -> int:
        return self.events * self.sessions_per_event

    @property
    def items(self) -> int:
        return self.sessions * self.items_per_session

    def describe(self) -> str:
        return f"{self.events} events, {self.sessions:,} sessions, {self.items:,} items"


FULL = Size(events=50, sessions_per_event=20, items_per_session=20)
QUICK = Size(events=5, sessions_per_event=10, items_per_session=10)

_WORDS = [
    "coordination",
    "civil",
    "military",
    "humanitarian",
    "access",
    "logistics",
    "assets",
    "last",
    "resort",
    "guidelines",
    "liaison",
    "officers",
    "training",
    "simulation",
    "exercise",
    "partners",
    "deconfliction",
    "notification",
    "principles",
    "neutrality",
    "impartiality",
    "independence",
    "dialogue",
    "handbook",
    "revision",
    "network",
    "platform",
    "micro-learning",
    "host",
    "nation",
    "support",
    "protection",
    "convoy",
    "escort",
    "airspace",
]
_FORMATS = ("panel discussion", "group work", "marketplace", "plenary")


class _States:
    """Record states as a device would have written them: one version per field."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stamp = (wall_ms() - 86_400_000) << 16  # a day ago, so no stamp is in the future

    def sentence(self, words: int) -> str:
        text = " ".join(self.rng.choice(_WORDS) for _ in range(words))
        return text[0].upper() + text[1:] + "."

    def state(self, kind: str, fixed: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        fields = {}
        for name, value in values.items():
            self.stamp += 1
            seen = {DEVICE: self.stamp}
            fields[name] = [{"v": value, "t": self.stamp, "d": DEVICE, "seen": seen}]
        return {
            "kind": kind,
            "id": str(uuid.UUID(int=self.rng.getrandbits(128))),
            "fixed": fixed,
            "fields": fields,
        }


def states(size: Size, seed: int = 2017) -> Iterator[dict[str, Any]]:
    """Parents before children, as merge_states expects."""
    make = _States(random.Random(seed))
    positions = generate_n_keys_between(None, None, size.items_per_session)
    first = dt.date.today() - dt.timedelta(days=365 * 5)
    for e in range(size.events):
        start = first + dt.timedelta(days=45 * e)
        end = start + dt.timedelta(days=4)
        event = make.state(
            "event",
            {},
            {
                "title": f"Humanitarian Networks and Partnerships Week {e + 1}: "
                + make.sentence(4),
                "host": "OCHA Civil-Military Coordination Service",
                "city": "Geneva",
                "country": "Switzerland",
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "participants": 80 + e,
                "description": make.sentence(40),
            },
        )
        yield event
        for s in range(size.sessions_per_event):
            session = make.state(
                "session",
                {"event_id": event["id"]},
                {
                    "title": make.sentence(6),
                    "date": (start + dt.timedelta(days=s % 5)).isoformat(),
                    "start_time": f"{9 + s % 8:02d}:00",
                    "end_time": f"{10 + s % 8:02d}:00",
                    "format": _FORMATS[s % len(_FORMATS)],
                    "delegates": 20 + s,
                    "panel": ", ".join(make.sentence(2) for _ in range(3)),
                    "notes": make.sentence(60),
                },
            )
            yield session
            for i in range(size.items_per_session):
                kind = ItemKind.KEY_OUTCOME if i % 2 == 0 else ItemKind.NEXT_STEP
                values: dict[str, Any] = {
                    "text": make.sentence(25),
                    "position": positions[i],
                }
                if kind is ItemKind.NEXT_STEP:
                    values |= {"owner": "CMCS", "status": "open"}
                yield make.state("item", {"parent": session["id"], "item_kind": str(kind)}, values)


def build(data_dir: Path, size: Size) -> Path:
    with Store(data_dir) as store:
        batch: list[dict[str, Any]] = []
        for state in states(size):
            batch.append(state)
            if len(batch) >= 5000:  # bounded commits, as a large import would do
                sync_states.merge_states(store, batch)
                batch = []
        if batch:
            sync_states.merge_states(store, batch)
    return data_dir


_built: dict[Size, Path] = {}


def cached(size: Size) -> Path:
    """A data folder holding a store of this size; built once per process. Do not write to it."""
    if size not in _built:
        root = Path(tempfile.mkdtemp(prefix="cmcoord-bench-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        _built[size] = build(root / "large", size)
    return _built[size]


def copy_of(size: Size, target: Path) -> Path:
    """A private copy of the cached store, for a benchmark that writes."""
    source = cached(size)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".cmcoord.lock"))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    size = QUICK if args.quick else FULL
    build(args.data_dir, size)
    print(f"{args.data_dir}: {size.describe()}")


if __name__ == "__main__":
    main()
