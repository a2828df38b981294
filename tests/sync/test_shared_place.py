"""The shared place: each laptop writes only its own file, so what a sync reported as written is
readable from then on, whatever other laptops do at the same moment; links, a person's own
copies and the size readers accept."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.share_reading import read_share
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

FORK = multiprocessing.get_context("fork")
WRITERS, ROUNDS = 4, 25


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def laptop_reporting(data_dir: Path, shared: Path, log: Path, start) -> None:  # noqa: ANN001
    """Add an outcome and sync, 25 times; after each sync that said it was done, log the ids
    the laptop had (what the sync reported as written)."""
    with Store(data_dir) as store:
        event = repo.create_event(store, title=f"Notes of {data_dir.name}")
        start.wait()
        for n in range(ROUNDS):
            repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, f"{data_dir.name} {n}")
            try:
                # Each laptop brings an event of its own: confirmed as one workshop.
                result = sync_with_shared_file(store, shared, merge_other_workshop=True)
            except ShareBusy:
                continue  # not reported as written: nothing promised
            assert result.done
            ids = sorted(s["id"] for s in sync_states.record_states(store))
            with open(log, "a") as fh:  # one line per sync, flushed before the next one
                fh.write(" ".join(ids) + "\n")
                fh.flush()
                os.fsync(fh.fileno())


def watcher(shared: Path, logs: list[Path], stop, out: Path) -> None:  # noqa: ANN001
    """After every change in the place, read it as a laptop would; every id a sync reported as
    written before that read began must be in what it read."""
    place = shared.with_name(shared.name + ".d")
    last: tuple = ()
    snapshots = missing = 0

    def state() -> tuple:
        entries = []
        for path in [shared, *(sorted(place.glob("*.json")) if place.is_dir() else [])]:
            try:
                info = path.stat()
            except FileNotFoundError:
                continue
            entries.append((path.name, info.st_ino, info.st_mtime_ns, info.st_size))
        return tuple(entries)

    while True:
        finished = stop.is_set()
        now = state()
        if now != last or finished:
            last = now
            reported: set[str] = set()
            for log in logs:
                if log.exists():
                    # Only whole lines: a laptop may be writing its next line right now, and
                    # half a line would be ids cut short, found in no file.
                    for line in log.read_text().split("\n")[:-1]:
                        reported.update(line.split())
            if now:
                seen = set(read_share(shared).records)
                snapshots += 1
                missing += len(reported - seen)
        if finished:
            break
    out.write_text(f"{snapshots} {missing}")


@pytest.mark.slow
def test_what_a_sync_reported_as_written_stays_readable_in_every_snapshot(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    folders = [tmp_path / f"laptop{n}" for n in range(WRITERS)]
    logs = [tmp_path / f"laptop{n}.log" for n in range(WRITERS)]
    start, stop = FORK.Event(), FORK.Event()
    verdict = tmp_path / "watcher.txt"
    workers = [
        FORK.Process(target=laptop_reporting, args=(folder, shared, log, start))
        for folder, log in zip(folders, logs, strict=True)
    ]
    watching = FORK.Process(target=watcher, args=(shared, logs, stop, verdict))
    watching.start()
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=600)
        assert worker.exitcode == 0
    stop.set()
    watching.join(timeout=120)
    assert watching.exitcode == 0
    snapshots, missing = map(int, verdict.read_text().split())
    assert snapshots >= ROUNDS and missing == 0
    reported = {i for log in logs for line in log.read_text().splitlines() for i in line.split()}
    assert len(reported) >= WRITERS * 2  # every laptop reported some syncs
    assert reported <= set(read_share(shared).records)


@pytest.mark.slow
def test_laptops_syncing_at_the_same_moment_on_the_command_line_all_end_in_the_place(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    folders = [tmp_path / f"laptop{n}" for n in range(4)]
    mine: dict[Path, set[str]] = {}
    for n, folder in enumerate(folders):
        with Store(folder) as store:
            event = repo.create_event(store, title=f"Day {n}")
            item = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, f"Outcome {n}")
            mine[folder] = {event.id, item.id}
    for _round in range(3):
        runs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "cmcoord_desktop",
                    "--data-dir",
                    str(f),
                    "sync",
                    str(shared),
                    "--merge-other-workshop",  # each laptop brings its own day's event
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for f in folders
        ]
        for run in runs:
            _out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
        # Every laptop said "synced": everything each had is in the place, whoever won the
        # race for the picked file.
        in_place = set(read_share(shared).records)
        for ids in mine.values():
            assert ids <= in_place


def test_a_linked_shared_file_is_written_at_its_target_and_the_link_stays(tmp_path: Path) -> None:
    cloud = tmp_path / "OneDrive" / "Workshops"
    cloud.mkdir(parents=True)
    real = cloud / "workshop.cmcsync"
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    link = desktop / "workshop.cmcsync"
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        anna_id = anna.device_id
    real_first = cli(tmp_path / "anna", "sync", str(real))
    assert real_first.returncode == 0, real_first.stderr
    link.symlink_to(real)
    with Store(tmp_path / "bilal") as bilal:
        repo.create_event(bilal, title="Prague workshop")
        bilal_id = bilal.device_id
    synced = cli(tmp_path / "bilal", "sync", "--merge-other-workshop", str(link))
    assert synced.returncode == 0, synced.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert {event.id} < {r["id"] for r in shared_file.read(real)["records"]}
    place = cloud / "workshop.cmcsync.d"
    assert sorted(p.name for p in place.iterdir()) == sorted(
        [f"{anna_id}.json", f"{bilal_id}.json"]
    )
    assert sorted(p.name for p in desktop.iterdir()) == [
        "workshop.cmcsync"
    ]  # nothing beside the link


@pytest.mark.parametrize(
    ("client", "name"),
    [
        ("dropbox", "workshop (Bilal's conflicted copy 2017-11-04).cmcsync"),
        ("dropbox", "workshop (Bilal's conflicted copy 2017-11-04 (1)).cmcsync"),
        ("onedrive", "workshop-DESKTOP-4F2K9QL.cmcsync"),
        ("onedrive", "workshop-LAPTOP-7-1.cmcsync"),
        ("google_drive", "workshop (1).cmcsync"),
        ("nextcloud", "workshop (conflicted copy 2017-11-04 153012).cmcsync"),
        ("nextcloud", "workshop (conflicted copy Bilal 2017-11-04 153012).cmcsync"),
        ("syncthing", "workshop.sync-conflict-20171104-153012-ABCDEF7.cmcsync"),
    ],
)
def test_each_clients_conflicted_copy_is_merged_and_moved_aside(
    tmp_path: Path, client: str, name: str
) -> None:
    from cmcoord_desktop.sync.siblings import client_of

    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    assert client_of(shared, name) == client
    with Store(tmp_path / "anna") as anna:
        repo.create_event(anna, title="HNPW 2017")
        sync_with_shared_file(anna, shared)
    annas = shared.read_bytes()
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        bilals_event = repo.create_event(bilal, title="Bilal's event")
        sync_with_shared_file(bilal, shared)
        # The cloud kept Bilal's upload aside under its own name, and Anna's as the file; and
        # Bilal's own file in the place never got there (say it was made before this version).
        bilal_file = shared.with_name("workshop.cmcsync.d") / f"{bilal.device_id}.json"
    copy = shared.with_name(name)
    shared.rename(copy)
    shared.write_bytes(annas)
    bilal_file.unlink()

    synced = cli(tmp_path / "chen", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    assert "1 conflicted copy merged" in synced.stdout
    assert bilals_event.id in {r["id"] for r in shared_file.read(shared)["records"]}
    assert not copy.exists()
    aside = shared.with_name("workshop.cmcsync.d") / "merged" / name
    assert aside.read_bytes() != b""  # moved, not deleted


def test_a_persons_own_copies_are_never_touched(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        repo.create_event(anna, title="HNPW 2017")
        sync_with_shared_file(anna, shared)
    own = [
        shared.with_name("workshop-backup.cmcsync"),
        shared.with_name("workshop-before-day2.cmcsync"),
        shared.with_name("workshop-2018.cmcsync"),
        shared.with_name("workshop copy.cmcsync"),
    ]
    for path in own:
        path.write_bytes(shared.read_bytes())  # copies of the very file: same file id
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in own}
    synced = cli(tmp_path / "bilal", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    assert "0 conflicted copies merged" in synced.stdout
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in own} == before


@pytest.mark.slow
def test_large_slides_travel_as_media_and_a_backup_of_them_imports(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        session = repo.create_session(anna, event.id, title="Dangerous Work")
        # Four slides of 52 MiB each (under the 64 MiB per-slide limit), incompressible: as one
        # file they would be 277 MiB of base64, over the 256 MiB every laptop reads.
        slides = []
        for n in range(4):
            data = os.urandom(52 * 2**20)
            slides.append(repo.add_attachment(anna, session.id, data, f"s{n}.png", "image/png"))
    synced = cli(tmp_path / "anna", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    assert shared.stat().st_size < 2**20  # the records file stays small
    media = shared.with_name("workshop.cmcsync.d") / "media"
    assert sorted(p.stat().st_size for p in media.iterdir()) == [52 * 2**20] * 4
    written = {p.name: p.stat().st_mtime_ns for p in media.iterdir()}

    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "bilal") as bilal:
        for slide in slides:
            assert repo.get(bilal, type(slide), slide.id).data == slide.data
        repo.update(bilal, type(slides[0]), slides[0].id, caption="Bilal's caption")
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in media.iterdir()} == written  # never rewritten

    backup = tmp_path / "backup" / "anna.json"
    backup.parent.mkdir()
    exported = cli(tmp_path / "anna", "export", "--all", "--format", "json", "--out", str(backup))
    assert exported.returncode == 0, exported.stderr
    assert backup.stat().st_size < 2**20
    imported = cli(tmp_path / "restored", "import", str(backup))
    assert imported.returncode == 0, imported.stderr
    with Store(tmp_path / "restored") as restored:
        for slide in slides:
            assert repo.get(restored, type(slide), slide.id).data == slide.data


def test_a_slide_missing_from_the_media_stops_the_sync_and_changes_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        repo.add_attachment(anna, event.id, b"\x89PNG slide", "s.png", "image/png")
        sync_with_shared_file(anna, shared)
    (slide,) = (shared.with_name("workshop.cmcsync.d") / "media").iterdir()
    slide.write_bytes(b"something else")
    refused = cli(tmp_path / "bilal", "sync", str(shared))
    assert refused.returncode == 2
    assert "is damaged" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    with Store(tmp_path / "bilal") as bilal:
        assert sync_states.record_states(bilal) == []
    slide.unlink()
    refused = cli(tmp_path / "bilal", "sync", str(shared))
    assert refused.returncode == 2 and "refers to a slide that is not in" in refused.stderr


def test_a_file_larger_than_readers_accept_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        sync_with_shared_file(anna, shared)
        before = {p: p.read_bytes() for p in shared.parent.rglob("*") if p.is_file()}
        repo.update(anna, type(event), event.id, description="x" * 20_000)
        local = sync_states.record_states(anna)
        # What readers accept, made small here so the test need not write 256 MiB.
        monkeypatch.setattr(shared_file, "MAX_FILE_BYTES", 10_000)
        with pytest.raises(shared_file.SharedFileError, match="would be 0 MiB, more than the 0"):
            sync_with_shared_file(anna, shared)
        assert sync_states.record_states(anna) == local
    assert {p: p.read_bytes() for p in shared.parent.rglob("*") if p.is_file()} == before


@pytest.mark.slow
def test_deleting_an_event_counts_what_it_takes_with_it(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        kept = repo.create_event(anna, title="Prague workshop")
        event = repo.create_event(anna, title="HNPW 2017")
        for s in range(3):
            session = repo.create_session(anna, event.id, title=f"Session {s}")
            for n in range(3):
                repo.add_item(anna, session.id, ItemKind.KEY_OUTCOME, f"Outcome {n}")
        sync_with_shared_file(anna, shared)
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "anna") as anna:
        repo.delete(anna, type(event), event.id)  # one tombstone; 13 of 14 records vanish
    held = cli(tmp_path / "anna", "sync", str(shared))
    assert held.returncode == 3
    assert "would delete 13 of 14 records in the shared file" in held.stderr
    assert cli(tmp_path / "anna", "sync", "--allow-deletes", str(shared)).returncode == 0
    held_here = cli(tmp_path / "bilal", "sync", str(shared))
    assert held_here.returncode == 3
    assert "would delete 13 of 14 records on this laptop" in held_here.stderr
    with Store(tmp_path / "bilal") as bilal:
        assert {e.id for e in repo.events(bilal)} == {kept.id, event.id}  # nothing taken in


@pytest.mark.slow
def test_an_outcome_added_to_a_session_deleted_elsewhere_brings_it_back_for_review(
    tmp_path: Path,
) -> None:
    from cmcoord_desktop.core.models import Session

    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
        session = repo.create_session(anna, event.id, title="Dangerous Work")
        repo.create_session(anna, event.id, title="Simulations")
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "anna") as anna:
        repo.delete(anna, Session, session.id)
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "bilal") as bilal:  # offline: never saw the delete
        outcome = repo.add_item(bilal, session.id, ItemKind.KEY_OUTCOME, "Joint exercises")
    for folder in ("bilal", "anna"):
        synced = cli(tmp_path / folder, "sync", str(shared))
        assert synced.returncode == 0, synced.stderr
        with Store(tmp_path / folder) as store:
            back = repo.get(store, Session, session.id)
            assert not back.deleted and back.needs_review
            assert session.id in {s.id for s in repo.children(store, Session, event.id)}
            assert session.id in {r.id for r in repo.needing_review(store)}
            assert outcome.id in {
                i.id for i in repo.children(store, Item, session.id, ItemKind.KEY_OUTCOME)
            }
    # Deleting it again, now that the outcome has been seen, deletes it for good.
    with Store(tmp_path / "anna") as anna:
        repo.delete(anna, Session, session.id)
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "bilal") as bilal:
        assert repo.get(bilal, Session, session.id).deleted


def test_a_resync_with_nothing_new_reads_nothing_and_misses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "bilal") as bilal:
        event = repo.create_event(bilal, title="HNPW 2017")
        sync_with_shared_file(bilal, shared)
    reads: list[Path] = []
    real_read = shared_file.read_bytes

    def counting(path: Path) -> bytes:
        reads.append(Path(path))
        return real_read(path)

    monkeypatch.setattr(shared_file, "read_bytes", counting)
    with Store(tmp_path / "anna") as anna:
        sync_with_shared_file(anna, shared)
        reads.clear()
        again = sync_with_shared_file(anna, shared)
        assert reads == [] and again.done and not again.wrote_file
        # Another laptop's change is never skipped...
        with Store(tmp_path / "bilal") as bilal:
            repo.add_item(bilal, event.id, ItemKind.KEY_OUTCOME, "Joint exercises")
            sync_with_shared_file(bilal, shared)
        reads.clear()
        result = sync_with_shared_file(anna, shared)
        assert reads and result.here.new == 1
        # ...nor one made here.
        repo.add_item(anna, event.id, ItemKind.NEXT_STEP, "Share the calendar")
        reads.clear()
        result = sync_with_shared_file(anna, shared)
        assert reads and result.there.new == 1


def test_a_backup_imported_after_a_sync_reaches_the_place_at_the_next_sync(tmp_path: Path) -> None:
    # Chen's backup holds records older than Anna's clock: taking them in must still count as
    # a change, or Anna's next sync is skipped as "nothing new" while saying it synced.
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "chen") as chen:
        repo.create_event(chen, title="Prepared by Chen")
    backup = tmp_path / "chen.json"
    exported = cli(tmp_path / "chen", "export", "--all", "--format", "json", "--out", str(backup))
    assert exported.returncode == 0, exported.stderr
    with Store(tmp_path / "anna") as anna:
        repo.create_event(anna, title="Anna's workshop")  # later than Chen's records
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    imported = cli(tmp_path / "anna", "import", str(backup))
    assert imported.returncode == 0, imported.stderr
    synced = cli(tmp_path / "anna", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    with Store(tmp_path / "bilal") as bilal:  # a colleague takes the place in
        sync_with_shared_file(bilal, shared)
        assert {e.title for e in repo.events(bilal)} == {"Prepared by Chen", "Anna's workshop"}


@pytest.mark.slow
def test_another_workshops_file_is_merged_only_once_confirmed(tmp_path: Path) -> None:
    prague = tmp_path / "share" / "prague.cmcsync"
    prague.parent.mkdir()
    with Store(tmp_path / "bilal") as bilal:
        repo.create_event(bilal, title="Prague handbook workshop")
    assert cli(tmp_path / "bilal", "sync", str(prague)).returncode == 0
    with Store(tmp_path / "anna") as anna:
        repo.create_event(anna, title="HNPW 2017")
    # Anna's laptop syncs with its own workshop's file, then picks Prague's by mistake.
    assert cli(tmp_path / "anna", "sync", str(prague.with_name("hnpw.cmcsync"))).returncode == 0
    with Store(tmp_path / "anna") as anna:
        before = {s["id"] for s in sync_states.record_states(anna)}
    refused = cli(tmp_path / "anna", "sync", str(prague))
    assert refused.returncode == 2
    assert "holds another workshop (no event in common" in refused.stderr
    assert "--merge-other-workshop" in refused.stderr
    with Store(tmp_path / "anna") as anna:
        assert {s["id"] for s in sync_states.record_states(anna)} == before
    merged = cli(tmp_path / "anna", "sync", "--merge-other-workshop", str(prague))
    assert merged.returncode == 0, merged.stderr
    # Once merged, the file is this laptop's workshop file too: no question any more.
    with Store(tmp_path / "bilal") as bilal:
        repo.create_event(bilal, title="Prague, day 2")
    assert cli(tmp_path / "anna", "sync", str(prague)).returncode == 0


@pytest.mark.slow
def test_converged_laptops_export_the_same_bytes(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "anna") as anna:
        event = repo.create_event(anna, title="HNPW 2017")
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    for name in ("anna", "bilal"):  # both add outcomes and an event of their own, offline
        with Store(tmp_path / name) as store:
            repo.create_event(store, title=f"{name}'s event")
            for n in range(5):
                repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, f"{name} {n}")
    for name in ("anna", "bilal", "anna"):
        assert cli(tmp_path / name, "sync", str(shared)).returncode == 0
    records = []
    for name in ("anna", "bilal"):
        out = tmp_path / f"{name}.json"
        exported = cli(tmp_path / name, "export", "--all", "--format", "json", "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        records.append([r["id"] for r in shared_file.read(out)["records"]])
    assert records[0] == records[1] and len(records[0]) == 13


def test_a_format_1_0_file_is_read_and_upgraded_without_second_copies(tmp_path: Path) -> None:
    from tests.sync.workshop import parts, seal

    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "old") as old:  # a file as the previous version wrote it
        event = repo.create_event(old, title="HNPW 2017")
        repo.add_item(old, event.id, ItemKind.KEY_OUTCOME, "Joint exercises")
        states, devices = sync_states.record_states(old), meta.device_names(old)
    values = parts(shared_file.encode(states, devices))
    values["version"] = b"[1,0]"
    shared.write_bytes(seal(values))
    assert shared_file.read(shared)["version"] == [1, 0]

    synced = cli(tmp_path / "anna", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    upgraded = shared_file.read(shared)
    assert upgraded["version"] == list(shared_file.FORMAT_VERSION)
    ids = [r["id"] for r in upgraded["records"]]
    assert sorted(ids) == sorted(s["id"] for s in states) and len(set(ids)) == len(ids)
    (own,) = shared.with_name("workshop.cmcsync.d").glob("*.json")
    assert shared_file.read(own)["records"] == upgraded["records"]
