"""The records a person works on: created, changed, deleted and read, one unit of work each.

Rows come back detached (expire_on_commit=False): reading their attributes never touches the
database, so widgets can hold them without holding a session. Relationships are not loaded;
ask for a record's children with `children` (load only what is shown). Every write tells the
views which rows it committed (store.changed), so they need not read them back.

Beside it: core/positions.py (where a record sorts), core/sync_states.py (whole records for
sync and data files), core/meta.py (what the data folder remembers besides records).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Select, Table, Update, bindparam, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session as DbSession

from cmcoord_desktop.core import record_state, register
from cmcoord_desktop.core.models import (
    RECORD_TYPES,
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)
from cmcoord_desktop.core.positions import position_after
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change
from cmcoord_desktop.core.values import to_json

R = TypeVar("R", bound=Record)


class RecordNotFound(LookupError):
    pass


def new_id() -> str:
    return str(uuid.uuid4())


# --- writing ---------------------------------------------------------------------------------


def _write_fields(store: Store, row: Record, values: Mapping[str, Any]) -> dict[str, Any]:
    """New versions for the fields whose value changes, set on `row`; returns the columns that
    now hold them (empty when nothing changed)."""
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
    if not changed:
        return {}
    columns = record_state.row_columns(type(row), record_state.fields_to_json(fields))
    for name, value in columns.items():
        setattr(row, name, value)
    return columns


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
    after: str | None = None,
    **values: Any,
) -> R:
    """A new record; one with a position and none given is placed after the sibling whose
    position is `after` (at the end when None), read in the same transaction as the write."""
    with store.unit_of_work() as db:
        row = cls(id=record_id or new_id(), versions={}, **(fixed or {}))  # type: ignore[call-arg]
        if "position" in cls.FIELDS and "position" not in values:
            siblings = _positions(db, cls, row.parent_id, getattr(row, "item_kind", None))
            values["position"] = position_after(siblings, after)
        for name, value in record_state.row_columns(cls, {}).items():  # before versions compare
            setattr(row, name, value)
        _write_fields(store, row, values)
        db.add(row)
        store.save_clock(db)
    store.changed(Change.of([row]))
    return row


# Built once per table: building a statement costs more than SQLite running it (its profile).
@functools.cache
def _row_by_id(table: Table) -> Select[Any]:
    return select(table).where(table.c.id == bindparam("record_id"))


@functools.cache
def _write_row(table: Table, names: tuple[str, ...]) -> Update:
    where = table.c.id == bindparam("record_id")
    return sql_update(table).where(where).values({name: bindparam(name) for name in names})


def update(store: Store, cls: type[R], record_id: str, **values: Any) -> R:
    """One edit: the row read and written with one Core SELECT and one Core UPDATE. Loading it
    as an ORM instance and flushing it cost about two thirds of an edit on top of the commit's
    fsync (bench_edit's profile); the row handed back is built from the same columns, unattached
    to any session, like every row the store returns."""
    table = cls.table()
    with store.unit_of_work() as db:
        found = db.execute(_row_by_id(table), {"record_id": record_id}).mappings().one_or_none()
        if found is None:
            raise RecordNotFound(f"no {cls.KIND} with id {record_id}")
        row = cls(**found)
        columns = _write_fields(store, row, values)
        if columns:
            db.execute(_write_row(table, tuple(columns)), {**columns, "record_id": record_id})
            store.save_clock(db)
    if columns:
        store.changed(Change.of([row]))
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
    return create(store, Session, {"event_id": event_id}, **values)


def create_group(
    store: Store, session_id: str, after: str | None = None, **values: Any
) -> MarketplaceGroup:
    return create(store, MarketplaceGroup, {"session_id": session_id}, after=after, **values)


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
    if kind is ItemKind.NEXT_STEP:
        values.setdefault("status", "open")
    fixed = {"parent": parent_id, "item_kind": str(kind)}
    return create(store, Item, fixed, after=after, text=text, **values)


def add_attachment(
    store: Store, parent_id: str, data: bytes, filename: str, mime: str, caption: str = ""
) -> Attachment:
    return create(
        store,
        Attachment,
        {"parent": parent_id},
        data=data,
        filename=filename,
        mime=mime,
        caption=caption,
    )


# --- reading ---------------------------------------------------------------------------------


def get(store: Store, cls: type[R], record_id: str) -> R:
    with store.reading() as db:
        return _get(db, cls, record_id)


def events(store: Store) -> list[Event]:
    with store.reading() as db:
        query = select(Event).where(~Event.deleted).order_by(Event.start_date.desc(), Event.title)
        return list(db.scalars(query))


def _child_query(cls: type[R], parent_id: str | None, kind: str | None) -> Any:
    """The live children of one parent, in the order their panel or list shows them."""
    assert cls.PARENT is not None, f"a {cls.KIND} has no parent"
    query = select(cls).where(getattr(cls, cls.PARENT) == parent_id, ~cls.deleted)
    if kind is not None:
        query = query.where(Item.item_kind == kind)
    if cls is Session:  # the agenda's order: by day and time, then as the programme lists them
        return query.order_by(Session.date, Session.start_time, Session.position, Session.title)
    return query.order_by(cls.position, cls.id)  # type: ignore[attr-defined]


def children(store: Store, cls: type[R], parent_id: str, kind: ItemKind | None = None) -> list[R]:
    """The live records of `cls` under one parent (an event's sessions, a session's tables,
    an item kind's items of a record, a record's attachments), in the order shown."""
    with store.reading() as db:
        return list(db.scalars(_child_query(cls, parent_id, None if kind is None else str(kind))))


def _positions(
    db: DbSession, cls: type[Record], parent_id: str | None, kind: str | None
) -> list[str]:
    query = _child_query(cls, parent_id, kind).with_only_columns(cls.position)  # type: ignore[attr-defined]
    return sorted(p for p in db.scalars(query) if p)


def attachment_captions(store: Store, parent_id: str) -> list[tuple[str, str]]:
    """(id, caption) of the live attachments, in order, without their bytes or versions: cheap
    enough for the editor to check on every change while someone types (a slide can be MBs)."""
    with store.reading() as db:
        query = (
            select(Attachment.id, Attachment.caption)
            .where(Attachment.parent == parent_id, ~Attachment.deleted)
            .order_by(Attachment.position, Attachment.id)
        )
        return [(row.id, row.caption) for row in db.execute(query)]


def trash(store: Store) -> list[Record]:
    """Deleted records, newest deletion first."""
    return _every_kind(store, "deleted")


def needing_review(store: Store) -> list[Record]:
    return _every_kind(store, "needs_review")


def _every_kind(store: Store, flag: str) -> list[Record]:
    with store.reading() as db:
        rows: list[Record] = []
        for cls in RECORD_TYPES.values():
            rows.extend(db.scalars(select(cls).where(getattr(cls, flag))))
    return sorted(rows, key=lambda r: r.changed, reverse=True)
