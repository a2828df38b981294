"""The records of a workshop: events, their sessions, marketplace tables, items and attachments.

Columns hold the value shown; `versions` holds every field's live versions (see register.py) so
that records merge field by field. Rows are never removed: deleting sets `deleted`, a tombstone.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, ColumnDefault, ForeignKey, Index, LargeBinary, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

if TYPE_CHECKING:
    from sqlalchemy import FromClause


class Base(DeclarativeBase):
    pass


class FieldType(enum.Enum):
    TEXT = "text"
    INT = "int"
    DATE = "date"
    TIME = "time"
    BYTES = "bytes"
    BOOL = "bool"


class Record:
    """What every synced record has: a UUID, a tombstone and per-field versions.

    What it is called for people is in record_names.py, its fields' labels in fields.py."""

    KIND: ClassVar[str]
    PARENT: ClassVar[str | None] = None  # name of the column holding the parent's id
    FIXED: ClassVar[tuple[str, ...]] = ()  # set at creation, never edited: parent, item kind
    FIELDS: ClassVar[dict[str, FieldType]]  # the fields a person edits, and how they are stored
    if TYPE_CHECKING:
        # Every concrete record is also a mapped `Base` class, which gives it its table (as
        # DeclarativeBase types it); said here for the type checker only, so that declarative
        # mapping never sees a mixin attribute named like its own.
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(default=False)
    needs_review: Mapped[bool] = mapped_column(default=False)
    # Newest stamp of any field; lets the trash and sync order records without parsing versions.
    changed: Mapped[int] = mapped_column(default=0)
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    @property
    def parent_id(self) -> str | None:
        return getattr(self, self.PARENT) if self.PARENT else None

    @classmethod
    def table(cls) -> Table:
        """The record's table (typed as one: `__table__` is typed for any mapped selectable)."""
        table = cls.__table__
        assert isinstance(table, Table)  # records map to tables, never to selects
        return table

    @classmethod
    def unset_value(cls, name: str) -> Any:
        """What a field never written (or cleared) holds: its column's default, else empty."""
        default = cls.table().c[name].default
        if isinstance(default, ColumnDefault) and default.is_scalar:
            return default.arg
        return None


