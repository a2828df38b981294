"""The session being captured live: when, format, delegates, panel, notes, key outcomes, next
steps and the presentation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmcoord_desktop.core import fields, repository, validation
from cmcoord_desktop.core.models import Event, ItemKind, Record, Session
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.choices import SESSION_FORMATS
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.local_dates import parse_local_date
from cmcoord_desktop.ui.editor.record_form import RecordForm
from cmcoord_desktop.ui.record_sentences import isolated


class SessionForm(RecordForm):
    RECORD = Session
    PARTNERS = {"start_time": "end_time", "end_time": "start_time"}

    def __init__(self, ctx: EditContext, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(ctx, parent)
        self.add_title(
            "title", QT_TRANSLATE_NOOP("RecordForm", "Session title"), warn=validation.title_message
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "When"),
            self.line(
                "date",
                QT_TRANSLATE_NOOP("RecordForm", "Date, e.g. 2017-02-07"),
                width=190,
                parse=parse_local_date,
                show_as=validation.format_date,
            ),
            QT_TRANSLATE_NOOP("RecordForm", "from"),
            self.line(
                "start_time",
                QT_TRANSLATE_NOOP("RecordForm", "hh:mm"),  # not a time, or it reads as one
                width=90,
                parse=validation.parse_time,
                show_as=validation.format_time,
                refuse=lambda t: validation.start_time_message(t, self.stored("end_time")),
            ),
            QT_TRANSLATE_NOOP("RecordForm", "to"),
            self.line(
                "end_time",
                QT_TRANSLATE_NOOP("RecordForm", "hh:mm"),
                width=90,
                parse=validation.parse_time,
                show_as=validation.format_time,
                refuse=lambda t: validation.end_time_message(self.stored("start_time"), t),
            ),
            stretch=False,
        )
        self.add_row(
            fields.field(Session, "format"),
            self.editable_choice(
                "format",
                SESSION_FORMATS,
                QT_TRANSLATE_NOOP("RecordForm", "Panel discussion, group work…"),
            ),
            fields.field(Session, "delegates"),
            self.line(
                "delegates",
                QT_TRANSLATE_NOOP("RecordForm", "How many"),
                width=110,
                parse=validation.parse_count,
                show_as=validation.format_count,
            ),
            stretch=False,
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "Panel"),
            self.text_box(
                "panel", QT_TRANSLATE_NOOP("RecordForm", "Panel members and facilitators"), lines=1
            ),
        )
        self.add_row(
            fields.field(Session, "track"),
            self.line(
                "track",
                QT_TRANSLATE_NOOP(
                    "RecordForm", "Heading it is grouped under in the summary (optional)"
                ),
            ),
        )
        self.add_row(
            fields.field(Session, "notes"),
            self.text_box("notes", QT_TRANSLATE_NOOP("RecordForm", "Anything else worth keeping")),
        )
        self.add_list(ItemKind.KEY_OUTCOME)
        self.add_list(ItemKind.NEXT_STEP)
        self.add_strip()
        self.finish()

    def show_context(self, row: Record) -> None:
        assert isinstance(row, Session)
        try:
            event = repository.get(self.ctx.store, Event, row.event_id)
            text = (
                QCoreApplication.translate("RecordForm", "Session of {event}")
                if event.title
                else QCoreApplication.translate("RecordForm", "Session of an untitled event")
            )
            self.context_line.setText(text.format(event=isolated(event.title)))
        except repository.RecordNotFound:
            self.context_line.setText(QCoreApplication.translate("RecordForm", "Session"))
