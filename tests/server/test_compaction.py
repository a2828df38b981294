"""Compaction removes superseded versions only: for every history the merge properties play,
every laptop's merge with the server is the same before and after."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings

from cmcoord_desktop.sync.merge import RecordMap, merge_maps
from cmcoord_desktop.sync.team_server.compaction import compact
from cmcoord_desktop.sync.team_server.pull import pull
from cmcoord_desktop.sync.team_server.push import push
from cmcoord_desktop.sync.team_server.rows import records_from_rows
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer
from tests.sync.test_merge_properties import operations, run, skews


def server_records(conn: psycopg.Connection[tuple[object, ...]]) -> tuple[RecordMap, int]:
    pulled = pull(conn, {})
    assert pulled is not None
    return records_from_rows(pulled.rows, "the test server", None), len(pulled.rows)


@pytest.mark.slow  # a hypothesis search over histories on a real PostgreSQL
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(history=operations, skew=skews)
def test_compaction_leaves_every_merge_unchanged(
    pg: PgServer, database: str, history: list[tuple], skew: tuple[int, ...]
) -> None:
    url = pg.url(database)
    init_server(url)  # the second example on: nothing to do, roles granted again
    laptops, seen = run(history, skew)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("TRUNCATE cmcoord.versions, cmcoord.devices")
        for state in seen:  # the server saw every state any laptop passed through
            push(conn, state.values(), str(uuid.uuid4()), "test")
        before, rows_before = server_records(conn)
        done = compact(conn)
        after, rows_after = server_records(conn)
        again = compact(conn)
    assert rows_after == rows_before - done.versions
    assert again.versions == 0
    assert after == before
    for laptop_state in [lap.records for lap in laptops.values()] + seen[::3]:
        assert merge_maps(laptop_state, after) == merge_maps(laptop_state, before)


def test_compaction_removes_what_an_edit_superseded(pg: PgServer, database: str) -> None:
    url = pg.url(database)
    init_server(url)
    laptops, seen = run(
        [
            ("edit", "anna", "00000000-0000-4000-8000-000000000001", "text", "Simulations"),
            ("edit", "anna", "00000000-0000-4000-8000-000000000001", "text", "Micro-learning"),
            ("edit", "anna", "00000000-0000-4000-8000-000000000001", "text", "Deconfliction"),
        ],
        (0, 0, 0),
    )
    with psycopg.connect(url, autocommit=True) as conn:
        for state in seen:
            push(conn, state.values(), str(uuid.uuid4()), "test")
        assert compact(conn).versions == 2
        records, rows = server_records(conn)
    assert rows == 1
    assert records == laptops["anna"].records
