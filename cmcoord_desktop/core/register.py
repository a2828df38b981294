"""Per-field multi-value register: the versions of one field, merged without losing any value.

Each version carries a version vector (`seen`: device -> newest stamp of that device it had
seen for this field, its own stamp included). A version that another one has seen is superseded;
the versions nobody has seen past are "live". One live version is the normal case; several live
versions with different values are a conflict that a person resolves. Merging is taking the live
versions of the union, which is commutative, associative and idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldVersion:
    value: Any  # JSON-ready: str, int, bool, None
    stamp: int
    device: str
    seen: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[int, str]:
        return (self.stamp, self.device)

    def has_seen(self, other: FieldVersion) -> bool:
        return self.seen.get(other.device, 0) >= other.stamp

    def to_json(self) -> dict[str, Any]:
        return {"v": self.value, "t": self.stamp, "d": self.device, "seen": dict(self.seen)}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> FieldVersion:
        return FieldVersion(data["v"], data["t"], data["d"], dict(data["seen"]))


Versions = tuple[FieldVersion, ...]


def live(versions: Iterable[FieldVersion]) -> Versions:
    """The versions no other version has seen, newest first (so the first one is shown)."""
    unique = {v.key: v for v in versions}
    alive = [
        v
        for v in unique.values()
        if not any(o.key != v.key and o.has_seen(v) for o in unique.values())
    ]
    return tuple(sorted(alive, key=lambda v: v.key, reverse=True))


def merge(a: Iterable[FieldVersion], b: Iterable[FieldVersion]) -> Versions:
    return live([*a, *b])


def write(
    current: Iterable[FieldVersion],
    value: Any,
    stamp: int,
    device: str,
    also_seen: Iterable[FieldVersion] = (),
) -> Versions:
    """A new version that supersedes every current one (a person saw them when they typed)."""
    seen: dict[str, int] = {}
    for v in (*current, *also_seen):
        for dev, st in v.seen.items():
            seen[dev] = max(seen.get(dev, 0), st)
    seen[device] = stamp
    return (FieldVersion(value, stamp, device, seen),)


def canonical(value: Any) -> str:
    """Equal values give equal text, whatever their Python type (True is not 1 here)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def in_conflict(versions: Versions) -> bool:
    """Concurrent versions with different values; identical concurrent values are no conflict."""
    return len({canonical(v.value) for v in versions}) > 1
