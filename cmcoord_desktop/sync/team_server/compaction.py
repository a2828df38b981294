"""Remove superseded versions from the server, leaving every laptop's merge result unchanged.

A version that another version of the same field has seen is superseded: every merge drops it
(core/register.py), and the version that saw it stays on the server, with a `seen` that covers
everything it superseded (a new version takes in the `seen` of all it replaces). So any laptop,
whatever it holds and wherever its cursor is, merges to the same records with or without the
superseded versions. Attachments no version names any more go too. Only the owner of the
tables (the administrator) may run it; members cannot delete anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

_LOCK = "LOCK TABLE cmcoord.versions, cmcoord.blobs IN SHARE ROW EXCLUSIVE MODE"
_SUPERSEDED = """
DELETE FROM cmcoord.versions AS v
USING cmcoord.versions AS w
WHERE w.record_id = v.record_id AND w.field = v.field
  AND (w.stamp, w.device) <> (v.stamp, v.device)
  AND coalesce((w.seen::jsonb ->> v.device)::bigint, 0) >= v.stamp
"""
_UNUSED_BLOBS = """
DELETE FROM cmcoord.blobs AS b
WHERE NOT EXISTS (SELECT 1 FROM cmcoord.versions AS v WHERE v.blob = b.hash)
"""


@dataclass(frozen=True)
class Compacted:
    versions: int
    attachments: int


def compact(connection: psycopg.Connection[Any]) -> Compacted:
    """One transaction; pushes wait for it (a few seconds on a large server), pulls do not."""
    with connection.transaction(), connection.cursor() as cur:
        cur.execute(_LOCK)
        cur.execute(_SUPERSEDED)
        versions = max(cur.rowcount, 0)
        cur.execute(_UNUSED_BLOBS)
        attachments = max(cur.rowcount, 0)
    return Compacted(versions, attachments)
