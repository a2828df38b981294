"""Typed unit-of-work functions over the store: each opens a session, commits, returns plain rows.

Rows come back detached (expire_on_commit=False): reading their attributes never touches the
database, so widgets can hold them without holding a session. Relationships are not loaded;
ask for children with the functions below (load only what is shown).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import msgspec
from fractional_indexing import generate_key_between
from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session as DbSession

from cmcoord_desktop.core import record_state, register
from cmcoord_desktop.core.models import (
    RECORD_TYPES,
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Meta,
    Record,
    Session,
)
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.values import from_json, to_json

R = TypeVar("R", bound=Record)


class RecordNotFound(LookupError):
    pass


def new_id() -> str:
    return str(uuid.uuid4())


def position_between(before: str | None, after: str | None) -> str:
    """A position that sorts between two others, so two laptops can insert without renumbering."""
    return generate_key_between(before, after)


# --- writing ---------------------------------------------------------------------------------


def _write_fields(store: Store, row: Record, values: Mapping[str, Any]) -> bool:
    """New versions for the fields whose value changes; returns whether anything changed."""
    fields = record_state.fields_from_json(row.versions or {})
    changed = False
    for name, value in values.items():
        kind = row.FIELDS.get(name)
        if kind is None:
            raise KeyError(f"{row.KIND} has no field {name!r}")
        json_value = to_json(kind, value)
        current = fields.get(name, ())
        unchanged = json_value == to_json(kind, getattr(row, name))
        # A conflict, or a delete that lost to an unseen edit, is settled by writing any value.
        settled = not register.in_conflict(current) and not (name == "deleted" and row.needs_review)
        if unchanged and settled:
            continue
        also_seen = [v for vs in fields.values() for v in vs] if name == "deleted" else ()
        fields[name] = register.write(
            current, json_value, store.clock.tick(), store.device_id, also_seen
        )
        changed = True
    if changed:
        _apply(row, fields)
    return changed


def _apply(row: Record, fields: record_state.Fields) -> None:
    """Set the row's columns from its versions: shown values, tombstone, review flag."""
    for name, value in _columns(type(row), record_state.fields_to_json(fields)).items():
        setattr(row, name, value)


def _get(db: DbSession, cls: type[R], record_id: str) -> R:
    row = db.get(cls, record_id)
    if row is None:
        raise RecordNotFound(f"no {cls.KIND} with id {record_id}")
    return row


def create(
    store: Store,
    cls: type[R],
    fixed: Mapping[str, Any] | None = None,
    *,
    record_id: str | None = None,  # a carry's id is derived, not random (core/carry_forward.py)
    **values: Any,
) -> R:
    with store.unit_of_work() as db:
        row = cls(id=record_id or new_id(), versions={}, **(fixed or {}))
        for name, value in _columns(cls, {}).items():  # unset values, before versions compare
            setattr(row, name, value)
        _write_fields(store, row, values)
        db.add(row)
        store.save_clock(db)
    store.changed()
    return row


def update(store: Store, cls: type[R], record_id: str, **values: Any) -> R:
    with store.unit_of_work() as db:
        row = _get(db, cls, record_id)
        if _write_fields(store, row, values):
            store.save_clock(db)
    store.changed()
    return row


def delete(store: Store, cls: type[R], record_id: str) -> R:
    """A tombstone: the row stays, hidden, and can be restored from the trash."""
    return update(store, cls, record_id, deleted=True)


def restore(store: Store, cls: type[R], record_id: str) -> R:
    return update(store, cls, record_id, deleted=False)


def create_event(store: Store, **values: Any) -> Event:
    return create(store, Event, **values)


def create_session(store: Store, event_id: str, **values: Any) -> Session:
    """A session placed after the event's others, so sessions of one day keep the agenda's
    order (the reference summary lists two 7 February sessions in programme, not title, order)."""
    placed = sorted(s.position for s in sessions(store, event_id) if s.position)
    values.setdefault("position", _position_after(placed, None))
    return create(store, Session, {"event_id": event_id}, **values)


def create_group(
    store: Store, session_id: str, after: str | None = None, **values: Any
) -> MarketplaceGroup:
    last = [g.position for g in groups(store, session_id)]
    values.setdefault("position", _position_after(last, after))
    return create(store, MarketplaceGroup, {"session_id": session_id}, **values)


