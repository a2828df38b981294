"""Small workshops on real stores, and hand-built records files, for the sync tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file


def capture(store: Store, title: str = "HNPW 2017", outcomes: int = 3) -> dict[str, str]:
    """An event with one session and a few key outcomes; returns their ids by name."""
    event = repo.create_event(store, title=title, city="Geneva")
    session = repo.create_session(store, event.id, title="Dangerous Work")
    ids = {"event": event.id, "session": session.id}
    for n in range(outcomes):
        item = repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, f"Outcome {n + 1}")
        ids[f"outcome{n + 1}"] = item.id
    return ids


def snapshot(store: Store) -> tuple[Any, ...]:
    """Everything a sync could change in a store: its records and the laptops it knows."""
    states = sorted(sync_states.record_states(store), key=lambda s: s["id"])
    return (msgspec.json.encode(states), meta.device_names(store))


def parts(data: bytes) -> dict[str, bytes]:
    """A records file split into its top-level values, as raw bytes."""
    return {k: bytes(v) for k, v in msgspec.json.decode(data, type=dict[str, msgspec.Raw]).items()}


def seal(values: dict[str, bytes]) -> bytes:
    """Assemble a records file from raw values with a correct checksum, however bad they are,
    so a test reaches the check it means to reach rather than stopping at the checksum."""
    sealed = ("format", "version", "app", "file_id", "count", "devices", "records")
    body = b",".join(
        b'"%s":%s' % (key.encode(), value) for key, value in values.items() if key != "checksum"
    )
    checksum = shared_file.checksum([values[key] for key in sealed])
    head, _, tail = body.partition(b',"devices"')
    return b'{%s,"checksum":"%s","devices"%s}' % (head, checksum.encode(), tail)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
