"""Command line: open the window, or export, import and sync without one.

The core and sync modules are imported only by the commands that use them: opening the window
must not wait for SQLAlchemy before its first paint (app.py imports it after that).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cmcoord_desktop import __version__
from cmcoord_desktop.core.paths import default_data_dir

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmcoord-desktop",
        description="Capture UN-CMCoord workshop outcomes live, export PDF summaries, "
        "and sync with co-facilitators through a shared file.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: the user's data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="work on a fresh copy of the demo workshop, not your data",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export", help="export an event summary (pdf, md) or all records (json)"
    )
    export.add_argument("event", nargs="?", help="the event's id or exact title")
    export.add_argument(
        "--all", action="store_true", help="every record, tombstones included (json)"
    )
    export.add_argument("--format", choices=["pdf", "md", "json"], required=True)
    export.add_argument("--out", type=Path, required=True, help="file to write")
    export.add_argument(
        "--sessions", nargs="+", metavar="SESSION", help="only these sessions (id or title)"
    )
    export.add_argument("--paper", choices=["a4", "letter"], default="a4")

    imp = commands.add_parser(
        "import", help="merge a records file (a json export) into the data folder"
    )
    imp.add_argument("file", type=Path)

    sync = commands.add_parser("sync", help="merge with a shared file, both ways")
    sync.add_argument("file", type=Path)
    sync.add_argument(
        "--allow-deletes",
        action="store_true",
        help="go ahead even if more than half of the records would be deleted",
    )
    sync.add_argument(
        "--merge-other-workshop",
        action="store_true",
        help="merge even if the file holds another workshop (no event in common)",
    )

    repair = commands.add_parser(
        "repair-clock",
        help="re-date changes made while this laptop's clock was far ahead, and rewrite FILE",
    )
    repair.add_argument("file", type=Path, nargs="?", help="the shared file to rewrite")
    return parser


class CommandError(Exception):
    """A refusal with a one-line reason for the user."""


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from cmcoord_desktop.app import run_window

        # The demo's copy is made by the window after its first paint, and removed at the end.
        return run_window(None if args.demo else args.data_dir or default_data_dir(), args.demo)

    if not args.demo:
        return run_command(args.data_dir or default_data_dir(), args)
    from cmcoord_desktop.demo import make_demo_data_dir

    data_dir = make_demo_data_dir()
    try:
        return run_command(data_dir, args)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def run_command(data_dir: Path, args: argparse.Namespace) -> int:
    """A headless command on a data folder: 0 when done, else one line on stderr saying why."""
    from cmcoord_desktop.core.data_folder_checks import check_data_folder
    from cmcoord_desktop.core.migrations import NewerSchemaError
    from cmcoord_desktop.core.store import DataFolderInUse, Store
    from cmcoord_desktop.core.store_errors import DataFolderError
    from cmcoord_desktop.sync import shared_file

    problems = check_data_folder(data_dir)
    if problems:  # the same refusals as the window's, in one line: the first paragraph
        print(f"cmcoord-desktop: {problems[0].message.split(chr(10))[0]}", file=sys.stderr)
        return 2
    try:
        with Store(data_dir) as store:
            return COMMANDS[args.command](store, args)
    except (CommandError, DataFolderInUse, NewerSchemaError, shared_file.SharedFileError) as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"cmcoord-desktop: {exc.strerror or exc} ({exc.filename or data_dir})", file=sys.stderr
        )
        return 1
    except DataFolderError as exc:  # the disk under the data folder: full, gone, read-only
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return 1


def run_export(store: Store, args: argparse.Namespace) -> int:
    if args.format == "json":
        if not args.all:
            raise CommandError("json exports every record: add --all")
        from cmcoord_desktop.sync.backup import write_backup

        write_backup(store, args.out)
        print(f"Wrote {args.out}")
        return 0
    from cmcoord_desktop.export.commands import export_summary_command

    return export_summary_command(store, args)


def run_import(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.commands import import_command

    return import_command(store, args)


def run_sync(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.commands import sync_command

    return sync_command(store, args)


def run_repair_clock(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.commands import repair_clock_command

    return repair_clock_command(store, args)


COMMANDS = {
    "export": run_export,
    "import": run_import,
    "sync": run_sync,
    "repair-clock": run_repair_clock,
}
