"""A record's state held as the JSON bytes it was read as, its fields decoded only when asked.

A large sync holds every record of the shared file and of the store at once; as dicts of
versions they weigh about five times their JSON, as bytes about once. Most records are the same
on both sides and pass through a sync untouched: compared as bytes, written out as the bytes
read. An EncodedState is a read-only Mapping with the keys of a state dict (kind, id, fixed,
fields) and compares equal to the dict it stands for, so the merge treats both alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import msgspec

_KEYS = ("kind", "id", "fixed", "fields")
_FIELDS_KEY = b',"fields":'


class EncodedState(Mapping[str, Any]):
    """One record: `raw` is exactly `msgspec.json.encode({"kind", "id", "fixed", "fields"})`
    in that key order (as a file holds it), `fields` starts at `offset` and runs to its last
    byte but one. `fixed` may be shared with other records: never change it."""

    __slots__ = ("fixed", "id", "kind", "offset", "raw")

    def __init__(
        self, kind: str, record_id: str, fixed: dict[str, str], raw: msgspec.Raw, offset: int
    ) -> None:
        self.kind, self.id, self.fixed, self.raw, self.offset = kind, record_id, fixed, raw, offset

    @classmethod
    def of(cls, state: Mapping[str, Any], fixed: dict[str, str] | None = None) -> EncodedState:
        """The state encoded (a state from elsewhere, or the store's row made a state)."""
        kind, record_id = state["kind"], state["id"]
        fixed = state["fixed"] if fixed is None else fixed
        head = {"kind": kind, "id": record_id, "fixed": fixed}
        raw = msgspec.json.encode({**head, "fields": state["fields"]})
        return cls(kind, record_id, fixed, msgspec.Raw(raw), fields_offset(head))

    def fields_bytes(self) -> memoryview:
        return memoryview(self.raw)[self.offset : -1]

    def fields_are(self, encoded: bytes) -> bool:
        """Whether the fields are spelled exactly `encoded` (a memoryview compares byte by
        byte in Python's loop; bytes compare at once)."""
        raw = self.raw
        return len(raw) == self.offset + len(encoded) + 1 and bytes(raw).startswith(
            encoded, self.offset
        )

    def __getitem__(self, key: str) -> Any:
        if key == "fields":
            return msgspec.json.decode(self.fields_bytes())  # a new dict each time
        if key == "kind":
            return self.kind
        if key == "id":
            return self.id
        if key == "fixed":
            return self.fixed
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(_KEYS)

    def __len__(self) -> int:
        return len(_KEYS)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EncodedState):
            if self.raw == other.raw:
                return True  # the same bytes decode to the same state
            if self.id != other.id or self.kind != other.kind or self.fixed != other.fixed:
                return False
            # Equal dicts may be spelled apart (keys in another order): as dicts compare.
            return bool(self["fields"] == other["fields"])
        if isinstance(other, Mapping):
            return other.keys() == set(_KEYS) and all(self[k] == other[k] for k in _KEYS)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a dict's

    def __repr__(self) -> str:
        return f"EncodedState({bytes(self.raw)!r})"


def fields_offset(head: Mapping[str, Any]) -> int:
    """Where the fields start in the record's bytes, `head` being its kind, id and fixed."""
    return len(msgspec.json.encode(head)) - 1 + len(_FIELDS_KEY)


def in_order(record: Mapping[str, Any]) -> bool:
    """Whether a decoded record's keys come as the encoded form needs them."""
    return tuple(record) == _KEYS
