"""An event: what, who hosts it, where (a place or an online platform), when, how many came,
the language of its summary, and its event-level key outcomes and next steps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cmcoord_desktop.core import fields, validation
from cmcoord_desktop.core.models import Event, ItemKind, Record
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.choices import EVENT_KINDS
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.local_dates import parse_local_date
from cmcoord_desktop.ui.editor.record_form import InContext, RecordForm

# The six UN languages, each named in itself so everyone finds their own.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("zh", "中文"),
]

# The grey line over the form, one whole sentence per status (no word glued into another).
CONTEXT_LINES = {
    "upcoming": QT_TRANSLATE_NOOP("RecordForm", "Event · upcoming"),
    "ongoing": QT_TRANSLATE_NOOP("RecordForm", "Event · ongoing"),
    "past": QT_TRANSLATE_NOOP("RecordForm", "Event · past"),
}


class EventForm(RecordForm):
    RECORD = Event
    PARTNERS = {"start_date": "end_date", "end_date": "start_date"}

    def __init__(self, ctx: EditContext, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(ctx, parent)
        self.add_title(
            "title", QT_TRANSLATE_NOOP("RecordForm", "Event title"), warn=validation.title_message
        )
        self.add_row(
            fields.field(Event, "series"),
            self.line("series", QT_TRANSLATE_NOOP("RecordForm", "Programme or series, e.g. HNPW")),
            fields.field(Event, "event_kind"),
            self.editable_choice(
                "event_kind",
                EVENT_KINDS,
                QT_TRANSLATE_NOOP("RecordForm", "Workshop, annual meeting…"),
            ),
        )
        self.add_row(
            fields.field(Event, "host"),
            self.line("host", QT_TRANSLATE_NOOP("RecordForm", "Host organisation")),
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "Place"),
            self.line("city", QT_TRANSLATE_NOOP("RecordForm", "City")),
            self.line("country", QT_TRANSLATE_NOOP("RecordForm", "Country")),
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "Online"),
            self.line("platform", QT_TRANSLATE_NOOP("RecordForm", "Platform, e.g. Virtual OSOCC")),
            self.line("platform_link", "https://…"),
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "Dates"),
            self.line(
                "start_date",
                QT_TRANSLATE_NOOP("RecordForm", "First day"),
                width=170,
                parse=parse_local_date,
                show_as=validation.format_date,
                refuse=lambda d: validation.start_date_message(d, self.stored("end_date")),
            ),
            InContext("RecordForm dates", QT_TRANSLATE_NOOP("RecordForm dates", "to")),
            self.line(
                "end_date",
                QT_TRANSLATE_NOOP("RecordForm", "Last day"),
                width=170,
                parse=parse_local_date,
                show_as=validation.format_date,
                refuse=lambda d: validation.end_date_message(self.stored("start_date"), d),
            ),
            stretch=False,
        )
        # On a row of its own: beside the dates it left them no room in a 1024-pixel window.
        self.add_row(
            fields.field(Event, "participants"),
            self.line(
                "participants",
                QT_TRANSLATE_NOOP("RecordForm", "How many"),
                width=110,
                parse=validation.parse_count,
                show_as=validation.format_count,
            ),
            stretch=False,
        )
        self.add_row(
            QT_TRANSLATE_NOOP("RecordForm", "Summary in"),
            self.fixed_choice("language", LANGUAGES),
            stretch=False,
        )
        self.add_row(
            fields.field(Event, "description"),
            self.text_box(
                "description", QT_TRANSLATE_NOOP("RecordForm", "What the event is about"), lines=3
            ),
        )
        self.add_list(ItemKind.KEY_OUTCOME)
        self.add_list(ItemKind.NEXT_STEP)
        self.finish()

    def show_context(self, row: Record) -> None:
        assert isinstance(row, Event)
        status = row.status(dt.date.today())
        self.context_line.setText(QCoreApplication.translate("RecordForm", CONTEXT_LINES[status]))
