"""The window's sentences that name a kind of record or a field: undo steps ("Delete session
“Opening”"), and the hints after a delete or a restore.

One whole sentence per kind and per field, never a translated kind glued into a translated
sentence: "key outcome" is masculine in French and "next step" feminine, and the verb, the
article and the adjectives follow it ("Supprimer le résultat principal", "Supprimer la
prochaine étape"). The English words stay in core/record_names.py and core/fields.py; these are
the window's, context "RecordSentences", translated when the sentence is made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from cmcoord_desktop.core import fields
from cmcoord_desktop.core.models import (
    Attachment,
    Carry,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    NextStepStatus,
    Record,
    Session,
)
from cmcoord_desktop.core.record_names import kind_of, shortened, typed_title
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP

CONTEXT = "RecordSentences"
UNKNOWN = "item"  # an item of a kind a newer release wrote
TITLE_LIMIT = 60  # characters of a title inside a one-line sentence

# "Edit <field>" for each field a form, a list row or a slide card edits.
EDIT_FIELD: dict[tuple[type[Record], str], str] = {
    (Event, "title"): QT_TRANSLATE_NOOP("RecordSentences", "Edit title"),
    (Event, "series"): QT_TRANSLATE_NOOP("RecordSentences", "Edit series"),
    (Event, "event_kind"): QT_TRANSLATE_NOOP("RecordSentences", "Edit kind"),
    (Event, "host"): QT_TRANSLATE_NOOP("RecordSentences", "Edit host"),
    (Event, "city"): QT_TRANSLATE_NOOP("RecordSentences", "Edit city"),
    (Event, "country"): QT_TRANSLATE_NOOP("RecordSentences", "Edit country"),
    (Event, "platform"): QT_TRANSLATE_NOOP("RecordSentences", "Edit online platform"),
    (Event, "platform_link"): QT_TRANSLATE_NOOP("RecordSentences", "Edit link"),
    (Event, "start_date"): QT_TRANSLATE_NOOP("RecordSentences", "Edit start date"),
    (Event, "end_date"): QT_TRANSLATE_NOOP("RecordSentences", "Edit end date"),
    (Event, "participants"): QT_TRANSLATE_NOOP("RecordSentences", "Edit participants"),
    (Event, "language"): QT_TRANSLATE_NOOP("RecordSentences", "Edit language"),
    (Event, "description"): QT_TRANSLATE_NOOP("RecordSentences", "Edit description"),
    (Session, "title"): QT_TRANSLATE_NOOP("RecordSentences", "Edit title"),
    (Session, "date"): QT_TRANSLATE_NOOP("RecordSentences", "Edit date"),
    (Session, "start_time"): QT_TRANSLATE_NOOP("RecordSentences", "Edit start time"),
    (Session, "end_time"): QT_TRANSLATE_NOOP("RecordSentences", "Edit end time"),
    (Session, "format"): QT_TRANSLATE_NOOP("RecordSentences", "Edit format"),
    (Session, "delegates"): QT_TRANSLATE_NOOP("RecordSentences", "Edit delegates"),
    (Session, "panel"): QT_TRANSLATE_NOOP("RecordSentences", "Edit panel members"),
    (Session, "track"): QT_TRANSLATE_NOOP("RecordSentences", "Edit track"),
    (Session, "notes"): QT_TRANSLATE_NOOP("RecordSentences", "Edit notes"),
    (MarketplaceGroup, "topic"): QT_TRANSLATE_NOOP("RecordSentences", "Edit topic"),
    (MarketplaceGroup, "host"): QT_TRANSLATE_NOOP("RecordSentences", "Edit table host"),
    (MarketplaceGroup, "participants"): QT_TRANSLATE_NOOP("RecordSentences", "Edit participants"),
    (Item, "owner"): QT_TRANSLATE_NOOP("RecordSentences", "Edit owner"),
    (Item, "due_date"): QT_TRANSLATE_NOOP("RecordSentences", "Edit due date"),
    (Item, "status"): QT_TRANSLATE_NOOP("RecordSentences", "Edit status"),
    (Attachment, "caption"): QT_TRANSLATE_NOOP("RecordSentences", "Edit caption"),
}
# Any other field (one a newer release adds): its label stands quoted, as a name would.
EDIT_OTHER_FIELD = QT_TRANSLATE_NOOP("RecordSentences", "Edit “{field}”")

# Keyed by kind_key(record): Record.KIND, or an item's ItemKind.
DELETE: dict[str, str] = {
    Event.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Delete event “{title}”"),
    Session.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Delete session “{title}”"),
    MarketplaceGroup.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences", "Delete marketplace table “{title}”"
    ),
    Attachment.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Delete presentation “{title}”"),
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Delete key outcome “{title}”"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Delete next step “{title}”"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Delete idea “{title}”"),
    Carry.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Delete carried next step “{title}”"),
    UNKNOWN: QT_TRANSLATE_NOOP("RecordSentences", "Delete item “{title}”"),
}
RESTORE: dict[str, str] = {
    Event.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restore event “{title}”"),
    Session.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restore session “{title}”"),
    MarketplaceGroup.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences", "Restore marketplace table “{title}”"
    ),
    Attachment.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restore presentation “{title}”"),
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Restore key outcome “{title}”"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Restore next step “{title}”"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Restore idea “{title}”"),
    Carry.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restore carried next step “{title}”"),
    UNKNOWN: QT_TRANSLATE_NOOP("RecordSentences", "Restore item “{title}”"),
}
RESTORED: dict[str, str] = {
    Event.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restored event “{title}”."),
    Session.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restored session “{title}”."),
    MarketplaceGroup.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences", "Restored marketplace table “{title}”."
    ),
    Attachment.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restored presentation “{title}”."),
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Restored key outcome “{title}”."),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Restored next step “{title}”."),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Restored idea “{title}”."),
    Carry.KIND: QT_TRANSLATE_NOOP("RecordSentences", "Restored carried next step “{title}”."),
    UNKNOWN: QT_TRANSLATE_NOOP("RecordSentences", "Restored item “{title}”."),
}
# Its event or session is still deleted: the kind is not named (the title is enough).
RESTORED_HIDDEN = QT_TRANSLATE_NOOP(
    "RecordSentences", "Restored “{title}”; what it belongs to is still in the Trash."
)
# Edit › Delete deletes what the panels list.
TRASHED: dict[str, str] = {
    Event.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences",
        "Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).",
    ),
    Session.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences",
        "Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).",
    ),
    MarketplaceGroup.KIND: QT_TRANSLATE_NOOP(
        "RecordSentences",
        "Moved marketplace table “{title}” to the Trash "
        "(Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).",
    ),
}
# (kind, step): -1 up, +1 down, 0 a drop somewhere else in the list.
MOVE: dict[tuple[str, int], str] = {
    (Session.KIND, -1): QT_TRANSLATE_NOOP("RecordSentences", "Move session up"),
    (Session.KIND, 1): QT_TRANSLATE_NOOP("RecordSentences", "Move session down"),
    (MarketplaceGroup.KIND, -1): QT_TRANSLATE_NOOP("RecordSentences", "Move marketplace table up"),
    (MarketplaceGroup.KIND, 1): QT_TRANSLATE_NOOP("RecordSentences", "Move marketplace table down"),
    (ItemKind.KEY_OUTCOME, -1): QT_TRANSLATE_NOOP("RecordSentences", "Move key outcome up"),
    (ItemKind.KEY_OUTCOME, 1): QT_TRANSLATE_NOOP("RecordSentences", "Move key outcome down"),
    (ItemKind.KEY_OUTCOME, 0): QT_TRANSLATE_NOOP("RecordSentences", "Move key outcome"),
    (ItemKind.NEXT_STEP, -1): QT_TRANSLATE_NOOP("RecordSentences", "Move next step up"),
    (ItemKind.NEXT_STEP, 1): QT_TRANSLATE_NOOP("RecordSentences", "Move next step down"),
    (ItemKind.NEXT_STEP, 0): QT_TRANSLATE_NOOP("RecordSentences", "Move next step"),
    (ItemKind.IDEA, -1): QT_TRANSLATE_NOOP("RecordSentences", "Move idea up"),
    (ItemKind.IDEA, 1): QT_TRANSLATE_NOOP("RecordSentences", "Move idea down"),
    (ItemKind.IDEA, 0): QT_TRANSLATE_NOOP("RecordSentences", "Move idea"),
}
# What the editor's lists of items do, one sentence per kind of item.
ADD_ITEM = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Add key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Add next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Add idea"),
}
SPLIT_ITEM = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Split key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Split next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Split idea"),
}
EDIT_ITEM = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Edit key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Edit next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Edit idea"),
}
DELETE_ITEM = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Delete key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Delete next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Delete idea"),
}
DELETE_EMPTY_ITEM = {
    ItemKind.KEY_OUTCOME: QT_TRANSLATE_NOOP("RecordSentences", "Delete empty key outcome"),
    ItemKind.NEXT_STEP: QT_TRANSLATE_NOOP("RecordSentences", "Delete empty next step"),
    ItemKind.IDEA: QT_TRANSLATE_NOOP("RecordSentences", "Delete empty idea"),
}
# A next step's status picked in the editor, and in the Next steps view (which names the step).
SET_STATUS: dict[str, str] = {
    NextStepStatus.OPEN: QT_TRANSLATE_NOOP("RecordSentences", "Set status to open"),
    NextStepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("RecordSentences", "Set status to in progress"),
    NextStepStatus.DONE: QT_TRANSLATE_NOOP("RecordSentences", "Set status to done"),
    NextStepStatus.DROPPED: QT_TRANSLATE_NOOP("RecordSentences", "Set status to dropped"),
}
SET_STEP_STATUS: dict[str, str] = {
    NextStepStatus.OPEN: QT_TRANSLATE_NOOP("RecordSentences", "Set next step “{step}” to open"),
    NextStepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "RecordSentences", "Set next step “{step}” to in progress"
    ),
    NextStepStatus.DONE: QT_TRANSLATE_NOOP("RecordSentences", "Set next step “{step}” to done"),
    NextStepStatus.DROPPED: QT_TRANSLATE_NOOP(
        "RecordSentences", "Set next step “{step}” to dropped"
    ),
}
SET_OTHER_STATUS = QT_TRANSLATE_NOOP("RecordSentences", "Set status to “{status}”")


def isolated(text: str) -> str:
    """A person's text placed inside a translated sentence, in first-strong isolates (U+2068 …
    U+2069): an English title in an Arabic sentence keeps its own order and leaves the
    sentence's alone. Only where the text is shown; stored data never holds them."""
    return f"\u2068{text}\u2069" if text else text


