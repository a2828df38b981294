"""Copy as e-mail: the summary on the clipboard as HTML and plain text together.

A mail program (Outlook, Gmail in a browser) pastes the HTML, with its headings and lists; a
plain-text field pastes the text. Both come from the export writers, so the clipboard says what
the .eml file says: of one event (Edit › Copy as e-mail) or of several (the export window).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.html_event import PageOptions
from cmcoord_desktop.export.html_summary import summary_html
from cmcoord_desktop.export.plain_text_summary import summary_plain_text
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary, gather_event_summary
from cmcoord_desktop.export.summary_options import SummaryOptions


def mime_data(
    summary: EventSummary | EventsSummary, options: SummaryOptions | None = None
) -> QMimeData:
    """The summary as clipboard data: the body-only page (no style, no script) and the plain
    text, so the receiving program picks the richer one it understands."""
    options = options or SummaryOptions()
    mime = QMimeData()
    mime.setHtml(summary_html(summary, options, PageOptions(body_only=True)))
    mime.setText(summary_plain_text(summary, options))
    return mime


def summary_mime_data(store: Store, event_id: str) -> QMimeData:
    """One event's summary as clipboard data."""
    return mime_data(gather_event_summary(store, event_id))


def copy_to_clipboard(
    summary: EventSummary | EventsSummary, options: SummaryOptions | None = None
) -> None:
    QApplication.clipboard().setMimeData(mime_data(summary, options))


def copy_summary_as_email(store: Store, event_id: str) -> None:
    copy_to_clipboard(gather_event_summary(store, event_id))
