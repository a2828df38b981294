"""Search every record by its words: the query a person types, turned into a safe FTS5 query,
and the matches grouped by event with the matching words in context.

Whatever is typed is searched as words: each word and each "quoted phrase" becomes one quoted
FTS5 string, so FTS5's own syntax (NEAR, AND, *, ^, parentheses, column filters) is never
interpreted; the last word, while still being typed, matches as a prefix.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.search_context import (
    CONTEXT_CHARS,
    Context,
    Needles,
    context_in,
    needles_for,
    one_line,
)
from cmcoord_desktop.core.search_index import SEARCHED, fold
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, plurals, translate

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

Row = dict[str, Any]

_SURROGATES = re.compile("[\ud800-\udfff\x00]")
_PHRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Query:
    """What will be searched: the FTS5 expression (None: nothing to search) and the folded
    terms (to find the words in context), with a sentence for the box when something was left
    out or nothing could be searched."""

    expression: str | None
    terms: tuple[str, ...]
    notice: str = ""


class _WordTable(dict[int, str]):
    """str.translate's table keeping what words are made of (letters, numbers, marks, symbols
    such as emoji) and turning anything else into a space; filled on first sight of each
    character (the query is parsed at every keystroke)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        kept = self[code] = char if category[0] in "LNM" or category == "So" else " "
        return kept


class _SearchableTable(dict[str, bool]):
    """Whether a folded character can be searched for (a letter, a number, a symbol)."""

    def __missing__(self, char: str) -> bool:
        category = unicodedata.category(char)
        searchable = self[char] = category[0] in "LN" or category == "So"
        return searchable


_WORDS = _WordTable()
_SEARCHABLE = _SearchableTable()


def _searchable(folded: str) -> bool:
    return any(map(_SEARCHABLE.__getitem__, folded))


def parse_query(typed: str) -> Query:
    """A typed query as words (see the module's docstring); never raises."""
    notice = ""
    cleaned = _SURROGATES.sub(" ", typed)
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned = cleaned[:MAX_QUERY_CHARS]
        notice = translate("search", "Searched the first {count} characters.").format(
            count=f"{MAX_QUERY_CHARS:,}"
        )
    units: list[tuple[str, bool]] = []  # (text, typed as a phrase)
    position = 0
    for match in _PHRASE.finditer(cleaned):
        units.extend((w, False) for w in cleaned[position : match.start()].split())
        units.append((match.group(1), True))
        position = match.end()
    rest = cleaned[position:].replace('"', " ")
    units.extend((w, False) for w in rest.split())
    # Outside quotes, punctuation separates words: "NEAR(border" is two words, not a phrase.
    units = [
        (word, phrase)
        for unit, phrase in units
        for word in ([unit] if phrase else unit.translate(_WORDS).split())
    ]
    typing = bool(units) and not units[-1][1] and not cleaned[-1:].isspace()
    if len(units) > MAX_TERMS:
        units = units[:MAX_TERMS]
        typing = False
        notice = plurals.tr("Searched the first %n words.", "", MAX_TERMS)
    parts: list[str] = []
    terms: list[str] = []
    for index, (unit, _phrase) in enumerate(units):
        folded = " ".join(fold(unit).split())
        if not _searchable(folded):
            continue
        terms.append(folded)
        quoted = '"' + folded.replace('"', '""') + '"'
        last_word_typed = typing and index == len(units) - 1
        parts.append(quoted + "*" if last_word_typed else quoted)
    if not parts:
        if cleaned.strip():
            return Query(
                None,
                (),
                translate(
                    "search", "Type letters or numbers to search: symbols alone match nothing."
                ),
            )
        return Query(None, (), notice)
    return Query(" ".join(parts), tuple(terms), notice)


@dataclass(eq=False)
class Match:
    """One record that matched. Its words in context (and so what kind of record a person
    calls it, which depends on the field that matched) are found when first asked for: the box
    asks only for the rows it paints, so a search as one types does not fold and scan the text
    of every match it lists. (Not frozen: a frozen dataclass's __init__ was a tenth of a
    search's own time; nothing changes a match once made.)"""

    record_id: str
    record_kind: str  # the store's kind: "item", "session", "group", ...
    event_id: str | None
    event_title: str
    place: str  # the session or marketplace table it is in ("" for the event itself)
    session_id: str | None
    row: Row = field(repr=False, compare=False)
    needles: Needles = field(repr=False, compare=False)
    deleted: bool = False

    @cached_property
    def context(self) -> Context:
        return _context_of(self.record_kind, self.row, self.needles)

    @cached_property
    def kind(self) -> str:
        """What a person calls it: "key outcome", "next step", "session", ..."""
        return _describe(self.record_kind, self.row, self.context)


