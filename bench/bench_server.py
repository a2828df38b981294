"""The team server: push and pull of N items from a fresh laptop, and a sync with nothing new.

Push floor: psycopg COPY of the same version rows straight into the same (empty) versions table,
trigger included. Pull floor: COPY of the same rows out of the table. Our sync also reads the
whole store, merges, checks every record as strictly as a shared file and commits to SQLite.
Nothing new: the server part of such a sync (one statement that reads `about` and pulls from
the cursor) on a server holding 1,000,000 versions, against one bare `SELECT 1` round trip.

It starts its own throw-away PostgreSQL (tests/server/pg_server.py) and is skipped without one.
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

import psycopg  # noqa: E402

from cmcoord_desktop.core import sync_states  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.sync.team_server import schema  # noqa: E402
from cmcoord_desktop.sync.team_server.address import parse_address  # noqa: E402
from cmcoord_desktop.sync.team_server.connection import connect  # noqa: E402
from cmcoord_desktop.sync.team_server.pull import Position, pull  # noqa: E402
from cmcoord_desktop.sync.team_server.push import _COLUMNS  # noqa: E402
from cmcoord_desktop.sync.team_server.rows import version_rows  # noqa: E402
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server  # noqa: E402
from tests.server.pg_server import PgServer, find_bin_dir  # noqa: E402

BENCHMARKS = (
    "server_push_10000_items",
    "server_pull_10000_items",
    "server_push_100000_items",
    "server_pull_100000_items",
    "server_nothing_new",
)
TARGET_COPY = 2.0
TARGET_ROUND_TRIP = 3.0


def _workshop(store: Store, items: int) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    from bench_sync import _workshop as workshop

    shared, mine, theirs = workshop(items)
    sync_states.merge_states(store, [*shared, *mine, *theirs])


def _init(pg: PgServer, name: str) -> str:
    pg.create_database(name)
    url = pg.url(name)
    with connect(parse_address(url)) as conn:
        schema.init_schema(conn)
    return url


def _copy_floor(url: str, states: list[dict]) -> tuple[float, float]:
    rows = list(version_rows(states, str(uuid.uuid4()), {}))
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        with (
            conn.transaction(),
            conn.cursor() as cur,
            cur.copy(f"COPY cmcoord.versions ({_COLUMNS}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        push = time.perf_counter() - start
        start = time.perf_counter()
        out = io.BytesIO()
        with (
            conn.cursor() as cur,
            cur.copy(
                "COPY (SELECT record_id, kind, fixed, field, stamp, device, value, seen"
                " FROM cmcoord.versions) TO STDOUT"
            ) as copy,
        ):
            for block in copy:
                out.write(block)
        pulled = time.perf_counter() - start
    return push, pulled


def _fill_versions(url: str, versions: int) -> dict[str, Position]:
    """A server holding `versions` field versions (written in SQL: the laptop side is not what
    is measured), and the position of a laptop that has read them all."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed, value,"
            " seen) SELECT md5((n / 8)::text)::uuid, 'f' || (n %% 8), n, 'bench-device',"
            " 'item', '{}', 'a value of a field', '{}' FROM generate_series(1, %s) AS n",
            (versions,),
        )
        conn.execute("VACUUM ANALYZE cmcoord.versions")
        row = conn.execute(
            "SELECT (SELECT value FROM cmcoord.about WHERE key = 'epoch'),"
            " pg_snapshot_xmin(pg_current_snapshot())::text"
        ).fetchone()
    assert row is not None
    return {str(row[0]): Position(int(row[1]))}


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("bench_server: no PostgreSQL binaries, skipped", file=sys.stderr)
        return
    root = Path(tempfile.mkdtemp(prefix="cmcoord-bench-pg-"))
    pg = PgServer(bin_dir, root / "cluster")
    try:
        sizes = (200, 1000) if report.quick else (10_000, 100_000)
        for n, items in enumerate(sizes):
            label = f"{10_000 if n == 0 else 100_000}" if not report.quick else str(items)
            if not (report.wants(f"server_push_{label}_items") or report.wants("server_")):
                continue
            url = _init(pg, f"bench_sync_{items}")
            with Store(root / f"laptop{items}") as laptop:
                _workshop(laptop, items)
                states = sync_states.record_states(laptop)
                start = time.perf_counter()
                sync_with_team_server(laptop, url)
                push = time.perf_counter() - start
            with Store(root / f"fresh{items}") as fresh:
                start = time.perf_counter()
                sync_with_team_server(fresh, url)
                pulled = time.perf_counter() - start
            floor_push, floor_pull = _copy_floor(_init(pg, f"bench_copy_{items}"), states)
            report(f"server_push_{label}_items", push * 1000, "ms", floor_push * 1000, TARGET_COPY)
            report(
                f"server_pull_{label}_items", pulled * 1000, "ms", floor_pull * 1000, TARGET_COPY
            )
        if report.wants("server_nothing_new"):
            versions = 20_000 if report.quick else 1_000_000
            url = _init(pg, "bench_nothing_new")
            known = _fill_versions(url, versions)
            with psycopg.connect(url, autocommit=True) as conn:
                exchange, bare = [], []
                for _ in range(50 if not report.quick else 5):
                    start = time.perf_counter()
                    got = pull(conn, known)
                    exchange.append(time.perf_counter() - start)
                    assert got is not None and not got.rows
                    start = time.perf_counter()
                    conn.execute("SELECT 1").fetchone()
                    bare.append(time.perf_counter() - start)
            report(
                "server_nothing_new",
                statistics.median(exchange) * 1000,
                "ms",
                statistics.median(bare) * 1000,
                TARGET_ROUND_TRIP,
            )
    finally:
        pg.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
