"""A sync holds the records a laptop and the shared file have alike once, and reads a file into a
buffer of its own size: what issue 15's memory figure (bench/bench_sync.py) rests on."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import Item
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import merge, shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from tests.sync.workshop import capture


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
