"""A re-sync with nothing new skips the work: the place and the store as they were last time.

After a complete sync this laptop remembers, in its store, what it had read and written of the
place: the picked file's and every laptop file's identity (device, inode, size, modification
time) taken *before* reading it (a file replaced while it was read then looks changed next time:
the safe side), its own files as it wrote them, and its own clock. If at the next sync every
one of those is unchanged, and no conflicted copy has appeared, nothing can have changed on
either side, and the sync reads nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from cmcoord_desktop.core import meta
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.share_reading import identity
from cmcoord_desktop.sync.shared_place import Place
from cmcoord_desktop.sync.siblings import find_siblings

_KEY = "resync:"  # + the picked file's real path


def current(store: Store, place: Place, ignore: Collection[str]) -> dict[str, Any] | None:
    """What the place and the store look like now, or None when that cannot be trusted."""
    if find_siblings(place.target):
        return None
    picked = identity(place.target)
    laptops = {d: identity(p) for d, p in place.laptop_files() if d not in ignore}
    return _shape(store, picked, laptops)


def nothing_new(store: Store, place: Place, ignore: Collection[str]) -> bool:
    remembered: object = meta.sync_memory(store, _KEY + str(place.target))
    if remembered is None:
        return False
    return current(store, place, ignore) == remembered


def remembered(
    store: Store,
    place: Place,
    picked: tuple[int, ...] | None,
    laptops: dict[str, tuple[int, ...] | None],
) -> dict[str, Any]:
    """After a complete sync: what it read (identities taken before reading) and wrote, as
    the store keeps it (meta.remember_sync, in one commit with the rest)."""
    return {_KEY + str(place.target): _shape(store, picked, laptops)}


def forget(store: Store, place: Place) -> None:
    if meta.sync_memory(store, _KEY + str(place.target)) is not None:
        meta.remember_sync(store, {_KEY + str(place.target): None})


def _shape(
    store: Store, picked: tuple[int, ...] | None, laptops: dict[str, tuple[int, ...] | None]
) -> dict[str, Any]:
    return {
        "picked": list(picked) if picked else None,
        "laptops": {d: list(i) if i else None for d, i in sorted(laptops.items())},
        "clock": store.clock.last,
        "device": [store.device_id, store.device_name],
    }
