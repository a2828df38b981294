"""`cmcoord-desktop export EVENT [EVENT …] --format pdf|html|docx|email|md|txt --out FILE
[--sessions ...] [--paper a4|letter] [--notes] [--as-of DAY] [--title TEXT] [--body-only] [--images-folder]
[--attach-pdf]`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
    UnknownEvent,
    UnknownSession,
    find_events,
    find_sessions,
    gather_event_summary,
    gather_events_summary,
)
from cmcoord_desktop.export.summary_options import SummaryOptions


def export_summary_command(
    store: Store,
    args: argparse.Namespace,
    records_for: Callable[[list[str]], bytes] | None = None,
    today: dt.date | None = None,
) -> int:
    """`records_for(event_ids)`: the events' records file, embedded in a PDF summary (made by
    the caller: the records file format belongs to sync/, which export/ does not import).
    Several events make one summary of them, upcoming and past as of `--as-of` or `today`."""
    references = [args.event] if isinstance(args.event, str) else list(args.event or [])
    if not references:
        print(
            translate(
                "export", "cmcoord-desktop: name the event to export (its id or exact title)"
            ),
            file=sys.stderr,
        )
        return 2
    try:
        events = find_events(store, references)
        if len(events) > 1 and args.sessions:
            raise UnknownSession(
                translate(
                    "export", "--sessions chooses sessions of one event: name only that event"
                )
            )
        session_ids = find_sessions(store, events[0].id, args.sessions) if args.sessions else None
    except (UnknownEvent, UnknownSession) as exc:
        print(f"cmcoord-desktop: {exc.args[0]}", file=sys.stderr)
        return 2
    summary: EventSummary | EventsSummary
    if len(events) == 1:
        summary = gather_event_summary(store, events[0].id, session_ids)
    else:
        day = getattr(args, "as_of", None) or today or dt.date.today()
        title = getattr(args, "title", "") or ""
        summary = gather_events_summary(store, [e.id for e in events], day, title)
    options = SummaryOptions(
        paper=getattr(args, "paper", "a4") or "a4", notes=bool(getattr(args, "notes", False))
    )
    wanted = [e.id for e in events]
    records = records_for(wanted) if records_for is not None and args.format == "pdf" else None
    write_summary(summary, args.format, args.out, options, args, records)
    print(translate("cli", "Wrote {file}").format(file=args.out))
    return 0


def write_summary(
    summary: EventSummary | EventsSummary,
    format: str,
    out: Path,
    options: SummaryOptions,
    args: argparse.Namespace | None = None,
    records: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """The one writer for `format`, imported only when asked (each pulls in its library);
    `records` are embedded in a PDF. `progress` and `cancelled` are for the window's worker
    thread: told as sessions are written, asked between them (ExportCancelled leaves no file)."""
    args = args if args is not None else argparse.Namespace()
    if format == "html":
        from cmcoord_desktop.export.html_event import PageOptions
        from cmcoord_desktop.export.html_summary import export_event_html

        page = PageOptions(
            body_only=getattr(args, "body_only", False),
            images_folder=getattr(args, "images_folder", False),
        )
        export_event_html(summary, out, options, page, progress, cancelled)
    elif format == "docx":
        from cmcoord_desktop.export.docx_events import export_event_docx

        export_event_docx(summary, out, options, progress, cancelled)
    elif format == "email":
        from cmcoord_desktop.export.email_summary import export_event_email

        export_event_email(
            summary,
            out,
            options,
            attach_pdf=getattr(args, "attach_pdf", False),
            progress=progress,
            cancelled=cancelled,
        )
    elif format == "txt":
        from cmcoord_desktop.export.plain_text_summary import export_plain_text

        export_plain_text(summary, out, options, progress, cancelled)
    elif format == "md":
        from cmcoord_desktop.export.markdown_summary import export_event_markdown

        export_event_markdown(summary, out, options, progress, cancelled)
    else:
        from cmcoord_desktop.export.glyph_report import missing_glyphs
        from cmcoord_desktop.export.pdf_summary import export_event_summary

        export_event_summary(summary, out, options, progress, cancelled, records)
        events = summary.events if isinstance(summary, EventsSummary) else (summary,)
        for event in events:
            for missing in missing_glyphs(event, options):  # one line per record
                print(f"cmcoord-desktop: {missing}", file=sys.stderr)
