"""Every field of every record for people: its label, and (from the model) how it is stored.

The one table the editor's forms, Needs review and the undo texts read a field's name from, so
that one field is never "Kind" in the form and "Event kind" in the review. Each label is a
literal string, twice (alone, and inside a sentence: languages change words there differently),
so the translation tools can mark every one.

A field's type stays declared beside its column in `models.py` (the merge and the shared file
read it there); `Field.type` reads it, so nothing here can disagree with the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmcoord_desktop.core.models import (
    Attachment,
    Carry,
    Event,
    FieldType,
    Item,
    MarketplaceGroup,
    Record,
    Session,
)


@dataclass(frozen=True)
class Field:
    """One field of one kind of record, as a person reads its name."""

    record: type[Record]
    name: str  # the column
    label: str  # beside the field in a form, over it in Needs review: "Start date"
    in_sentence: str  # inside a sentence: "Edit start date", "Keep “…” for start date"

    @property
    def type(self) -> FieldType:
        return self.record.FIELDS[self.name]


# (column, label, in a sentence), in the order the form shows them.
_LABELS: dict[type[Record], tuple[tuple[str, str, str], ...]] = {
    Event: (
        ("title", "Title", "title"),
        ("series", "Series", "series"),
        ("event_kind", "Kind", "kind"),
        ("host", "Host", "host"),
        ("city", "City", "city"),
        ("country", "Country", "country"),
        ("platform", "Online platform", "online platform"),
        ("platform_link", "Link", "link"),
        ("start_date", "Start date", "start date"),
        ("end_date", "End date", "end date"),
        ("participants", "Participants", "participants"),
        ("language", "Language", "language"),
        ("description", "Description", "description"),
        ("deleted", "Deleted", "deleted"),
    ),
    Session: (
        ("title", "Title", "title"),
        ("date", "Date", "date"),
        ("start_time", "Start time", "start time"),
        ("end_time", "End time", "end time"),
        ("format", "Format", "format"),
        ("delegates", "Delegates", "delegates"),
        ("panel", "Panel members", "panel members"),
        ("track", "Track", "track"),
        ("notes", "Notes", "notes"),
        ("position", "Place in the agenda", "place in the agenda"),
        ("deleted", "Deleted", "deleted"),
    ),
    MarketplaceGroup: (
        ("topic", "Topic", "topic"),
        ("host", "Table host", "table host"),
        ("participants", "Participants", "participants"),
        ("position", "Place in the session", "place in the session"),
        ("deleted", "Deleted", "deleted"),
    ),
    Item: (
        ("text", "Text", "text"),
        ("owner", "Owner", "owner"),
        ("due_date", "Due", "due date"),  # "Due" fits beside the owner
        ("status", "Status", "status"),
        ("position", "Place in the list", "place in the list"),
        ("deleted", "Deleted", "deleted"),
    ),
    Attachment: (
        ("caption", "Caption", "caption"),
        ("filename", "File name", "file name"),
        ("mime", "File type", "file type"),
        ("data", "Presentation", "presentation"),
        ("position", "Place among the presentations", "place among the presentations"),
        ("deleted", "Deleted", "deleted"),
    ),
    Carry: (
        ("from_event", "Carried from", "carried from"),
        ("deleted", "Deleted", "deleted"),
    ),
}

FIELDS: dict[type[Record], dict[str, Field]] = {
    record: {name: Field(record, name, label, words) for name, label, words in rows}
    for record, rows in _LABELS.items()
}


def field(record: type[Record], name: str) -> Field:
    """The field `name` of `record`; KeyError for a column that is not a field a person sees."""
    return FIELDS[record][name]


def label(record: type[Record], name: str) -> str:
    """'Kind' for an event's event_kind: the field's label for people."""
    return field(record, name).label


def in_sentence(record: type[Record], name: str) -> str:
    """'start date' for a session's start_date, as it reads inside a sentence."""
    return field(record, name).in_sentence
