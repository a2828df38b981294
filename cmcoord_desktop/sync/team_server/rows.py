"""Records as rows of the server's versions table, and rows back into records, checked.

One row per field version: record id, kind, fixed (the parent), field, value (JSON), stamp,
device, seen (JSON). An attachment's data goes to `blobs` once per SHA-256 of its bytes; its
version row names the hash. Rows read from the server are turned into records and then checked
exactly as a shared file's records are (sync/records_check.py) before anything is merged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from cmcoord_desktop.core import record_state, slide_marker
from cmcoord_desktop.core.models import RECORD_TYPES, FieldType
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.merge import RecordMap, State
from cmcoord_desktop.sync.records_check import check_records

VersionRow = tuple[str, str, int, str, str, str, str | None, str | None, str, str | None]
# (record_id, field, stamp, device, kind, fixed, value, blob, seen, batch)

_BYTES_FIELDS = {
    (kind, name)
    for kind, cls in RECORD_TYPES.items()
    for name, field_type in cls.FIELDS.items()
    if field_type is FieldType.BYTES
}
_encode = msgspec.json.Encoder(order="sorted").encode
_decode_any = msgspec.json.Decoder().decode
_decode_seen = msgspec.json.Decoder(dict[str, int]).decode
_decode_fixed = msgspec.json.Decoder(dict[str, str]).decode


def version_rows(
    states: Iterable[State], batch: str | None, blobs: dict[str, bytes]
) -> Iterator[VersionRow]:
    """Every live version of these records as a row; attachment bytes are added to `blobs`."""
    for state in states:
        kind, record_id = state["kind"], state["id"]
        fixed = _encode(state["fixed"]).decode()
        for name, versions in state["fields"].items():
            is_bytes = (kind, name) in _BYTES_FIELDS
            for version in versions:
                value, blob = version["v"], None
                if is_bytes and isinstance(value, str) and not slide_marker.is_marker(value):
                    data = base64.b64decode(value)
                    blob = hashlib.sha256(data).hexdigest()
                    blobs[blob] = data
                    text = None
                else:
                    text = _encode(value).decode()
                seen = _encode(version["seen"]).decode()
                yield (
                    record_id,
                    name,
                    version["t"],
                    version["d"],
                    kind,
                    fixed,
                    text,
                    blob,
                    seen,
                    batch,
                )


def records_from_rows(rows: Iterable[tuple[Any, ...]], name: str, now_ms: int | None) -> RecordMap:
    """Rows of (record_id, kind, fixed, field, stamp, device, value, data, seen) as records,
    each field reduced to its live versions, checked like a shared file's; SharedFileError if
    any row breaks a rule (nothing is merged then)."""

    def damaged(text: str, **values: object) -> SharedFileError:
        """`text` (translated, whole: "{name} is damaged: …") with the server's name and values."""
        return SharedFileError(text.format(name=name, **values))

    records: dict[str, State] = {}
    fixed_texts: dict[str, tuple[str, str]] = {}
    for record_id, kind, fixed, field, stamp, device, value, data, seen in rows:
        known = fixed_texts.get(record_id)
        if known is None:
            try:
                fixed_value = _decode_fixed(fixed)
            except (msgspec.DecodeError, TypeError):
                raise damaged(
                    translate(
                        "team_server",
                        "{name} is damaged: record {id} has no readable parent; nothing was "
                        "changed on this laptop.",
                    ),
                    id=record_id,
                ) from None
            records[record_id] = {"kind": kind, "id": record_id, "fixed": fixed_value, "fields": {}}
            fixed_texts[record_id] = (kind, fixed)
        elif known != (kind, fixed):
            raise damaged(
                translate(
                    "team_server",
                    "{name} is damaged: record {id} is stored as two different records; nothing "
                    "was changed on this laptop.",
                ),
                id=record_id,
            )
        try:
            if data is not None:
                json_value: Any = base64.b64encode(bytes(data)).decode("ascii")
            elif value is None:
                raise damaged(
                    translate(
                        "team_server",
                        "{name} is damaged: a version of record {id} has no value; nothing was "
                        "changed on this laptop.",
                    ),
                    id=record_id,
                )
            else:
                json_value = _decode_any(value)
            seen_value = _decode_seen(seen)
        except (msgspec.DecodeError, binascii.Error, TypeError):
            raise damaged(
                translate(
                    "team_server",
                    "{name} is damaged: a version of record {id} {field} is unreadable; nothing "
                    "was changed on this laptop.",
                ),
                id=record_id,
                field=repr(str(field)[:40]),
            ) from None
        version = {"v": json_value, "t": stamp, "d": device, "seen": seen_value}
        records[record_id]["fields"].setdefault(field, []).append(version)
    for state in records.values():
        state["fields"] = {
            field: live_versions(versions) for field, versions in sorted(state["fields"].items())
        }
    check_records(list(records.values()), {}, name, now_ms)
    return records


def live_versions(versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The live versions as register.live lists them, in linear time for a long history.

    The server keeps every version, so one field typed for an hour holds thousands; a version
    is superseded when another has seen its stamp, so the two highest `seen` readings per
    device are enough to find every superseded one before the (quadratic) exact reduction.
    """
    if len(versions) == 1:  # most fields: one version, live by itself
        return versions
    if len(versions) > 8:
        top: dict[str, list[tuple[int, int]]] = {}  # device -> [(stamp seen, index)] best two
        for index, version in enumerate(versions):
            for device, stamp in version["seen"].items():
                best = top.setdefault(device, [])
                best.append((stamp, index))
                if len(best) > 2:
                    best.sort(reverse=True)
                    del best[2:]
        survivors = []
        for index, version in enumerate(versions):
            others = [s for s, i in top.get(version["d"], []) if i != index]
            if not others or max(others) < version["t"]:
                survivors.append(version)
        versions = survivors
    return record_state.merge_versions_json([], versions)
