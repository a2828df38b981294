"""Write a summary's Word file: one event's (docx_summary.py), or several events' as the
reference page lists them: the title, a contents, then "Upcoming events" and "Past events" as
Heading 1, each event whole under its section (its title a Heading 2, its sessions a Heading 3).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.docx_summary import _DocumentBuilder, summary_docx
from cmcoord_desktop.export.docx_text import use_fonts_with_glyphs
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.plain_text import safe_line
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions

# An event's own headings sit two levels down: under the section (1) and its title (2).
_EVENT_SHIFT = 2


def events_docx(
    summary: EventsSummary,
    options: SummaryOptions | None = None,
    on_session: Callable[[int], None] | None = None,
) -> bytes:
    """Several events' summary as the bytes of a .docx file; `on_session(done)` counts the
    sessions written across all events."""
    options = options or SummaryOptions()
    told = on_session or (lambda _: None)
    language = (summary.language or "en").strip().lower() or "en"
    words = events_words_for(language)
    # The frame (title, contents, section headings) in the summary's language; the first
    # event lends its builder the document's helpers, with a title of our own words.
    title = safe_line(summary.shown_title) or words.title
    frame_event = EventSummary(id="", title=title, language=language)
    frame = _DocumentBuilder(frame_event, options, lambda _: None)
    document = frame.document
    use_fonts_with_glyphs(document, language)
    frame.properties()
    document.core_properties.subject = title[:250]
    frame.heading(title, 0)
    titles = [
        line
        for kind, events in summary.sections()
        for line in [words.section(kind)] + [safe_line(e.title) or "…" for e in events]
    ]
    if titles:
        frame.contents(titles)
    earlier = 0
    for kind, events in summary.sections():
        frame.heading(words.section(kind), 1)
        for event in events:

            def told_here(done: int, offset: int = earlier) -> None:
                told(done + offset)

            _DocumentBuilder(event, options, told_here, document, _EVENT_SHIFT).event()
            earlier += len(event.sessions)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def export_event_docx(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the summary (one event's, or several events' in their sections) as a Word
    document at `out`, replacing it only once complete."""
    out = Path(out)
    if isinstance(summary, EventsSummary):
        total = summary.sessions + 1
    else:
        total = len(summary.sessions) + 1

    def on_session(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled")
        if progress is not None:
            progress(done, total)

    on_session(0)
    if isinstance(summary, EventsSummary):
        data = events_docx(summary, options, on_session)
    else:
        data = summary_docx(summary, options, on_session)
    write_atomically(out, data)
    if progress is not None:
        progress(total, total)
    return out
