"""An event: what, who hosts it, where (a place or an online platform), when, how many came,
the language of its summary, and its event-level key outcomes and next steps."""

from __future__ import annotations

import datetime as dt

from cmcoord_desktop.core import fields, validation
from cmcoord_desktop.core.models import Event, ItemKind, Record
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.local_dates import parse_local_date
from cmcoord_desktop.ui.editor.record_form import RecordForm

KINDS = [
    "Workshop",
    "Annual meeting",
    "Thematic sessions",
    "Training programme",
    "Networks and partnerships week",
    "Conference",
]
# The six UN languages, each named in itself so everyone finds their own.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("zh", "中文"),
]


class EventForm(RecordForm):
    RECORD = Event
    PARTNERS = {"start_date": "end_date", "end_date": "start_date"}

    def __init__(self, ctx: EditContext, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(ctx, parent)
        self.add_title("title", "Event title", warn=validation.title_message)
        self.add_row(
            "Series",
            self.line("series", "Programme or series, e.g. HNPW"),
            fields.label(Event, "event_kind"),
            self.editable_choice("event_kind", KINDS, "Workshop, annual meeting…"),
        )
        self.add_row(fields.label(Event, "host"), self.line("host", "Host organisation"))
        self.add_row(
            "Place",
            self.line("city", "City"),
            self.line("country", "Country"),
        )
        self.add_row(
            "Online",
            self.line("platform", "Platform, e.g. Virtual OSOCC"),
            self.line("platform_link", "https://…"),
        )
        self.add_row(
            "Dates",
            self.line(
                "start_date",
                "First day",
                width=170,
                parse=parse_local_date,
                show_as=validation.format_date,
                refuse=lambda d: validation.start_date_message(d, self.stored("end_date")),
            ),
            "to",
            self.line(
                "end_date",
                "Last day",
                width=170,
                parse=parse_local_date,
                show_as=validation.format_date,
                refuse=lambda d: validation.end_date_message(self.stored("start_date"), d),
            ),
            stretch=False,
        )
        # On a row of its own: beside the dates it left them no room in a 1024-pixel window.
        self.add_row(
            fields.label(Event, "participants"),
            self.line(
                "participants",
                "How many",
                width=110,
                parse=validation.parse_count,
                show_as=validation.format_count,
            ),
            stretch=False,
        )
        self.add_row("Summary in", self.fixed_choice("language", LANGUAGES), stretch=False)
        self.add_row(
            fields.label(Event, "description"),
            self.text_box("description", "What the event is about", lines=3),
        )
        self.add_list(ItemKind.KEY_OUTCOME)
        self.add_list(ItemKind.NEXT_STEP)
        self.finish()

    def show_context(self, row: Record) -> None:
        assert isinstance(row, Event)
        status = row.status(dt.date.today())
        self.context_line.setText(f"Event · {status}")
