"""A new event from a copy of a past one: its agenda (sessions, marketplace tables), no content.

Facilitators set up this year's workshop from last year's: the same sessions and topic tables,
but nothing that belongs to last year's meeting (outcomes, next steps, ideas, notes, delegates,
panel members, table hosts, slides, dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from cmcoord_desktop.core import repository, sync_states
from cmcoord_desktop.core.carry_forward import carry_open_next_steps
from cmcoord_desktop.core.models import Event, MarketplaceGroup, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate

# What carries over; every other field starts empty.
EVENT_FIELDS = (
    "series",
    "event_kind",
    "host",
    "city",
    "country",
    "platform",
    "platform_link",
    "description",
    "language",
)
SESSION_FIELDS = ("title", "format", "start_time", "end_time")
GROUP_FIELDS = ("topic",)


def copy_event_agenda(
    source: Store, event_id: str, target: Store, title: str = "", carry_open: bool = False
) -> Event:
    """A new event in `target` with the sessions and tables of `source`'s event, emptied.

    `carry_open` brings the past event's open next steps along, as the same steps (see
    carry_forward.py); only within one store, since the steps must be the same records."""
    past = repository.get(source, Event, event_id)
    values = {name: getattr(past, name) for name in EVENT_FIELDS}
    event = repository.create_event(
        target,
        title=title or translate("event copy", "{title} (copy)").format(title=past.title),
        **values,
    )
    for session in repository.children(source, Session, event_id):
        copy = repository.create_session(
            target, event.id, **{name: getattr(session, name) for name in SESSION_FIELDS}
        )
        for group in repository.children(source, MarketplaceGroup, session.id):
            repository.create_group(
                target, copy.id, **{name: getattr(group, name) for name in GROUP_FIELDS}
            )
    if carry_open and source is target:
        carry_open_next_steps(target, event_id, event.id)
    return event


@contextmanager
def records_file_store(records: list[dict[str, Any]]) -> Iterator[Store]:
    """A throw-away store holding the records of a file (a json export or a shared file), to
    read its events with the same functions as the user's own store."""
    with TemporaryDirectory(prefix="cmcoord-copy-") as folder, Store(Path(folder)) as store:
        sync_states.merge_states(store, records)
        yield store
