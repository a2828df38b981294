"""The workshop's rules for its agenda, with no Qt: when a new session is dated, how events
group by status, which moves of a session or table are allowed, how Enter splits an item, and
how Needs review keeps both values of an item's text.

The window's classes only turn these plans into undo commands and widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cmcoord_desktop.core.models import Event, Item, ItemKind, MarketplaceGroup, Record, Session

# The event that is happening now matters most during capture, so it comes first.
STATUS_ORDER = ("ongoing", "upcoming", "past")


def default_session_date(event: Event, today: dt.date) -> dt.date:
    """Today while the event runs (sessions are captured live), else the event's first day."""
    start, end = event.start_date or event.end_date, event.end_date or event.start_date
    if start and end and start <= today <= end:
        return today
    return start or today


# --- events, grouped by status ---------------------------------------------------------------


def events_by_status(events: Sequence[Event], today: dt.date) -> list[tuple[str, list[Event]]]:
    """Ongoing, upcoming and past events (empty groups left out), each group in agenda order:
    the soonest first, except past events, newest first (the one a facilitator follows up on).
    """
    by_status: dict[str, list[Event]] = {status: [] for status in STATUS_ORDER}
    for event in events:
        by_status[event.status(today)].append(event)
    far = dt.date.max
    for status in ("ongoing", "upcoming"):
        by_status[status].sort(key=lambda e: (e.start_date or far, e.title.casefold()))
    by_status["past"].sort(key=lambda e: e.end_date or e.start_date or far, reverse=True)
    return [(status, by_status[status]) for status in STATUS_ORDER if by_status[status]]


# --- moving a session or a marketplace table -------------------------------------------------


@dataclass(frozen=True)
class Move:
    """Reorder `moved` within `slot` (the records it may pass), from one index to another."""

    slot: list[Record]
    moved: Record
    from_index: int
    to_index: int


@dataclass(frozen=True)
class MoveRefused:
    """A session may not pass one of another date or start time: the agenda follows the clock."""

    blocked_by: Session


def plan_move(shown: Sequence[Record], record_id: str, step: int) -> Move | MoveRefused | None:
    """Move the record one place up (-1) or down (+1) among `shown` (in their shown order);
    None when it is already first or last. Marketplace tables move freely; sessions only
    among the sessions of the same date and start time (their position orders that slot)."""
    here = next(n for n, record in enumerate(shown) if record.id == record_id)
    if not 0 <= here + step < len(shown):
        return None
    moved, neighbour = shown[here], shown[here + step]
    slot = list(shown)
    if isinstance(moved, Session):
        assert isinstance(neighbour, Session)
        when = (moved.date, moved.start_time)
        if (neighbour.date, neighbour.start_time) != when:
            return MoveRefused(neighbour)
        slot = [r for r in shown if isinstance(r, Session) and (r.date, r.start_time) == when]
    elif not isinstance(moved, MarketplaceGroup):
        raise ValueError(f"a {moved.KIND} is not moved in a panel")
    at = slot.index(moved)
    return Move(slot, moved, at, at + step)


# --- Enter in the middle of an item ----------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """The item keeps `kept`; a new item right after it gets `moved`."""

    kept: str
    moved: str


def split_at_cursor(text: str, cursor: int) -> Split | None:
    """Enter at `cursor` in an item's text: the text after the cursor goes to a new item after
    it. None at the end of the text: a new, empty item, and this one stays as it is."""
    if cursor >= len(text):
        return None
    cursor = max(cursor, 0)
    return Split(text[:cursor], text[cursor:])


# --- Needs review: keep both values of an item's text ----------------------------------------


@dataclass(frozen=True)
class KeepBoth:
    """The item keeps `kept`; `added` becomes a new item of the same kind and parent, placed
    right after it (`after` is the item's position)."""

    item_id: str
    parent_id: str
    kind: ItemKind
    after: str
    kept: str
    added: str


def can_keep_both(record: Record, field: str, values: Sequence[object]) -> bool:
    """Keeping both is offered for an item's text with two values: two outcomes typed on two
    laptops are two outcomes. Other fields (a date, an owner) hold one value, so a person picks."""
    return isinstance(record, Item) and field == "text" and len(values) == 2


def plan_keep_both(item: Item, this: str, that: str) -> KeepBoth:
    """This value stays in the item; the other becomes a new item right after it."""
    return KeepBoth(item.id, item.parent, ItemKind(item.item_kind), item.position, this, that)
