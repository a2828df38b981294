"""Faults: the sync killed at random moments, the server restarted and the connection cut
mid-push, the server's disk full. Afterwards nothing is lost and the next sync completes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Attachment, Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.errors import TeamServerError
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server, many_outcomes, versions_on_server
from tests.server.pg_server import SUPERUSER, PgServer
from tests.sync.workshop import capture, snapshot

KILLS = 50  # as the issue asks; about two minutes on two cores (slow: CI runs it)


def all_equal_to_a_fresh_laptop(url: str, laptop_dir: Path, fresh_dir: Path) -> None:
    with Store(laptop_dir) as laptop:
        sync_with_team_server(laptop, url)
        mine = snapshot(laptop)[0]
    with Store(fresh_dir) as fresh:
        sync_with_team_server(fresh, url)
        assert snapshot(fresh)[0] == mine


@pytest.mark.slow
def test_a_sync_killed_at_random_moments_loses_nothing(
    pg: PgServer, database: str, data_dirs: list[Path]
) -> None:
    url = pg.url(database)
    init_server(url)
    laptop_dir, fresh_dir, _ = data_dirs
    with Store(laptop_dir) as laptop:
        ids = capture(laptop, outcomes=0)
        many_outcomes(laptop, ids["session"], 1500, "first")
    made = 1500
    chance = random.Random(20261202)
    for kill in range(KILLS):
        with Store(laptop_dir) as laptop:
            many_outcomes(laptop, ids["session"], 40, f"round {kill}")
        made += 40
        process = subprocess.Popen(
            [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(laptop_dir), "sync", url],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chance.uniform(0.2, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(laptop_dir), "sync", url],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with Store(laptop_dir) as laptop:
        assert len(repo.children(laptop, Item, ids["session"], ItemKind.KEY_OUTCOME)) == made
    all_equal_to_a_fresh_laptop(url, laptop_dir, fresh_dir)


@pytest.mark.slow
def test_the_server_restarted_mid_sync(pg: PgServer, database: str, data_dirs: list[Path]) -> None:
    url = pg.url(database)
    init_server(url)
    laptop_dir, fresh_dir, _ = data_dirs
    with Store(laptop_dir) as laptop:
        ids = capture(laptop, outcomes=0)
        many_outcomes(laptop, ids["session"], 4000, "first")
    worker, failures = sync_in_background(laptop_dir, url)
    time.sleep(0.8)
    pg.restart()
    worker.join()
    pg.wait_ready()
    for failure in failures:  # if the restart caught it: one sentence, and what to do
        assert "Sync again" in str(failure) or "Could not reach" in str(failure)
    all_equal_to_a_fresh_laptop(url, laptop_dir, fresh_dir)


def sync_in_background(laptop_dir: Path, url: str) -> tuple[threading.Thread, list[BaseException]]:
    """A laptop's sync started on a thread; what it was refused with lands in the list."""
    failures: list[BaseException] = []

    def sync_once() -> None:
        with Store(laptop_dir) as laptop:
            try:
                sync_with_team_server(laptop, url)
            except TeamServerError as exc:
                failures.append(exc)

    worker = threading.Thread(target=sync_once)
    worker.start()
    return worker, failures


def test_the_connection_cut_mid_push_leaves_the_server_unchanged(
    pg: PgServer, database: str, data_dirs: list[Path]
) -> None:
    url = pg.url(database)
    init_server(url)
    laptop_dir, fresh_dir, _ = data_dirs
    with Store(laptop_dir) as laptop:
        ids = capture(laptop, outcomes=0)
        many_outcomes(laptop, ids["session"], 3000, "first")
    with psycopg.connect(url, autocommit=True) as admin:
        # The push's INSERT waits on this lock, so the cut lands exactly mid-push.
        admin.execute("BEGIN")
        admin.execute("LOCK TABLE cmcoord.versions IN SHARE MODE")
        worker, errors = sync_in_background(laptop_dir, url)
        with psycopg.connect(url, autocommit=True) as watcher:
            for _ in range(600):
                row = watcher.execute(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'cmcoord-desktop'"
                    " AND wait_event_type = 'Lock'"
                ).fetchone()
                if row:
                    watcher.execute("SELECT pg_terminate_backend(%s)", (row[0],))
                    break
                time.sleep(0.05)
            else:
                pytest.fail("the push never reached the server")
        worker.join()
        admin.execute("COMMIT")
    assert len(errors) == 1 and "connection to" in str(errors[0]) and "Sync again" in str(errors[0])
    assert versions_on_server(pg, database) == 0
    all_equal_to_a_fresh_laptop(url, laptop_dir, fresh_dir)


@pytest.fixture
def tiny_disk(pg: PgServer) -> object:
    """A 3 MB file system for a tablespace (tmpfs; root may mount it)."""
    mount = Path(pg.root.parent / "tiny")
    mount.mkdir(exist_ok=True)
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode:
        reason = f"cannot mount a tiny file system here ({made.stderr.strip()})"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    subprocess.run(["chown", f"{SUPERUSER}:{SUPERUSER}", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_the_servers_disk_full_changes_nothing_and_the_next_sync_completes(
    pg: PgServer, database: str, data_dirs: list[Path], tiny_disk: Path
) -> None:
    url = pg.url(database)
    init_server(url)
    space = f"tiny_{database}"
    with psycopg.connect(pg.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE TABLESPACE {space} LOCATION '{tiny_disk}'")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"ALTER TABLE cmcoord.blobs SET TABLESPACE {space}")
    laptop_dir, fresh_dir, _ = data_dirs
    noise = random.Random(7)
    with Store(laptop_dir) as laptop:
        ids = capture(laptop)
        for n in range(3):  # 3 different slides of 1.5 MB each: more than the disk holds
            data = noise.randbytes(1_500_000)
            repo.add_attachment(laptop, ids["session"], data, f"slide{n}.png", "image/png")
        before = snapshot(laptop)
        with pytest.raises(TeamServerError, match="disk of .* is full"):
            sync_with_team_server(laptop, url)
        assert snapshot(laptop) == before
    assert versions_on_server(pg, database) == 0
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("ALTER TABLE cmcoord.blobs SET TABLESPACE pg_default")
    all_equal_to_a_fresh_laptop(url, laptop_dir, fresh_dir)
    with Store(fresh_dir) as fresh:
        slides = repo.children(fresh, Attachment, ids["session"])
        assert len(slides) == 3 and all(len(s.data) == 1_500_000 for s in slides)
        assert all(isinstance(s, Attachment) for s in slides)
