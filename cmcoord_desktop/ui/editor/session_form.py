"""The session being captured live: when, format, delegates, panel, notes, key outcomes, next
steps and the presentation."""

from __future__ import annotations

from cmcoord_desktop.core import fields, repository, validation
from cmcoord_desktop.core.models import Event, ItemKind, Record, Session
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.local_dates import parse_local_date
from cmcoord_desktop.ui.editor.record_form import RecordForm

FORMATS = [
    "Panel discussion",
    "Group work",
    "Marketplace",
    "Plenary",
    "Presentation",
    "Workshop",
    "Simulation exercise",
    "Briefing",
]


class SessionForm(RecordForm):
    RECORD = Session
    PARTNERS = {"start_time": "end_time", "end_time": "start_time"}

    def __init__(self, ctx: EditContext, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(ctx, parent)
        self.add_title("title", "Session title", warn=validation.title_message)
        self.add_row(
            "When",
            self.line(
                "date",
                "Date, e.g. 2017-02-07",
                width=190,
                parse=parse_local_date,
                show_as=validation.format_date,
            ),
            "from",
            self.line(
                "start_time",
                "hh:mm",  # not a time, or it reads as one
                width=90,
                parse=validation.parse_time,
                show_as=validation.format_time,
                refuse=lambda t: validation.start_time_message(t, self.stored("end_time")),
            ),
            "to",
            self.line(
                "end_time",
                "hh:mm",
                width=90,
                parse=validation.parse_time,
                show_as=validation.format_time,
                refuse=lambda t: validation.end_time_message(self.stored("start_time"), t),
            ),
            stretch=False,
        )
        self.add_row(
            fields.label(Session, "format"),
            self.editable_choice("format", FORMATS, "Panel discussion, group work…"),
            fields.label(Session, "delegates"),
            self.line(
                "delegates",
                "How many",
                width=110,
                parse=validation.parse_count,
                show_as=validation.format_count,
            ),
            stretch=False,
        )
        self.add_row(
            "Panel",
            self.text_box("panel", "Panel members and facilitators", lines=1),
        )
        self.add_row(
            fields.label(Session, "track"),
            self.line("track", "Heading it is grouped under in the summary (optional)"),
        )
        self.add_row(
            fields.label(Session, "notes"), self.text_box("notes", "Anything else worth keeping")
        )
        self.add_list(ItemKind.KEY_OUTCOME)
        self.add_list(ItemKind.NEXT_STEP)
        self.add_strip()
        self.finish()

    def show_context(self, row: Record) -> None:
        assert isinstance(row, Session)
        try:
            event = repository.get(self.ctx.store, Event, row.event_id)
            self.context_line.setText(f"Session of {event.title or 'an untitled event'}")
        except repository.RecordNotFound:
            self.context_line.setText("Session")
