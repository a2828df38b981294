"""What a summary shows, gathered from the store into plain frozen data (no database, no Qt).

The PDF and Markdown writers take an `EventSummary` and nothing else, so they can run on a worker
thread while the store goes on taking edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cmcoord_desktop.core import repository, slide_marker
from cmcoord_desktop.core.models import (
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    NextStepStatus,
    Session,
)
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.export.events_words import events_words_for


@dataclass(frozen=True)
class NextStep:
    text: str
    owner: str = ""
    due: dt.date | None = None
    status: str = ""


@dataclass(frozen=True)
class MarketplaceTable:
    topic: str
    host: str = ""
    participants: str = ""
    ideas: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slide:
    """A presentation image (PNG, JPEG, GIF) and its caption."""

    data: bytes
    filename: str = ""
    mime: str = ""
    caption: str = ""
    # Its image was removed from every laptop after a delete, and then it was restored from
    # the Trash (docs/shared-file-format.md, "Deleted slides"): only its caption is left.
    removed: bool = False


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    format: str = ""
    delegates: int | None = None
    panel: str = ""
    notes: str = ""
    outcomes: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    tables: tuple[MarketplaceTable, ...] = ()
    slides: tuple[Slide, ...] = ()
    track: str = ""  # the heading sessions are grouped under ("" for none)


@dataclass(frozen=True)
class EventSummary:
    id: str
    title: str
    series: str = ""
    kind: str = ""
    host: str = ""
    city: str = ""
    country: str = ""
    platform: str = ""
    platform_link: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    participants: int | None = None
    description: str = ""
    language: str = "en"
    outcomes: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    sessions: tuple[SessionSummary, ...] = ()

    @property
    def delegates(self) -> int:
        return sum(s.delegates or 0 for s in self.sessions)


@dataclass(frozen=True)
class EventsSummary:
    """Several events in one summary, as OCHA publishes them on one page: the upcoming ones
    (soonest first), then the past ones (latest first), each event whole."""

    upcoming: tuple[EventSummary, ...] = ()
    past: tuple[EventSummary, ...] = ()
    language: str = "en"  # the words around the events: the first event's language
    title: str = ""  # the facilitator's title for the summary ("": "UN-CMCoord events")

    @property
    def events(self) -> tuple[EventSummary, ...]:
        return self.upcoming + self.past

    @property
    def sessions(self) -> int:
        return sum(len(e.sessions) for e in self.events)

    @property
    def shown_title(self) -> str:
        """The facilitator's title, or the reference page's "UN-CMCoord events" in the
        summary's language; user text, so each writer still makes it safe for its format."""
        return self.title or events_words_for(self.language).title

    def sections(self) -> list[tuple[str, tuple[EventSummary, ...]]]:
        """("upcoming" or "past", its events) for each section that holds an event."""
        return [(k, v) for k, v in (("upcoming", self.upcoming), ("past", self.past)) if v]


def is_upcoming(event: EventSummary, today: dt.date) -> bool:
    """An event is upcoming when its first day is after today; one without dates is not (it
    cannot be announced)."""
    first = event.start_date or event.end_date
    return first is not None and first > today


def events_summary(
    events: Sequence[EventSummary], today: dt.date, title: str = ""
) -> EventsSummary:
    """The events sorted into upcoming and past sections, under `title` if one is given."""
    upcoming = [e for e in events if is_upcoming(e, today)]
    past = [e for e in events if not is_upcoming(e, today)]
    upcoming.sort(key=lambda e: e.start_date or e.end_date or dt.date.max)
    # Latest first; undated events at the end, in the order asked for (sort is stable).
    past.sort(key=lambda e: -(e.start_date or e.end_date or dt.date.min).toordinal())
    language = events[0].language if events else "en"
    return EventsSummary(tuple(upcoming), tuple(past), language or "en", title.strip())


class UnknownEvent(LookupError):
    pass


class UnknownSession(LookupError):
    pass


_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")


def find_event(store: Store, reference: str) -> Event:
    """The live event with this id or exactly this title."""
    for event in repository.events(store):
        if reference in (event.id, event.title):
            return event
    raise UnknownEvent(
        translate("export", "no event with id or title {reference}").format(
            reference=repr(reference)
        )
    )


