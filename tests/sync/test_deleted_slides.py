"""A deleted slide's bytes leave the share and every laptop once every laptop has seen the delete.

Real data folders and one shared place, synced through the command line: a 5 MB slide deleted
on Anna's laptop leaves the share's media and both stores (their sizes on disk) after Anna,
Bilal and Anna synced; a laptop that has not seen the delete keeps the bytes; an edit that
never saw the delete keeps the slide; a restore from Trash brings the bytes back from a laptop
that still has them; a backup with removed slides imports; and 30 days after a delete the
bytes go even while a laptop never synced again (through the store's clock, never by waiting).
"""

from __future__ import annotations

import functools
import itertools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmcoord_desktop.core import clock, record_state, slide_marker, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Attachment
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

SLIDE_BYTES = 5 * 1024 * 1024
MB = 1024 * 1024
DAY_MS = 24 * 60 * 60 * 1000


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
    )


def sync(data_dir: Path, shared: Path) -> str:
    result = cli(data_dir, "sync", str(shared))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def on_disk(data_dir: Path) -> int:
    """What the data folder's database takes on disk (with its write-ahead log)."""
    return sum(p.stat().st_size for p in data_dir.iterdir() if p.name.startswith("cmcoord.sqlite"))


def media(shared: Path) -> list[str]:
    folder = shared.with_name(shared.name + ".d") / "media"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def slide_data(data_dir: Path, slide_id: str) -> tuple[bytes, list[object]]:
    """The slide's bytes as the store holds them, and its versions' values of them."""
    with Store(data_dir) as store:
        slide = repo.get(store, Attachment, slide_id)
        return slide.data, [v["v"] for v in slide.versions["data"]]


