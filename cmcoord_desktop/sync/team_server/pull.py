"""Read what is new on the server since this laptop's cursor, without ever skipping a row.

The trap: ids from a sequence become visible out of commit order, so "every row above my
cursor" skips a row whose transaction committed late with a smaller id. Here every row carries
the id of the transaction that inserted it (`xid`, xid8, never wraps), and the cursor is the
oldest transaction still running when the pull's snapshot was taken (`pg_snapshot_xmin`).
Every transaction older than that has ended, so its rows were either in this pull or will never
exist; any younger one (committed or not) is read again next time. Rows read twice merge to the
same thing (the merge is idempotent). One statement, one round trip, one snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

_PULL = """
SELECT w.xmin::text, w.xmax::text,
       v.record_id::text, v.kind, v.fixed, v.field, v.stamp, v.device, v.value, b.data, v.seen
FROM (SELECT pg_snapshot_xmin(s) AS xmin, pg_snapshot_xmax(s) AS xmax
      FROM pg_current_snapshot() AS s) AS w
LEFT JOIN cmcoord.versions AS v
       ON v.xid >= %(cursor)s::text::xid8 AND v.batch IS DISTINCT FROM %(batch)s::uuid
LEFT JOIN cmcoord.blobs AS b ON b.hash = v.blob
"""
_NO_BATCH = "00000000-0000-0000-0000-000000000000"


@dataclass
class Pulled:
    rows: list[tuple[Any, ...]]  # (record_id, kind, fixed, field, stamp, device, value, data, seen)
    cursor: int  # the next pull starts here
    next_xid: int  # no transaction id at or above this was handed out yet


def pull(connection: psycopg.Connection[tuple[Any, ...]], cursor: int, batch: str | None) -> Pulled:
    with connection.cursor() as cur:
        # With no push of ours yet, an id no row has: NULL would hide rows without a batch.
        cur.execute(_PULL, {"cursor": str(cursor), "batch": batch or _NO_BATCH}, prepare=True)
        rows = cur.fetchall()
    xmin, xmax = int(rows[0][0]), int(rows[0][1])
    found = [row[2:] for row in rows if row[2] is not None]
    return Pulled(found, xmin, xmax)
