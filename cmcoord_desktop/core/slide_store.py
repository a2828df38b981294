"""Removing deleted slides' bytes from this laptop's store, and giving the space back to the disk.

Which slides may go is the sync's to decide (sync/slide_cleanup.py); here each one's bytes give
way to their marker (core/slide_marker.py) in the same versions, in one commit, and the database
file is compacted so the space really returns to the disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

import msgspec
from sqlalchemy import Text, select, type_coerce
from sqlalchemy.exc import DBAPIError

from cmcoord_desktop.core import record_state, search_index, slide_marker
from cmcoord_desktop.core.models import Attachment
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.sync_states import write_rows

# Below this much free space in the database file, compacting it is not worth rewriting it.
COMPACT_FROM_BYTES = 1024 * 1024
_ID_CHUNK = 500  # SQLite's limit on parameters per statement, with room to spare


def drop_slide_bytes(store: Store, ids: Collection[str]) -> list[str]:
    """Give way to their markers the bytes of these slides, each only if it is still deleted
    (a person may have restored it since the sync decided). Returns the ids whose bytes went."""
    if not ids:
        return []
    dropped: list[str] = []
    with store.unit_of_work() as db:
        rows = []
        table = Attachment.table()
        found: list[tuple[str, str | None]] = []
        wanted = list(ids)
        for start in range(0, len(wanted), _ID_CHUNK):
            query = select(table.c.id, type_coerce(table.c.versions, Text)).where(
                table.c.id.in_(wanted[start : start + _ID_CHUNK])
            )
            found.extend((row[0], row[1]) for row in db.execute(query))
        for record_id, text in found:
            fields = msgspec.json.decode(text) if text else {}
            if not record_state.derive_json(fields).deleted:
                continue
            if not slide_marker.holds_bytes(fields, "data"):
                continue
            marked = slide_marker.with_markers(fields, "data")
            rows.append({"id": record_id, **record_state.row_columns(Attachment, marked)})
            dropped.append(record_id)
        write_rows(db, Attachment, [], rows)
    if dropped:
        compact(store)
    return dropped


def compact(store: Store) -> None:
    """Give the database file's free pages back to the disk (VACUUM, then the write-ahead log
    truncated). Skipped when little is free, and left for next time when the window is
    reading the database at that moment (the free pages are reused by later edits anyway)."""
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        pages = cursor.execute("PRAGMA freelist_count").fetchone()[0]
        size = cursor.execute("PRAGMA page_size").fetchone()[0]
        if pages * size < COMPACT_FROM_BYTES:
            return
        cursor.execute("VACUUM")
        for statement in search_index.renumber_statements():
            cursor.execute(statement)
        connection.commit()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (sqlite3.OperationalError, DBAPIError):
        pass
    finally:
        connection.close()
