"""`cmcoord-desktop sync FILE`: merge both ways and print what changed, or one line saying why not."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import plurals, translate
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
        print(not_synced(exc), file=sys.stderr)
        return EXIT_REFUSED
    except ShareBusy as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if result.held:
        print(not_synced_held(result.held_reason()), file=sys.stderr)
        return EXIT_HELD
    for name, reason in result.siblings_skipped:
        line = translate("sync", "cmcoord-desktop: left {file} alone: {reason}")
        print(line.format(file=name, reason=reason), file=sys.stderr)
    for name, reason in result.held_back:
        line = translate("sync", "cmcoord-desktop: held back {file}, the rest synced: {reason}")
        print(line.format(file=name, reason=reason), file=sys.stderr)
    print(describe(result))
    return 0


def repair_clock_command(store: Store, args: argparse.Namespace) -> int:
    """`cmcoord-desktop repair-clock [FILE]`: re-date this laptop's far-future changes."""
    from cmcoord_desktop.sync.clock_repair_flow import repair_clock

    path = None if args.file is None else Path(args.file)
    try:
        result = repair_clock(store, path)
    except (RepairRefused, SharedFileError) as exc:
        line = translate("sync", "cmcoord-desktop: not repaired: {reason}")
        print(line.format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    except ShareBusy as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    print(result.summary())
    return 0


def not_synced(reason: object) -> str:
    return translate("sync", "cmcoord-desktop: not synced: {reason}").format(reason=reason)


def not_synced_held(reason: str) -> str:
    return translate("sync", "cmcoord-desktop: not synced: {reason} (use --allow-deletes)").format(
        reason=reason
    )


def describe(result: SyncResult) -> str:
    copies = len(result.siblings_merged)
    if result.created:
        text = plurals.tr(
            "Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) "
            "merged.",
            "",
            copies,
        )
    else:
        text = plurals.tr(
            "Synced with {file}: this laptop {here}; the file {there}; %n conflicted "
            "(copy|copies) merged.",
            "",
            copies,
        )
    return text.format(file=result.path.name, here=result.summary(), there=result.file_summary())


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
            name = translate("sync", "The records in {file}").format(file=path.name)
            data = shared_file.decode(records_in_pdf(path), name)
        else:
            data = read_backup(path)  # a records file, its slides beside it
        incoming = by_id(data["records"])
        check_parents(merge_maps(by_id(sync_states.record_states(store)), incoming))
    except (SharedFileError, ValueError) as exc:  # ValueError: no records in the PDF
        line = translate("sync", "cmcoord-desktop: not imported: {reason}")
        print(line.format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    counts = sync_states.merge_states(store, incoming.values())
    print(
        translate(
            "sync", "Imported {file}: {new} new, {updated} updated, {conflicts} to review"
        ).format(file=path.name, new=counts.new, updated=counts.updated, conflicts=counts.conflicts)
    )
    return 0