def add_item(
    store: Store,
    parent_id: str,
    kind: ItemKind,
    text: str = "",
    after: str | None = None,
    **values: Any,
) -> Item:
    """A new key outcome, next step or idea, placed after the item with position `after`
    (at the end when None)."""
    positions = [i.position for i in items(store, parent_id, kind)]
    values.setdefault("position", _position_after(positions, after))
    if kind is ItemKind.NEXT_STEP:
        values.setdefault("status", "open")
    return create(store, Item, {"parent": parent_id, "item_kind": str(kind)}, text=text, **values)


def add_attachment(
    store: Store, parent_id: str, data: bytes, filename: str, mime: str, caption: str = ""
) -> Attachment:
    positions = [a.position for a in attachments(store, parent_id)]
    return create(
        store,
        Attachment,
        {"parent": parent_id},
        data=data,
        filename=filename,
        mime=mime,
        caption=caption,
        position=_position_after(positions, None),
    )


def positions_for_move(positions: Sequence[str], moved: int, target: int) -> dict[int, str]:
    """New positions (by index into `positions`) that put entry `moved` at index `target`.

    Usually only the moved entry changes. Entries that would no longer sort in the new order
    are placed too: ones with no position yet ("", made before their kind had one) and equal
    positions two laptops happened to pick.
    """
    order = list(range(len(positions)))
    order.insert(target, order.pop(moved))
    changes: dict[int, str] = {}
    previous: str | None = None
    for place, entry in enumerate(order):
        position = positions[entry]
        if entry != moved and position and (previous is None or position > previous):
            previous = position
            continue
        following = (
            positions[later]
            for later in order[place + 1 :]
            if later != moved
            and positions[later]
            and (previous is None or positions[later] > previous)
        )
        previous = changes[entry] = position_between(previous, next(following, None))
    return changes


def _position_after(sorted_positions: list[str], after: str | None) -> str:
    if after is None:
        return position_between(sorted_positions[-1] if sorted_positions else None, None)
    following = [p for p in sorted_positions if p > after]
    return position_between(after, following[0] if following else None)


# --- reading ---------------------------------------------------------------------------------


def get(store: Store, cls: type[R], record_id: str) -> R:
    with store.unit_of_work() as db:
        return _get(db, cls, record_id)


def events(store: Store) -> list[Event]:
    with store.unit_of_work() as db:
        query = select(Event).where(~Event.deleted).order_by(Event.start_date.desc(), Event.title)
        return list(db.scalars(query))


def sessions(store: Store, event_id: str) -> list[Session]:
    with store.unit_of_work() as db:
        query = (
            select(Session)
            .where(Session.event_id == event_id, ~Session.deleted)
            .order_by(Session.date, Session.start_time, Session.position, Session.title)
        )
        return list(db.scalars(query))


def groups(store: Store, session_id: str) -> list[MarketplaceGroup]:
    with store.unit_of_work() as db:
        query = (
            select(MarketplaceGroup)
            .where(MarketplaceGroup.session_id == session_id, ~MarketplaceGroup.deleted)
            .order_by(MarketplaceGroup.position, MarketplaceGroup.id)
        )
        return list(db.scalars(query))


def items(store: Store, parent_id: str, kind: ItemKind) -> list[Item]:
    with store.unit_of_work() as db:
        query = (
            select(Item)
            .where(Item.parent == parent_id, Item.item_kind == str(kind), ~Item.deleted)
            .order_by(Item.position, Item.id)
        )
        return list(db.scalars(query))


def attachments(store: Store, parent_id: str) -> list[Attachment]:
    with store.unit_of_work() as db:
        query = (
            select(Attachment)
            .where(Attachment.parent == parent_id, ~Attachment.deleted)
            .order_by(Attachment.position, Attachment.id)
        )
        return list(db.scalars(query))


def attachment_captions(store: Store, parent_id: str) -> list[tuple[str, str]]:
    """(id, caption) of the live attachments, in order, without their bytes or versions: cheap
    enough for the editor to check on every change while someone types (a slide can be MBs)."""
    with store.unit_of_work() as db:
        query = (
            select(Attachment.id, Attachment.caption)
            .where(Attachment.parent == parent_id, ~Attachment.deleted)
            .order_by(Attachment.position, Attachment.id)
        )
        return [(row.id, row.caption) for row in db.execute(query)]


