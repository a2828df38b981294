"""What a record is called for people: its kind ("Key outcome"), and its title in a list or a
message ("Untitled session" when nobody typed one).

The one table of these words: the panels, the Trash, Needs review, undo texts, the editor's
list headings and the English summary read it. Each word is a literal string (no word glued
from pieces), so the translation tools can mark every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmcoord_desktop.core.models import (
    Attachment,
    Carry,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)


@dataclass(frozen=True)
class KindName:
    """One kind of record named three ways, each written out (languages differ in all three)."""

    alone: str  # a column or a label: "Key outcome"
    in_sentence: str  # inside a sentence: "Moved key outcome “…” to the Trash"
    heading: str  # over a list of them: "Key outcomes"
    untitled: str  # its title when nobody has typed one


# Keyed by Record.KIND, and for items by their ItemKind (an item is named for what it holds).
KIND_NAMES: dict[str, KindName] = {
    Event.KIND: KindName("Event", "event", "Events", "Untitled event"),
    Session.KIND: KindName("Session", "session", "Sessions", "Untitled session"),
    MarketplaceGroup.KIND: KindName(
        "Marketplace table", "marketplace table", "Marketplace tables", "Untitled table"
    ),
    Attachment.KIND: KindName("Presentation", "presentation", "Presentations", "(untitled)"),
    ItemKind.KEY_OUTCOME: KindName("Key outcome", "key outcome", "Key outcomes", "(untitled)"),
    ItemKind.NEXT_STEP: KindName(
        "Next step", "next step", "Next steps to implementing solutions", "(untitled)"
    ),
    ItemKind.IDEA: KindName("Idea", "idea", "Ideas", "(untitled)"),
    Carry.KIND: KindName(
        "Carried next step", "carried next step", "Carried next steps", "(carried next step)"
    ),
}
# An item whose kind this release does not know (written by a newer one): still named.
UNKNOWN_ITEM = KindName("Item", "item", "Items", "(untitled)")

# Heading of each status group in the events panel, in the order the panel shows them.
STATUS_HEADINGS: dict[str, str] = {"ongoing": "Ongoing", "upcoming": "Upcoming", "past": "Past"}


def kind_of(record: Record) -> KindName:
    """The names of what `record` is."""
    if isinstance(record, Item):
        return KIND_NAMES.get(record.item_kind, UNKNOWN_ITEM)
    return KIND_NAMES.get(record.KIND, KindName(record.KIND, record.KIND, record.KIND, record.id))


def item_kind_name(kind: ItemKind) -> KindName:
    """The names of one kind of item, for a list of them in the editor."""
    return KIND_NAMES[kind]


def kind_name(record: Record) -> str:
    """'Key outcome', 'Session': what the record is, as a column or label says it."""
    return kind_of(record).alone


def typed_title(record: Record) -> str:
    """The text a person typed as the record's title ('' when none): title, topic, text or
    caption, whichever the record has."""
    if isinstance(record, Event | Session):
        return record.title
    if isinstance(record, MarketplaceGroup):
        return record.topic
    if isinstance(record, Item):
        return record.text
    if isinstance(record, Attachment):
        return record.caption
    return ""


def record_title(record: Record) -> str:
    """The record's title as a list shows it, or what stands in for it when it has none."""
    return typed_title(record).strip() or kind_of(record).untitled


def short_title(record: Record, limit: int = 60) -> str:
    """A title fit for a one-line message (an outcome may be 100,000 characters long)."""
    return shortened(record_title(record), limit)


def shortened(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis when longer."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
