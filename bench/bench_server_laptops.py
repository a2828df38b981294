"""The team server with twenty laptops at once: throughput, and how soon an edit shows elsewhere.

Throughput: twenty laptop processes each add an outcome and sync, SYNCS times over, all at
once. Figure: the wall time per version the server received. Floor: twenty bare psycopg
connections inserting the same number of versions in the same number of transactions (one
INSERT per transaction, no merge, no SQLite), so the ratio is what our sync costs on top.

Edit shown elsewhere: laptop B listens (sync/team_server/notify.py) and syncs on each notice;
laptop A adds an outcome and syncs. Figure: from A's edit being saved to B's store holding it
(median of ROUNDS). Floor: a bare NOTIFY reaching a LISTENing connection. Target: 2 s.
Each laptop is its own process (CLOCK_MONOTONIC is the same for every process on Linux).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

import psycopg  # noqa: E402

from cmcoord_desktop.core import repository as repo  # noqa: E402
from cmcoord_desktop.core.models import Item, ItemKind, Session  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.sync.team_server.address import parse_address  # noqa: E402
from cmcoord_desktop.sync.team_server.notify import wait_for_others  # noqa: E402
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server  # noqa: E402
from tests.server.helpers import init_server  # noqa: E402
from tests.server.pg_server import PgServer, find_bin_dir  # noqa: E402
from tests.sync.workshop import capture  # noqa: E402

BENCHMARKS = ("server_20_laptops_per_version", "server_edit_shown_elsewhere")
LAPTOPS = 20
TARGET_SHOWN = 2.0  # seconds, an absolute target: printed beside the figures


def _versions(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM cmcoord.versions").fetchone()
    assert row is not None
    return int(row[0])


def _throughput(pg: PgServer, root: Path, syncs: int) -> tuple[float, float, int]:
    url = pg.url("bench_twenty")
    pg.create_database("bench_twenty")
    init_server(url)
    with Store(root / "seed") as seed:
        session = capture(seed, outcomes=0)["session"]
        sync_with_team_server(seed, url)
    go = root / "go"
    laptops = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "add",
                str(root / f"laptop{n:02}"),
                url,
                session,
                str(syncs),
                str(go),
            ]
        )  # fmt: skip
        for n in range(LAPTOPS)
    ]
    while len(list(root.glob("laptop*/ready"))) < LAPTOPS:  # each has pulled the seed
        assert all(p.poll() is None for p in laptops), "a laptop failed to start"
        time.sleep(0.05)
    before = _versions(url)
    start = time.perf_counter()
    go.touch()
    assert [p.wait(timeout=1800) for p in laptops] == [0] * LAPTOPS
    ours = time.perf_counter() - start
    received = _versions(url) - before
    per_transaction = max(1, received // (LAPTOPS * syncs))
    return ours / received, _insert_floor(pg, syncs, per_transaction) / received, received


def _insert_floor(pg: PgServer, transactions: int, rows: int) -> float:
    """Twenty bare connections, each `transactions` INSERTs of `rows` versions."""
    pg.create_database("bench_twenty_floor")
    url = pg.url("bench_twenty_floor")
    init_server(url)
    ready = threading.Barrier(LAPTOPS + 1)

    def laptop(device: str) -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            ready.wait()
            for n in range(transactions):
                record = str(uuid.uuid4())
                conn.execute(
                    "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed,"
                    " value, seen) SELECT %s, 'f' || k, %s, %s, 'item', '{}', 'an outcome', '{}'"
                    " FROM generate_series(1, %s) AS k",
                    (record, n, device, rows),
                )

    threads = [threading.Thread(target=laptop, args=(f"floor{n}",)) for n in range(LAPTOPS)]
    for thread in threads:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def _shown_elsewhere(pg: PgServer, root: Path, rounds: int) -> tuple[float, float]:
    pg.create_database("bench_shown")
    url = pg.url("bench_shown")
    init_server(url)
    with Store(root / "a") as a:
        session = capture(a, outcomes=0)["session"]
        sync_with_team_server(a, url)
        seen = root / "b-seen"
        seen.mkdir()
        b = subprocess.Popen([sys.executable, __file__, "listen", str(root / "b"), url, str(seen)])
        while not (root / "b" / "ready").exists():
            assert b.poll() is None, "the listening laptop failed"
            time.sleep(0.05)
        delays = []
        for n in range(rounds):
            repo.add_item(a, session, ItemKind.KEY_OUTCOME, f"Shown elsewhere {n}")
            saved = time.monotonic()
            sync_with_team_server(a, url)
            while not (mark := seen / str(n + 1)).exists():
                assert b.poll() is None, "the listening laptop failed"
                time.sleep(0.005)
            delays.append(float(mark.read_text()) - saved)
        (root / "b" / "stop").touch()
        assert b.wait(timeout=60) == 0
    return statistics.median(delays), _notify_floor(url, rounds)


def _notify_floor(url: str, rounds: int) -> float:
    delays = []
    with (
        psycopg.connect(url, autocommit=True) as listener,
        psycopg.connect(url, autocommit=True) as sender,
    ):
        listener.execute("LISTEN bench_floor")
        for _ in range(rounds):
            start = time.perf_counter()
            sender.execute("SELECT pg_notify('bench_floor', 'x')")
            for _note in listener.notifies(timeout=5, stop_after=1):
                pass
            delays.append(time.perf_counter() - start)
    return statistics.median(delays)


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("bench_server_laptops: no PostgreSQL binaries, skipped", file=sys.stderr)
        return
    root = Path(tempfile.mkdtemp(prefix="cmcoord-bench-twenty-"))
    pg = PgServer(bin_dir, root / "cluster")
    try:
        if report.wants("server_20_laptops_per_version"):
            ours, floor, received = _throughput(pg, root, 5 if report.quick else 25)
            print(f"# {received} versions, {1 / ours:.0f} versions/s ({1 / floor:.0f} bare)")
            report("server_20_laptops_per_version", ours * 1000, "ms", floor * 1000)
        if report.wants("server_edit_shown_elsewhere"):
            shown, floor = _shown_elsewhere(pg, root, 3 if report.quick else 15)
            report("server_edit_shown_elsewhere", shown * 1000, "ms", floor * 1000, None)
            print(f"# target: {TARGET_SHOWN:.0f} s; median {shown:.3f} s")
    finally:
        pg.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def _add(data_dir: str, url: str, session: str, syncs: str, go: str) -> int:
    """A laptop that adds an outcome and syncs, `syncs` times, once `go` exists."""
    with Store(Path(data_dir)) as store:
        sync_with_team_server(store, url)
        (Path(data_dir) / "ready").touch()
        while not Path(go).exists():
            time.sleep(0.01)
        for n in range(int(syncs)):
            repo.add_item(store, session, ItemKind.KEY_OUTCOME, f"{Path(data_dir).name} {n}")
            sync_with_team_server(store, url)
    return 0


def _listen(data_dir: str, url: str, seen: str) -> int:
    """A laptop online: syncs on each other laptop's push; marks each outcome it now holds."""
    folder = Path(data_dir)
    with Store(folder) as store:
        sync_with_team_server(store, url)
        device = store.device_id
        session = repo.events(store)[0]

        def on_push(_device: str) -> None:
            sync_with_team_server(store, url)
            now = time.monotonic()
            sessions = repo.children(store, Session, session.id)
            count = len(repo.children(store, Item, sessions[0].id, ItemKind.KEY_OUTCOME))
            mark = Path(seen) / str(count)
            if not mark.exists():  # written whole, then named: the other side never reads half
                part = mark.with_suffix(".part")
                part.write_text(repr(now))
                part.rename(mark)

        wait_for_others(
            parse_address(url),
            device,
            on_push,
            keep_going=lambda: not (folder / "stop").exists(),
            tick=0.05,
            on_listening=lambda: (folder / "ready").touch(),
        )
    return 0


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    sys.exit(_add(*args) if command == "add" else _listen(*args))