def trash(store: Store) -> list[Record]:
    """Deleted records, newest deletion first."""
    with store.unit_of_work() as db:
        rows: list[Record] = []
        for cls in RECORD_TYPES.values():
            rows.extend(db.scalars(select(cls).where(cls.deleted)))
    return sorted(rows, key=lambda r: r.changed, reverse=True)


def needing_review(store: Store) -> list[Record]:
    with store.unit_of_work() as db:
        rows: list[Record] = []
        for cls in RECORD_TYPES.values():
            rows.extend(db.scalars(select(cls).where(cls.needs_review)))
    return sorted(rows, key=lambda r: r.changed, reverse=True)


# --- whole records, for data files and sync ----------------------------------------------------

# SQLite allows a limited number of parameters per statement; ids are looked up in chunks.
_ID_CHUNK = 500
DEVICE_NAMES_KEY = "device_names"


def to_state(row: Record) -> dict[str, Any]:
    return {
        "kind": row.KIND,
        "id": row.id,
        "fixed": {name: getattr(row, name) for name in row.FIXED},
        "fields": row.versions,
    }


def record_states(store: Store) -> list[dict[str, Any]]:
    """Every record, tombstones included, parents before children.

    Read as plain rows, not ORM objects, and every row's versions decoded in one call: a sync
    reads every record, and this is a large part of its cost.
    """
    rows: list[tuple[str, tuple[str, ...], tuple[Any, ...]]] = []
    texts: list[bytes] = []
    with store.unit_of_work() as db:
        for cls in RECORD_TYPES.values():
            table = cls.__table__
            fixed = [table.c[name] for name in cls.FIXED]
            query = select(table.c.id, type_coerce(table.c.versions, Text), *fixed)
            for row in db.execute(query):
                rows.append((cls.KIND, cls.FIXED, tuple(row)))
                texts.append(row[1].encode() if row[1] else b"{}")
    fields = msgspec.json.decode(b"[" + b",".join(texts) + b"]")
    return [
        {
            "kind": kind,
            "id": row[0],
            "fixed": dict(zip(names, row[2:], strict=True)),
            "fields": versions,
        }
        for (kind, names, row), versions in zip(rows, fields, strict=True)
    ]


@dataclass
class MergeCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    changed_ids: list[str] = field(default_factory=list)


def merge_states(
    store: Store, states: Iterable[Mapping[str, Any]], revived: Collection[str] = frozenset()
) -> MergeCounts:
    """Merge records from elsewhere into the store by id, field by field, in one commit.

    `revived`: deleted records a child newer than the delete brings back into view (see
    sync/merge.revived_parents): shown, and flagged for review, until a person restores or
    deletes them again.

    The states must already be validated (see sync.shared_file). Merging the same states twice
    changes nothing. Raises record_state.StampClash, and changes nothing, when a version
    contradicts the local one with the same stamp.
    """
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    for state in states:
        by_kind.setdefault(state["kind"], []).append(state)
    counts = MergeCounts()
    newest = 0
    with store.unit_of_work() as db:
        for kind, group in by_kind.items():
            cls = RECORD_TYPES[kind]
            local = _versions_by_id(db, cls, [s["id"] for s in group])
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            for state in group:
                incoming = state["fields"]
                newest = max(newest, *(v["t"] for vs in incoming.values() for v in vs), 0)
                known = local.get(state["id"])
                if known is None:
                    fields = record_state.merge_fields_json({}, incoming)
                    row = {"id": state["id"], **state["fixed"], **_columns(cls, fields)}
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
                    row = {"id": state["id"], **_columns(cls, fields)}
                    if state["id"] in revived:
                        row.update(deleted=False, needs_review=True)
                    updates.append(row)
                    local[state["id"]] = (row["deleted"], fields)
                    counts.updated += 1
                    counts.deleted += int(row["deleted"] and not was_deleted)
                counts.conflicts += int(row["needs_review"])
                counts.changed_ids.append(state["id"])
            _write_rows(db, cls, inserts, updates)
        store.clock.observe(newest)
        store.save_clock(db)
    if counts.changed_ids:
        store.changed()
    return counts