@dataclass
class EventMatches:
    event_id: str | None
    event_title: str
    matches: list[Match] = field(default_factory=list)


@dataclass
class SearchResults:
    events: list[EventMatches]
    notice: str = ""
    more: bool = False  # more matches than the limit

    def __iter__(self) -> Iterator[Match]:
        for group in self.events:
            yield from group.matches


# --- the query --------------------------------------------------------------------------------

# What a match is, for people: translated where it is described (_describe).
_ITEM_KINDS: dict[str, str] = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("search", "key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("search", "next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("search", "idea"),
}
_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("search", "item")
_RECORD_KINDS = {
    "group": QT_TRANSLATE_NOOP("search", "marketplace table"),
    "attachment": QT_TRANSLATE_NOOP("search", "slide"),
}
_FIELD_KINDS = {
    ("event", "title"): QT_TRANSLATE_NOOP("search", "event"),
    ("session", "title"): QT_TRANSLATE_NOOP("search", "session"),
    ("session", "panel"): QT_TRANSLATE_NOOP("search", "panel member"),
    ("session", "notes"): QT_TRANSLATE_NOOP("search", "session notes"),
    ("group", "topic"): QT_TRANSLATE_NOOP("search", "marketplace table"),
    ("group", "host"): QT_TRANSLATE_NOOP("search", "table host"),
    ("group", "participants"): QT_TRANSLATE_NOOP("search", "table participants"),
    ("item", "owner"): QT_TRANSLATE_NOOP("search", "next step owner"),
    ("attachment", "caption"): QT_TRANSLATE_NOOP("search", "slide caption"),
    ("attachment", "filename"): QT_TRANSLATE_NOOP("search", "slide file"),
}
_FIELDS: dict[str, tuple[str, ...]] = {kind: fields for kind, fields in SEARCHED.values()}

# A batch of matches in rowid order, each with its record when it is an item (most matches).
# The LIMIT stays inside FTS5 (the CTE): ordering the joined rows instead made SQLite collect and
# sort every match of a prefix. An item is found by the rowid the index keeps (one B-tree search;
# by its id, two), checked against its id: where a VACUUM renumbered it, it is looked up by id
# below, like a group. The rows are put in rowid order in Python (a batch is a few dozen): an
# ORDER BY made SQLite sort them in a temporary B-tree.
_MATCHES = """
WITH m AS (
    SELECT rowid AS n FROM search_text
    WHERE search_text MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?
)
SELECT m.n, r.kind, r.record_id, i.deleted, i.parent, i.item_kind, i.text, i.owner
FROM m JOIN search_rows r ON r.n = m.n
LEFT JOIN items i ON r.kind = 'item' AND i.rowid = r.record_row AND i.id = r.record_id
"""
# The sessions of a batch (its items' and its own matches') with their events, each read once:
# joined to every match in the statement above, they were a third of its time, as a batch is
# mostly a few sessions' items (from 1 to 30 of them for 51 matches). A session's long fields are
# read only when a session of the batch matched itself.
_SESSIONS = """
SELECT s.id, s.deleted, s.event_id, s.title, e.deleted, e.title{long_fields}
FROM sessions s LEFT JOIN events e ON e.id = s.event_id
WHERE s.id IN ({marks})
"""
_LONG_FIELDS = ("format", "panel", "notes")
# What a match needs of each kind of record: its words, its parent, its tombstone.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "event": ("id", "deleted", *_FIELDS["event"]),
    "session": ("id", "deleted", "event_id", *_FIELDS["session"]),
    "group": ("id", "deleted", "session_id", *_FIELDS["group"]),
    "item": ("id", "deleted", "parent", "item_kind", *_FIELDS["item"]),
    "attachment": ("id", "deleted", "parent", *_FIELDS["attachment"]),
}
_TABLES = {kind: table for table, (kind, _fields) in SEARCHED.items()}
_ID_CHUNK = 500


