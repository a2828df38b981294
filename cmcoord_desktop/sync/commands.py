"""`cmcoord-desktop sync FILE`: merge both ways and print what changed, or one line saying why not."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.backup import read_backup
from cmcoord_desktop.sync.errors import RepairRefused, SharedFileError
from cmcoord_desktop.sync.merge import by_id, check_parents, merge_maps
from cmcoord_desktop.sync.shared_sync import SyncResult, sync_with_shared_file

EXIT_REFUSED = 2  # the file could not be read or used: nothing was written anywhere
EXIT_HELD = 3  # more than half of the records would be deleted: run again with --allow-deletes
EXIT_BUSY = 4  # the file could not be written: this laptop kept what it merged


def sync_command(store: Store, args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        result = sync_with_shared_file(
            store,
            path,
            allow_mass_delete=getattr(args, "allow_deletes", False),
            merge_other_workshop=getattr(args, "merge_other_workshop", False),
        )
    except SharedFileError as exc:
        print(f"cmcoord-desktop: not synced: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except ShareBusy as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if result.held:
        print(
            f"cmcoord-desktop: not synced: {result.held_reason()} (use --allow-deletes)",
            file=sys.stderr,
        )
        return EXIT_HELD
    for name, reason in result.siblings_skipped:
        print(f"cmcoord-desktop: left {name} alone: {reason}", file=sys.stderr)
    for name, reason in result.held_back:
        print(f"cmcoord-desktop: held back {name}, the rest synced: {reason}", file=sys.stderr)
    print(describe(result))
    return 0


def repair_clock_command(store: Store, args: argparse.Namespace) -> int:
    """`cmcoord-desktop repair-clock [FILE]`: re-date this laptop's far-future changes."""
    from cmcoord_desktop.sync.clock_repair_flow import repair_clock

    path = None if args.file is None else Path(args.file)
    try:
        result = repair_clock(store, path)
    except (RepairRefused, SharedFileError) as exc:
        print(f"cmcoord-desktop: not repaired: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except ShareBusy as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    print(result.summary())
    return 0


def describe(result: SyncResult) -> str:
    action = "Created" if result.created else "Synced with"
    copies = len(result.siblings_merged)
    return (
        f"{action} {result.path.name}: this laptop {result.summary()}; "
        f"the file {result.file_summary()}; "
        f"{copies} conflicted {'copy' if copies == 1 else 'copies'} merged."
    )


def import_command(
    store: Store,
    args: argparse.Namespace,
    records_in_pdf: Callable[[Path], bytes] | None = None,
) -> int:
    """`cmcoord-desktop import FILE`: merge a records file (a backup) into this laptop only.

    The file is checked as strictly as a shared file, and against the local records (a record
    that contradicts ours, or whose parent is nowhere), before anything is written.
    """
    path = Path(args.file)
    try:
        if records_in_pdf is not None and shared_file.read_bytes(path)[:5] == b"%PDF-":
            # A summary PDF carries its event's records (export/pdf_records.py).
            data = shared_file.decode(records_in_pdf(path), f"The records in {path.name}")
        else:
            data = read_backup(path)  # a records file, its slides beside it
        incoming = by_id(data["records"])
        check_parents(merge_maps(by_id(sync_states.record_states(store)), incoming))
    except (SharedFileError, ValueError) as exc:  # ValueError: no records in the PDF
        print(f"cmcoord-desktop: not imported: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    counts = sync_states.merge_states(store, incoming.values())
    print(
        f"Imported {path.name}: {counts.new} new, {counts.updated} updated, "
        f"{counts.conflicts} to review"
    )
    return 0
