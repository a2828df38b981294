"""Set up a team server the way an administrator does, and members' accounts on it."""

from __future__ import annotations

import psycopg
from fractional_indexing import generate_key_between

from cmcoord_desktop.core import register, repository, sync_states
from cmcoord_desktop.core.models import Item
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server import members, schema
from cmcoord_desktop.sync.team_server.address import parse_address
from cmcoord_desktop.sync.team_server.connection import connect
from tests.server.pg_server import PgServer

PASSWORD = "correct horse battery"


def init_server(url: str) -> None:
    with connect(parse_address(url)) as connection:
        schema.init_schema(connection)


def add_member(pg: PgServer, database: str, name: str, observer: bool = False) -> str:
    """A member account; returns its address over TCP (password auth), password in .pgpass
    style through PGPASSWORD being unset: tests pass it through the keyword below."""
    with connect(parse_address(pg.url(database))) as connection:
        members.add_member(connection, name, PASSWORD, observer)
    return pg.url(database, user=name, tcp=True)


def ask(_address: object) -> str:
    return PASSWORD


def versions_on_server(pg: PgServer, database: str) -> int:
    with psycopg.connect(pg.url(database)) as conn:
        row = conn.execute("SELECT count(*) FROM cmcoord.versions").fetchone()
        assert row is not None
        return int(row[0])


def many_outcomes(store: Store, session_id: str, count: int, tag: str) -> None:
    """`count` key outcomes written as the editor writes them, in one commit (adding them one
    by one, each durable, takes minutes on a busy disk)."""
    last = max(
        (i.position for i in repository.children(store, Item, session_id, "key_outcome")),
        default=None,
    )
    states = []
    for n in range(count):
        last = generate_key_between(last, None)
        fields = {}
        for name, value in (("text", f"{tag} outcome {n}"), ("position", last)):
            (version,) = register.write((), value, store.clock.tick(), store.device_id)
            fields[name] = [version.to_json()]
        states.append(
            {
                "kind": "item",
                "id": repository.new_id(),
                "fixed": {"parent": session_id, "item_kind": "key_outcome"},
                "fields": fields,
            }
        )
    sync_states.merge_states(store, states)
