"""repair-clock: re-date the changes this laptop made while its clock was far ahead, in its store
and in the shared file, so that the other laptops can sync again.

    read the shared file (and its conflicted copies) letting far-future stamps through
    refuse unless every far-future stamp is this laptop's own and something shows its clock
    merge the file into the store (nothing the file held is lost)
    re-date the store under a new device id, clock reset, one commit (clock_repair.py)
    write the file fresh from the store, atomically, and read it back

The local store holds everything the file held before it is rewritten, so the old file's content
is all in the new one, re-dated.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import clock, meta, sync_states
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.store import Store, make_device_id
from cmcoord_desktop.core.words import plurals, translate
from cmcoord_desktop.sync import merge
from cmcoord_desktop.sync.clock_repair import (
    CannotRedate,
    Redating,
    count_redated,
    far_future_keys,
    newest_sane_stamp,
    plan_redating,
)
from cmcoord_desktop.sync.errors import RepairRefused, SharedFileError
from cmcoord_desktop.sync.merge import RecordMap
from cmcoord_desktop.sync.share_writing import write_from_store
from cmcoord_desktop.sync.shared_sync import Progress, ShareSnapshot, read_share

# An edit typed in the window while the store is re-dated makes us read it again.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class RepairResult:
    redated: int  # changes (versions) that were dated far in the future
    path: Path | None  # the shared file, if one was named
    wrote_file: bool
    nothing_to_repair: str = ""  # why nothing was done, when nothing was

    def summary(self) -> str:
        if self.nothing_to_repair:
            return self.nothing_to_repair
        if self.redated == 0 and self.path is not None:
            return translate(
                "sync",
                "{file} rewritten with the changes this laptop re-dated earlier. Other laptops "
                "can sync again.",
            ).format(file=self.path.name)
        if self.path is None:
            return plurals.tr(
                "Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the "
                "shared file to pass them on.",
                "",
                self.redated,
            )
        text = plurals.tr(
            "Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. "
            "Other laptops can sync again.",
            "",
            self.redated,
        )
        return text.format(file=self.path.name)


def repair_clock(
    store: Store,
    shared_file: Path | None,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RepairResult:
    """Re-date this laptop's far-future changes here and in `shared_file` (if given).

    Raises RepairRefused with what to do first (nothing re-dated; the file's records may have
    been taken in, as a sync takes them in), SharedFileError if the file cannot be used (nothing
    changed), ShareBusy if it could not be written (the store is re-dated then; run it again).
    """
    with paused_gc():
        return _repair(store, shared_file, progress or (lambda _what, _percent: None), sleep)


def _repair(
    store: Store, path: Path | None, report: Progress, sleep: Callable[[float], None]
) -> RepairResult:
    now_ms = store.wall()
    snapshot = None
    incoming: RecordMap = {}
    if path is not None:
        report(translate("sync", "Reading {file}").format(file=path.name), 5)
        snapshot = read_share(path, now_ms=now_ms, allow_future=True)
        incoming = _file_records(snapshot)
    in_file = bool(far_future_keys(incoming.values(), now_ms))
    earlier = [Redating.from_json(r) for r in meta.clock_repairs(store)]
    incoming = _as_redated_before(incoming, earlier)
    local = merge.by_id(sync_states.record_states(store))
    everything = merge.merge_maps(local, incoming)
    keys = far_future_keys(everything.values(), now_ms)
    to_redate = bool(keys) or clock.is_far_future(store.clock.last, now_ms)
    if not to_redate and not in_file:
        return RepairResult(0, path, False, _nothing_to_repair(path, now_ms))
    _check_can_repair(store, keys, everything.values(), snapshot, now_ms)
    merge.check_parents(everything)

    report(translate("sync", "Taking in the shared file"), 20)
    _take_in(store, incoming.values())
    redating, count = None, 0
    if to_redate:  # else the file only held changes this laptop re-dated before
        report(translate("sync", "Re-dating"), 40)
        redating, count = _redate_store(store, now_ms)
    if snapshot is None:
        return RepairResult(count, None, False)

    def take_in_again(again: ShareSnapshot) -> None:
        # Another laptop replaced the file meanwhile: the same re-dating makes its copies of
        # our far-future changes the very versions the store now holds.
        records = list(_as_redated_before(_file_records(again), earlier).values())
        try:
            records = redating.apply(records) if redating else records
        except CannotRedate as exc:
            raise SharedFileError(
                translate("sync", "{file} changed during the repair ({reason}).").format(
                    file=again.path.name, reason=exc
                )
            ) from None
        _take_in(store, records)

    write_from_store(store, snapshot, take_in_again, report, sleep)
    report(translate("sync", "Done"), 100)
    return RepairResult(count, snapshot.path, True)


def _file_records(snapshot: ShareSnapshot) -> RecordMap:
    records = snapshot.records
    for sibling in snapshot.siblings:
        records = merge.merge_maps(records, sibling.records)
    return records


def _as_redated_before(records: RecordMap, earlier: list[Redating]) -> RecordMap:
    """The file's records with this laptop's earlier re-datings applied: a file (or a copy of
    it) written before an earlier repair still holds those changes with their old stamps, and
    they must become the very versions the store holds now, not second copies of them."""
    states = list(records.values())
    try:
        for redating in earlier:
            states = redating.apply(states, strict=False)
    except CannotRedate as exc:
        raise SharedFileError(
            translate("sync", "The shared file contradicts an earlier repair ({reason}).").format(
                reason=exc
            )
        ) from None
    return merge.by_id(states)


def _take_in(store: Store, states: Iterable[merge.State]) -> None:
    """Merge the file's records into the store, as a sync would (a contradiction is refused)."""
    local = merge.by_id(sync_states.record_states(store))
    incoming = merge.by_id(states)
    merge.check_parents(merge.merge_maps(local, incoming))  # SharedFileError if contradictory
    sync_states.merge_states(store, incoming.values())


