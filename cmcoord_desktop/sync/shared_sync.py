"""Sync with a shared file: the file into this laptop, this laptop into the file, both end equal.

    read the file and its cloud siblings (strictly; a bad file stops everything, nothing written)
    merge them with the local records (pure, see merge.py)
    hold if more than half of the records would be deleted, unless a person confirmed
    save the merge on this laptop (one commit), then write the file atomically and read it back
    if another laptop replaced the file meanwhile, merge again and retry (bounded)

The local database never moves to the share: only the records file is written there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import clock, repository
from cmcoord_desktop.core.atomic_write import ShareBusy, remove_stale_temporaries, write_atomically
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.models import RECORD_TYPES
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import merge, shared_file
from cmcoord_desktop.sync.errors import FutureStamps, SharedFileError
from cmcoord_desktop.sync.merge import RecordMap, SideChanges
from cmcoord_desktop.sync.siblings import find_siblings

# Another laptop replacing the file between our read and our write is normal on a busy share;
# after this many rounds the local changes are kept and the user is asked to sync again.
MAX_ATTEMPTS = 8

Progress = Callable[[str, int], None]  # (what is happening, percent done)


@dataclass(frozen=True)
class Sibling:
    client: str  # dropbox, syncthing, onedrive
    path: Path
    records: RecordMap
    devices: dict[str, str]


@dataclass
class ShareSnapshot:
    """The shared file (and its siblings) as read at one moment."""

    path: Path
    identity: tuple[int, ...] | None  # None: the file does not exist yet
    file_id: str | None
    records: RecordMap
    devices: dict[str, str]
    siblings: list[Sibling] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


@dataclass(frozen=True)
class SyncResult:
    path: Path
    here: SideChanges  # what changed on this laptop
    there: SideChanges  # what changed in the shared file
    siblings_merged: tuple[str, ...] = ()
    siblings_skipped: tuple[tuple[str, str], ...] = ()
    created: bool = False
    wrote_file: bool = False
    held: bool = False  # more than half would be deleted; nothing was written
    done: bool = False  # False for a preview or a held sync

    def summary(self) -> str:
        """'12 new, 3 updated, 1 conflict, 0 deleted': what this laptop receives."""
        here = self.here
        conflicts = "conflict" if here.conflicts == 1 else "conflicts"
        return (
            f"{here.new} new, {here.updated} updated, {here.conflicts} {conflicts}, "
            f"{here.deleted} deleted"
        )

    def file_summary(self) -> str:
        there = self.there
        return f"{there.new} new, {there.updated} updated, {there.deleted} deleted"

    def held_reason(self) -> str:
        side = self.here if self.here.deletes_most else self.there
        where = "on this laptop" if side is self.here else "in the shared file"
        return (
            f"This sync would delete {side.deleted} of {side.live_before} records {where}; "
            "it was held. Confirm to go ahead."
        )


def read_share(
    path: Path, *, now_ms: int | None = None, allow_future: bool = False
) -> ShareSnapshot:
    """Read the shared file and its siblings; raises SharedFileError if the file is unusable.

    `now_ms` is this laptop's clock; `allow_future` is for the clock repair only (see
    shared_file.decode)."""
    path = Path(path)
    strictness = {"now_ms": now_ms, "allow_future": allow_future}
    if not path.parent.is_dir():
        raise SharedFileError(
            f"The folder {path.parent} is not there: is the USB stick or network share connected?"
        )
    identity = _identity(path)
    if identity is None:
        snapshot = ShareSnapshot(path, None, None, {}, {})
    else:
        try:
            document = shared_file.read(path, **strictness)
        except PermissionError as exc:
            raise ShareBusy(
                f"{path.name} cannot be read right now ({exc.strerror}); nothing was changed. "
                "Sync again in a moment."
            ) from exc
        snapshot = ShareSnapshot(
            path,
            identity,
            document["file_id"],
            merge.by_id(document["records"]),
            document["devices"],
        )
    for client, sibling_path in find_siblings(path):
        try:
            document = shared_file.read(sibling_path, **strictness)
        except (SharedFileError, OSError) as exc:
            snapshot.skipped.append((sibling_path.name, str(exc)))
            continue
        if snapshot.file_id is None and client != "onedrive":
            snapshot.file_id = document["file_id"]  # the shared file itself went missing
        if document["file_id"] != snapshot.file_id:
            continue  # a different shared file that happens to have a similar name
        snapshot.siblings.append(
            Sibling(client, sibling_path, merge.by_id(document["records"]), document["devices"])
        )
    return snapshot


@dataclass
class _Plan:
    merged: RecordMap
    devices: dict[str, str]
    here: SideChanges
    there: SideChanges
    to_store: list[dict[str, Any]]


def _plan(store: Store, snapshot: ShareSnapshot) -> _Plan:
    local = merge.by_id(repository.record_states(store))
    incoming = snapshot.records
    for sibling in snapshot.siblings:
        incoming = merge.merge_maps(incoming, sibling.records)
    merged = merge.merge_maps(local, incoming)
    merge.check_parents(merged)
    here = merge.changes(local, merged)
    there = merge.changes(snapshot.records, merged, new_conflicts=False)
    return _Plan(merged, _devices(store, snapshot), here, there, [merged[i] for i in here.changed])


def _devices(store: Store, snapshot: ShareSnapshot) -> dict[str, str]:
    """Which laptop is which. A laptop's own name comes from itself; others' from the file,
    which has the newest names (what this laptop remembers may be older: never write it back
    over the file's, or two laptops would rewrite the file at every sync)."""
    devices = repository.device_names(store)
    for sibling in snapshot.siblings:
        devices.update(sibling.devices)
    devices.update(snapshot.devices)
    devices[store.device_id] = store.device_name
    return devices


def preview_sync(store: Store, path: Path) -> SyncResult:
    """What a sync would do, writing nothing (the window shows it before asking)."""
    with paused_gc():
        refuse_own_future_stamps(store, path)
        snapshot = read_share(path, now_ms=store.wall())
        plan = _plan(store, snapshot)
    return _result(snapshot, plan, held=plan.here.deletes_most or plan.there.deletes_most)


def sync_with_shared_file(
    store: Store,
    path: Path,
    allow_mass_delete: bool = False,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncResult:
    """Merge both ways. Raises SharedFileError (nothing written) or ShareBusy (local kept)."""
    with paused_gc():
        result = _sync(store, Path(path), allow_mass_delete, progress, sleep)
    if not result.held:
        # In the data folder, not in the window's settings: a sync from the command line is
        # a sync too, and the window says so.
        repository.remember_last_sync(store, result.path, dt.datetime.now())
    return result


def _sync(
    store: Store,
    path: Path,
    allow_mass_delete: bool,
    progress: Progress | None,
    sleep: Callable[[float], None],
) -> SyncResult:
    report = progress or (lambda _what, _percent: None)
    remove_stale_temporaries(path)
    received = SideChanges()
    for attempt in range(MAX_ATTEMPTS):
        report(f"Reading {path.name}", 5)
        refuse_own_future_stamps(store, path)
        snapshot = read_share(path, now_ms=store.wall())
        report("Merging", 30)
        plan = _plan(store, snapshot)
        if (plan.here.deletes_most or plan.there.deletes_most) and not allow_mass_delete:
            return _result(snapshot, plan, held=True)
        if plan.to_store:
            report("Saving on this laptop", 50)
            repository.merge_states(store, plan.to_store)
            received = _add(received, plan.here)
        repository.remember_device_names(store, plan.devices)
        write = plan.there.any or snapshot.identity is None or plan.devices != snapshot.devices
        if write:
            report(f"Writing {path.name}", 70)
            data = shared_file.encode(
                _ordered(plan.merged), plan.devices, snapshot.file_id or shared_file.new_file_id()
            )
            if _identity(path) != snapshot.identity:
                sleep(_pause(attempt))
                continue  # another laptop wrote it since we read it: merge that in first
            _write_or_say_busy(path, data, sleep, "everything it merged. Sync again later.")
            report(f"Checking {path.name}", 90)
            if not _reads_back(path, data):
                sleep(_pause(attempt))
                continue  # replaced right after our write: merge theirs with ours again
        _remove_merged_siblings(snapshot)
        report("Done", 100)
        return _result(snapshot, plan, held=False, done=True, wrote_file=write, here=received)
    raise ShareBusy(
        f"{path.name} kept changing while other laptops synced; this laptop kept everything "
        "it merged. Sync again in a moment."
    )


def refuse_own_future_stamps(store: Store, path: Path) -> None:
    """A laptop whose clock ran far ahead must not write its stamps into the file, where every
    other laptop would refuse them. Its hybrid clock stays ahead of every stamp it made or
    took in (and a file's far-future stamps are refused before they are taken in), so the
    clock alone says whether this laptop holds such changes."""
    now_ms = store.wall()
    if not clock.is_far_future(store.clock.last, now_ms):
        return
    when = dt.datetime.fromtimestamp(clock.stamp_ms(store.clock.last) / 1000, dt.UTC)
    raise FutureStamps(
        f"Changes made on this laptop while its clock was ahead are dated up to "
        f"{when:%Y-%m-%d %H:%M} UTC, more than a day ahead of its clock now; in {path.name} they "
        "would block every other laptop. Re-date them first: File › Sync with shared file… "
        f"offers it, or run: cmcoord-desktop repair-clock {path.name}",
        (store.device_id,),
    )


def write_from_store(
    store: Store,
    snapshot: ShareSnapshot,
    take_in: Callable[[ShareSnapshot], None],
    report: Progress,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write the shared file from this laptop's records alone, without merging the file first:
    for the clock repair, after `take_in` brought the file's records into the store.

    If another laptop replaced the file meanwhile, the file is read again, `take_in` is called
    with it, and the write is tried again (bounded), as a sync does.
    """
    path = snapshot.path
    for attempt in range(MAX_ATTEMPTS):
        if attempt:
            snapshot = read_share(path, now_ms=store.wall(), allow_future=True)
            take_in(snapshot)
        devices = _devices(store, snapshot)
        repository.remember_device_names(store, devices)
        records = merge.by_id(repository.record_states(store))
        report(f"Writing {path.name}", 70)
        data = shared_file.encode(
            _ordered(records), devices, snapshot.file_id or shared_file.new_file_id()
        )
        if _identity(path) != snapshot.identity:
            sleep(_pause(attempt))
            continue
        _write_or_say_busy(
            path,
            data,
            sleep,
            "its re-dated changes. Run the repair again later to rewrite the file.",
        )
        report(f"Checking {path.name}", 90)
        if _reads_back(path, data):
            _remove_merged_siblings(snapshot)
            return
        sleep(_pause(attempt))
    raise ShareBusy(
        f"{path.name} kept changing while other laptops synced; this laptop kept its re-dated "
        "changes. Run the repair again in a moment to rewrite the file."
    )


def _result(
    snapshot: ShareSnapshot,
    plan: _Plan,
    held: bool,
    done: bool = False,
    wrote_file: bool = False,
    here: SideChanges | None = None,
) -> SyncResult:
    return SyncResult(
        path=snapshot.path,
        here=plan.here if here is None else here,
        there=plan.there,
        siblings_merged=tuple(s.path.name for s in snapshot.siblings),
        siblings_skipped=tuple(snapshot.skipped),
        created=snapshot.identity is None,
        wrote_file=wrote_file,
        held=held,
        done=done,
    )


def _add(a: SideChanges, b: SideChanges) -> SideChanges:
    """Changes of several rounds of one sync, added up (a record changed in two rounds of a
    busy share counts twice; the list of changed records has it once)."""
    changed = tuple(dict.fromkeys((*a.changed, *b.changed)))
    return SideChanges(
        a.new + b.new,
        a.updated + b.updated,
        a.conflicts + b.conflicts,
        a.deleted + b.deleted,
        max(a.live_before, b.live_before),
        changed,
    )


def _ordered(records: RecordMap) -> list[dict[str, Any]]:
    """Parents' kinds first, then by id: the same records always give the same bytes."""
    by_kind: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RECORD_TYPES}
    for state in records.values():
        by_kind[state["kind"]].append(state)
    by_id = operator.itemgetter("id")
    return [state for states in by_kind.values() for state in sorted(states, key=by_id)]


def _identity(path: Path) -> tuple[int, ...] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _reads_back(path: Path, data: bytes) -> bool:
    try:
        return shared_file.read_bytes(path) == data
    except (SharedFileError, OSError):
        return False


def _pause(attempt: int) -> float:
    # Random, so laptops that collided once do not collide again in lockstep.
    return random.uniform(0.01, 0.05) * (attempt + 1)


def _remove_merged_siblings(snapshot: ShareSnapshot) -> None:
    """Conflicted copies whose every record is now in the shared file are no longer needed."""
    for sibling in snapshot.siblings:
        # Still held by the cloud client? It is merged again next time, harmlessly.
        with contextlib.suppress(OSError):
            sibling.path.unlink()


def _write_or_say_busy(path: Path, data: bytes, sleep: Callable[[float], None], kept: str) -> None:
    """Write the shared file; any failure becomes ShareBusy saying what this laptop kept."""
    try:
        write_atomically(path, data, sleep)
    except OSError as exc:
        if isinstance(exc, ShareBusy):
            raise
        raise ShareBusy(
            f"Could not write {path.name} ({exc.strerror or exc}); this laptop kept {kept}"
        ) from exc
