"""A data folder copied or restored elsewhere is a new laptop: its edits conflict with the
original's as two laptops' do, instead of one of them being silently lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store


def cli(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def device_of(data_dir: Path) -> str:
    with Store(data_dir) as store:
        return store.device_id


def test_a_copied_folder_becomes_a_new_laptop_and_its_edits_conflict(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    anna, clone = tmp_path / "anna", tmp_path / "clone"
    with Store(anna) as store:
        event = repo.create_event(store, title="HNPW 2017")
        original = store.device_id
    assert cli(anna, "sync", str(shared)).returncode == 0
    shutil.copytree(anna, clone)  # the laptop cloned, or the folder given to a colleague

    with Store(anna) as store:
        repo.update(store, Event, event.id, host="OCHA")
    with Store(clone) as store:
        assert store.device_id != original and store.copied_from == original
        repo.update(store, Event, event.id, host="WFP")
    for folder in (anna, clone, anna):
        synced = cli(folder, "sync", str(shared))
        assert synced.returncode == 0, synced.stderr
    for folder in (anna, clone):
        with Store(folder) as store:
            row = repo.get(store, Event, event.id)
            assert row.needs_review  # both hosts kept, to pick from: nothing silently lost
            hosts = {v["v"] for v in row.versions["host"]}
            assert hosts == {"OCHA", "WFP"}
    assert device_of(anna) == original  # the original stays who it was


def test_a_folder_moved_on_its_disk_keeps_its_id(tmp_path: Path) -> None:
    before = tmp_path / "data"
    with Store(before) as store:
        repo.create_event(store, title="HNPW 2017")
        original = store.device_id
    after = tmp_path / "moved" / "data"
    after.parent.mkdir()
    os.rename(before, after)
    assert device_of(after) == original


def test_the_same_folder_on_another_machine_is_a_new_laptop(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store(folder) as store:
        repo.create_event(store, title="HNPW 2017")
        original = store.device_id
    other_machine = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "other-config")}
    shared = tmp_path / "workshop.cmcsync"
    synced = cli(folder, "sync", str(shared), env=other_machine)
    assert synced.returncode == 0, synced.stderr
    assert device_of(folder) != original
    names = {p.stem for p in shared.with_name("workshop.cmcsync.d").glob("*.json")}
    assert original not in names and len(names) == 1