def words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Sentence(str):
    """A sentence in the window's language that can say itself again: an undo step made
    before View › Language is shown in the new language (ui/commands.py reads `again`)."""

    again: Callable[[], str]


def sentence(say: Callable[[], str]) -> Sentence:
    """`say()` now, remembering how to say it again; `say` translates a literal each time."""
    said = Sentence(say())
    said.again = say
    return said


def kind_key(record: Record) -> str:
    """The key of the tables above for what `record` is."""
    if isinstance(record, Item):
        kind = record.item_kind
        return kind if kind in ItemKind._value2member_map_ else UNKNOWN
    return record.KIND


def title(record: Record) -> str:
    """Its title, or what stands in for it ("Untitled session") in the window's language."""
    return _titled(typed_title(record), kind_of(record).untitled)


def _titled(typed: str, untitled: str, limit: int | None = None) -> str:
    text = typed.strip() or QCoreApplication.translate("record names", untitled)
    return text if limit is None else shortened(text, limit)


def shown_title(record: Record, limit: int = TITLE_LIMIT) -> str:
    """Its title on one line, shortened for a sentence."""
    return shortened(title(record), limit)


def _about(table: dict[str, str], record: Record, text: str | None = None) -> Sentence:
    """One of the tables' sentences for `record`; read from the record now (it may be gone
    from the store when the sentence is said again)."""
    key = kind_key(record)
    source = text or table.get(key, table[UNKNOWN])
    typed, untitled = typed_title(record), kind_of(record).untitled
    return sentence(
        lambda: words(source).format(title=isolated(_titled(typed, untitled, TITLE_LIMIT)))
    )


