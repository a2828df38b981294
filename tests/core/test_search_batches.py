"""Search reads its matches in batches, and the sessions and events above a batch once each: what
it lists must be what a plain reading of the store gives, record by record, for any limit,
through tombstones that leave a batch short, and for batches above hundreds of sessions."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import text

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import (
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)
from cmcoord_desktop.core.search import parse_query, search
from cmcoord_desktop.core.store import Store

_CLASSES: dict[str, type[Record]] = {
    "event": Event,
    "session": Session,
    "group": MarketplaceGroup,
    "item": Item,
    "attachment": Attachment,
}

Listed = tuple[str, str, str | None, str, str, str | None, bool]


def _name(record: Any, field: str) -> str:
    return (getattr(record, field) if record is not None else "") or "(untitled)"


def read_plainly(store: Store, typed: str, include_deleted: bool) -> list[Listed]:
    """Every match in the index's order (not grouped), each record and what is above it read through the ORM,
    one by one: (id, kind, event id, event title, place, session id, deleted)."""
    expression = parse_query(typed).expression
    listed: list[Listed] = []
    with store.reading() as db:
        matches = db.execute(
            text(
                "SELECT r.kind, r.record_id FROM search_text JOIN search_rows r "
                "ON r.n = search_text.rowid WHERE search_text MATCH :q ORDER BY search_text.rowid"
            ),
            {"q": expression},
        ).all()
        for kind, record_id in matches:
            record: Any = db.get(_CLASSES[kind], record_id)
            event = session = group = None
            if kind == "event":
                event = record
            elif kind == "session":
                session = record
            elif kind == "group":
                group = record
            else:
                parent = record.parent
                event, session, group = (
                    db.get(Event, parent),
                    db.get(Session, parent),
                    db.get(MarketplaceGroup, parent),
                )
            if group is not None:
                session = db.get(Session, group.session_id)
            if session is not None:
                event = db.get(Event, session.event_id)
            deleted = any(r.deleted for r in (record, event, session, group) if r is not None)
            if deleted and not include_deleted:
                continue
            place = ""
            if group is not None:
                place = f"{_name(session, 'title')} / {_name(group, 'topic')}"
            elif session is not None and kind != "session":
                place = _name(session, "title")
            listed.append(
                (
                    record_id,
                    kind,
                    event.id if event is not None else None,
                    _name(event, "title") if event is not None else "(no event)",
                    place,
                    session.id if session is not None else None,
                    deleted,
                )
            )
    return listed


def grouped(listed: list[Listed]) -> list[Listed]:
    """Grouped by event as search shows them, events in the order of their first match."""
    events: dict[str | None, list[Listed]] = {}
    for match in listed:
        events.setdefault(match[2], []).append(match)
    return [match for matches in events.values() for match in matches]


def listed_by_search(store: Store, typed: str, include_deleted: bool, limit: int) -> Any:
    results = search(store, typed, include_deleted=include_deleted, limit=limit)
    listed = [
        (m.record_id, m.record_kind, m.event_id, m.event_title, m.place, m.session_id, m.deleted)
        for m in results
    ]
    return listed, results.more


@pytest.fixture
def convoys(store: Store) -> dict[str, Any]:
    """Convoy outcomes added a round of sessions at a time (so a session's items are far apart
    in the index, as after a sync), with runs of tombstones, a deleted session and event, a
    marketplace table with ideas, a next step on the event itself, a slide and an untitled
    session."""
    geneva = repo.create_event(store, title="Semaine de Genève")
    prague = repo.create_event(store, title="Atelier de Prague")
    sessions = [
        repo.create_session(store, geneva.id, title="Plénière d'ouverture"),
        repo.create_session(store, geneva.id, title="", notes="Le convoi de nuit est reporté"),
        repo.create_session(store, prague.id, title="Convoi et escorte"),
        repo.create_session(store, prague.id, title="Groupe de travail"),
    ]
    table = repo.create_group(store, sessions[0].id, topic="Convoi humanitaire", host="Zoé")
    items: list[Item] = []
    for n in range(6):
        for session in sessions:
            items.append(repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, f"Convoi {n}"))
        items.append(repo.add_item(store, table.id, ItemKind.IDEA, f"Convoi à vélo {n}"))
    step = repo.add_item(store, prague.id, ItemKind.NEXT_STEP, "Annoncer le convoi")
    slide = repo.add_attachment(
        store, sessions[3].id, b"\x89PNG", "convoi.png", "image/png", "Itinéraire du convoi"
    )
    for item in items[:9]:  # a run of tombstones longer than a small batch
        repo.delete(store, Item, item.id)
    repo.delete(store, Item, items[20].id)
    repo.delete(store, Session, sessions[3].id)
    return {
        "events": (geneva, prague),
        "sessions": sessions,
        "items": items,
        "step": step,
        "slide": slide,
        "table": table,
    }


@pytest.mark.parametrize("include_deleted", [False, True])
def test_search_lists_what_a_plain_reading_of_the_store_lists(
    store: Store, convoys: dict[str, Any], include_deleted: bool
) -> None:
    expected = read_plainly(store, "convoi", include_deleted)
    assert len(expected) == (35 if include_deleted else 20)
    for limit in (1, 2, 3, 5, 8, 13, 19, 20, 21, 34, 35, 36, 50):
        listed, more = listed_by_search(store, "convoi", include_deleted, limit)
        assert listed == grouped(expected[:limit]), limit
        assert more == (len(expected) > limit), limit
    repo.delete(store, Event, convoys["events"][1].id)
    assert listed_by_search(store, "conv", include_deleted, 50) == (
        grouped(read_plainly(store, "conv", include_deleted)),
        False,
    )


def test_a_session_found_by_its_own_words_is_shown_by_them(
    store: Store, convoys: dict[str, Any]
) -> None:
    by_id = {m.record_id: m for m in search(store, "convoi", limit=50)}
    untitled = by_id[convoys["sessions"][1].id]  # matched by its notes, in a batch of items
    assert (untitled.kind, untitled.context.field, untitled.place) == (
        "session notes",
        "notes",
        "",
    )
    assert untitled.context.marked() == "Le [convoi] de nuit est reporté"
    assert by_id[convoys["sessions"][2].id].kind == "session"
    assert by_id[convoys["table"].id].kind == "marketplace table"
    outcome = by_id[convoys["items"][12].id]
    assert (outcome.kind, outcome.place, outcome.context.marked()) == (
        "key outcome",
        "Convoi et escorte",
        "[Convoi] 2",
    )
    assert by_id[convoys["items"][29].id].place == "Plénière d'ouverture / Convoi humanitaire"
    assert (by_id[convoys["step"].id].place, by_id[convoys["step"].id].kind) == ("", "next step")
    assert convoys["slide"].id not in by_id  # in the deleted session


def _state(kind: str, fixed: dict[str, Any], values: dict[str, Any], stamp: int) -> Any:
    versions = {
        name: [{"v": value, "t": stamp, "d": "laptopbilal2", "seen": {"laptopbilal2": stamp}}]
        for name, value in values.items()
    }
    return {"kind": kind, "id": str(uuid.uuid4()), "fixed": fixed, "fields": versions}


def test_a_batch_in_hundreds_of_sessions_finds_them_all(store: Store) -> None:
    # More sessions in one batch than one statement asks for by id (500).
    stamp = store.clock.last + 1
    event = _state("event", {}, {"title": "Semaine de Genève"}, stamp)
    states = [event]
    for n in range(620):
        session = _state("session", {"event_id": event["id"]}, {"title": f"Séance {n}"}, stamp)
        fields = {"text": "Passerelle logistique", "position": "a0"}
        item = _state("item", {"parent": session["id"], "item_kind": "key_outcome"}, fields, stamp)
        states += [session, item]
    sync_states.merge_states(store, states)
    results = search(store, "passerelle", limit=1_000)
    places = sorted(m.place for m in results)
    assert places == sorted(f"Séance {n}" for n in range(620))
    assert {m.event_title for m in results} == {"Semaine de Genève"}
    assert not results.more