class _Places:
    """Records by kind and id, fetched in one query per kind for a whole batch of matches
    (plain rows, not ORM objects: the search runs at every keystroke)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.rows: dict[str, dict[str, Row | None]] = {kind: {} for kind in _COLUMNS}

    def load(self, kind: str, ids: Iterable[str]) -> None:
        known = self.rows[kind]
        wanted = sorted(set(ids).difference(known))
        for start in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[start : start + _ID_CHUNK]
            for record_id in chunk:
                known[record_id] = None
            names = _COLUMNS[kind]
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT {', '.join(names)} FROM {_TABLES[kind]} WHERE id IN ({marks})"
            for values in self.cursor.execute(query, chunk):
                known[values[0]] = dict(zip(names, values, strict=True))

    def get(self, kind: str, record_id: str | None) -> Row | None:
        return None if record_id is None else self.rows[kind].get(record_id)

    def load_lineage(self, hits: list[tuple[str, str]]) -> None:
        """The records of a batch of hits and every session, table and event above them.

        An item's parent is looked for among sessions first (most are there), then tables, then
        events: usually four small queries for a whole batch."""
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in hits:
            by_kind.setdefault(kind, []).append(record_id)
        for kind in ("item", "attachment", "group"):
            self.load(kind, by_kind.get(kind, ()))
        parents = {
            row["parent"]
            for kind in ("item", "attachment")
            for row in self.rows[kind].values()
            if row is not None
        }
        self.load("session", [*parents, *by_kind.get("session", ())])
        parents = {p for p in parents if self.rows["session"].get(p) is None}
        self.load("group", parents)
        parents = {p for p in parents if self.rows["group"].get(p) is None}
        tables = [r["session_id"] for r in self.rows["group"].values() if r is not None]
        self.load("session", tables)
        events = [r["event_id"] for r in self.rows["session"].values() if r is not None]
        self.load("event", [*parents, *events, *by_kind.get("event", ())])

    def lineage(self, kind: str, row: Row) -> tuple[Row | None, Row | None, Row | None, bool]:
        """The event, session and table a record is in, and whether any of them is deleted."""
        event = session = group = None
        if kind == "event":
            event = row
        elif kind == "session":
            session = row
        elif kind == "group":
            group = row
        else:
            parent = row["parent"]
            event = self.get("event", parent)
            session = self.get("session", parent)
            group = self.get("group", parent)
        if group is not None:
            session = self.get("session", group["session_id"])
        if session is not None:
            event = self.get("event", session["event_id"])
        deleted = any(bool(r["deleted"]) for r in (row, event, session, group) if r is not None)
        return event, session, group, deleted


# A session of a batch as its matches are shown under it: its row, whether it or its event is
# deleted, its event's id and title, and the place its items show. (A plain tuple: a NamedTuple
# took a tenth of a search's Python.)
_Above = tuple[Row, bool, str | None, str, str]
_IN_SESSIONS = ("item", "session")  # the matches `_sessions_above` usually finds a session for


def _sessions_above(
    cursor: sqlite3.Cursor, ids: set[str | None], long_fields: bool
) -> dict[str | None, _Above]:
    """The sessions of `ids` with their events (ids of other records are left out), with their
    long fields if `long_fields`."""
    found: dict[str | None, _Above] = {}
    ids.discard(None)
    wanted = list(ids)
    columns = "".join(f", s.{name}" for name in _LONG_FIELDS) if long_fields else ""
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start : start + _ID_CHUNK]
        query = _SESSIONS.format(long_fields=columns, marks=", ".join("?" * len(chunk)))
        for session_id, deleted, event_id, title, gone, name, *long in cursor.execute(query, chunk):
            session = {"id": session_id, "deleted": deleted, "event_id": event_id, "title": title}
            if long:
                session.update(zip(_LONG_FIELDS, long, strict=True))
            place = title or "(untitled)"
            if gone is None:  # no event (a record the merge is still waiting for)
                found[session_id] = (session, bool(deleted), None, "(no event)", place)
            else:
                above = (session, bool(deleted or gone), event_id, name or "(untitled)", place)
                found[session_id] = above
    return found


def _elsewhere_in(hits: list[tuple[Any, ...]], above: dict[str | None, _Above]) -> list[Any]:
    """(kind, id) of the batch's matches that are not in a session of `above`."""
    return [
        (kind, record_id)
        for _n, kind, record_id, _deleted, parent, *_rest in hits
        if kind not in _IN_SESSIONS or (parent if kind == "item" else record_id) not in above
    ]


