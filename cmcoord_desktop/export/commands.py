"""`cmcoord-desktop export EVENT --format pdf|html|docx|email|md --out FILE [--sessions ...]
[--paper a4|letter] [--body-only] [--images-folder] [--attach-pdf]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    UnknownEvent,
    UnknownSession,
    find_event,
    find_sessions,
    gather_event_summary,
)
from cmcoord_desktop.export.summary_options import SummaryOptions


def export_summary_command(
    store: Store,
    args: argparse.Namespace,
    records_for: Callable[[str], bytes] | None = None,
) -> int:
    """`records_for(event_id)`: the event's records file, embedded in a PDF summary (made by
    the caller: the records file format belongs to sync/, which export/ does not import)."""
    if not args.event:
        print("cmcoord-desktop: name the event to export (its id or exact title)", file=sys.stderr)
        return 2
    try:
        event = find_event(store, args.event)
        session_ids = find_sessions(store, event.id, args.sessions) if args.sessions else None
    except (UnknownEvent, UnknownSession) as exc:
        print(f"cmcoord-desktop: {exc.args[0]}", file=sys.stderr)
        return 2
    summary = gather_event_summary(store, event.id, session_ids)
    options = SummaryOptions(paper=getattr(args, "paper", "a4") or "a4")
    records = records_for(event.id) if records_for is not None and args.format == "pdf" else None
    write_summary(summary, args.format, args.out, options, args, records)
    print(f"Wrote {args.out}")
    return 0


def write_summary(
    summary: EventSummary,
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
        from cmcoord_desktop.export.html_summary import PageOptions, export_event_html

        page = PageOptions(
            body_only=getattr(args, "body_only", False),
            images_folder=getattr(args, "images_folder", False),
        )
        export_event_html(summary, out, options, page, progress, cancelled)
    elif format == "docx":
        from cmcoord_desktop.export.docx_summary import export_event_docx

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
    elif format == "md":
        from cmcoord_desktop.export.markdown_summary import export_event_markdown

        export_event_markdown(summary, out, options, progress, cancelled)
    else:
        from cmcoord_desktop.export.glyph_report import missing_glyphs
        from cmcoord_desktop.export.pdf_summary import export_event_summary

        export_event_summary(summary, out, options, progress, cancelled, records)
        for missing in missing_glyphs(summary, options):  # one line per record
            print(f"cmcoord-desktop: {missing}", file=sys.stderr)