def _redate_store(store: Store, now_ms: int) -> tuple[Redating | None, int]:
    """Re-date the store under a new device id in one commit; (the re-dating, changes)."""
    limit = newest_sane_stamp(now_ms)
    for _attempt in range(MAX_ATTEMPTS):
        read_at = store.clock.last
        states = sync_states.record_states(store)
        device_id = make_device_id()
        try:
            redating = plan_redating(states, now_ms, device_id)
            redated = redating.apply(states) if redating else states
        except CannotRedate as exc:
            raise RepairRefused(
                translate("sync", "These changes cannot be re-dated exactly ({reason}).").format(
                    reason=exc
                )
            ) from None
        changed = [new for new, old in zip(redated, states, strict=True) if new is not old]
        newest = max(
            (
                s
                for state in redated
                for vs in state["fields"].values()
                for v in vs
                for s in v["seen"].values()
            ),
            default=0,
        )
        try:
            sync_states.replace_redated(
                store,
                changed,
                device_id,
                newest,
                read_at,
                redating.to_json() if redating else None,
            )
        except sync_states.ChangedMeanwhile:
            continue
        return redating, count_redated(states, limit)
    raise RepairRefused(
        translate("sync", "This laptop's records kept changing during the repair; try again.")
    )


def _check_can_repair(
    store: Store,
    keys: set[tuple[int, str]],
    states: Iterable[Mapping[str, Any]],
    snapshot: ShareSnapshot | None,
    now_ms: int,
) -> None:
    """Re-date only this laptop's own changes, and only when its clock can be believed.

    Another laptop's far-future changes are that laptop's to re-date: re-dating them here as
    ours would make a second copy of each once it re-dates its own (or this laptop's clock is
    behind, which makes everyone's changes look far ahead). And when every change anywhere is
    far ahead, nothing shows this laptop's clock is right now rather than set back: re-dating
    to a wrong "now" helps nobody.
    """
    names = meta.device_names(store)
    if snapshot is not None:
        names.update(snapshot.devices)
    others = sorted({device for _, device in keys} - {store.device_id})
    if others:
        laptops = translate("sync", " and ").join(names.get(d, d) for d in others)
        raise RepairRefused(
            translate(
                "sync",
                "Changes from {laptops} are dated more than {minutes} minutes ahead of this "
                "laptop's clock too. If this laptop's date is behind, correct its date and time "
                "first; otherwise re-date them on that laptop first.",
            ).format(laptops=laptops, minutes=clock.MAX_FUTURE_MS // 60_000)
        )
    limit = newest_sane_stamp(now_ms)
    if keys and not any(
        v["t"] <= limit for state in states for vs in state["fields"].values() for v in vs
    ):
        when = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
        raise RepairRefused(
            translate(
                "sync",
                "Correct this laptop's date and time first: every change here is dated more "
                "than {minutes} minutes after {when} UTC, so nothing shows that its clock is "
                "right now.",
            ).format(minutes=clock.MAX_FUTURE_MS // 60_000, when=f"{when:%Y-%m-%d %H:%M}")
        )


def _nothing_to_repair(path: Path | None, now_ms: int) -> str:
    when = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
    minutes, now = clock.MAX_FUTURE_MS // 60_000, f"{when:%Y-%m-%d %H:%M}"
    if path is None:
        return translate(
            "sync",
            "Nothing to repair: no change here is dated more than {minutes} minutes after this "
            "laptop's clock ({when} UTC). If that date is wrong, correct it first.",
        ).format(minutes=minutes, when=now)
    return translate(
        "sync",
        "Nothing to repair: no change here or in {file} is dated more than {minutes} minutes "
        "after this laptop's clock ({when} UTC). If that date is wrong, correct it first.",
    ).format(file=path.name, minutes=minutes, when=now)
