"""Syncing with a shared file: creating it, cloud siblings, a busy share, a held mass delete,
another laptop writing in between, and which laptop is which."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.models import Attachment, Item
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.shared_sync import preview_sync, sync_with_shared_file
from tests.sync.workshop import capture, snapshot


def ids_in(path: Path) -> set[str]:
    return {r["id"] for r in shared_file.read(path)["records"]}


def ids_of(store: Store) -> set[str]:
    return {s["id"] for s in sync_states.record_states(store)}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder / "workshop.cmcsync"


def test_a_missing_file_is_created_from_the_local_records(store: Store, shared: Path) -> None:
    capture(store)
    result = sync_with_shared_file(store, shared)
    assert result.created and result.wrote_file and result.there.new == 5
    assert ids_in(shared) == ids_of(store)
    document = shared_file.read(shared)
    assert document["devices"] == {store.device_id: store.device_name}
    again = sync_with_shared_file(store, shared)
    assert not again.wrote_file and again.summary() == "0 new, 0 updated, 0 conflicts, 0 deleted"


def test_the_review_view_can_name_the_other_laptop(store: Store, shared: Path, tmp_path) -> None:
    with Store(tmp_path / "bilal") as bilal:
        capture(bilal)
        sync_with_shared_file(bilal, shared)
        bilal_id, bilal_name = bilal.device_id, bilal.device_name
    sync_with_shared_file(store, shared)
    assert meta.device_names(store)[bilal_id] == bilal_name


def test_cloud_conflicted_copies_are_merged_and_removed(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    with Store(tmp_path / "anna") as anna:
        anna_ids = capture(anna, "Anna's")
        sync_with_shared_file(anna, shared)
    annas_file = shared.read_bytes()
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        bilal_ids = capture(bilal, "Bilal's")
        sync_with_shared_file(bilal, shared)
    # Dropbox kept Bilal's upload aside and Anna's as the file itself.
    dropbox_copy = shared.with_name("workshop (Bilal's conflicted copy 2017-11-04).cmcsync")
    shared.rename(dropbox_copy)
    shared.write_bytes(annas_file)
    # Look-alikes that are not copies of this file: another workshop, and a damaged copy.
    other_workshop = shared.with_name("workshop-DESKTOP1.cmcsync")
    with Store(tmp_path / "elsewhere") as elsewhere:
        capture(elsewhere, "Another workshop")
        sync_with_shared_file(elsewhere, other_workshop)
    damaged = shared.with_name("workshop.sync-conflict-20171104-101010-ABCDEF7.cmcsync")
    damaged.write_bytes(annas_file[:100])

    result = sync_with_shared_file(store, shared)

    assert result.siblings_merged == (dropbox_copy.name,)
    assert [name for name, _ in result.siblings_skipped] == [damaged.name]
    assert set(anna_ids.values()) | set(bilal_ids.values()) == ids_in(shared) == ids_of(store)
    assert not dropbox_copy.exists() and other_workshop.exists() and damaged.exists()


def test_a_share_held_by_another_program_is_retried(
    store: Store, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture(store)
    real_replace, calls = os.replace, []

    def busy_twice(source, target) -> None:  # noqa: ANN001 - os.replace's signature
        calls.append(target)
        if len(calls) <= 2:
            raise _sharing_violation()
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", busy_twice)
    pauses: list[float] = []
    result = sync_with_shared_file(store, shared, sleep=pauses.append)
    # This laptop's own file: twice busy, then written; then the picked file at once.
    assert result.wrote_file and len(calls) == 4 and pauses[:2] == [0.05, 0.1]
    assert [c.name for c in calls] == [f"{store.device_id}.json"] * 3 + [shared.name]
    assert ids_in(shared) == ids_of(store)


def test_a_share_that_stays_locked_keeps_the_local_changes(
    store: Store, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "bilal") as bilal:
        theirs = capture(bilal, "Bilal's")
        sync_with_shared_file(bilal, shared)
        bilal_id = bilal.device_id
    before = shared.read_bytes()
    capture(store, "Mine")

    def always_busy(source, target) -> None:  # noqa: ANN001
        raise _sharing_violation()

    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(ShareBusy, match="stayed locked"):
        sync_with_shared_file(store, shared, sleep=lambda _: None)
    assert set(theirs.values()) <= ids_of(store)  # what came in is kept here
    assert shared.read_bytes() == before
    assert sorted(p.name for p in shared.parent.iterdir()) == [shared.name, f"{shared.name}.d"]
    folder = shared.with_name(f"{shared.name}.d")
    assert sorted(p.name for p in folder.iterdir()) == [f"{bilal_id}.json"]  # no temporaries


def _sharing_violation() -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # what Windows sets; the retry looks only at this
    return error


def test_another_laptop_writing_in_between_is_merged_again(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    mine = capture(store, "Mine")
    bilal_dir = tmp_path / "bilal"
    with Store(bilal_dir) as bilal:
        theirs = capture(bilal, "Bilal's")

    def bilal_syncs_first(what: str, _percent: int) -> None:
        if what.startswith("Writing") and not shared.exists():
            with Store(bilal_dir) as bilal:
                sync_with_shared_file(bilal, shared)

    sync_with_shared_file(store, shared, progress=bilal_syncs_first)
    assert set(mine.values()) | set(theirs.values()) == ids_in(shared) == ids_of(store)


def test_deleting_more_than_half_is_held_until_confirmed(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    ids = capture(store, outcomes=6)
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        for n in range(1, 6):
            repo.delete(bilal, Item, ids[f"outcome{n}"])
        before_file, before_store = shared.read_bytes(), snapshot(bilal)
        preview = preview_sync(bilal, shared)
        assert preview.held and preview.there.deleted == 5 and preview.there.live_before == 8
        held = sync_with_shared_file(bilal, shared)
        assert held.held and "delete 5 of 8 records in the shared file" in held.held_reason()
        assert shared.read_bytes() == before_file and snapshot(bilal) == before_store
        assert sync_with_shared_file(bilal, shared, allow_mass_delete=True).done
    result = sync_with_shared_file(store, shared, allow_mass_delete=True)
    assert result.here.deleted == 5 and len(repo.trash(store)) == 5


def cli_sync(data_dir: Path, shared: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "cmcoord_desktop",
            "--data-dir",
            str(data_dir),
            "sync",
            str(shared),
            *extra,
        ],
        capture_output=True,
        text=True,
    )


def test_the_command_line_holds_a_mass_delete_and_explains(shared: Path, tmp_path: Path) -> None:
    anna = tmp_path / "anna"
    with Store(anna) as store:
        ids = capture(store, outcomes=4)
        sync_with_shared_file(store, shared)
        for n in range(1, 5):
            repo.delete(store, Item, ids[f"outcome{n}"])
    before = shared.read_bytes()
    held = cli_sync(anna, shared)
    assert held.returncode == 3 and held.stderr.count("\n") == 1
    assert "delete 4 of 6 records in the shared file" in held.stderr
    assert "--allow-deletes" in held.stderr and shared.read_bytes() == before
    confirmed = cli_sync(anna, shared, "--allow-deletes")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "the file 0 new, 4 updated, 4 deleted" in confirmed.stdout


def test_a_share_that_is_not_connected_is_refused_before_anything_changes(
    store: Store, tmp_path: Path
) -> None:
    capture(store)
    before = snapshot(store)
    with pytest.raises(SharedFileError, match="is the USB stick or network share connected"):
        sync_with_shared_file(store, tmp_path / "unplugged" / "workshop.cmcsync")
    assert snapshot(store) == before and not (tmp_path / "unplugged").exists()


def test_every_kind_of_value_arrives_as_the_other_laptop_typed_it(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    event = repo.create_event(
        store, title="Prague", start_date=dt.date(2017, 11, 4), participants=12
    )
    session = repo.create_session(
        store, event.id, title="Handbook", date=dt.date(2017, 11, 5), start_time=dt.time(9, 30)
    )
    slide = repo.add_attachment(store, session.id, b"\x89PNG\r\n", "slide.png", "image/png")
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)  # new rows
    repo.update(store, repo.Session, session.id, start_time=dt.time(10, 0), delegates=35)
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)  # then updated rows
        got = repo.get(bilal, repo.Session, session.id)
        assert (got.date, got.start_time, got.delegates) == (
            dt.date(2017, 11, 5),
            dt.time(10, 0),
            35,
        )
        assert repo.get(bilal, repo.Event, event.id).participants == 12
        assert repo.children(bilal, Attachment, session.id)[0].data == slide.data
        assert not repo.needing_review(bilal)


def test_a_renamed_laptop_is_renamed_everywhere_and_the_file_settles(
    store: Store, shared: Path, tmp_path: Path
) -> None:
    capture(store)
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)  # Bilal now remembers this laptop's old name
    store.device_name = "Anna's new laptop"  # what a rename in the settings would set
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        first = sync_with_shared_file(bilal, shared)
        again = sync_with_shared_file(bilal, shared)
        assert meta.device_names(bilal)[store.device_id] == "Anna's new laptop"
    # Bilal's own file takes the new name once; then nothing is rewritten any more.
    assert first.wrote_file and not again.wrote_file
    assert shared_file.read(shared)["devices"][store.device_id] == "Anna's new laptop"
    assert not sync_with_shared_file(store, shared).wrote_file
