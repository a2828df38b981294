"""Search every record by its words: the query a person types, turned into a safe FTS5 query,
and the matches grouped by event with the matching words in context.

Whatever is typed is searched as words: each word and each "quoted phrase" becomes one quoted
FTS5 string, so FTS5's own syntax (NEAR, AND, *, ^, parentheses, column filters) is never
interpreted; the last word, while still being typed, matches as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session as DbSession

from cmcoord_desktop.core.models import (
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)
from cmcoord_desktop.core.search_index import fold, fold_char
from cmcoord_desktop.core.store import Store

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
CONTEXT_CHARS = 40

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


def _searchable(folded: str) -> bool:
    return any(
        unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "So" for c in folded
    )


def _word_or_space(char: str) -> str:
    category = unicodedata.category(char)
    return char if category[0] in "LNM" or category == "So" else " "


def parse_query(typed: str) -> Query:
    """A typed query as words (see the module's docstring); never raises."""
    notice = ""
    cleaned = _SURROGATES.sub(" ", typed)
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned = cleaned[:MAX_QUERY_CHARS]
        notice = f"Searched the first {MAX_QUERY_CHARS:,} characters."
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
        for word in ([unit] if phrase else "".join(map(_word_or_space, unit)).split())
    ]
    typing = bool(units) and not units[-1][1] and not cleaned[-1:].isspace()
    if len(units) > MAX_TERMS:
        units = units[:MAX_TERMS]
        typing = False
        notice = f"Searched the first {MAX_TERMS} words."
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
                None, (), "Type letters or numbers to search: symbols alone match nothing."
            )
        return Query(None, (), notice)
    return Query(" ".join(parts), tuple(terms), notice)


@dataclass(frozen=True)
class Context:
    """Words around the first match in one field: `before`, the `match` itself, `after`."""

    field: str
    before: str
    match: str
    after: str

    def marked(self, left: str = "[", right: str = "]") -> str:
        return f"{self.before}{left}{self.match}{right}{self.after}"


@dataclass(frozen=True)
class Match:
    record_id: str
    kind: str  # what a person calls it: "key outcome", "next step", "session", ...
    event_id: str | None
    event_title: str
    place: str  # the session or marketplace table it is in ("" for the event itself)
    session_id: str | None
    context: Context
    deleted: bool = False


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


# --- the words in context ---------------------------------------------------------------------


def _fold_with_map(original: str) -> tuple[str, list[int]]:
    """`original` folded character by character (no CJK spacing), with for each folded
    character the index of the original character it came from."""
    pieces: list[str] = []
    where: list[int] = []
    for index, char in enumerate(original):
        folded = fold_char(char).strip() if not char.isspace() else " "
        pieces.append(folded)
        where.extend([index] * len(folded))
    return "".join(pieces), where


def _one_line(text: str) -> str:
    return " ".join(text.split())


def find_context(original: str, terms: tuple[str, ...], name: str) -> Context | None:
    """The first place in `original` where one of the folded terms starts a word (anywhere,
    for Chinese and Japanese), with some words either side."""
    if not original:
        return None
    folded, where = _fold_with_map(original)
    best: tuple[int, int] | None = None
    for term in terms:
        needle = term.replace(" ", "") if all(_is_cjk_text(p) for p in term.split()) else term
        start = 0
        while (found := folded.find(needle, start)) >= 0:
            at_word_start = found == 0 or not folded[found - 1].isalnum() or _is_cjk_text(needle)
            if at_word_start:
                if best is None or found < best[0]:
                    best = (found, found + len(needle))
                break
            start = found + 1
    if best is None:
        return None
    first = where[best[0]]
    last = where[best[1] - 1] + 1
    while last < len(original) and original[last].isalnum():  # the rest of a prefix's word
        last += 1
    before = original[max(0, first - CONTEXT_CHARS) : first]
    after = original[last : last + CONTEXT_CHARS]
    if first > CONTEXT_CHARS:
        before = "…" + before
    if last + CONTEXT_CHARS < len(original):
        after += "…"
    return Context(
        name,
        _one_line(before) + (" " if before[-1:].isspace() else ""),
        _one_line(original[first:last]),
        (" " if after[:1].isspace() else "") + _one_line(after),
    )


def _is_cjk_text(text: str) -> bool:
    return bool(text) and all(fold_char(c).startswith(" ") for c in text)


# --- the query --------------------------------------------------------------------------------

