"""`cmcoord-desktop search QUERY` and `cmcoord-desktop next-steps ...`: find any word, and
every next step of every event, from the command line.

Registered in cli.py; like the other commands, the core is imported only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmcoord_desktop.core.words import plurals, translate

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store

STATUSES = ("open", "in progress", "done", "dropped")
DUE = ("overdue", "this-week", "no-date")
FORMATS = ("csv", "xlsx", "ics", "pdf")


def add_parsers(commands: Any) -> None:  # argparse's private _SubParsersAction
    search = commands.add_parser(
        "search",
        help=translate("cli", "find any word of any record; one match a line, grouped by event"),
    )
    search.add_argument(
        "query", help=translate("cli", 'words, "a quoted phrase"; the last word may be a prefix')
    )
    search.add_argument(
        "--deleted", action="store_true", help=translate("cli", "also records in the Trash")
    )
    search.add_argument(
        "--limit", type=int, default=200, help=translate("cli", "at most this many (200)")
    )

    steps = commands.add_parser(
        "next-steps",
        help=translate(
            "cli", "every next step of every event: list them, or write csv, xlsx, ics or pdf"
        ),
    )
    steps.add_argument(
        "--status", nargs="+", choices=STATUSES, help=translate("cli", "only these statuses")
    )
    steps.add_argument(
        "--owner", help=translate("cli", "only this owner (case and accents ignored)")
    )
    steps.add_argument(
        "--event", help=translate("cli", "only this event (id or exact title), carried ones too")
    )
    steps.add_argument("--series", help=translate("cli", "only events of this series"))
    steps.add_argument(
        "--due", nargs="+", choices=DUE, help=translate("cli", "only overdue, this week, no date")
    )
    steps.add_argument(
        "--words", help=translate("cli", "only steps whose text or owner has these words")
    )
    steps.add_argument(
        "--format",
        choices=FORMATS,
        help=translate("cli", "file format (pdf: open and in progress by default)"),
    )
    steps.add_argument(
        "--out", type=Path, help=translate("cli", "file to write (without it: list them)")
    )


def _line(*parts: str) -> str:
    return "\t".join(" ".join(p.split()) for p in parts)


def run_search(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.core.search import search

    results = search(store, args.query, include_deleted=args.deleted, limit=max(1, args.limit))
    if results.notice:
        print(results.notice, file=sys.stderr)
    shown = 0
    for match in results:
        context = match.context.marked("[", "]")
        in_trash = translate("cli", "{kind} (in the Trash)")
        kind = in_trash.format(kind=match.kind) if match.deleted else match.kind
        print(_line(match.event_title, match.place or "-", kind, context))
        shown += 1
    if not shown:
        if not results.notice:
            print(translate("cli", "No record matches."), file=sys.stderr)
        return 1
    if results.more:
        print(
            plurals.tr("First %n matches shown; add words or raise --limit.", "", shown),
            file=sys.stderr,
        )
    return 0


def _refuse(reason: str) -> int:
    """A refusal in one line, as cli.run_command prints its own (exit status 2)."""
    print(f"cmcoord-desktop: {reason}", file=sys.stderr)
    return 2


def run_next_steps(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.core.next_steps import STILL_TO_DO, Due, Filters, next_steps
    from cmcoord_desktop.export.summary_data import UnknownEvent, find_event

    if args.format and not args.out:
        return _refuse(
            translate("cli", "say where to write the {format} file: add --out FILE").format(
                format=args.format
            )
        )
    fmt = args.format or (args.out.suffix.lower().lstrip(".") if args.out else "")
    if args.out and fmt not in FORMATS:
        return _refuse(translate("cli", "choose the file format: --format csv, xlsx, ics or pdf"))
    event_id = ""
    if args.event:
        try:
            event_id = find_event(store, args.event).id
        except UnknownEvent as exc:
            return _refuse(exc.args[0])
    statuses = args.status or (STILL_TO_DO if fmt == "pdf" else ())
    filters = Filters(
        statuses=tuple(statuses),
        owner=args.owner or "",
        event=event_id,
        series=args.series or "",
        due=tuple(Due(d.replace("-", " ")) for d in args.due or ()),
        words=args.words or "",
    )
    rows = next_steps(store, filters)
    if not args.out:
        for row in rows:
            due = row.due.isoformat() if row.due else "-"
            if row.overdue:
                due = translate("cli", "{due} overdue").format(due=due)
            place = row.session_title or "-"
            if row.carried_from:
                place = translate("cli", "{session} (carried from {event})").format(
                    session=place, event=row.carried_from
                )
            print(_line(row.event_title, place, row.owner or "-", due, row.status, row.text))
        return 0
    from cmcoord_desktop.export import next_steps_files
    from cmcoord_desktop.export.next_steps_pdf import export_next_steps_pdf

    writers = {
        "csv": next_steps_files.write_csv,
        "xlsx": next_steps_files.write_xlsx,
        "ics": next_steps_files.write_ics,
        "pdf": export_next_steps_pdf,
    }
    writers[fmt](rows, args.out)
    print(plurals.tr("Wrote %n next steps to {file}", "", len(rows)).format(file=args.out))
    return 0


COMMANDS = {"search": run_search, "next-steps": run_next_steps}
