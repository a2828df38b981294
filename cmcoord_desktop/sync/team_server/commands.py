"""`cmcoord-desktop sync postgresql://…`, `server init URL`, `server add-member NAME`.

Each prints what it did, or one line saying why not (exit 2: refused, nothing changed; exit 4:
the server could not be reached or written, this laptop kept everything).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.team_server.address import ServerAddress, parse_address
from cmcoord_desktop.sync.team_server.connection import connect
from cmcoord_desktop.sync.team_server.errors import NotOurDatabase, PushRefused, TeamServerError

EXIT_REFUSED = 2
EXIT_HELD = 3
EXIT_BUSY = 4


def ask_password(address: ServerAddress) -> str | None:
    """Asked on the terminal, never echoed; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {address.display}: ") or None


def server_sync_command(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server

    try:
        result = sync_with_team_server(
            store, str(args.file), ask_password, getattr(args, "allow_deletes", False)
        )
    except (SharedFileError, NotOurDatabase, PushRefused) as exc:
        print(f"cmcoord-desktop: not synced: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except TeamServerError as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if result.held:
        print(
            f"cmcoord-desktop: not synced: {result.held_reason()} (use --allow-deletes)",
            file=sys.stderr,
        )
        return EXIT_HELD
    print(result.describe())
    return 0


def server_command(args: argparse.Namespace) -> int:
    """`server init URL` and `server add-member NAME --url URL`: no data folder needed."""
    import psycopg

    from cmcoord_desktop.sync.team_server import members, schema

    try:
        address = parse_address(args.url)
        with connect(address, ask_password) as connection:
            try:
                if args.action == "init":
                    was = schema.init_schema(connection, new_epoch=args.new_epoch)
                    done = (
                        f"Set up the team server {address.display} (schema {schema.SCHEMA_VERSION})."
                        if was == 0
                        else f"The team server {address.display} is at schema "
                        f"{schema.SCHEMA_VERSION} (was {was}); roles granted again."
                    )
                    print(done)
                    return 0
                if args.action == "compact":
                    from cmcoord_desktop.sync.team_server.compaction import compact

                    schema.check_about(schema.read_about(connection), address)
                    done_compact = compact(connection)
                    print(
                        f"Removed {done_compact.versions} superseded versions and "
                        f"{done_compact.attachments} unused attachments from {address.display}."
                    )
                    return 0
                password = _new_password(args.name)
                group = members.add_member(connection, args.name, password, args.observer)
            except psycopg.errors.InsufficientPrivilege as exc:
                raise schema.refuse_if_not_admin(exc, address) from None
    except TeamServerError as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(
        f"Added {args.name} to {address.display} as {'an observer' if args.observer else 'a member'} ({group})."
    )
    return 0


def _new_password(name: str) -> str:
    """Asked twice on a terminal; from one line of standard input otherwise (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"New password for {name}: ")
    if getpass.getpass("Once more: ") != first:
        raise TeamServerError("The two passwords differ; nothing was changed.")
    return first
