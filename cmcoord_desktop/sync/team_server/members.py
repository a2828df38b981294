"""Accounts on the team server: members read and insert, observers only read.

A member's password is hashed here (SCRAM-SHA-256, by libpq) before it is sent, so it never
reaches the server's logs or statement history in plain text.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.team_server.errors import TeamServerError
from cmcoord_desktop.sync.team_server.schema import MEMBER_ROLE, OBSERVER_ROLE

_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def add_member(
    connection: psycopg.Connection[Any], name: str, password: str, observer: bool = False
) -> str:
    """Create the login role NAME in the member (or observer) group; returns the group."""
    if not _NAME.fullmatch(name):
        raise TeamServerError(
            translate(
                "team_server",
                "{name} cannot be an account name: use lower-case letters, digits, _ . or -, "
                "starting with a letter (at most 63).",
            ).format(name=repr(name[:40]))
        )
    if len(password) < 12:
        raise TeamServerError(
            translate("team_server", "Give the account a password of at least 12 characters.")
        )
    group = OBSERVER_ROLE if observer else MEMBER_ROLE
    hashed = connection.pgconn.encrypt_password(
        password.encode(), name.encode(), b"scram-sha-256"
    ).decode()
    with connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is not None:
            raise TeamServerError(
                translate(
                    "team_server", "The server already has an account {name}; nothing changed."
                ).format(name=repr(name))
            )
        cur.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), sql.Literal(hashed), sql.Identifier(group)
            )
        )
    return group