def workshop_with_a_slide(root: Path, laptops: tuple[str, ...] = ("anna", "bilal")) -> dict:
    """Anna captures a session with a 5 MB slide; every laptop syncs, twice round."""
    shared = root / "share" / "hnpw.cmcsync"
    shared.parent.mkdir(parents=True)
    picture = os.urandom(SLIDE_BYTES)  # incompressible: what leaves the disk is the slide
    with Store(root / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        session = repo.create_session(anna, event.id, title="Dangerous work")
        slide = repo.add_attachment(anna, session.id, picture, "slide.png", "image/png", "Map")
        for n in range(3):
            repo.add_item(anna, session.id, "key_outcome", f"Outcome {n + 1}")
    for name in (*laptops, *laptops):
        sync(root / name, shared)
    return {"shared": shared, "slide": slide.id, "bytes": picture}


def delete_slide(data_dir: Path, slide_id: str) -> None:
    with Store(data_dir) as store:
        repo.delete(store, Attachment, slide_id)


def test_deleted_slide_leaves_the_share_and_both_stores(tmp_path: Path) -> None:
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    assert len(media(shared)) == 1
    before = {name: on_disk(tmp_path / name) for name in ("anna", "bilal")}
    assert all(size > SLIDE_BYTES for size in before.values())

    delete_slide(anna, w["slide"])
    sync(anna, shared)
    # Bilal has not seen the delete: the slide stays on the share and on his laptop.
    assert len(media(shared)) == 1
    assert slide_data(bilal, w["slide"])[0] == w["bytes"]
    assert slide_data(anna, w["slide"])[0] == w["bytes"]  # Trash can still bring it back

    sync(bilal, shared)
    assert slide_data(bilal, w["slide"])[0] == b""
    assert on_disk(bilal) < before["bilal"] - SLIDE_BYTES
    assert len(media(shared)) == 1  # Anna's file still refers to it

    sync(anna, shared)
    assert media(shared) == []
    for name in ("anna", "bilal"):
        data, values = slide_data(tmp_path / name, w["slide"])
        assert data == b""
        assert all(slide_marker.is_marker(v) for v in values)
        assert on_disk(tmp_path / name) < before[name] - SLIDE_BYTES
    # Once gone, more syncs neither bring the bytes back nor count a change.
    out = sync(bilal, shared)
    assert "0 new, 0 updated, 0 conflicts, 0 deleted" in out
    sync(anna, shared)
    assert media(shared) == []
    # Every file of the place is a format 1.2 file holding the marker, not the bytes.
    folder = shared.with_name(shared.name + ".d")
    for path in (shared, *folder.glob("*.json")):
        data = path.read_bytes()
        assert b'"version":[1,2]' in data
        assert slide_marker.MARKER_PREFIX.encode() in data
        assert len(data) < 100_000


def test_edit_that_never_saw_the_delete_keeps_the_slide(tmp_path: Path) -> None:
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    delete_slide(anna, w["slide"])
    with Store(bilal) as store:  # offline: Bilal retypes the caption before seeing the delete
        repo.update(store, Attachment, w["slide"], caption="Map of the field offices")
    for name in (anna, bilal, anna, bilal):
        sync(name, shared)
    for name in (anna, bilal):
        with Store(name) as store:
            slide = repo.get(store, Attachment, w["slide"])
            assert not slide.deleted and slide.needs_review  # edit beats the unseen delete
            assert slide.data == w["bytes"]
            assert slide.caption == "Map of the field offices"
    assert len(media(shared)) == 1


@pytest.mark.slow  # 10-13 s of command-line syncs; .ci/run runs it
def test_restore_from_trash_brings_the_bytes_back(tmp_path: Path) -> None:
    laptops = ("anna", "bilal", "chen")
    w = workshop_with_a_slide(tmp_path, laptops)
    shared = w["shared"]
    anna, bilal, chen = (tmp_path / name for name in laptops)
    delete_slide(anna, w["slide"])
    sync(anna, shared)
    sync(bilal, shared)  # sees the delete; Chen's file does not hold it yet: Bilal keeps bytes
    assert slide_data(bilal, w["slide"])[0] == w["bytes"]
    sync(chen, shared)  # every other laptop's file holds the delete: Chen's bytes go
    assert slide_data(chen, w["slide"])[0] == b""
    assert len(media(shared)) == 1

    with Store(bilal) as store:  # Bilal takes it back out of Trash
        assert w["slide"] in {r.id for r in repo.trash(store)}
        repo.restore(store, Attachment, w["slide"])
    for name in (bilal, chen, anna, bilal, chen):
        sync(name, shared)
    for name in (anna, bilal, chen):
        with Store(name) as store:
            slide = repo.get(store, Attachment, w["slide"])
            assert not slide.deleted
            assert slide.data == w["bytes"]
    assert len(media(shared)) == 1


@pytest.mark.slow  # 10-13 s of command-line syncs; .ci/run runs it
def test_restored_where_no_laptop_has_the_bytes_shows_a_removed_slide(tmp_path: Path) -> None:
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    delete_slide(anna, w["slide"])
    for name in (anna, bilal, anna):
        sync(name, shared)
    with Store(anna) as store:
        repo.restore(store, Attachment, w["slide"])
    for name in (anna, bilal):
        sync(name, shared)
    with Store(bilal) as store:
        slide = repo.get(store, Attachment, w["slide"])
        assert not slide.deleted and slide.caption == "Map" and slide.data == b""
    # A summary with a slide whose bytes are gone prints its caption, never a crash.
    out = tmp_path / "summary.pdf"
    result = cli(bilal, "export", "HNPW 2017", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.slow  # 10-13 s of command-line syncs; .ci/run runs it
def test_backup_with_removed_slides_imports(tmp_path: Path) -> None:
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    delete_slide(anna, w["slide"])
    for name in (anna, bilal, anna):
        sync(name, shared)
    backup = tmp_path / "backups" / "hnpw-backup.json"
    backup.parent.mkdir()
    result = cli(anna, "export", "--all", "--format", "json", "--out", str(backup))
    assert result.returncode == 0, result.stderr
    assert slide_marker.MARKER_PREFIX.encode() in backup.read_bytes()
    assert not (backup.parent / "hnpw-backup.json.d" / "media").exists()

    fresh = tmp_path / "fresh"
    result = cli(fresh, "import", str(backup))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Store(fresh) as store:
        slide = repo.get(store, Attachment, w["slide"])
        assert slide.deleted and slide.data == b"" and slide.caption == "Map"
        repo.restore(store, Attachment, w["slide"])  # from Trash: a slide with no bytes
        assert repo.get(store, Attachment, w["slide"]).data == b""
    again = tmp_path / "again.json"
    result = cli(fresh, "export", "--all", "--format", "json", "--out", str(again))
    assert result.returncode == 0, result.stderr
    result = cli(tmp_path / "fresh2", "import", str(again))
    assert result.returncode == 0, result.stderr


@pytest.mark.slow  # 10-13 s of command-line syncs; .ci/run runs it
def test_backup_taken_before_the_cleanup_and_after_both_import(tmp_path: Path) -> None:
    """A backup with the bytes imported where they were removed brings them back; one with
    markers imported where the bytes are kept leaves them."""
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    delete_slide(anna, w["slide"])
    sync(anna, shared)
    with_bytes = tmp_path / "with-bytes.json"
    assert (
        cli(anna, "export", "--all", "--format", "json", "--out", str(with_bytes)).returncode == 0
    )
    assert (
        cli(
            bilal, "export", "--all", "--format", "json", "--out", str(tmp_path / "old.json")
        ).returncode
        == 0
    )
    for name in (bilal, anna):
        sync(name, shared)
    with_markers = tmp_path / "with-markers.json"
    assert (
        cli(anna, "export", "--all", "--format", "json", "--out", str(with_markers)).returncode == 0
    )
    assert cli(tmp_path / "old", "import", str(tmp_path / "old.json")).returncode == 0
    result = cli(tmp_path / "old", "import", str(with_markers))
    assert result.returncode == 0, result.stderr
    assert slide_data(tmp_path / "old", w["slide"])[0] == w["bytes"]  # kept there
    result = cli(anna, "import", str(with_bytes))
    assert result.returncode == 0, result.stderr
    assert slide_data(anna, w["slide"])[0] == w["bytes"]  # back: bytes win over the marker


def test_after_thirty_days_the_bytes_go_without_the_laptop_that_never_synced(
    tmp_path: Path,
) -> None:
    w = workshop_with_a_slide(tmp_path)
    shared, anna, bilal = w["shared"], tmp_path / "anna", tmp_path / "bilal"
    delete_slide(anna, w["slide"])
    sync(anna, shared)

    def anna_days_later(days: int) -> Store:
        return Store(anna, wall=lambda: clock.wall_ms() + days * DAY_MS)

    with anna_days_later(29) as store:  # Bilal never synced again: the bytes are kept
        sync_with_shared_file(store, shared)
    assert slide_data(anna, w["slide"])[0] == w["bytes"]
    with anna_days_later(31) as store:  # the place is unchanged: the re-sync must not skip
        result = sync_with_shared_file(store, shared)
        assert result.done and result.summary() == "0 new, 0 updated, 0 conflicts, 0 deleted"
    assert slide_data(anna, w["slide"])[0] == b""
    assert len(media(shared)) == 1  # Bilal's file still refers to it
    # Bilal's laptop kept its bytes; it syncs, sees the delete, and they go everywhere.
    assert slide_data(bilal, w["slide"])[0] == w["bytes"]
    sync(bilal, shared)
    assert slide_data(bilal, w["slide"])[0] == b""
    assert media(shared) == []


def test_a_file_with_a_marker_whose_bytes_differ_is_damaged(tmp_path: Path) -> None:
    """The marker names the bytes it replaced: a marker of other bytes in the same version is
    a contradiction, refused like any two values with one stamp."""
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        session = repo.create_session(anna, event.id, title="S")
        repo.add_attachment(anna, session.id, b"slide one", "a.png", "image/png")
        states = sync_states.record_states(anna)
    forged = []
    for state in states:
        if state["kind"] == "attachment":
            versions = [
                {**v, "v": slide_marker.marker_of("b3RoZXI=")} for v in state["fields"]["data"]
            ]
            state = {**state, "fields": {**state["fields"], "data": versions}}
        forged.append(state)
    path = tmp_path / "forged.json"
    path.write_bytes(shared_file.encode(forged, {}))
    result = cli(tmp_path / "x", "import", str(path))
    assert result.returncode == 0, result.stderr  # alone, a marker imports
    result = cli(tmp_path / "anna", "import", str(path))
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


SLIDES = ["c2xpZGUgb25l", "c2xpZGUgdHdv", ""]  # base64 of two slides, and a cleared slide


def _version(value: str, stamp: int, device: str) -> dict[str, Any]:
    return {"v": value, "t": stamp, "d": device, "seen": {device: stamp}}


copies = st.lists(
    st.lists(
        st.tuples(st.sampled_from(range(len(SLIDES))), st.integers(1, 4), st.booleans()),
        max_size=4,
    ),
    min_size=1,
    max_size=4,
)


@given(copies)
@settings(max_examples=200, deadline=None)
def test_bytes_win_over_their_marker_in_any_order(laptops: list[list[Any]]) -> None:
    """Each laptop holds some versions of a slide, some emptied to their marker: merging the
    copies in any order, grouping or repetition gives one result, and it keeps every version's
    bytes that any copy still had."""
    held = []
    for copy in laptops:
        versions = {}
        for slide, stamp, emptied in copy:
            value = SLIDES[slide]
            if emptied and value:
                value = slide_marker.marker_of(value)
            # One device per slide: one stamp of one device always names the same bytes.
            versions[(stamp, f"d{slide}")] = _version(value, stamp, f"d{slide}")
        held.append(list(versions.values()))
    results = set()
    for order in itertools.permutations(held):
        merged = functools.reduce(record_state.merge_versions_json, order, [])
        again = record_state.merge_versions_json(merged, merged)
        assert again == merged
        results.add(msgspec.json.encode(merged))
    assert len(results) == 1
    kept = {(v["t"], v["d"]): v["v"] for v in msgspec.json.decode(results.pop())}
    for copy in held:
        for version in copy:
            key = (version["t"], version["d"])
            if not slide_marker.is_marker(version["v"]) and key in kept:
                assert kept[key] == version["v"]
