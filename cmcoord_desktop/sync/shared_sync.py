"""Sync with a shared place: the place into this laptop, this laptop into the place.

    (after a preview: write the preview's reading and merge, unless the share or the store
    changed since; then read and merge again, and say why)
    read the picked file, every laptop's own file beside it and the cloud's conflicted copies
    (strictly; a bad file stops everything, nothing written; see share_reading.py)
    merge them with the local records (pure, see merge.py)
    hold if more than half of the records would be deleted, unless a person confirmed
    refuse, before anything changes, a file larger than readers accept
    save the merge on this laptop (one commit), then write this laptop's own file: from then on
    the place holds everything this laptop has, whatever other laptops write ("synced")
    then refresh the picked file (what people open); if another laptop replaced it meanwhile,
    merge again and retry (bounded: the laptops' files already hold everything)

The local database never moves to the share: only records files are written there.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import clock, meta, slide_store, sync_states
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import plurals, translate
from cmcoord_desktop.sync import merge, resync_skip, share_writing, shared_file, slide_cleanup
from cmcoord_desktop.sync.errors import FutureStamps, OtherWorkshop, SharedFileError
from cmcoord_desktop.sync.merge import RecordMap, SideChanges
from cmcoord_desktop.sync.records_check import future_devices
from cmcoord_desktop.sync.share_reading import ShareSnapshot, Sibling, identity, read_share
from cmcoord_desktop.sync.shared_place import checksum_of, place_of

Progress = Callable[[str, int], None]  # (what is happening, percent done)

__all__ = ["ShareSnapshot", "Sibling", "SyncResult", "read_share", "sync_with_shared_file"]


def changes_summary(side: SideChanges) -> str:
    """'12 new, 3 updated, 1 conflict, 0 deleted': what one side receives."""
    text = plurals.tr(
        "{new} new, {updated} updated, %n conflict(s), {deleted} deleted", "", side.conflicts
    )
    return text.format(new=side.new, updated=side.updated, deleted=side.deleted)


def held_here_reason(side: SideChanges) -> str:
    """Why a sync that would delete most of this laptop's records was held."""
    text = plurals.tr(
        "This sync would delete {deleted} of %n record(s) on this laptop; it was held. "
        "Confirm to go ahead.",
        "",
        side.live_before,
    )
    return text.format(deleted=side.deleted)


# share; after this many rounds the picked file is left for the next sync to refresh (this
# laptop's own file, which is what makes the sync true, is written in the first round).
@dataclass(frozen=True)
class SyncResult:
    path: Path
    here: SideChanges  # what changed on this laptop
    there: SideChanges  # what changed in the shared place
    siblings_merged: tuple[str, ...] = ()
    siblings_skipped: tuple[tuple[str, str], ...] = ()
    held_back: tuple[tuple[str, str], ...] = ()  # laptops' files dated far ahead, not merged
    created: bool = False
    wrote_file: bool = False
    held: bool = False  # more than half would be deleted; nothing was written
    done: bool = False  # False for a preview or a held sync
    picked_file_current: bool = True  # False: another laptop kept replacing the picked file
    other_workshop: bool = False  # the place holds another workshop (see preview_sync)
    # Why the sync read and merged again instead of writing its preview's merge ("" if not).
    merged_again: str = ""
    # The preview's reading and merge, for the sync that follows it (sync_with_shared_file).
    prepared: Prepared | None = field(default=None, compare=False, repr=False)

    def summary(self) -> str:
        """'12 new, 3 updated, 1 conflict, 0 deleted': what this laptop receives."""
        return changes_summary(self.here)

    def file_summary(self) -> str:
        there = self.there
        return translate("sync", "{new} new, {updated} updated, {deleted} deleted").format(
            new=there.new, updated=there.updated, deleted=there.deleted
        )

    def held_reason(self) -> str:
        if self.here.deletes_most:
            return held_here_reason(self.here)
        text = plurals.tr(
            "This sync would delete {deleted} of %n record(s) in the shared file; it was "
            "held. Confirm to go ahead.",
            "",
            self.there.live_before,
        )
        return text.format(deleted=self.there.deleted)


@dataclass
class _Plan:
    merged: RecordMap
    devices: dict[str, str]
    here: SideChanges
    there: SideChanges
    to_store: list[dict[str, Any]]
    revived: set[str]  # deleted parents a newer child brings back into view (merge.py)
    other_workshop: bool = False  # no event in common, a file this laptop never synced with
    emptied: frozenset[str] = frozenset()  # deleted slides whose bytes go now (slide_cleanup)
    slides_due: int | None = None  # when the first deleted slide kept reaches its time limit


