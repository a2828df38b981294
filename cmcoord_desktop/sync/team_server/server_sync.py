"""Sync with a team server: the server into this laptop, this laptop into the server.

    check the database is ours and of this release's schema (else refuse, nothing touched)
    pull what is new since this laptop's cursor, check it as strictly as a shared file
    merge with the local records (the same pure merge as files: sync/merge.py)
    hold if more than half of the records would be deleted, unless a person confirmed
    save the merge on this laptop (one commit) and the new cursor
    push the records the server lacks (insert, ignore duplicates) and remember them

A crash or a lost connection between any two steps loses nothing: a pull read twice and a
push sent twice change nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from cmcoord_desktop.core import clock, sync_states
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import plurals, translate
from cmcoord_desktop.sync import merge
from cmcoord_desktop.sync.errors import FutureStamps
from cmcoord_desktop.sync.merge import RecordMap, SideChanges, State
from cmcoord_desktop.sync.shared_sync import changes_summary, held_here_reason
from cmcoord_desktop.sync.team_server import laptop_memory
from cmcoord_desktop.sync.team_server.address import ServerAddress, parse_address
from cmcoord_desktop.sync.team_server.connection import AskPassword, connect, describe_failure
from cmcoord_desktop.sync.team_server.errors import NotOurDatabase, PushRefused, TeamServerError
from cmcoord_desktop.sync.team_server.pull import pull
from cmcoord_desktop.sync.team_server.push import Pushed, push
from cmcoord_desktop.sync.team_server.rows import records_from_rows
from cmcoord_desktop.sync.team_server.schema import DEVICE_CLASH, check_about, read_about

Progress = Callable[[str, int], None]

_MAY_PUSH = """
SELECT session_user::text, has_any_column_privilege('cmcoord.versions', 'INSERT'),
       coalesce((SELECT array_agg(array[device, writer::text]) FROM cmcoord.devices
                 WHERE device = ANY(%s)), '{}')
"""


@dataclass(frozen=True)
class ServerSyncResult:
    server: str  # the server's name for people (no password, ever)
    here: SideChanges
    sent_records: int = 0
    sent_versions: int = 0  # versions the server did not have
    read_only: bool = False  # an observer's account: nothing sent
    held: bool = False
    done: bool = False

    def summary(self) -> str:
        return changes_summary(self.here)

    def describe(self) -> str:
        if self.read_only:
            return translate(
                "team_server",
                "Synced with {server}: this laptop {here}; this account only reads, nothing sent.",
            ).format(server=self.server, here=self.summary())
        text = plurals.tr(
            "Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.",
            "",
            self.sent_versions,
        )
        return text.format(server=self.server, here=self.summary(), records=self.sent_records)

    def held_reason(self) -> str:
        return held_here_reason(self.here)


def sync_with_team_server(
    store: Store,
    url: str | ServerAddress,
    ask_password: AskPassword | None = None,
    allow_mass_delete: bool = False,
    progress: Progress | None = None,
) -> ServerSyncResult:
    """Merge both ways. Raises SharedFileError for bad data (nothing changed on this laptop),
    TeamServerError when the server cannot be used (this laptop keeps everything)."""
    address = url if isinstance(url, ServerAddress) else parse_address(url)
    report = progress or (lambda _what, _percent: None)
    _refuse_own_future_stamps(store, address)
    report(translate("team_server", "Connecting to {server}").format(server=address.display), 5)
    try:
        with paused_gc(), connect(address, ask_password) as connection:
            return _sync(store, address, connection, allow_mass_delete, report)
    except psycopg.Error as exc:
        raise _translate(address, exc) from None


def _sync(
    store: Store,
    address: ServerAddress,
    connection: psycopg.Connection[tuple[Any, ...]],
    allow_mass_delete: bool,
    report: Progress,
) -> ServerSyncResult:
    name = translate("team_server", "The team server {server}").format(server=address.display)
    report(translate("team_server", "Reading what is new"), 15)
    pulled = pull(connection, laptop_memory.positions(store))
    if pulled is None:  # no tables of ours to read: `about` says why in words, or it is damaged
        check_about(read_about(connection), address)
        raise NotOurDatabase(
            translate(
                "team_server", "{name} is damaged: its tables are incomplete. Nothing was changed."
            ).format(name=name)
        )
    epoch = check_about(pulled.about, address)  # before any row is used
    memory = laptop_memory.load(store, epoch)
    if memory.cursor > pulled.next_xid:  # restored from a backup elsewhere: read it all again
        memory = laptop_memory.ServerMemory(epoch)
        pulled = pull(connection, {})
        assert pulled is not None  # the same tables, a moment later
    incoming = records_from_rows(pulled.rows, name, store.wall())
    report(translate("sync", "Merging"), 40)
    local = merge.by_id(sync_states.record_states(store))
    merged = merge.merge_maps(local, incoming)
    merge.check_parents(merged)
    here = merge.changes(local, merged)
    if here.deletes_most and not allow_mass_delete:
        return ServerSyncResult(address.display, here, held=True)
    if here.changed:
        report(translate("sync", "Saving on this laptop"), 55)
        sync_states.merge_states(store, [merged[i] for i in here.changed])
    stale = _not_on_server(local, memory.digests)
    for record_id in incoming:  # the server has these as they are now merged
        if record_id not in stale:
            memory.digests[record_id] = laptop_memory.digest(merged[record_id]["fields"])
    memory.cursor = pulled.cursor
    laptop_memory.save(store, memory)
    if not stale:
        report(translate("sync", "Done"), 100)
        return ServerSyncResult(address.display, here, done=True)
    report(translate("team_server", "Sending to {server}").format(server=address.display), 70)
    to_send = [merged[i] for i in stale]
    sent, read_only = _send(store, connection, to_send, memory)
    if not read_only:
        for state in to_send:
            memory.digests[state["id"]] = laptop_memory.digest(state["fields"])
        laptop_memory.save(store, memory)
    report(translate("sync", "Done"), 100)
    return ServerSyncResult(
        address.display, here, sent.records, sent.versions, read_only=read_only, done=True
    )


def _not_on_server(local: RecordMap, digests: dict[str, str]) -> list[str]:
    """Records changed here since the server last had them (or never sent)."""
    return [
        record_id
        for record_id, state in local.items()
        if digests.get(record_id) != laptop_memory.digest(state["fields"])
    ]


def _send(
    store: Store,
    connection: psycopg.Connection[tuple[Any, ...]],
    states: list[State],
    memory: laptop_memory.ServerMemory,
) -> tuple[Pushed, bool]:
    """Push, leaving out versions of laptops that belong to another account (their own laptop
    sends them); refuses when this laptop's own id belongs to another account."""
    devices = sorted({v["d"] for s in states for vs in s["fields"].values() for v in vs})
    with connection.cursor() as cur:
        cur.execute(_MAY_PUSH, (devices,))
        row = cur.fetchone()
    assert row is not None
    me, may_insert, owners = str(row[0]), bool(row[1]), {d: w for d, w in row[2]}
    if not may_insert:
        return Pushed(0, 0), True
    if owners.get(store.device_id, me) != me:
        raise PushRefused(
            translate(
                "team_server",
                "This laptop's id ({device}) is already used on the server by the account "
                "{account}: a copied data folder? Nothing was sent.",
            ).format(device=store.device_id, account=owners[store.device_id])
        )
    foreign = {d for d, w in owners.items() if w != me}
    if foreign:
        states = [_without(state, foreign) for state in states]
    memory.batch = str(uuid.uuid4())
    return push(connection, states, memory.batch, store.device_id), False


