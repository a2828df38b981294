"""`cmcoord-desktop export EVENT --format pdf|md --out FILE [--sessions ...] [--paper a4|letter]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.glyph_report import missing_glyphs
from cmcoord_desktop.export.markdown_summary import export_event_markdown
from cmcoord_desktop.export.pdf_summary import SummaryOptions, export_event_summary
from cmcoord_desktop.export.summary_data import (
    UnknownEvent,
    UnknownSession,
    find_event,
    find_sessions,
    gather_event_summary,
)


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
    if args.format == "md":
        export_event_markdown(summary, args.out, options)
    else:
        records = records_for(event.id) if records_for is not None else None
        export_event_summary(summary, args.out, options, records=records)
        for missing in missing_glyphs(summary, options):  # one line per record
            print(f"cmcoord-desktop: {missing}", file=sys.stderr)
    print(f"Wrote {args.out}")
    return 0
