"""Load: twenty laptops (processes) sync fifty times each, each adding its own outcomes, while a
watcher reads the server: no record lost, none ever vanishes, every laptop ends equal."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture, snapshot

LAPTOPS = 20
SYNCS = 50


@pytest.mark.slow
def test_twenty_laptops_fifty_syncs_each(pg: PgServer, database: str, tmp_path: Path) -> None:
    url = pg.url(database)
    init_server(url)
    with Store(tmp_path / "seed") as seed:
        ids = capture(seed, outcomes=0)
        sync_with_team_server(seed, url)
    signals = tmp_path / "signals"
    signals.mkdir()
    counts: list[int] = []
    stop = threading.Event()

    def watch() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            while not stop.is_set():
                row = conn.execute(
                    "SELECT count(DISTINCT record_id) FROM cmcoord.versions"
                ).fetchone()
                assert row is not None
                counts.append(int(row[0]))
                stop.wait(0.2)

    watcher = threading.Thread(target=watch)
    watcher.start()
    laptops = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.server.load_laptop",
                str(tmp_path / f"laptop{n:02}"),
                url,
                ids["session"],
                str(SYNCS),
                str(signals),
            ],
        )  # fmt: skip
        for n in range(LAPTOPS)
    ]
    deadline = time.monotonic() + 900
    while len(list(signals.glob("*.synced"))) < LAPTOPS:
        assert all(p.poll() in (None, 0) for p in laptops), "a laptop failed"
        assert time.monotonic() < deadline
        time.sleep(0.2)
    (signals / "final").touch()
    assert [p.wait(timeout=300) for p in laptops] == [0] * LAPTOPS
    stop.set()
    watcher.join()

    with Store(tmp_path / "fresh") as fresh:
        sync_with_team_server(fresh, url)
        outcomes = repo.children(fresh, Item, ids["session"], ItemKind.KEY_OUTCOME)
        assert len(outcomes) == LAPTOPS * SYNCS
        assert {o.text for o in outcomes} == {
            f"laptop{n:02} outcome {s}" for n in range(LAPTOPS) for s in range(SYNCS)
        }
        server = hashlib.sha256(snapshot(fresh)[0]).hexdigest()
    digests = {p.read_text() for p in signals.glob("*.digest")}
    assert digests == {server}
    assert counts == sorted(counts), "a record vanished from the server while laptops synced"
    assert counts[-1] == LAPTOPS * SYNCS + 2