class Event(Record, Base):
    __tablename__ = "events"
    KIND = "event"
    FIELDS = {
        "title": FieldType.TEXT,
        "series": FieldType.TEXT,
        "event_kind": FieldType.TEXT,
        "host": FieldType.TEXT,
        "city": FieldType.TEXT,
        "country": FieldType.TEXT,
        "platform": FieldType.TEXT,
        "platform_link": FieldType.TEXT,
        "start_date": FieldType.DATE,
        "end_date": FieldType.DATE,
        "participants": FieldType.INT,
        "description": FieldType.TEXT,
        "language": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    title: Mapped[str] = mapped_column(Text, default="")
    series: Mapped[str] = mapped_column(Text, default="")
    event_kind: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    platform: Mapped[str] = mapped_column(Text, default="")
    platform_link: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    participants: Mapped[int | None] = mapped_column(default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")

    def status(self, today: dt.date) -> str:
        """upcoming, ongoing or past: derived from the dates, never stored."""
        start = self.start_date or self.end_date
        end = self.end_date or self.start_date
        if start is None or end is None:
            return "upcoming"
        if today < start:
            return "upcoming"
        if today > end:
            return "past"
        return "ongoing"


class Session(Record, Base):
    __tablename__ = "sessions"
    __table_args__ = (Index("ix_sessions_event", "event_id"),)
    KIND = "session"
    PARENT = "event_id"
    FIXED = ("event_id",)
    FIELDS = {
        "title": FieldType.TEXT,
        "date": FieldType.DATE,
        "start_time": FieldType.TIME,
        "end_time": FieldType.TIME,
        "format": FieldType.TEXT,
        "delegates": FieldType.INT,
        "panel": FieldType.TEXT,
        "notes": FieldType.TEXT,
        "position": FieldType.TEXT,
        "track": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", deferrable=True, initially="DEFERRED")
    )
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(default=None)
    start_time: Mapped[dt.time | None] = mapped_column(default=None)
    end_time: Mapped[dt.time | None] = mapped_column(default=None)
    format: Mapped[str] = mapped_column(Text, default="")
    delegates: Mapped[int | None] = mapped_column(default=None)
    panel: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Agenda order among sessions of the same date and start time ("" for sessions made before
    # schema 3: they sort first, by title).
    position: Mapped[str] = mapped_column(String(64), default="")
    # The heading the facilitator groups sessions under in a summary ("UN-CMCoord Thematic
    # Sessions at HNPW"); "" for none.
    track: Mapped[str] = mapped_column(Text, default="")


class MarketplaceGroup(Record, Base):
    __tablename__ = "marketplace_groups"
    __table_args__ = (Index("ix_groups_session", "session_id"),)
    KIND = "group"
    PARENT = "session_id"
    FIXED = ("session_id",)
    FIELDS = {
        "topic": FieldType.TEXT,
        "host": FieldType.TEXT,
        "participants": FieldType.TEXT,
        "position": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", deferrable=True, initially="DEFERRED")
    )
    topic: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(String(64), default="a0")


class ItemKind(enum.StrEnum):
    KEY_OUTCOME = "key_outcome"
    NEXT_STEP = "next_step"
    IDEA = "idea"


class NextStepStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


class Item(Record, Base):
    """One key outcome, next step or idea: its own record, so concurrent additions all survive."""

    __tablename__ = "items"
    __table_args__ = (Index("ix_items_parent", "parent", "item_kind"),)
    KIND = "item"
    PARENT = "parent"
    FIXED = ("parent", "item_kind")
    FIELDS = {
        "text": FieldType.TEXT,
        "position": FieldType.TEXT,
        "owner": FieldType.TEXT,
        "due_date": FieldType.DATE,
        "status": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    # An event, a session or a marketplace group.
    parent: Mapped[str] = mapped_column(String(36))
    item_kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(String(64), default="a0")
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default="")


class Attachment(Record, Base):
    """A presentation slide (image or PDF), kept inside the database so it never goes missing."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_parent", "parent"),)
    KIND = "attachment"
    PARENT = "parent"
    FIXED = ("parent",)
    FIELDS = {
        "caption": FieldType.TEXT,
        "filename": FieldType.TEXT,
        "mime": FieldType.TEXT,
        "data": FieldType.BYTES,
        "position": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    parent: Mapped[str] = mapped_column(String(36))
    caption: Mapped[str] = mapped_column(Text, default="")
    filename: Mapped[str] = mapped_column(Text, default="")
    mime: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    position: Mapped[str] = mapped_column(String(64), default="a0")


class Carry(Record, Base):
    """A next step carried into a later event: the step itself stays one record (closing it
    closes it everywhere); this record only says "show it in that event too".

    Its id is derived from (step, event) (core/carry_forward.py), so two laptops carrying the
    same step into the same event write the same record, and carrying it into two events makes
    two records: carries merge as a set. Un-carrying is the usual tombstone.
    """

    __tablename__ = "carries"
    __table_args__ = (Index("ix_carries_event", "event_id"), Index("ix_carries_item", "item_id"))
    KIND = "carry"
    PARENT = "event_id"
    FIXED = ("item_id", "event_id")
    FIELDS = {
        # The step's own event when it was carried: the same on every laptop, so concurrent
        # carries of one step into one event agree and never conflict.
        "from_event": FieldType.TEXT,
        "deleted": FieldType.BOOL,
    }

    item_id: Mapped[str] = mapped_column(String(36))
    event_id: Mapped[str] = mapped_column(String(36))
    from_event: Mapped[str] = mapped_column(String(36), default="")


class Meta(Base):
    """Facts about this database: its device id and name, the clock's last stamp."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Event, Session, MarketplaceGroup, Item, Attachment, Carry)
}
