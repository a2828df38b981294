"""What the data folder remembers besides its records: laptops' names, the last sync, repairs.

Each value is JSON under one key of the `meta` table, read and written by `read` and `write`
only, inside the caller's unit of work (so a value can go in the same commit as records).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from sqlalchemy.orm import Session as DbSession

from cmcoord_desktop.core.models import Meta
from cmcoord_desktop.core.store_change import SYNCED

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store

DEVICE_NAMES_KEY = "device_names"
LAST_SYNC_KEY = "last_sync"
CLOCK_REPAIRS_KEY = "clock_repairs"


def read(db: DbSession, key: str) -> Any:
    """The value kept under `key`, or None when there is none."""
    kept = db.get(Meta, key)
    return msgspec.json.decode(kept.value) if kept else None


def write(db: DbSession, key: str, value: Any) -> None:
    """Keep `value` under `key` (None forgets it); an unchanged value writes nothing."""
    kept = db.get(Meta, key)
    if value is None:
        if kept is not None:
            db.delete(kept)
        return
    text = msgspec.json.encode(value).decode()
    if kept is None:
        db.add(Meta(key=key, value=text))
    elif kept.value != text:
        kept.value = text


def _reading(store: Store, key: str) -> Any:
    with store.reading() as db:
        return read(db, key)


def device_names(store: Store) -> dict[str, str]:
    """Which laptop is which: device id -> the name its owner sees, this laptop included."""
    names = dict(_reading(store, DEVICE_NAMES_KEY) or {})
    names[store.device_id] = store.device_name
    return names


def remember_device_names(store: Store, names: Mapping[str, str]) -> None:
    """Keep the names other laptops gave themselves; this laptop's own name is never replaced."""
    with store.unit_of_work() as db:
        known = dict(read(db, DEVICE_NAMES_KEY) or {})
        merged = {**known, **names}
        merged.pop(store.device_id, None)
        if merged != known:
            write(db, DEVICE_NAMES_KEY, dict(sorted(merged.items())))


def keep_own_old_name(db: DbSession, old_id: str, name: str) -> None:
    """The versions this laptop made under an earlier device id still carry it: keep its name."""
    known = dict(read(db, DEVICE_NAMES_KEY) or {})
    known[old_id] = name
    write(db, DEVICE_NAMES_KEY, dict(sorted(known.items())))


def sync_memory(store: Store, key: str) -> Any:
    """What a sync remembered under `key` (sync/resync_skip.py), or None."""
    return _reading(store, key)


def remember_sync(store: Store, values: Mapping[str, Any]) -> None:
    """Keep each value under its key for the next sync (None forgets it), in one commit."""
    with store.unit_of_work() as db:
        for key, value in values.items():
            write(db, key, value)


def remember_last_sync(store: Store, path: Path, when: dt.datetime) -> None:
    """When this data folder last synced, and with which shared file (whoever ran it)."""
    with store.unit_of_work() as db:
        write(db, LAST_SYNC_KEY, {"at": when.isoformat(timespec="minutes"), "path": str(path)})
    store.changed(SYNCED)


def last_sync(store: Store) -> tuple[dt.datetime, Path] | None:
    """(when, shared file) of the last sync of this data folder, or None before the first."""
    try:
        value = _reading(store, LAST_SYNC_KEY)
        if value is None:
            return None
        return dt.datetime.fromisoformat(value["at"]), Path(value["path"])
    except (msgspec.DecodeError, KeyError, TypeError, ValueError):
        return None  # written by a newer version in another shape: as if never synced


def add_clock_repair(db: DbSession, repair: Mapping[str, Any]) -> None:
    """Keep one more re-dating with the earlier ones (see clock_repairs)."""
    write(db, CLOCK_REPAIRS_KEY, [*(read(db, CLOCK_REPAIRS_KEY) or []), dict(repair)])


def clock_repairs(store: Store) -> list[dict[str, Any]]:
    """The re-datings this laptop made, oldest first (sync/clock_repair.Redating.to_json)."""
    return list(_reading(store, CLOCK_REPAIRS_KEY) or [])