def _write_rows(
    db: DbSession, cls: type[Record], inserts: list[dict[str, Any]], updates: list[dict[str, Any]]
) -> None:
    """Many rows in one executemany each, on the session's own connection and transaction.

    Each value goes through its column type's own bind processor (so dates and times are stored
    exactly as the ORM stores them); versions go in as JSON text encoded once by msgspec. This
    skips SQLAlchemy's per-row statement machinery, most of a large sync's commit.
    """
    if not inserts and not updates:
        return
    if inserts and updates:  # inserts also carry the fixed columns: one statement shape each
        _write_rows(db, cls, inserts, [])
        _write_rows(db, cls, [], updates)
        return
    table = cls.__table__
    dialect = db.get_bind().dialect
    cursor = db.connection().connection.driver_connection.cursor()
    names = [name for name in (inserts or updates)[0] if name != "versions"]
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]

    def values(row: dict[str, Any]) -> list[Any]:
        out = [row[n] if p is None else p(row[n]) for n, p in zip(names, processors, strict=True)]
        out.append(msgspec.json.encode(row["versions"]).decode())
        return out

    quoted = [f'"{name}"' for name in (*names, "versions")]
    if inserts:
        marks = ", ".join("?" * len(quoted))
        statement = f'INSERT INTO "{table.name}" ({", ".join(quoted)}) VALUES ({marks})'
        cursor.executemany(statement, [values(row) for row in inserts])
    if updates:
        settings = ", ".join(f"{name} = ?" for name in quoted)
        statement = f'UPDATE "{table.name}" SET {settings} WHERE id = ?'
        cursor.executemany(statement, [[*values(row), row["id"]] for row in updates])


def _versions_by_id(
    db: DbSession, cls: type[Record], ids: list[str]
) -> dict[str, tuple[bool, record_state.JsonFields]]:
    table = cls.__table__
    found: dict[str, tuple[bool, record_state.JsonFields]] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        query = select(table.c.id, table.c.deleted, type_coerce(table.c.versions, Text)).where(
            table.c.id.in_(chunk)
        )
        for record_id, deleted, versions in db.execute(query):
            found[record_id] = (bool(deleted), msgspec.json.decode(versions) if versions else {})
    return found


def _columns(cls: type[Record], fields: record_state.JsonFields) -> dict[str, Any]:
    """The columns of a row holding these versions (what `_apply` sets on an ORM row)."""
    derived = record_state.derive_json(fields)
    columns = {
        name: cls.unset_value(name)
        if derived.values.get(name) is None
        else from_json(kind, derived.values[name])
        for name, kind in cls.FIELDS.items()
        if name != "deleted"
    }
    columns.update(
        deleted=derived.deleted,
        needs_review=derived.needs_review,
        changed=derived.changed,
        versions=fields,
    )
    return columns


def device_names(store: Store) -> dict[str, str]:
    """Which laptop is which: device id -> the name its owner sees, this laptop included."""
    with store.unit_of_work() as db:
        stored = db.get(Meta, DEVICE_NAMES_KEY)
        names = dict(msgspec.json.decode(stored.value)) if stored else {}
    names[store.device_id] = store.device_name
    return names


def remember_device_names(store: Store, names: Mapping[str, str]) -> None:
    """Keep the names other laptops gave themselves; this laptop's own name is never replaced."""
    with store.unit_of_work() as db:
        stored = db.get(Meta, DEVICE_NAMES_KEY)
        known = dict(msgspec.json.decode(stored.value)) if stored else {}
        merged = {**known, **names}
        merged.pop(store.device_id, None)
        if merged == known:
            return
        value = msgspec.json.encode(dict(sorted(merged.items()))).decode()
        if stored is None:
            db.add(Meta(key=DEVICE_NAMES_KEY, value=value))
        else:
            stored.value = value


def sync_memory(store: Store, key: str) -> Any:
    """What a sync remembered under `key` (sync/resync_skip.py), or None."""
    with store.unit_of_work() as db:
        kept = db.get(Meta, key)
        return msgspec.json.decode(kept.value) if kept else None


