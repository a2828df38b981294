"""A sync holds the records a laptop and the shared file have alike once, as the bytes read, and
reads a file into a buffer of its own size: what issue 15's memory figure (bench/bench_sync.py)
rests on."""

from __future__ import annotations

import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import pytest

from cmcoord_desktop.core import clock, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.encoded_state import EncodedState
from cmcoord_desktop.core.models import Item
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import merge, shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from tests.sync.workshop import capture

FILE_ID = "0e4f5b2a-7c1d-4a8e-9f3b-2d6c8e1a4b5f"


def test_records_alike_are_read_as_the_files_own_objects(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = capture(store, outcomes=5)
    monkeypatch.setattr(sync_states, "_READ_CHUNK", 2)  # rows over several chunks
    theirs = merge.by_id(
        shared_file.decode(shared_file.encode(sync_states.record_states(store), {}))["records"]
    )
    repo.update(store, Item, ids["outcome2"], text="Changed here since")
    states = merge.by_id(sync_states.record_states(store, alike=theirs))
    assert states.keys() == theirs.keys()
    for record_id, state in states.items():
        if record_id == ids["outcome2"]:
            assert state is not theirs[record_id] and state != theirs[record_id]
        else:
            assert state is theirs[record_id]
    # Read without `alike`: the same records, each its own object.
    plain = merge.by_id(sync_states.record_states(store))
    assert plain == states and all(plain[i] is not theirs[i] for i in plain)


def test_a_sync_reads_the_whole_file_and_merges_as_before(tmp_path: Path, store: Store) -> None:
    ids = capture(store)
    path = tmp_path / "share" / "workshop.cmcsync"
    path.parent.mkdir()
    sync_with_shared_file(store, path)
    assert shared_file.read_bytes(path) == path.read_bytes()
    other = Store(tmp_path / "other")
    with other:
        result = sync_with_shared_file(other, path)
        assert result.here.new == len(ids)
        assert merge.by_id(sync_states.record_states(other)) == merge.by_id(
            sync_states.record_states(store)
        )


def _workshop(
    items: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(records both sides have, only the store's, only the file's): bench/bench_sync.py's
    shape, half of the items on both sides, stamped a day ago."""
    stamp = (clock.wall_ms() - 86_400_000) << clock.COUNTER_BITS

    def state(kind: str, device: str, fixed: dict[str, str], values: dict[str, Any]) -> dict:
        nonlocal stamp
        fields = {}
        for name, value in sorted(values.items()):
            stamp += 1
            fields[name] = [{"v": value, "t": stamp, "d": device, "seen": {device: stamp}}]
        return {"kind": kind, "id": str(uuid.uuid4()), "fixed": fixed, "fields": fields}

    event = state("event", "laptopanna01", {}, {"title": "HNPW 2017", "city": "Geneva"})
    sessions = [
        state("session", "laptopanna01", {"event_id": event["id"]}, {"title": f"Session {s}"})
        for s in range(max(1, items // 20))
    ]
    shared, mine, theirs = [event, *sessions], [], []
    for n in range(items):
        fixed = {"parent": sessions[n % len(sessions)]["id"], "item_kind": "key_outcome"}
        text = f"Outcome {n}: joint civil-military exercises build trust before a crisis."
        side = shared if n < items // 2 else mine if n % 2 else theirs
        device = "laptopbilal2" if side is theirs else "laptopanna01"
        side.append(state("item", device, fixed, {"text": text, "position": f"a{n:06d}"}))
    return shared, mine, theirs


def _traced_peak(tmp_path: Path, items: int) -> tuple[int, int]:
    """(peak traced bytes of a full sync, bytes of the records file it wrote)."""
    shared, mine, theirs = _workshop(items)
    path = tmp_path / f"share{items}" / "workshop.cmcsync"
    path.parent.mkdir()
    path.write_bytes(shared_file.encode(shared + theirs, {"laptopbilal2": "Bilal's laptop"}))
    with Store(tmp_path / f"store{items}") as store:
        sync_states.merge_states(store, shared + mine)
        del shared, mine, theirs
        tracemalloc.start()
        try:
            result = sync_with_shared_file(store, path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert result.here.new == items // 4 and result.there.new == items // 4
    return peak, path.stat().st_size


def test_a_full_syncs_peak_memory_is_a_small_multiple_of_its_file(tmp_path: Path) -> None:
    """Issue 15: the records both sides have are held as the bytes read, compared as bytes, and
    the merged file is written from its pieces (a sync held its records as dicts, five times
    their JSON, and the file it wrote twice over: about seven times the file in all)."""
    _traced_peak(tmp_path, 40)  # the first sync's imports and caches are not the figure
    peak, on_disk = _traced_peak(tmp_path, 8_000)
    assert peak < 5 * on_disk, f"{peak / 2**20:.1f} MiB traced for {on_disk / 2**20:.1f} MiB"


def test_a_file_read_as_its_bytes_holds_the_same_records_and_writes_the_same_bytes() -> None:
    shared, _mine, theirs = _workshop(200)
    data = shared_file.encode(shared + theirs, {"laptopbilal2": "Bilal's laptop"})
    plain = shared_file.decode(data)["records"]
    encoded = shared_file.decode(data, encoded=True)["records"]
    assert all(type(state) is EncodedState for state in encoded)
    assert encoded == plain and plain == encoded
    assert [dict(state) for state in encoded] == plain
    assert shared_file.encode(encoded, {"laptopbilal2": "Bilal's laptop"}, FILE_ID) == (
        shared_file.encode(plain, {"laptopbilal2": "Bilal's laptop"}, FILE_ID)
    )
    # A record whose keys come in another order is spelled as written too: read, as a dict.
    records = [{"id": s["id"], **{k: v for k, v in s.items() if k != "id"}} for s in plain]
    reordered = shared_file.decode(shared_file.encode(records, {}, FILE_ID), encoded=True)
    assert all(type(state) is dict for state in reordered["records"])
    assert reordered["records"] == plain
