"""What this laptop remembers of each team server, in its own meta table.

Per server (named by the server's epoch, see schema.py): the pull cursor (a transaction-id
watermark, see pull.py), the batch id of this laptop's last push (its own rows are not read
back), and a digest of each record as the server last had it (a record whose digest still
matches needs no push).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy import select

from cmcoord_desktop.core.models import Meta
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.pull import Position

_PREFIX = "team_server:"


@dataclass
class ServerMemory:
    epoch: str
    cursor: int = 0
    batch: str | None = None
    digests: dict[str, str] = field(default_factory=dict)


def digest(fields: Any) -> str:
    """The same versions give the same digest, whatever order their keys come in."""
    data = msgspec.json.encode(fields, order="sorted")
    return hashlib.blake2b(data, digest_size=10).hexdigest()


def _keys(epoch: str) -> tuple[str, str]:
    return f"{_PREFIX}{epoch}", f"{_PREFIX}{epoch}:pushed"


def positions(store: Store) -> dict[str, Position]:
    """Where this laptop stands on every server it has synced with, by epoch (for the pull)."""
    with store.unit_of_work() as db:
        heads = db.scalars(select(Meta).where(Meta.key.startswith(_PREFIX))).all()
        found: dict[str, Position] = {}
        for head in heads:
            epoch = head.key.removeprefix(_PREFIX)
            if epoch.endswith(":pushed"):
                continue
            data = msgspec.json.decode(head.value)
            found[epoch] = Position(int(data.get("cursor", 0)), data.get("batch"))
    return found


def load(store: Store, epoch: str) -> ServerMemory:
    head_key, digests_key = _keys(epoch)
    with store.unit_of_work() as db:
        head = db.get(Meta, head_key)
        digests = db.get(Meta, digests_key)
        memory = ServerMemory(epoch)
        if head is not None:
            data = msgspec.json.decode(head.value)
            memory.cursor = int(data.get("cursor", 0))
            memory.batch = data.get("batch")
        if digests is not None:
            memory.digests = dict(msgspec.json.decode(digests.value))
    return memory


def save(store: Store, memory: ServerMemory) -> None:
    """One commit: cursor, batch and digests never disagree after a crash."""
    head_key, digests_key = _keys(memory.epoch)
    head = msgspec.json.encode({"cursor": str(memory.cursor), "batch": memory.batch}).decode()
    digests = msgspec.json.encode(memory.digests).decode()
    with store.unit_of_work() as db:
        for key, value in ((head_key, head), (digests_key, digests)):
            row = db.get(Meta, key)
            if row is None:
                db.add(Meta(key=key, value=value))
            else:
                row.value = value