def remember_sync(store: Store, values: Mapping[str, Any]) -> None:
    """Keep each value under its key for the next sync (None forgets it), in one commit."""
    with store.unit_of_work() as db:
        for key, value in values.items():
            kept = db.get(Meta, key)
            if value is None:
                if kept is not None:
                    db.delete(kept)
                continue
            text = msgspec.json.encode(value).decode()
            if kept is None:
                db.add(Meta(key=key, value=text))
            elif kept.value != text:
                kept.value = text


LAST_SYNC_KEY = "last_sync"


def remember_last_sync(store: Store, path: Path, when: dt.datetime) -> None:
    """When this data folder last synced, and with which shared file (whoever ran it)."""
    value = msgspec.json.encode({"at": when.isoformat(timespec="minutes"), "path": str(path)})
    with store.unit_of_work() as db:
        stored = db.get(Meta, LAST_SYNC_KEY)
        if stored is None:
            db.add(Meta(key=LAST_SYNC_KEY, value=value.decode()))
        else:
            stored.value = value.decode()


def last_sync(store: Store) -> tuple[dt.datetime, Path] | None:
    """(when, shared file) of the last sync of this data folder, or None before the first."""
    with store.unit_of_work() as db:
        stored = db.get(Meta, LAST_SYNC_KEY)
    if stored is None:
        return None
    try:
        value = msgspec.json.decode(stored.value)
        return dt.datetime.fromisoformat(value["at"]), Path(value["path"])
    except (msgspec.DecodeError, KeyError, TypeError, ValueError):
        return None  # written by a newer version in another shape: as if never synced


# --- the clock repair ---------------------------------------------------------------------------


class ChangedMeanwhile(RuntimeError):
    """The records changed between reading and rewriting them; nothing was written."""


def replace_redated(
    store: Store,
    states: Iterable[Mapping[str, Any]],
    device_id: str,
    clock_last: int,
    read_at: int,
    repair: Mapping[str, Any] | None = None,
) -> None:
    """Write these records' versions OVER the stored ones, in one commit in which this laptop
    takes `device_id` and its clock is set to `clock_last` (see sync/clock_repair.py); `repair`
    (what was re-dated to what) is kept with the earlier ones, see clock_repairs.

    Not a merge: merging would keep the far-future versions the re-dated ones replace. The old
    device id keeps this laptop's name (its earlier versions still carry it). `read_at` is
    store.clock.last when the states were read: an edit since then moved the clock, and then
    ChangedMeanwhile is raised and nothing is written, so the caller reads again.
    """
    old_id = store.device_id
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    for state in states:
        by_kind.setdefault(state["kind"], []).append(state)
    with store.take_device_id(device_id, clock_last) as db:
        if store.clock.last != read_at:
            raise ChangedMeanwhile("the records changed while they were re-dated")
        for kind, group in by_kind.items():
            cls = RECORD_TYPES[kind]
            rows = [{"id": s["id"], **_columns(cls, s["fields"])} for s in group]
            _write_rows(db, cls, [], rows)
        stored = db.get(Meta, DEVICE_NAMES_KEY)
        known = dict(msgspec.json.decode(stored.value)) if stored else {}
        known[old_id] = store.device_name
        value = msgspec.json.encode(dict(sorted(known.items()))).decode()
        if stored is None:
            db.add(Meta(key=DEVICE_NAMES_KEY, value=value))
        else:
            stored.value = value
        if repair is not None:
            kept = db.get(Meta, CLOCK_REPAIRS_KEY)
            repairs = [*(msgspec.json.decode(kept.value) if kept else []), repair]
            value = msgspec.json.encode(repairs).decode()
            if kept is None:
                db.add(Meta(key=CLOCK_REPAIRS_KEY, value=value))
            else:
                kept.value = value
    store.changed()


CLOCK_REPAIRS_KEY = "clock_repairs"


def clock_repairs(store: Store) -> list[dict[str, Any]]:
    """The re-datings this laptop made, oldest first (sync/clock_repair.Redating.to_json)."""
    with store.unit_of_work() as db:
        kept = db.get(Meta, CLOCK_REPAIRS_KEY)
        return list(msgspec.json.decode(kept.value)) if kept else []
