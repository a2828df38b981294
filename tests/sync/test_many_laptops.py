"""Real processes on one shared file: four laptops syncing at once, and syncs killed midway.

Processes are forked (the program is already imported, so each starts in milliseconds); each has
its own data folder and its own store, exactly as separate laptops would.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

FORK = multiprocessing.get_context("fork")


def ids_in_store(data_dir: Path) -> set[str]:
    with Store(data_dir) as store:
        return {s["id"] for s in sync_states.record_states(store)}


def ids_in_file(path: Path) -> set[str]:
    return {r["id"] for r in shared_file.read(path)["records"]}


def laptop_syncing(data_dir: Path, shared: Path, rounds: int, start, busy) -> None:  # noqa: ANN001
    with Store(data_dir) as store:
        event = repo.create_event(store, title=f"Notes of {data_dir.name}")
        start.wait()
        for n in range(rounds):
            repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, f"{data_dir.name} {n}")
            try:
                # Each laptop brings an event of its own: confirmed as one workshop.
                sync_with_shared_file(store, shared, merge_other_workshop=True)
            except ShareBusy:
                busy.value += 1  # allowed: the changes stay here and go with the next sync


def test_four_laptops_syncing_at_once_end_with_everything(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    folders = [tmp_path / f"laptop{n}" for n in range(4)]
    start, busy = FORK.Barrier(4), FORK.Value("i", 0)
    workers = [
        FORK.Process(target=laptop_syncing, args=(folder, shared, 25, start, busy))
        for folder in folders
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    for folder in [*folders, *folders]:  # one more round, then everyone picks up the last ones
        with Store(folder) as store:
            sync_with_shared_file(store, shared, merge_other_workshop=True)
    everything = ids_in_file(shared)
    assert len(everything) == 4 * (1 + 25)
    in_file = sorted(shared_file.read(shared)["records"], key=lambda s: s["id"])
    for folder in folders:
        assert ids_in_store(folder) == everything
        with Store(folder) as store:  # not only the same records: the same versions of each
            assert sorted(sync_states.record_states(store), key=lambda s: s["id"]) == in_file
    assert sorted(p.name for p in shared.parent.iterdir()) == [shared.name, f"{shared.name}.d"]


def laptop_killed_midway(data_dir: Path, shared: Path) -> None:
    with Store(data_dir) as store:
        event = repo.events(store)[0]
        for n in range(1000):
            repo.add_item(store, event.id, ItemKind.NEXT_STEP, f"step {os.getpid()} {n}")
            sync_with_shared_file(store, shared)


@pytest.mark.slow
def test_a_sync_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    laptop = tmp_path / "laptop"
    with Store(laptop) as store:
        repo.create_event(store, title="Prague workshop")
        sync_with_shared_file(store, shared)
    rng = random.Random(4)
    for _ in range(100):
        before = ids_in_file(shared)
        worker = FORK.Process(target=laptop_killed_midway, args=(laptop, shared))
        worker.start()
        time.sleep(rng.uniform(0.0, 0.25))  # a busy machine starts a process slowly
        os.kill(worker.pid, signal.SIGKILL)
        worker.join()
        assert worker.exitcode == -signal.SIGKILL
        assert before <= ids_in_file(shared)  # it parses, and holds at least the old records
    with Store(laptop) as store:
        sync_with_shared_file(store, shared)
    assert ids_in_file(shared) == ids_in_store(laptop)
    assert len(ids_in_store(laptop)) > 1