def find_events(store: Store, references: Sequence[str]) -> list[Event]:
    """The live events named (each by id or exact title), each once, in the order named."""
    found: list[Event] = []
    for reference in references:
        event = find_event(store, reference)
        if all(e.id != event.id for e in found):
            found.append(event)
    return found


def find_sessions(store: Store, event_id: str, references: Sequence[str]) -> list[str]:
    """Session ids for references that are each a session's id or exact title."""
    sessions = repository.children(store, Session, event_id)
    ids: list[str] = []
    for reference in references:
        matches = [s.id for s in sessions if reference in (s.id, s.title)]
        if not matches:
            raise UnknownSession(
                translate("export", "no session with id or title {reference} in this event").format(
                    reference=repr(reference)
                )
            )
        ids.extend(m for m in matches if m not in ids)
    return ids


def _next_steps(store: Store, parent_id: str) -> tuple[NextStep, ...]:
    return tuple(
        NextStep(i.text, i.owner, i.due_date, _status_worth_printing(i))
        for i in _worth_printing(repository.children(store, Item, parent_id, ItemKind.NEXT_STEP))
    )


def _worth_printing(items: Sequence[Item]) -> list[Item]:
    """An item with no text (added, then left empty) would print as a bare "6."."""
    return [i for i in items if i.text.strip()]


def _status_worth_printing(step: Item) -> str:
    """Every next step starts "open": printing that under each one of a published summary is
    noise, unless someone is following the step up (an owner or a due date)."""
    followed_up = step.owner or step.due_date or step.status != NextStepStatus.OPEN
    return step.status if followed_up else ""


def _texts(store: Store, parent_id: str, kind: ItemKind) -> tuple[str, ...]:
    return tuple(i.text for i in _worth_printing(repository.children(store, Item, parent_id, kind)))


def _session_summary(store: Store, session: Session) -> SessionSummary:
    tables = tuple(
        MarketplaceTable(g.topic, g.host, g.participants, _texts(store, g.id, ItemKind.IDEA))
        for g in repository.children(store, MarketplaceGroup, session.id)
    )
    slides = tuple(
        Slide(a.data, a.filename, a.mime, a.caption, slide_marker.bytes_removed(a.versions))
        for a in repository.children(store, Attachment, session.id)
        if a.mime.lower() in _IMAGE_TYPES
    )
    return SessionSummary(
        id=session.id,
        title=session.title,
        date=session.date,
        start_time=session.start_time,
        end_time=session.end_time,
        format=session.format,
        delegates=session.delegates,
        panel=session.panel,
        notes=session.notes,
        outcomes=_texts(store, session.id, ItemKind.KEY_OUTCOME),
        next_steps=_next_steps(store, session.id),
        tables=tables,
        slides=slides,
        track=session.track,
    )


def gather_event_summary(
    store: Store, event_id: str, session_ids: Sequence[str] | None = None
) -> EventSummary:
    """The event and its sessions (all, or these in agenda order), ready to print."""
    event = repository.get(store, Event, event_id)
    if event.deleted:
        raise UnknownEvent(
            translate("export", "event {event} is in the trash").format(event=event_id)
        )
    wanted = None if session_ids is None else set(session_ids)
    sessions = [
        _session_summary(store, s)
        for s in repository.children(store, Session, event_id)
        if wanted is None or s.id in wanted
    ]
    return EventSummary(
        id=event.id,
        title=event.title,
        series=event.series,
        kind=event.event_kind,
        host=event.host,
        city=event.city,
        country=event.country,
        platform=event.platform,
        platform_link=event.platform_link,
        start_date=event.start_date,
        end_date=event.end_date,
        participants=event.participants,
        description=event.description,
        language=event.language or "en",
        outcomes=_texts(store, event.id, ItemKind.KEY_OUTCOME),
        next_steps=_next_steps(store, event.id),
        sessions=tuple(sessions),
    )


def gather_events_summary(
    store: Store, event_ids: Sequence[str], today: dt.date, title: str = ""
) -> EventsSummary:
    """Several events (all their sessions) in upcoming and past sections as of `today`."""
    return events_summary([gather_event_summary(store, e) for e in event_ids], today, title)
