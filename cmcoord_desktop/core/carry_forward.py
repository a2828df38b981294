"""Carry next steps into a later event: the same step shown there too, never a copy.

A carry is a record of its own (models.Carry) whose id is derived from the step and the event,
so carrying is adding to a set: two laptops that carry the same step into the same event write
the same record with the same values (no conflict), and un-carrying is a tombstone. The step's
owner, due date and status stay on the step, so closing it closes it everywhere.
"""

from __future__ import annotations

import uuid

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Carry, Event, Item, ItemKind, Session
from cmcoord_desktop.core.next_steps import STILL_TO_DO, Filters, next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate

# Fixed for ever: every laptop must derive the same carry id for the same step and event.
_CARRY_NAMESPACE = uuid.UUID("5d1c7d1e-0b7e-4c3e-9a44-6b1f1c0a7c11")


class CannotCarry(ValueError):
    """A carry that makes no sense (not a next step, into its own event); the reason in words."""


def carry_id(item_id: str, event_id: str) -> str:
    return str(uuid.uuid5(_CARRY_NAMESPACE, f"{item_id}>{event_id}"))


def home_event(store: Store, step: Item) -> str | None:
    """The event a next step was written in (directly, or through its session)."""
    with store.unit_of_work() as db:
        if db.get(Event, step.parent) is not None:
            return step.parent
        session = db.get(Session, step.parent)
        return session.event_id if session is not None else None


def carry_next_step(store: Store, item_id: str, event_id: str) -> Carry:
    """Show next step `item_id` in event `event_id` too (again, if it was un-carried)."""
    step = repository.get(store, Item, item_id)
    if step.item_kind != ItemKind.NEXT_STEP:
        raise CannotCarry(
            translate("carry forward", "Only next steps can be carried into another event.")
        )
    target = repository.get(store, Event, event_id)
    if target.deleted:
        raise CannotCarry(
            translate("carry forward", "That event is in the Trash: restore it first.")
        )
    home = home_event(store, step)
    if home == event_id:
        raise CannotCarry(
            translate("carry forward", "This next step already belongs to that event.")
        )
    record_id = carry_id(item_id, event_id)
    try:
        existing = repository.get(store, Carry, record_id)
    except repository.RecordNotFound:
        fixed = {"item_id": item_id, "event_id": event_id}
        return repository.create(
            store, Carry, fixed, record_id=record_id, from_event=home or event_id
        )
    return repository.restore(store, Carry, existing.id) if existing.deleted else existing


def uncarry(store: Store, item_id: str, event_id: str) -> Carry:
    """Stop showing the step in that event (a tombstone: the Trash can bring it back)."""
    return repository.delete(store, Carry, carry_id(item_id, event_id))


def carry_open_next_steps(store: Store, from_event_id: str, to_event_id: str) -> list[Carry]:
    """Carry every next step still to do (open or in progress) of an event, its sessions' and
    those carried into it, into another event: what the copy-agenda action offers."""
    still_open = next_steps(store, Filters(statuses=STILL_TO_DO, event=from_event_id))
    carried = []
    for row in still_open:
        if row.home_event_id != to_event_id:
            carried.append(carry_next_step(store, row.id, to_event_id))
    return carried
