"""What a record is called for people: its kind ("Key outcome"), and its title in a list or a
message ("Untitled session" when nobody typed one).

The one table of these words: the panels, the Trash, Needs review, undo texts, the editor's
list headings and the English summary read it. They stay English here (the summary has its own
language); the window shows them through the catalogue, context "record names". Each word is a literal string (no word glued
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
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class KindName:
    """One kind of record named three ways, each written out (languages differ in all three)."""

    alone: str  # a column or a label: "Key outcome"
    in_sentence: str  # inside a sentence: "Moved key outcome “…” to the Trash"
    heading: str  # over a list of them: "Key outcomes"
    untitled: str  # its title when nobody has typed one


# Keyed by Record.KIND, and for items by their ItemKind (an item is named for what it holds).
KIND_NAMES: dict[str, KindName] = {
    Event.KIND: KindName(
        QT_TRANSLATE_NOOP("record names", "Event"),
        "event",
        QT_TRANSLATE_NOOP("record names", "Events"),
        QT_TRANSLATE_NOOP("record names", "Untitled event"),
    ),
    Session.KIND: KindName(
        QT_TRANSLATE_NOOP("record names", "Session"),
        "session",
        QT_TRANSLATE_NOOP("record names", "Sessions"),
        QT_TRANSLATE_NOOP("record names", "Untitled session"),
    ),
    MarketplaceGroup.KIND: KindName(
        QT_TRANSLATE_NOOP("record names", "Marketplace table"),
        "marketplace table",
        QT_TRANSLATE_NOOP("record names", "Marketplace tables"),
        QT_TRANSLATE_NOOP("record names", "Untitled table"),
    ),
    Attachment.KIND: KindName(
        QT_TRANSLATE_NOOP("record names", "Presentation"),
        "presentation",
        QT_TRANSLATE_NOOP("record names", "Presentations"),
        QT_TRANSLATE_NOOP("record names", "(untitled)"),
    ),
    ItemKind.KEY_OUTCOME: KindName(
        QT_TRANSLATE_NOOP("record names", "Key outcome"),
        "key outcome",
        QT_TRANSLATE_NOOP("record names", "Key outcomes"),
        QT_TRANSLATE_NOOP("record names", "(untitled)"),
    ),
    ItemKind.NEXT_STEP: KindName(
        QT_TRANSLATE_NOOP("record names", "Next step"),
        "next step",
        QT_TRANSLATE_NOOP("record names", "Next steps to implementing solutions"),
        QT_TRANSLATE_NOOP("record names", "(untitled)"),
    ),
    ItemKind.IDEA: KindName(
        QT_TRANSLATE_NOOP("record names", "Idea"),
        "idea",
        QT_TRANSLATE_NOOP("record names", "Ideas"),
        QT_TRANSLATE_NOOP("record names", "(untitled)"),
    ),
    Carry.KIND: KindName(
        QT_TRANSLATE_NOOP("record names", "Carried next step"),
        "carried next step",
        QT_TRANSLATE_NOOP("record names", "Carried next steps"),
        QT_TRANSLATE_NOOP("record names", "(carried next step)"),
    ),
}
# An item whose kind this release does not know (written by a newer one): still named.
UNKNOWN_ITEM = KindName(
    QT_TRANSLATE_NOOP("record names", "Item"),
    "item",
    QT_TRANSLATE_NOOP("record names", "Items"),
    QT_TRANSLATE_NOOP("record names", "(untitled)"),
)

# Heading of each status group in the events panel, in the order the panel shows them.
STATUS_HEADINGS: dict[str, str] = {
    "ongoing": QT_TRANSLATE_NOOP("record names", "Ongoing"),
    "upcoming": QT_TRANSLATE_NOOP("record names", "Upcoming"),
    "past": QT_TRANSLATE_NOOP("record names", "Past"),
}


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
