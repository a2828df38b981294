"""Whole records as they travel between laptops: every record's state read, states merged in,
re-dated states written over the stored ones, each in one commit.

Sync and data files work on states (core/record_state.py), thousands at a time; these functions
skip the ORM's per-row machinery, which would be most of a large sync's cost.
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy.orm import Session as DbSession

from cmcoord_desktop.core import meta, record_state
from cmcoord_desktop.core.encoded_state import EncodedState
from cmcoord_desktop.core.models import RECORD_TYPES, Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import EVERYTHING, Change

State = Mapping[str, Any]

# SQLite allows a limited number of parameters per statement; ids are looked up in chunks.
_ID_CHUNK = 500


class ChangedMeanwhile(RuntimeError):
    """The records changed between reading and rewriting them; nothing was written."""


def record_states(
    store: Store, alike: Mapping[str, State] | None = None, encoded: bool = False
) -> list[Any]:
    """Every record, tombstones included, parents before children.

    Read as plain rows, not ORM objects, and every row's versions decoded in one call: a sync
    reads every record, and this is a large part of its cost. `alike`: records by id (a shared
    file's); a stored record equal to one of them is returned as that very object (see
    read_states). `encoded`: the others as EncodedStates (core/encoded_state.py), not dicts.
    """
    with store.reading() as db:
        return read_states(db, alike, encoded)


# Rows read and decoded at a time: the versions text of a whole large store, joined for one
# decode, weighed as much as the store's records once decoded.
_READ_CHUNK = 2_000


def read_states(
    db: DbSession, alike: Mapping[str, State] | None = None, encoded: bool = False
) -> list[Any]:
    """record_states inside the caller's transaction (a sync checks and merges in one).

    On the session's own DBAPI cursor: SQLAlchemy's result rows cost more than SQLite's reading
    them, and these columns (ids and versions text) need no conversion. A record equal to its
    namesake in `alike` is that object, so a sync holds the records a laptop and the shared file
    have in common once, not twice (most of a large sync's memory); equal, it merges the same.
    An EncodedState in `alike` is compared as bytes first: most rows then need no decoding."""
    cursor = _cursor(db)
    states: list[Any] = []
    for cls in RECORD_TYPES.values():
        columns = ", ".join(f'"{name}"' for name in ("id", "versions", *cls.FIXED))
        rows = cursor.execute(f'SELECT {columns} FROM "{cls.table().name}"')
        while chunk := rows.fetchmany(_READ_CHUNK):
            rest = []
            for row in chunk:
                same = None if alike is None else alike.get(row[0])
                if (
                    type(same) is EncodedState
                    and same.kind == cls.KIND
                    and same.fields_are((row[1] or "{}").encode())
                    and same.fixed == dict(zip(cls.FIXED, row[2:], strict=True))
                ):
                    states.append(same)
                else:
                    rest.append((row, same))
            if not rest:
                continue
            texts = "[" + ",".join(row[1] or "{}" for row, _ in rest) + "]"
            for (row, same), fields in zip(rest, msgspec.json.decode(texts), strict=True):
                state = {
                    "kind": cls.KIND,
                    "id": row[0],
                    "fixed": dict(zip(cls.FIXED, row[2:], strict=True)),
                    "fields": fields,
                }
                if same is not None and same == state:
                    states.append(same)
                else:
                    states.append(EncodedState.of(state) if encoded else state)
    return states


def _cursor(db: DbSession) -> Any:
    """The DBAPI cursor of the session's connection, inside its transaction."""
    return db.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


@dataclass
class MergeCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    changed_ids: list[str] = field(default_factory=list)


def merge_states(
    store: Store, states: Iterable[State], revived: Collection[str] = frozenset()
) -> MergeCounts:
    """Merge records from elsewhere into the store by id, field by field, in one commit.

    `revived`: deleted records a child newer than the delete brings back into view (see
    sync/merge.revived_parents): shown, and flagged for review, until a person restores or
    deletes them again.

    The states must already be validated (see sync.shared_file). Merging the same states twice
    changes nothing. Raises record_state.StampClash, and changes nothing, when a version
    contradicts the local one with the same stamp.
    """
    with store.unit_of_work() as db:
        counts = merge_in(store, db, states, revived)
    if counts.changed_ids:
        store.changed(Change.of_ids(counts.changed_ids))
    return counts


def merge_in(
    store: Store, db: DbSession, states: Iterable[State], revived: Collection[str] = frozenset()
) -> MergeCounts:
    """merge_states inside the caller's unit of work; the caller tells the views (store.changed)."""
    counts = MergeCounts()
    newest = 0
    # Tombstones of the records written by earlier chunks, as `local` had them (a record met
    # twice counts its delete as it did when all were merged in one go).
    written_by_kind: dict[str, dict[str, bool]] = {}
    for kind, group in _chunks_by_kind(states):
        cls = RECORD_TYPES[kind]
        written = written_by_kind.setdefault(kind, {})
        local = _versions_by_id(db, cls, [s["id"] for s in group])
        for record_id in written.keys() & local.keys():
            local[record_id] = (written[record_id], local[record_id][1])
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for state in group:
            incoming = state["fields"]
            newest = max(newest, *(v["t"] for vs in incoming.values() for v in vs), 0)
            known = local.get(state["id"])
            if known is None:
                fields = record_state.merge_fields_json({}, incoming)
                row = {"id": state["id"], **state["fixed"], **record_state.row_columns(cls, fields)}
                if state["id"] in revived:
                    row.update(deleted=False, needs_review=True)
                inserts.append(row)
                local[state["id"]] = (False, fields)
                counts.new += 1
            else:
                was_deleted, current = known
                fields = record_state.merge_fields_json(current, incoming)
                if fields is current and state["id"] not in revived:
                    continue
                row = {"id": state["id"], **record_state.row_columns(cls, fields)}
                if state["id"] in revived:
                    row.update(deleted=False, needs_review=True)
                updates.append(row)
                local[state["id"]] = (row["deleted"], fields)
                counts.updated += 1
                counts.deleted += int(row["deleted"] and not was_deleted)
            counts.conflicts += int(row["needs_review"])
            counts.changed_ids.append(state["id"])
            written[state["id"]] = local[state["id"]][0]
        write_rows(db, cls, inserts, updates)
    store.clock.observe(newest)
    if counts.changed_ids:
        # What was taken in moves the clock even when all of it is older (a backup imported,
        # records from the team server): a sync tells a changed store by its clock
        # (sync/resync_skip.py, and a preview checked before it is applied).
        store.clock.tick()
    store.save_clock(db)
    return counts


def replace_redated(
    store: Store,
    states: Iterable[State],
    device_id: str,
    clock_last: int,
    read_at: int,
    repair: Mapping[str, Any] | None = None,
) -> None:
    """Write these records' versions OVER the stored ones, in one commit in which this laptop
    takes `device_id` and its clock is set to `clock_last` (see sync/clock_repair.py); `repair`
    (what was re-dated to what) is kept with the earlier ones, see meta.clock_repairs.

    Not a merge: merging would keep the far-future versions the re-dated ones replace. The old
    device id keeps this laptop's name (its earlier versions still carry it). `read_at` is
    store.clock.last when the states were read: an edit since then moved the clock, and then
    ChangedMeanwhile is raised and nothing is written, so the caller reads again.
    """
    old_id = store.device_id
    by_kind = _by_kind(states)
    with store.take_device_id(device_id, clock_last) as db:
        if store.clock.last != read_at:
            raise ChangedMeanwhile("the records changed while they were re-dated")
        for kind, group in by_kind.items():
            cls = RECORD_TYPES[kind]
            rows = [{"id": s["id"], **record_state.row_columns(cls, s["fields"])} for s in group]
            write_rows(db, cls, [], rows)
        meta.keep_own_old_name(db, old_id, store.device_name)
        if repair is not None:
            meta.add_clock_repair(db, repair)
    store.changed(EVERYTHING)


# States merged in at a time: the rows of a whole large sync, built at once, weighed more than
# its records (the rows are written before the next chunk is looked up, so a record met twice
# finds itself stored, as it found itself in `local` within one chunk).
_MERGE_CHUNK = 2_000


def _chunks_by_kind(states: Iterable[State]) -> Iterator[tuple[str, list[State]]]:
    for kind, group in _by_kind(states).items():
        for start in range(0, len(group), _MERGE_CHUNK):
            yield kind, group[start : start + _MERGE_CHUNK]


def _by_kind(states: Iterable[State]) -> dict[str, list[State]]:
    by_kind: dict[str, list[State]] = {}
    for state in states:
        by_kind.setdefault(state["kind"], []).append(state)
    return by_kind


def write_rows(
    db: DbSession, cls: type[Record], inserts: list[dict[str, Any]], updates: list[dict[str, Any]]
) -> None:
    """Many rows in few statements, on the session's own connection and transaction.

    Each value goes through its column type's own bind processor (so dates and times are stored
    exactly as the ORM stores them); versions go in as JSON text encoded once by msgspec. This
    skips SQLAlchemy's per-row statement machinery, most of a large sync's commit.
    """
    if not inserts and not updates:
        return
    if inserts and updates:  # inserts also carry the fixed columns: one statement shape each
        write_rows(db, cls, inserts, [])
        write_rows(db, cls, [], updates)
        return
    table = cls.table()
    dialect = db.get_bind().dialect
    cursor = _cursor(db)
    names = [name for name in (inserts or updates)[0] if name != "versions"]
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]

    def values(row: dict[str, Any]) -> list[Any]:
        out = [row[n] if p is None else p(row[n]) for n, p in zip(names, processors, strict=True)]
        out.append(msgspec.json.encode(row["versions"]).decode())
        return out

    quoted = [f'"{name}"' for name in (*names, "versions")]
    # In id order, each page of the id indexes (the table's and the search index's) is visited
    # once for all its rows, not once per row at random. The order changes nothing stored.
    by_id = operator.itemgetter("id")
    if inserts:
        rows = [values(row) for row in sorted(inserts, key=by_id)]
        _insert_many(cursor, f'INSERT INTO "{table.name}" ({", ".join(quoted)}) VALUES ', rows)
    if updates:
        settings = ", ".join(f"{name} = ?" for name in quoted)
        statement = f'UPDATE "{table.name}" SET {settings} WHERE id = ?'
        ordered = sorted(updates, key=by_id)
        cursor.executemany(statement, [[*values(row), row["id"]] for row in ordered])


