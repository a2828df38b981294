"""Bad data on the server is refused as strictly as a bad shared file, and changes nothing here;
a database that is not ours, or of a newer schema, is refused with a message."""

from __future__ import annotations

import psycopg
import pytest

from cmcoord_desktop.core.clock import FUTURE_SKEW_TEXT
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.team_server.errors import NotOurDatabase
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture, snapshot

EVENT = "3f2b6a1e-9c1d-4c3e-8a55-1b2c3d4e5f60"
STAMP = 1_700_000_000_000 << 16
FAR_FUTURE = (4_000_000_000_000) << 16


def row(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "record_id": EVENT,
        "field": "title",
        "stamp": STAMP,
        "device": "mallory",
        "kind": "event",
        "fixed": "{}",
        "value": '"Planted"',
        "seen": f'{{"mallory":{STAMP}}}',
    }
    base.update(changes)
    return base


BAD_ROWS = {
    "unknown kind": (row(kind="spaceship"), "unknown kind"),
    "unknown field": (row(field="password"), "does not know"),
    "forged version": (row(seen=f'{{"mallory":{STAMP + 1}}}'), "does not carry its own stamp"),
    "far-future stamp": (
        row(stamp=FAR_FUTURE, seen=f'{{"mallory":{FAR_FUTURE}}}'),
        f"more than {FUTURE_SKEW_TEXT} ahead",
    ),
    "oversized text": (row(value='"' + "x" * 1_000_001 + '"'), "longer than"),
    "wrong type": (row(value="12"), "bad value"),
    "float": (row(field="participants", value="1.5"), "bad value"),
    "unreadable json": (row(value='"unterminated'), "unreadable"),
    "bad device id": (row(device="mal lory", seen=f'{{"mal lory":{STAMP}}}'), "laptop's id"),
    "bad parent id": (
        row(kind="session", fixed='{"event_id":"not-a-uuid"}', field="title"),
        "not a valid id",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_bad_versions_are_refused_and_change_nothing(
    pg: PgServer, database: str, store: Store, case: str
) -> None:
    url = pg.url(database)
    init_server(url)
    capture(store)
    sync_with_team_server(store, url)
    before = snapshot(store)
    bad, reason = BAD_ROWS[case]
    with psycopg.connect(url) as conn:
        columns = ", ".join(bad)
        marks = ", ".join(f"%({k})s" for k in bad)
        conn.execute(f"INSERT INTO cmcoord.versions ({columns}) VALUES ({marks})", bad)
    with pytest.raises(SharedFileError, match=reason) as refused:
        sync_with_team_server(store, url)
    assert "\n" not in str(refused.value)
    assert snapshot(store) == before


def test_one_record_stored_as_two_is_refused(pg: PgServer, database: str, store: Store) -> None:
    url = pg.url(database)
    init_server(url)
    with psycopg.connect(url) as conn:
        for bad in (row(), row(field="city", kind="session", fixed=f'{{"event_id":"{EVENT}"}}')):
            conn.execute(
                "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed,"
                " value, seen) VALUES (%(record_id)s, %(field)s, %(stamp)s, %(device)s, %(kind)s,"
                " %(fixed)s, %(value)s, %(seen)s)",
                bad,
            )
    before = snapshot(store)
    with pytest.raises(SharedFileError, match="two different records"):
        sync_with_team_server(store, url)
    assert snapshot(store) == before


def test_a_database_that_is_not_set_up_is_refused(
    pg: PgServer, database: str, store: Store
) -> None:
    capture(store)
    before = snapshot(store)
    with pytest.raises(NotOurDatabase, match="not set up as a team server"):
        sync_with_team_server(store, pg.url(database))
    assert snapshot(store) == before


def test_another_programs_cmcoord_schema_is_refused(
    pg: PgServer, database: str, store: Store
) -> None:
    with psycopg.connect(pg.url(database)) as conn:
        conn.execute("CREATE SCHEMA cmcoord")
        conn.execute("CREATE TABLE cmcoord.about (key text, value text)")
        conn.execute("INSERT INTO cmcoord.about VALUES ('app', 'coordinates-db')")
    with pytest.raises(NotOurDatabase, match="another program's tables"):
        sync_with_team_server(store, pg.url(database))
    from cmcoord_desktop.sync.team_server import schema
    from cmcoord_desktop.sync.team_server.address import parse_address
    from cmcoord_desktop.sync.team_server.connection import connect

    with (
        connect(parse_address(pg.url(database))) as conn,
        pytest.raises(NotOurDatabase, match="not CMCoord Desktop's"),
    ):
        schema.init_schema(conn)


def test_a_server_that_lost_its_versions_table_is_refused_and_nothing_changes(
    pg: PgServer, database: str, store: Store
) -> None:
    url = pg.url(database)
    init_server(url)
    with psycopg.connect(url) as conn:
        conn.execute("DROP TABLE cmcoord.versions")
    capture(store)
    before = snapshot(store)
    with pytest.raises(NotOurDatabase, match="damaged: its tables are incomplete"):
        sync_with_team_server(store, url)
    assert snapshot(store) == before


def test_a_newer_schema_is_refused(pg: PgServer, database: str, store: Store) -> None:
    url = pg.url(database)
    init_server(url)
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE cmcoord.about SET value = '99' WHERE key = 'schema_version'")
    capture(store)
    before = snapshot(store)
    with pytest.raises(NotOurDatabase, match="newer CMCoord Desktop"):
        sync_with_team_server(store, url)
    assert snapshot(store) == before