@dataclass(frozen=True)
class Prepared:
    """What a preview read and merged: the sync confirmed after it writes this merge, without
    reading the share and the store and merging them again, unless either changed since."""

    snapshot: ShareSnapshot
    plan: _Plan
    clock_last: int  # store.clock.last when the records were read: every commit moves it


def changed_since(store: Store, prepared: Prepared) -> str:
    """Why the preview's merge can no longer be written as it is, or "" when it can."""
    snapshot = prepared.snapshot
    if store.clock.last != prepared.clock_last:
        return translate("sync", "the records on this laptop changed since the preview")
    if identity(snapshot.place.target) != snapshot.identity:
        return translate("sync", "{file} changed since the preview").format(file=snapshot.path.name)
    ignore = share_writing.former_ids(store)
    now = {d: identity(p) for d, p in snapshot.place.laptop_files() if d not in ignore}
    if any(now.get(d) != i for d, i in snapshot.laptop_identities.items()) or (
        now.keys() - snapshot.laptop_identities.keys()
    ):
        return translate(
            "sync", "another laptop's file in the shared place changed since the preview"
        )
    return ""


def _plan(store: Store, snapshot: ShareSnapshot) -> _Plan:
    # The records both sides have alike are held once (sync_states.read_states).
    local = merge.by_id(sync_states.record_states(store, alike=snapshot.records, encoded=True))
    incoming = snapshot.records
    for sibling in snapshot.siblings:
        incoming = merge.merge_maps(incoming, sibling.records)
    merged = merge.merge_maps(local, incoming)
    merge.check_parents(merged)
    emptied, due = slide_cleanup.slides_to_empty(
        merged, snapshot.laptop_slides, store.device_id, store.wall()
    )
    merged.update(emptied)
    # A slide's bytes giving way to their marker is no change a person sees: not counted.
    here = merge.changes(slide_cleanup.with_emptied(local, emptied), merged)
    there = merge.changes(
        slide_cleanup.with_emptied(snapshot.records, emptied), merged, new_conflicts=False
    )
    revived = merge.revived_parents(merged, dict.fromkeys((*here.changed, *there.changed)))
    to_store = [merged[i] for i in dict.fromkeys((*here.changed, *revived))]
    other = _another_workshop(store, local, snapshot)
    return _Plan(
        merged,
        share_writing.laptop_names(store, snapshot),
        here,
        there,
        to_store,
        revived,
        other,
        frozenset(emptied),
        due,
    )


FILE_IDS_KEY = "synced_file_ids"


def _another_workshop(store: Store, local: RecordMap, snapshot: ShareSnapshot) -> bool:
    """The place holds another workshop: no event in common with this laptop's, and this
    laptop, which synced with other shared files, never synced with this one (merging would mix
    two workshops without a word). A laptop's first sync ever is a laptop joining: no question."""
    theirs = {i for i, s in snapshot.records.items() if s["kind"] == "event"}
    ours = {i for i, s in local.items() if s["kind"] == "event"}
    if not theirs or not ours or theirs & ours:
        return False
    known = meta.sync_memory(store, FILE_IDS_KEY) or []
    return bool(known) and snapshot.file_id not in known


def _file_ids_to_remember(store: Store, file_id: str | None) -> dict[str, Any]:
    known = list(meta.sync_memory(store, FILE_IDS_KEY) or [])
    if file_id and file_id not in known:
        return {FILE_IDS_KEY: [*known, file_id]}
    return {}


def preview_sync(store: Store, path: Path) -> SyncResult:
    """What a sync would do, writing nothing (the window shows it before asking)."""
    with paused_gc():
        clock_last = store.clock.last
        snapshot = read_share(
            path, now_ms=store.wall(), ignore_devices=share_writing.former_ids(store), encoded=True
        )
        refuse_own_future_stamps(store, path, snapshot)
        _refuse_if_behind(store, snapshot)
        plan = _plan(store, snapshot)
    result = _result(snapshot, plan, held=plan.here.deletes_most or plan.there.deletes_most)
    return replace(result, prepared=Prepared(snapshot, plan, clock_last))


def sync_with_shared_file(
    store: Store,
    path: Path,
    allow_mass_delete: bool = False,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
    merge_other_workshop: bool = False,
    prepared: Prepared | None = None,
) -> SyncResult:
    """Merge both ways. Raises SharedFileError (nothing written) or ShareBusy (local kept);
    OtherWorkshop (nothing written) for another workshop's file unless `merge_other_workshop`.

    `prepared` (a preview's SyncResult.prepared): its merge is written as it is, unless the
    share or the store changed since; then the sync reads and merges again and says why
    (SyncResult.merged_again)."""
    with paused_gc():
        result = _sync(
            store, Path(path), allow_mass_delete, progress, sleep, merge_other_workshop, prepared
        )
    if not result.held:
        # In the data folder, not in the window's settings: a sync from the command line is
        # a sync too, and the window says so.
        meta.remember_last_sync(store, result.path, dt.datetime.now())
    return result


