"""Send this laptop's versions the server lacks: insert, ignoring what is already there.

No lock and no read-modify-write: the versions are copied into a temporary table (COPY, the
fastest way in) and inserted with ON CONFLICT DO NOTHING in one transaction with the attachment
bytes (once per hash) and a NOTIFY that wakes the laptops listening. A refused or broken push
rolls back whole: the server has either all of it or none of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import psycopg

from cmcoord_desktop.sync.merge import State
from cmcoord_desktop.sync.team_server.rows import version_rows

CHANNEL = "cmcoord_versions"
_COLUMNS = "record_id, field, stamp, device, kind, fixed, value, blob, seen, batch"
_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS cmcoord_incoming (
    record_id uuid, field text, stamp bigint, device text, kind text, fixed text,
    value text, blob text, seen text, batch uuid
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS cmcoord_incoming_blobs (hash text, data bytea)
    ON COMMIT DELETE ROWS;
"""
_INSERT_BLOBS = """
INSERT INTO cmcoord.blobs (hash, data)
SELECT DISTINCT ON (hash) hash, data FROM cmcoord_incoming_blobs
ON CONFLICT (hash) DO NOTHING
"""
_INSERT = f"""
INSERT INTO cmcoord.versions ({_COLUMNS})
SELECT {_COLUMNS} FROM cmcoord_incoming
ON CONFLICT DO NOTHING
"""


@dataclass(frozen=True)
class Pushed:
    records: int
    versions: int  # versions the server did not have yet


def push(
    connection: psycopg.Connection[tuple[Any, ...]],
    states: Iterable[State],
    batch: str,
    device_id: str,
) -> Pushed:
    blobs: dict[str, bytes] = {}
    states = list(states)
    with connection.transaction(), connection.cursor() as cur:
        cur.execute(_STAGING)
        with cur.copy(f"COPY cmcoord_incoming ({_COLUMNS}) FROM STDIN") as copy:
            for row in version_rows(states, batch, blobs):
                copy.write_row(row)
        if blobs:
            with cur.copy("COPY cmcoord_incoming_blobs (hash, data) FROM STDIN") as copy:
                for item in blobs.items():
                    copy.write_row(item)
            cur.execute(_INSERT_BLOBS)
        cur.execute(_INSERT)
        inserted = max(cur.rowcount, 0)
        if inserted:
            cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, device_id))
    return Pushed(len(states), inserted)
