"""Writing the shared place: a records file's bytes checked before anything is replaced, this
laptop's own file, the picked file, and the tidying after a true sync.

Every failure to write becomes ShareBusy saying what this laptop kept (nothing is lost: the
store already holds what was merged).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core.atomic_write import ShareBusy, remove_stale_temporaries, write_atomically
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync import merge, shared_file
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.media import store_media
from cmcoord_desktop.sync.merge import RecordMap
from cmcoord_desktop.sync.share_reading import ShareSnapshot, identity, read_share
from cmcoord_desktop.sync.shared_file import EncodedFile
from cmcoord_desktop.sync.shared_place import move_aside

# Another laptop replacing the picked file between our read and our write is normal on a busy
# share; after this many rounds the picked file is left for the next sync to refresh (this
# laptop's own file, which is what makes the sync true, is written in the first round).
MAX_ATTEMPTS = 8


def encode_checked(
    records: RecordMap, devices: dict[str, str], file_id: str, snapshot: ShareSnapshot
) -> EncodedFile:
    """The records file's bytes, its slides written beside it as media first (so no reader
    meets a reference before its slide); refused before anything is replaced if readers would
    refuse it (every reader checks the size before reading a byte)."""
    path = snapshot.path
    try:
        states = store_media(list(records.values()), snapshot.place.folder)
    except OSError as exc:
        raise ShareBusy(
            translate(
                "sync",
                "Could not write the slides beside {file} ({reason}); this laptop kept "
                "everything. Sync again later.",
            ).format(file=path.name, reason=exc.strerror or exc)
        ) from exc
    data = shared_file.encode_file(states, devices, file_id)
    if len(data) > shared_file.MAX_FILE_BYTES:
        raise SharedFileError(
            translate(
                "sync",
                "Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop "
                "reads; nothing in it was replaced. Shorten the longest notes and sync again.",
            ).format(
                file=path.name,
                size=f"{len(data) / 2**20:,.0f}",
                limit=f"{shared_file.MAX_FILE_BYTES / 2**20:,.0f}",
            )
        )
    return data


def write_own_file(
    store: Store, snapshot: ShareSnapshot, data: EncodedFile, sleep: Callable[[float], None]
) -> None:
    """Write this laptop's own file in the place; only this laptop ever replaces it."""
    place = snapshot.place
    own = place.laptop_file(store.device_id)
    try:
        place.make_folder()
    except OSError as exc:
        raise ShareBusy(
            translate(
                "sync",
                "Could not make the folder {folder} beside {file} ({reason}); this laptop kept "
                "everything it merged. Sync again later.",
            ).format(folder=place.folder.name, file=snapshot.path.name, reason=exc.strerror or exc)
        ) from exc
    message = translate(
        "sync",
        "Could not write {file} ({reason}); this laptop kept everything it merged. "
        "Sync again later.",
    )
    written = write_or_say_busy(own, data, sleep, message)
    if not still_ours(own, written):
        raise ShareBusy(
            translate(
                "sync",
                "{file} in {folder} was replaced by another program right after this laptop "
                "wrote it; this laptop kept everything it merged. Sync again.",
            ).format(file=own.name, folder=place.folder.name)
        )


def tidy(store: Store, snapshot: ShareSnapshot, former: set[str]) -> None:
    """After a true sync: conflicted copies moved aside, this laptop's files under former ids
    (re-dated into the new one) removed, temporaries left by killed syncs removed."""
    place = snapshot.place
    for sibling in snapshot.siblings:
        move_aside(place, sibling.path)
    for device in former:
        place.laptop_file(device).unlink(missing_ok=True)
    own = place.laptop_file(store.device_id)
    try:
        share_now = own.stat().st_mtime  # the share's clock, not this laptop's
    except OSError:
        return
    remove_stale_temporaries(place.target, share_now)
    remove_stale_temporaries(own, share_now)


def checksum_file_id(data: EncodedFile) -> str | None:
    """The file id written into these bytes (a new place gets its id at its first write)."""
    found = re.search(rb'"file_id":"([0-9a-f-]{36})"', data.head())
    return found.group(1).decode() if found else None


def still_ours(path: Path, written: tuple[int, int]) -> bool:
    """Whether `path` is still the file this laptop just wrote (same device and inode), without
    reading it back: an atomic replace by anyone else gives it another inode."""
    found = identity(path)
    return found is not None and found[:2] == written


def pause(attempt: int) -> float:
    # Random, so laptops that collided once do not collide again in lockstep.
    return random.uniform(0.01, 0.05) * (attempt + 1)


def write_or_say_busy(
    path: Path, data: bytes | EncodedFile, sleep: Callable[[float], None], message: str
) -> tuple[int, int]:
    """Write a file of the place; any failure becomes ShareBusy saying what this laptop kept:
    `message`, translated, with {file} and {reason} in it."""
    try:
        return write_atomically(path, data, sleep)
    except OSError as exc:
        if isinstance(exc, ShareBusy):
            raise
        raise ShareBusy(message.format(file=path.name, reason=exc.strerror or exc)) from exc


def laptop_names(store: Store, snapshot: ShareSnapshot) -> dict[str, str]:
    """Which laptop is which. A laptop's own name comes from itself; others' from the file,
    which has the newest names (what this laptop remembers may be older: never write it back
    over the file's, or two laptops would rewrite the file at every sync)."""
    devices = meta.device_names(store)
    for sibling in snapshot.siblings:
        devices.update(sibling.devices)
    devices.update(snapshot.devices)
    devices[store.device_id] = store.device_name
    return devices


def former_ids(store: Store) -> set[str]:
    """Device ids this laptop had before a clock repair: their files are its own to replace."""
    return {r["old"] for r in meta.clock_repairs(store)} - {store.device_id}


def write_from_store(
    store: Store,
    snapshot: ShareSnapshot,
    take_in: Callable[[ShareSnapshot], None],
    report: Callable[[str, int], None],
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write the shared place from this laptop's records alone, without merging it first: for
    the clock repair, after `take_in` brought the place's records into the store.

    This laptop's own file (under its new id) is written first; its files under former ids are
    removed. If another laptop replaced the picked file meanwhile, the place is read again,
    `take_in` is called with it, and the write is tried again (bounded), as a sync does.
    """
    path = snapshot.path
    for attempt in range(MAX_ATTEMPTS):
        if attempt:
            snapshot = read_share(path, now_ms=store.wall(), allow_future=True)
            take_in(snapshot)
        devices = laptop_names(store, snapshot)
        meta.remember_device_names(store, devices)
        records = merge.by_id(sync_states.record_states(store))
        report(translate("sync", "Writing {file}").format(file=path.name), 70)
        data = encode_checked(
            records, devices, snapshot.file_id or shared_file.new_file_id(), snapshot
        )
        write_own_file(store, snapshot, data, sleep)
        if identity(snapshot.place.target) != snapshot.identity:
            sleep(pause(attempt))
            continue
        written = write_or_say_busy(
            snapshot.place.target,
            data,
            sleep,
            translate(
                "sync",
                "Could not write {file} ({reason}); this laptop kept its re-dated changes. Run "
                "the repair again later to rewrite the file.",
            ),
        )
        report(translate("sync", "Checking {file}").format(file=path.name), 90)
        if still_ours(snapshot.place.target, written):
            tidy(store, snapshot, former_ids(store))
            return
        sleep(pause(attempt))
    raise ShareBusy(
        translate(
            "sync",
            "{file} kept changing while other laptops synced; this laptop kept its re-dated "
            "changes. Run the repair again in a moment to rewrite the file.",
        ).format(file=path.name)
    )