def _sync(
    store: Store,
    path: Path,
    allow_mass_delete: bool,
    progress: Progress | None,
    sleep: Callable[[float], None],
    merge_other_workshop: bool = False,
    prepared: Prepared | None = None,
) -> SyncResult:
    report = progress or (lambda _what, _percent: None)
    received = SideChanges()
    ignore = share_writing.former_ids(store)
    own_written: str | None = None  # checksum of this laptop's file as written by this sync
    wrote = False
    place = place_of(path)
    slides_due = meta.sync_memory(store, slide_cleanup.DUE_KEY + str(place.target))
    if (
        not allow_mass_delete
        and not slide_cleanup.due_now(slides_due, store.wall())
        and resync_skip.nothing_new(store, place, ignore)
    ):
        report(translate("sync", "Done"), 100)
        return SyncResult(path, SideChanges(), SideChanges(), done=True)
    resync_skip.forget(store, place)
    merged_again = "" if prepared is None else changed_since(store, prepared)
    for attempt in range(share_writing.MAX_ATTEMPTS):
        if attempt == 0 and prepared is not None and not merged_again:
            snapshot, plan = prepared.snapshot, prepared.plan  # read and merged by the preview
        else:
            report(translate("sync", "Reading {file}").format(file=path.name), 5)
            snapshot = read_share(path, now_ms=store.wall(), ignore_devices=ignore, encoded=True)
            refuse_own_future_stamps(store, path, snapshot)
            _refuse_if_behind(store, snapshot)
            report(translate("sync", "Merging"), 30)
            plan = _plan(store, snapshot)
        if (plan.here.deletes_most or plan.there.deletes_most) and not allow_mass_delete:
            return _result(snapshot, plan, held=True)
        if plan.other_workshop and not merge_other_workshop:
            raise OtherWorkshop(
                translate(
                    "sync",
                    "{file} holds another workshop (no event in common with this laptop's); "
                    "nothing was changed. To merge both workshops, sync again and confirm "
                    "(on the command line: --merge-other-workshop).",
                ).format(file=path.name)
            )
        data = share_writing.encode_checked(
            plan.merged, plan.devices, snapshot.file_id or shared_file.new_file_id(), snapshot
        )
        if plan.to_store:
            report(translate("sync", "Saving on this laptop"), 50)
            # Merged once more inside the write transaction, by id, with what is stored then:
            # a person may have typed into one of these records since the plan read them (the
            # window stays usable during a sync), and a merge keeps both; for records nobody
            # touched it is the plan's own result, so this reads only the changed records.
            sync_states.merge_states(store, plan.to_store, revived=plan.revived)
            received = _add(received, plan.here)
        if plan.emptied:
            slide_store.drop_slide_bytes(store, plan.emptied)
        meta.remember_device_names(store, plan.devices)
        checksum = checksum_of(data.head())
        report(translate("sync", "Writing {file}").format(file=path.name), 70)
        if own_written != checksum and snapshot.laptop_checksums.get(store.device_id) != checksum:
            share_writing.write_own_file(store, snapshot, data, sleep)
            slide_cleanup.ensure_media(snapshot.place, data, plan.merged)
            wrote = True
        own_written = checksum
        if snapshot.picked_checksum != checksum:
            if identity(snapshot.place.target) != snapshot.identity:
                sleep(share_writing.pause(attempt))
                continue  # another laptop wrote it since we read it: merge that in first
            written = share_writing.write_or_say_busy(
                snapshot.place.target,
                data,
                sleep,
                translate(
                    "sync",
                    "Could not write {file} ({reason}); this laptop kept everything it merged. "
                    "Sync again later.",
                ),
            )
            wrote = True
            report(translate("sync", "Checking {file}").format(file=path.name), 90)
            if not share_writing.still_ours(snapshot.place.target, written):
                sleep(share_writing.pause(attempt))
                continue  # replaced right after our write: merge theirs with ours again
            picked_now = identity(snapshot.place.target)
            if picked_now is None or picked_now[:2] != written:
                picked_now = None  # replaced meanwhile: do not remember it as read
        else:
            picked_now = snapshot.identity
        share_writing.tidy(store, snapshot, ignore)
        slide_cleanup.remove_unreferenced(snapshot.place, data)
        memory = _file_ids_to_remember(
            store, snapshot.file_id or share_writing.checksum_file_id(data)
        )
        if plan.slides_due != slides_due:
            memory[slide_cleanup.DUE_KEY + str(place.target)] = plan.slides_due
        if picked_now and not (snapshot.siblings or snapshot.skipped or snapshot.held_back):
            laptops = dict(snapshot.laptop_identities)
            laptops[store.device_id] = identity(snapshot.place.laptop_file(store.device_id))
            memory.update(resync_skip.remembered(store, snapshot.place, picked_now, laptops))
        if memory:
            meta.remember_sync(store, memory)
        report(translate("sync", "Done"), 100)
        result = _result(snapshot, plan, held=False, done=True, wrote_file=wrote, here=received)
        return replace(result, merged_again=merged_again)
    # This laptop's own file holds everything it has: the sync is true; only the picked file,
    # which other laptops kept replacing, lags until the next sync.
    report(translate("sync", "Done"), 100)
    result = _result(
        snapshot, plan, held=False, done=True, wrote_file=wrote, here=received, current=False
    )
    return replace(result, merged_again=merged_again)