def _without(state: State, devices: set[str]) -> State:
    fields = {
        name: kept
        for name, versions in state["fields"].items()
        if (kept := [v for v in versions if v["d"] not in devices])
    }
    return {**state, "fields": fields}


def _translate(address: ServerAddress, exc: psycopg.Error) -> TeamServerError:
    """What went wrong on the server, in one sentence; this laptop kept everything."""
    if exc.sqlstate == DEVICE_CLASH:
        return PushRefused(
            translate(
                "team_server",
                "{server} refused this push: {reason}. Nobody may send changes in another "
                "laptop's name; nothing was sent.",
            ).format(server=address.display, reason=exc.diag.message_primary)
        )
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return PushRefused(
            translate(
                "team_server",
                "The account {account} may not do that on {server} ({reason}); nothing was sent.",
            ).format(account=address.user, server=address.display, reason=exc.diag.message_primary)
        )
    if isinstance(exc, pg_errors.DiskFull):
        return TeamServerError(
            translate(
                "team_server",
                "The disk of {server} is full; nothing was sent and this laptop kept everything. "
                "Tell the server's administrator, then sync again.",
            ).format(server=address.display)
        )
    if isinstance(exc, psycopg.OperationalError):
        return TeamServerError(
            translate(
                "team_server",
                "The connection to {server} was lost; this laptop kept everything. Sync again in "
                "a moment.",
            ).format(server=address.display)
        )
    return TeamServerError(describe_failure(address, exc))


def _refuse_own_future_stamps(store: Store, address: ServerAddress) -> None:
    """As with a shared file: changes dated far ahead would block every other laptop."""
    if not clock.is_far_future(store.clock.last, store.wall()):
        return
    when = dt.datetime.fromtimestamp(clock.stamp_ms(store.clock.last) / 1000, dt.UTC)
    raise FutureStamps(
        translate(
            "team_server",
            "Changes made on this laptop while its clock was ahead are dated up to {when} UTC, "
            "more than a day ahead of its clock now; on {server} they would block every other "
            "laptop. Re-date them first: cmcoord-desktop repair-clock",
        ).format(when=f"{when:%Y-%m-%d %H:%M}", server=address.display),
        (store.device_id,),
    )