_KIND_CLASSES: dict[str, type[Record]] = {
    "event": Event,
    "session": Session,
    "group": MarketplaceGroup,
    "item": Item,
    "attachment": Attachment,
}
_ITEM_KINDS: dict[str, str] = {
    ItemKind.KEY_OUTCOME: "key outcome",
    ItemKind.NEXT_STEP: "next step",
    ItemKind.IDEA: "idea",
}
_RECORD_KINDS = {"group": "marketplace table", "attachment": "slide"}
_FIELD_KINDS = {
    ("event", "title"): "event",
    ("session", "title"): "session",
    ("session", "panel"): "panel member",
    ("session", "notes"): "session notes",
    ("group", "topic"): "marketplace table",
    ("group", "host"): "table host",
    ("group", "participants"): "table participants",
    ("item", "owner"): "next step owner",
    ("attachment", "caption"): "slide caption",
    ("attachment", "filename"): "slide file",
}
_FIELDS: dict[str, tuple[str, ...]] = {
    "event": (
        "title",
        "series",
        "event_kind",
        "host",
        "city",
        "country",
        "platform",
        "description",
    ),
    "session": ("title", "format", "panel", "notes"),
    "group": ("topic", "host", "participants"),
    "item": ("text", "owner"),
    "attachment": ("caption", "filename"),
}

_MATCHES = text(
    "SELECT search_text.rowid, r.kind, r.record_id FROM search_text "
    "JOIN search_rows r ON r.n = search_text.rowid "
    "WHERE search_text MATCH :expression AND search_text.rowid > :after "
    "ORDER BY search_text.rowid LIMIT :batch"
)


class _Places:
    """Finds each match's event and session or table, each looked up once per search."""

    def __init__(self, db: DbSession) -> None:
        self.db = db
        self.rows: dict[tuple[type[Record], str], Record | None] = {}

    def get(self, cls: type[Record], record_id: str | None) -> Record | None:
        if record_id is None:
            return None
        key = (cls, record_id)
        if key not in self.rows:
            self.rows[key] = self.db.get(cls, record_id)
        return self.rows[key]

    def lineage(
        self, row: Record
    ) -> tuple[Event | None, Session | None, MarketplaceGroup | None, bool]:
        """The event, session and table a record is in, and whether any of them is deleted."""
        event: Event | None = None
        session: Session | None = None
        group: MarketplaceGroup | None = None
        deleted = row.deleted
        current: Record | None = row
        for _ in range(4):
            if current is None:
                break
            if isinstance(current, Event):
                event = current
                break
            if isinstance(current, Session):
                session = current
                current = self.get(Event, current.event_id)
            elif isinstance(current, MarketplaceGroup):
                group = current
                current = self.get(Session, current.session_id)
            else:
                parent = current.parent_id
                current = (
                    self.get(Event, parent)
                    or self.get(Session, parent)
                    or self.get(MarketplaceGroup, parent)
                )
            if current is not None:
                deleted = deleted or current.deleted
        return event, session, group, deleted


def _describe(row: Record, context: Context) -> str:
    if isinstance(row, Item) and context.field == "text":
        return _ITEM_KINDS.get(row.item_kind, "item")
    return _FIELD_KINDS.get((row.KIND, context.field), _RECORD_KINDS.get(row.KIND, row.KIND))


def _context_of(row: Record, kind: str, terms: tuple[str, ...]) -> Context:
    for name in _FIELDS[kind]:
        value = getattr(row, name, "") or ""
        found = find_context(value, terms, name)
        if found is not None:
            return found
    # Matched through folding that the context finder does not reproduce: show the start.
    name, value = next(
        ((n, getattr(row, n)) for n in _FIELDS[kind] if getattr(row, n, "")), (_FIELDS[kind][0], "")
    )
    start = _one_line(value[: 2 * CONTEXT_CHARS])
    return Context(name, "", start, "…" if len(value) > 2 * CONTEXT_CHARS else "")


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
    batch = max(limit * 2, 64)
    with store.unit_of_work() as db:
        places = _Places(db)
        while not more:
            rows = db.execute(
                _MATCHES, {"expression": query.expression, "after": after, "batch": batch}
            ).all()
            for rowid, kind, record_id in rows:
                after = rowid
                cls = _KIND_CLASSES.get(kind)
                row = places.get(cls, record_id) if cls else None
                if row is None:
                    continue
                event, session, group, deleted = places.lineage(row)
                if deleted and not include_deleted:
                    continue
                if found == limit:
                    more = True
                    break
                context = _context_of(row, kind, query.terms)
                event_id = event.id if event else None
                title = (event.title or "(untitled)") if event else "(no event)"
                place = ""
                if group is not None:
                    place = f"{(session.title if session else '') or '(untitled)'} / {group.topic or '(untitled)'}"
                elif session is not None and not isinstance(row, Session):
                    place = session.title or "(untitled)"
                match = Match(
                    record_id=record_id,
                    kind=_describe(row, context),
                    event_id=event_id,
                    event_title=title,
                    place=place,
                    session_id=session.id if session else None,
                    context=context,
                    deleted=deleted,
                )
                groups.setdefault(event_id, EventMatches(event_id, title)).matches.append(match)
                found += 1
            if len(rows) < batch:
                break
    return SearchResults(list(groups.values()), query.notice, more)