# Rows in one statement: past a few hundred, longer statements gain nothing.
_ROWS_PER_STATEMENT = 500


def _insert_many(cursor: Any, head: str, rows: list[list[Any]]) -> None:
    """Rows inserted many to a statement (`head` is the statement up to VALUES).

    The search index (an FTS5 table written by triggers) writes out what it has gathered at
    every statement's start: one statement per row made 25,000 new rows cost about three times
    what they cost in statements of many rows. The rows and the index come out the same."""
    width = len(rows[0])
    # SQLite's limit on a statement's parameters: 32,766 since 3.32, 999 before.
    limit = cursor.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(_ROWS_PER_STATEMENT, limit // width))
    one = "(" + ", ".join("?" * width) + ")"
    full = len(rows) - len(rows) % per
    if full:
        statement = head + ", ".join([one] * per)
        chunks = (rows[start : start + per] for start in range(0, full, per))
        cursor.executemany(statement, ([v for row in chunk for v in row] for chunk in chunks))
    if full < len(rows):
        rest = rows[full:]
        cursor.execute(head + ", ".join([one] * len(rest)), [v for row in rest for v in row])


def _versions_by_id(
    db: DbSession, cls: type[Record], ids: list[str]
) -> dict[str, tuple[bool, record_state.JsonFields]]:
    """The stored tombstone and versions of those of `ids` that are stored (on the DBAPI
    cursor, as read_states: a large sync looks up thousands of ids)."""
    cursor = _cursor(db)
    found: dict[str, tuple[bool, record_state.JsonFields]] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f'SELECT id, deleted, versions FROM "{cls.table().name}" WHERE id IN ({marks})'
        for record_id, deleted, versions in cursor.execute(query, chunk):
            found[record_id] = (bool(deleted), msgspec.json.decode(versions) if versions else {})
    return found
