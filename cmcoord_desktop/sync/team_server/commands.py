"""`cmcoord-desktop sync postgresql://…`, `server init URL`, `server add-member NAME`.

Each prints what it did, or one line saying why not (exit 2: refused, nothing changed; exit 4:
the server could not be reached or written, this laptop kept everything).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate
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
    prompt = translate("team_server", "Password for {server}: ").format(server=address.display)
    return getpass.getpass(prompt) or None


def server_sync_command(store: Store, args: argparse.Namespace) -> int:
    from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server

    try:
        result = sync_with_team_server(
            store, str(args.file), ask_password, getattr(args, "allow_deletes", False)
        )
    except (SharedFileError, NotOurDatabase, PushRefused) as exc:
        line = translate("sync", "cmcoord-desktop: not synced: {reason}")
        print(line.format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    except TeamServerError as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if result.held:
        line = translate("sync", "cmcoord-desktop: not synced: {reason} (use --allow-deletes)")
        print(line.format(reason=result.held_reason()), file=sys.stderr)
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
                    if was == 0:
                        done = translate(
                            "team_server", "Set up the team server {server} (schema {schema})."
                        )
                    else:
                        done = translate(
                            "team_server",
                            "The team server {server} is at schema {schema} (was {was}); roles "
                            "granted again.",
                        )
                    print(
                        done.format(server=address.display, schema=schema.SCHEMA_VERSION, was=was)
                    )
                    return 0
                if args.action == "compact":
                    from cmcoord_desktop.sync.team_server.compaction import compact

                    schema.check_about(schema.read_about(connection), address)
                    done_compact = compact(connection)
                    print(
                        translate(
                            "team_server",
                            "Removed {versions} superseded versions and {attachments} unused "
                            "attachments from {server}.",
                        ).format(
                            versions=done_compact.versions,
                            attachments=done_compact.attachments,
                            server=address.display,
                        )
                    )
                    return 0
                password = _new_password(args.name)
                group = members.add_member(connection, args.name, password, args.observer)
            except psycopg.errors.InsufficientPrivilege as exc:
                raise schema.refuse_if_not_admin(exc, address) from None
    except TeamServerError as exc:
        print(f"cmcoord-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.observer:
        added = translate("team_server", "Added {name} to {server} as an observer ({group}).")
    else:
        added = translate("team_server", "Added {name} to {server} as a member ({group}).")
    print(added.format(name=args.name, server=address.display, group=group))
    return 0


def _new_password(name: str) -> str:
    """Asked twice on a terminal; from one line of standard input otherwise (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(translate("team_server", "New password for {name}: ").format(name=name))
    if getpass.getpass(translate("team_server", "Once more: ")) != first:
        raise TeamServerError(
            translate("team_server", "The two passwords differ; nothing was changed.")
        )
    return first