def refuse_own_future_stamps(
    store: Store, path: Path, snapshot: ShareSnapshot | None = None
) -> None:
    """A laptop whose clock ran far ahead must not write its stamps into the file, where every
    other laptop would refuse them. Its hybrid clock stays ahead of every stamp it made or
    took in (and a file's far-future stamps are refused before they are taken in), so the
    clock alone says whether this laptop holds such changes."""
    now_ms = store.wall()
    if not clock.is_far_future(store.clock.last, now_ms):
        return
    when = dt.datetime.fromtimestamp(clock.stamp_ms(store.clock.last) / 1000, dt.UTC)
    ahead = future_devices(sync_states.record_states(store), now_ms)
    others_ahead = snapshot is not None and any(
        name != path.name and name != f"{store.device_id}.json"
        for name, _reason in snapshot.held_back
    )
    if ahead != (store.device_id,) or others_ahead:
        # Other laptops' changes (taken in earlier) are ahead too: this laptop's clock went
        # back, theirs did not all run ahead. Re-dating is not the cure; setting the clock is.
        raise clock_behind(now_ms, when)
    raise FutureStamps(
        translate(
            "sync",
            "Changes made on this laptop while its clock was ahead are dated up to {when} UTC, "
            "more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every "
            "other laptop. Re-date them first: File › Sync with shared file… offers it, or run: "
            "cmcoord-desktop repair-clock {file}",
        ).format(
            when=f"{when:%Y-%m-%d %H:%M}", minutes=clock.MAX_FUTURE_MS // 60_000, file=path.name
        ),
        (store.device_id,),
    )


def _refuse_if_behind(store: Store, snapshot: ShareSnapshot) -> None:
    """Two or more laptops each far ahead of this one, and none that is not: this laptop's
    clock is behind, not theirs ahead (held back, they would sync nothing)."""
    others = [d for d in snapshot.laptop_checksums if d != store.device_id]
    held = {name for name, _reason in snapshot.held_back}
    ahead = [d for d in others if f"{d}.json" in held]
    if len(ahead) >= 2 and len(ahead) == len(others):
        now = dt.datetime.fromtimestamp(store.wall() / 1000, dt.UTC)
        raise SharedFileError(
            translate(
                "sync",
                "This laptop's clock is behind: it says {now} UTC, and the changes of all "
                "{count} other laptops are dated more than {minutes} minutes after that. Correct this "
                "laptop's date and time, then sync again; nothing was changed.",
            ).format(
                now=f"{now:%Y-%m-%d %H:%M}", count=len(ahead), minutes=clock.MAX_FUTURE_MS // 60_000
            )
        )


def clock_behind(now_ms: int, newest: dt.datetime) -> SharedFileError:
    """This laptop's clock is behind: say so, and what to do (nothing is changed)."""
    now = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
    return SharedFileError(
        translate(
            "sync",
            "This laptop's clock is behind: it says {now} UTC, but changes it already holds are "
            "dated up to {newest} UTC. Correct this laptop's date and time, then sync again; "
            "nothing was changed.",
        ).format(now=f"{now:%Y-%m-%d %H:%M}", newest=f"{newest:%Y-%m-%d %H:%M}")
    )


def _result(
    snapshot: ShareSnapshot,
    plan: _Plan,
    held: bool,
    done: bool = False,
    wrote_file: bool = False,
    here: SideChanges | None = None,
    current: bool = True,
) -> SyncResult:
    return SyncResult(
        path=snapshot.path,
        here=plan.here if here is None else here,
        there=plan.there,
        siblings_merged=tuple(s.path.name for s in snapshot.siblings),
        siblings_skipped=tuple(snapshot.skipped),
        held_back=tuple(snapshot.held_back),
        created=snapshot.is_new,
        wrote_file=wrote_file,
        held=held,
        done=done,
        picked_file_current=current,
        other_workshop=plan.other_workshop,
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


def _ordered(records: RecordMap) -> list[Mapping[str, Any]]:
    return shared_file.ordered(records.values())
