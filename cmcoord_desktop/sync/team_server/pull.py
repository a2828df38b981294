"""Read what is new on the server since this laptop's cursor, without ever skipping a row.

The trap: ids from a sequence become visible out of commit order, so "every row above my
cursor" skips a row whose transaction committed late with a smaller id. Here every row carries
the id of the transaction that inserted it (`xid`, xid8, never wraps), and the cursor is the
oldest transaction still running when the pull's snapshot was taken (`pg_snapshot_xmin`).
Every transaction older than that has ended, so its rows were either in this pull or will never
exist; any younger one (committed or not) is read again next time. Rows read twice merge to the
same thing (the merge is idempotent).

One statement, one round trip, one snapshot, and it also brings the `about` rows: a sync with
nothing new is then a single exchange with the server. The laptop cannot know which server
this is before it has read `about` (its cursor is kept per server epoch), so it sends the
cursor of every server it knows and the statement picks the one of this server's epoch.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import msgspec
import psycopg

_PULL = """
WITH about AS (SELECT coalesce(json_object_agg(key, value), '{}'::json) AS j FROM cmcoord.about),
mine AS (
    SELECT k.cursor, k.batch
    FROM about, unnest(%(epochs)s::text[], %(cursors)s::text[], %(batches)s::text[])
         AS k(epoch, cursor, batch)
    WHERE k.epoch = about.j->>'epoch'
    LIMIT 1
)
SELECT about.j::text, pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM about, pg_current_snapshot() AS s
UNION ALL
SELECT NULL, NULL, NULL,
       v.record_id::text, v.kind, v.fixed, v.field, v.stamp, v.device, v.value, b.data, v.seen
FROM cmcoord.versions AS v
LEFT JOIN cmcoord.blobs AS b ON b.hash = v.blob
WHERE v.xid >= coalesce((SELECT cursor FROM mine), '0')::xid8
  AND v.batch IS DISTINCT FROM coalesce((SELECT batch FROM mine), %(no_batch)s)::uuid
"""
# With no push of ours yet, an id no row has: NULL would hide rows without a batch.
_NO_BATCH = "00000000-0000-0000-0000-000000000000"
# What a database without our tables (or with someone else's) answers the statement with.
_NOT_OUR_TABLES = (
    psycopg.errors.UndefinedTable,
    psycopg.errors.InvalidSchemaName,
    psycopg.errors.UndefinedColumn,
    psycopg.errors.UndefinedFunction,
)


@dataclass(frozen=True)
class Position:
    """Where this laptop's reading of one server stands."""

    cursor: int = 0
    batch: str | None = None  # its own last push, not read back


@dataclass
class Pulled:
    about: dict[str, str]  # the server's `about` rows (whose tables, which schema, epoch)
    rows: list[tuple[Any, ...]]  # (record_id, kind, fixed, field, stamp, device, value, data, seen)
    cursor: int  # the next pull starts here
    next_xid: int  # no transaction id at or above this was handed out yet


def pull(
    connection: psycopg.Connection[tuple[Any, ...]], known: Mapping[str, Position]
) -> Pulled | None:
    """What is new since this laptop's position on this server (known: by epoch; empty or an
    unknown epoch reads everything), or None when the database lacks our tables."""
    epochs = list(known)
    params = {
        "epochs": epochs,
        "cursors": [str(known[e].cursor) for e in epochs],
        "batches": [known[e].batch or _NO_BATCH for e in epochs],
        "no_batch": _NO_BATCH,
    }
    try:
        with connection.cursor() as cur:
            cur.execute(_PULL, params, prepare=True)
            found = cur.fetchall()
    except _NOT_OUR_TABLES:
        return None
    head = next(row for row in found if row[0] is not None)
    about = {str(k): str(v) for k, v in msgspec.json.decode(head[0]).items()}
    rows = [row[3:] for row in found if row[0] is None]
    return Pulled(about, rows, int(head[1]), int(head[2]))
