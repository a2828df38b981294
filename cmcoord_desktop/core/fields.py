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
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Field:
    """One field of one kind of record, as a person reads its name."""

    record: type[Record]
    name: str  # the column
    label: str  # in English, beside the field in a form, over it in Needs review: "Start date"
    in_sentence: str  # inside a sentence: "Edit start date", "Keep “…” for start date"

    @property
    def type(self) -> FieldType:
        return self.record.FIELDS[self.name]


# (column, label, in a sentence), in the order the form shows them.
_LABELS: dict[type[Record], tuple[tuple[str, str, str], ...]] = {
    Event: (
        ("title", QT_TRANSLATE_NOOP("fields", "Title"), "title"),
        ("series", QT_TRANSLATE_NOOP("fields", "Series"), "series"),
        ("event_kind", QT_TRANSLATE_NOOP("fields", "Kind"), "kind"),
        ("host", QT_TRANSLATE_NOOP("fields", "Host"), "host"),
        ("city", QT_TRANSLATE_NOOP("fields", "City"), "city"),
        ("country", QT_TRANSLATE_NOOP("fields", "Country"), "country"),
        ("platform", QT_TRANSLATE_NOOP("fields", "Online platform"), "online platform"),
        ("platform_link", QT_TRANSLATE_NOOP("fields", "Link"), "link"),
        ("start_date", QT_TRANSLATE_NOOP("fields", "Start date"), "start date"),
        ("end_date", QT_TRANSLATE_NOOP("fields", "End date"), "end date"),
        ("participants", QT_TRANSLATE_NOOP("fields", "Participants"), "participants"),
        ("language", QT_TRANSLATE_NOOP("fields", "Language"), "language"),
        ("description", QT_TRANSLATE_NOOP("fields", "Description"), "description"),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
    ),
    Session: (
        ("title", QT_TRANSLATE_NOOP("fields", "Title"), "title"),
        ("date", QT_TRANSLATE_NOOP("fields", "Date"), "date"),
        ("start_time", QT_TRANSLATE_NOOP("fields", "Start time"), "start time"),
        ("end_time", QT_TRANSLATE_NOOP("fields", "End time"), "end time"),
        ("format", QT_TRANSLATE_NOOP("fields", "Format"), "format"),
        ("delegates", QT_TRANSLATE_NOOP("fields", "Delegates"), "delegates"),
        ("panel", QT_TRANSLATE_NOOP("fields", "Panel members"), "panel members"),
        ("track", QT_TRANSLATE_NOOP("fields", "Track"), "track"),
        ("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "notes"),
        ("position", QT_TRANSLATE_NOOP("fields", "Place in the agenda"), "place in the agenda"),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
    ),
    MarketplaceGroup: (
        ("topic", QT_TRANSLATE_NOOP("fields", "Topic"), "topic"),
        ("host", QT_TRANSLATE_NOOP("fields", "Table host"), "table host"),
        ("participants", QT_TRANSLATE_NOOP("fields", "Participants"), "participants"),
        ("position", QT_TRANSLATE_NOOP("fields", "Place in the session"), "place in the session"),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
    ),
    Item: (
        ("text", QT_TRANSLATE_NOOP("fields", "Text"), "text"),
        ("owner", QT_TRANSLATE_NOOP("fields", "Owner"), "owner"),
        ("due_date", QT_TRANSLATE_NOOP("fields", "Due"), "due date"),  # "Due" fits beside the owner
        ("status", QT_TRANSLATE_NOOP("fields", "Status"), "status"),
        ("position", QT_TRANSLATE_NOOP("fields", "Place in the list"), "place in the list"),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
    ),
    Attachment: (
        ("caption", QT_TRANSLATE_NOOP("fields", "Caption"), "caption"),
        ("filename", QT_TRANSLATE_NOOP("fields", "File name"), "file name"),
        ("mime", QT_TRANSLATE_NOOP("fields", "File type"), "file type"),
        ("data", QT_TRANSLATE_NOOP("fields", "Presentation"), "presentation"),
        (
            "position",
            QT_TRANSLATE_NOOP("fields", "Place among the presentations"),
            "place among the presentations",
        ),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
    ),
    Carry: (
        ("from_event", QT_TRANSLATE_NOOP("fields", "Carried from"), "carried from"),
        ("deleted", QT_TRANSLATE_NOOP("fields", "Deleted"), "deleted"),
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
    """'Kind' for an event's event_kind: the field's label for people, in their language."""
    return translate("fields", field(record, name).label)


def in_sentence(record: type[Record], name: str) -> str:
    """'start date' for a session's start_date, as it reads inside a sentence."""
    return field(record, name).in_sentence