def edit_field(record: type[Record], name: str) -> Sentence:
    """'Edit start date': the undo step of typing into one field."""
    text = EDIT_FIELD.get((record, name))
    if text is not None:
        return sentence(lambda: words(text))
    return sentence(
        lambda: words(EDIT_OTHER_FIELD).format(field=isolated(fields.label(record, name)))
    )


def delete(record: Record) -> Sentence:
    return _about(DELETE, record)


def restore(record: Record) -> Sentence:
    return _about(RESTORE, record)


def restored(record: Record, hidden: bool) -> Sentence:
    """The hint after a restore; `hidden` when what it belongs to is still deleted."""
    return _about(RESTORED, record, RESTORED_HIDDEN if hidden else None)


def trashed(record: Record) -> Sentence:
    return _about(TRASHED, record, TRASHED[record.KIND])


def move(kind: str, step: int) -> Sentence:
    source = MOVE[(kind, max(-1, min(1, step)))]
    return sentence(lambda: words(source))


def about_item(table: dict[ItemKind, str], kind: ItemKind) -> Sentence:
    """One of the item lists' sentences (ADD_ITEM, SPLIT_ITEM…) for this kind of item."""
    source = table[kind]
    return sentence(lambda: words(source))


def set_status(status: str, step: str | None = None) -> Sentence:
    """The undo step of picking a next step's status; with `step`, the step is named."""
    table = SET_STATUS if step is None else SET_STEP_STATUS
    text = table.get(status)
    if text is None:
        return sentence(lambda: words(SET_OTHER_STATUS).format(status=isolated(status)))
    return sentence(lambda: words(text).format(step=isolated(step or "")))