# A match as it is listed: its row, event id and title, place, session id, and whether deleted.
_Shown = tuple[Row, str | None, str, str, str | None, bool]


def _elsewhere(places: _Places, kind: str, record_id: str) -> _Shown | None:
    """A match not in a session of `_sessions_above` (an event, a table, an idea, a slide, an
    item a VACUUM renumbered) as `places` found it and what is above it; None if it is gone."""
    row = places.get(kind, record_id) if kind in _COLUMNS else None
    if row is None:
        return None
    event, session, group, deleted = places.lineage(kind, row)
    place = ""
    if group is not None:
        place = f"{_title(session, 'title')} / {_title(group, 'topic')}"
    elif session is not None and kind != "session":
        place = _title(session, "title")
    return (
        row,
        event["id"] if event else None,
        _title(event, "title") if event else "(no event)",
        place,
        session["id"] if session else None,
        deleted,
    )


def _describe(kind: str, row: Row, context: Context) -> str:
    if kind == "item" and context.field == "text":
        return translate("search", _ITEM_KINDS.get(row["item_kind"], _UNKNOWN_ITEM))
    return translate(
        "search", _FIELD_KINDS.get((kind, context.field), _RECORD_KINDS.get(kind, kind))
    )


def _context_of(kind: str, row: Row, needles: Needles) -> Context:
    for name in _FIELDS[kind]:
        found = context_in(row[name] or "", needles, name)
        if found is not None:
            return found
    # Matched through folding that the context finder does not reproduce: show the start.
    name, value = next(((n, row[n]) for n in _FIELDS[kind] if row[n]), (_FIELDS[kind][0], ""))
    start = one_line(value[: 2 * CONTEXT_CHARS])
    return Context(name, "", start, "…" if len(value) > 2 * CONTEXT_CHARS else "")


def _title(row: Row | None, name: str) -> str:
    return (row[name] if row is not None else "") or "(untitled)"


def search(
    store: Store, typed: str, include_deleted: bool = False, limit: int = 50
) -> SearchResults:
    """The first `limit` records matching what was typed, grouped by event (in the order their
    first match was found). Deleted records, and records in a deleted session or event, are left
    out unless `include_deleted`. Never raises for what was typed."""
    query = parse_query(typed)
    if query.expression is None:
        return SearchResults([], query.notice)
    groups: dict[str | None, EventMatches] = {}
    found = 0
    more = False
    after = 0
    # One more than the limit tells whether there are more; tombstones are few, and where they
    # leave a batch short the next batch is read.
    batch = limit + 1
    needles = needles_for(query.terms)
    with store.reading_cursor() as cursor:
        while not more:
            hits = sorted(cursor.execute(_MATCHES, (query.expression, after, batch)))
            sessions = {h[4] if h[1] == "item" else h[2] for h in hits if h[1] in _IN_SESSIONS}
            matched = any(h[1] == "session" for h in hits)
            above = _sessions_above(cursor, sessions, long_fields=matched)
            places: _Places | None = None  # for the matches not in a session of `above`
            for hit in hits:
                after, kind, record_id, deleted, parent, item_kind, text, owner = hit
                known = above.get(parent if kind == "item" else record_id)
                if known is not None and kind == "item":
                    row = {
                        "id": record_id,
                        "deleted": deleted,
                        "parent": parent,
                        "item_kind": item_kind,
                        "text": text,
                        "owner": owner,
                    }
                    deleted = bool(deleted) or known[1]
                    _session, _gone, event_id, title, place = known
                    session_id = parent
                elif known is not None and kind == "session":
                    row, deleted, event_id, title, _place = known
                    place, session_id = "", record_id
                else:
                    if places is None:
                        places = _Places(cursor)
                        places.load_lineage(_elsewhere_in(hits, above))
                    shown = _elsewhere(places, kind, record_id)
                    if shown is None:
                        continue
                    row, event_id, title, place, session_id, deleted = shown
                if deleted and not include_deleted:
                    continue
                if found == limit:
                    more = True
                    break
                match = Match(
                    record_id, kind, event_id, title, place, session_id, row, needles, deleted
                )
                group_of_event = groups.get(event_id)
                if group_of_event is None:
                    group_of_event = groups[event_id] = EventMatches(event_id, title)
                group_of_event.matches.append(match)
                found += 1
            if len(hits) < batch:
                break
            batch = min(batch * 4, 4096)
    return SearchResults(list(groups.values()), query.notice, more)
