"""The rules every record read from a file must meet before it may be merged.

The JSON shape is checked by msgspec types (fast, in C); what depends on the record's kind is
checked here: known kinds and fields, each value of its field's type, sane lengths, each version
carrying its own stamp, and no stamp far in the future (a laptop whose clock is months ahead must
not win every conflict forever, nor drag every other laptop's clock along).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from typing import Annotated, Any

import msgspec

from cmcoord_desktop.core import clock, register
from cmcoord_desktop.core.models import RECORD_TYPES, FieldType, ItemKind
from cmcoord_desktop.core.register import FieldVersion
from cmcoord_desktop.core.values import from_json
from cmcoord_desktop.sync.errors import SharedFileError

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DEVICE_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,64}$"

MAX_TEXT_CHARS = 1_000_000  # a long session's notes are a few thousand
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
MAX_LIVE_VERSIONS = 64  # concurrent values of one field: one per laptop at most
MAX_SEEN_DEVICES = 1000
MAX_STRING = (MAX_ATTACHMENT_BYTES * 4) // 3 + 4
LARGEST_INT = 2**53  # what every JSON reader keeps exactly

# Ids are parsed as UUIDs in C; the re-encoding check then holds them to the canonical spelling.
# Device ids and field names are checked against the few known ones below, not by a pattern.
Name = Annotated[str, msgspec.Meta(max_length=64)]
Stamp = Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
Value = Annotated[str, msgspec.Meta(max_length=MAX_STRING)] | int | bool | None


class Version(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    v: Value
    t: Stamp
    d: Name
    seen: Annotated[dict[Name, Stamp], msgspec.Meta(max_length=MAX_SEEN_DEVICES)]


class RecordState(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    kind: Annotated[str, msgspec.Meta(max_length=32)]
    id: uuid.UUID
    fixed: dict[Name, Annotated[str, msgspec.Meta(max_length=36)]]
    fields: dict[
        Name,
        Annotated[list[Version], msgspec.Meta(min_length=1, max_length=MAX_LIVE_VERSIONS)],
    ]


_ITEM_KINDS = {str(k) for k in ItemKind}
_UUID = re.compile(UUID_PATTERN)
_DEVICE_ID = re.compile(DEVICE_ID_PATTERN)
_TEXT, _TEXT_MAX = FieldType.TEXT, MAX_TEXT_CHARS


def check_records(
    records: list[dict[str, Any]],
    devices: Mapping[str, str],
    name: str,
    now_ms: int | None = None,
) -> None:
    """Raise SharedFileError for the first record that breaks a rule; normalise nothing else."""
    seen_ids: set[str] = set()
    devices_seen: set[str] = set(devices)
    newest = 0
    for record in records:
        record_id = record["id"]
        if record_id in seen_ids:
            raise SharedFileError(f"{name} is damaged: record {record_id} appears twice.")
        seen_ids.add(record_id)
        cls = RECORD_TYPES.get(record["kind"])
        if cls is None:
            raise SharedFileError(f'{name} holds a record of unknown kind "{record["kind"]}".')
        fixed = record["fixed"]
        if set(fixed) != set(cls.FIXED):
            raise SharedFileError(f"{name} is damaged: {cls.KIND} {record_id} lacks its parent.")
        for key, value in fixed.items():
            if key == "item_kind" and value not in _ITEM_KINDS:
                raise SharedFileError(f'{name} holds an item of unknown kind "{value}".')
            if key != "item_kind" and not _is_uuid(value):
                raise SharedFileError(f"{name} is damaged: a parent id is not a valid id.")
        for field_name, versions in record["fields"].items():
            field_type = cls.FIELDS.get(field_name)
            if field_type is None:
                raise SharedFileError(
                    f'{name} holds a {cls.KIND} field "{field_name}" this program does not know.'
                )
            for version in versions:
                value = version["v"]
                # Plain text is most of a file: check it inline; parse the rest.
                if field_type is not _TEXT or type(value) is not str or len(value) > _TEXT_MAX:
                    _check_value(field_type, value, cls.KIND, field_name, name)
                seen = version["seen"]
                if seen.get(version["d"]) != version["t"]:
                    raise SharedFileError(
                        f"{name} is damaged: a version of {cls.KIND} {field_name} "
                        "does not carry its own stamp."
                    )
                for stamp in seen.values():
                    if stamp > newest:
                        newest = stamp
                if len(seen) > 1 or version["d"] not in devices_seen:
                    devices_seen.update(seen)
            if len(versions) > 1:
                _check_live(versions, cls.KIND, field_name, name)
    bad_device = next((d for d in devices_seen if not _DEVICE_ID.fullmatch(d)), None)
    if bad_device is not None:
        raise SharedFileError(f"{name} is damaged: {bad_device!r} is not a laptop's id.")
    _check_not_future(newest, records, devices, name, now_ms)


def _check_value(field_type: FieldType, value: Any, kind: str, field: str, name: str) -> None:
    try:
        from_json(field_type, value)
    except ValueError as exc:
        raise SharedFileError(
            f"{name} is damaged: {kind} field {field} holds a bad value ({exc})."
        ) from None
    if field_type is FieldType.TEXT and value is not None and len(value) > MAX_TEXT_CHARS:
        raise SharedFileError(f"{name} holds a {kind} {field} longer than {MAX_TEXT_CHARS:,}.")
    if field_type is FieldType.INT and value is not None and abs(value) > LARGEST_INT:
        raise SharedFileError(f"{name} holds a {kind} {field} number out of range.")


def _check_live(versions: list[dict[str, Any]], kind: str, field: str, name: str) -> None:
    """Concurrent versions must be listed as the merge lists them, so equal means equal."""
    parsed = [FieldVersion.from_json(v) for v in versions]
    if [v.to_json() for v in register.live(parsed)] != versions:
        raise SharedFileError(
            f"{name} is damaged: the versions of a {kind} {field} contradict each other."
        )


def _check_not_future(
    newest: int,
    records: list[dict[str, Any]],
    devices: Mapping[str, str],
    name: str,
    now_ms: int | None,
) -> None:
    if not clock.is_far_future(newest, now_ms):
        return
    device = next(
        (
            v["d"]
            for r in records
            for vs in r["fields"].values()
            for v in vs
            if max(v["t"], *v["seen"].values()) == newest
        ),
        "?",
    )
    when = dt.datetime.fromtimestamp(clock.stamp_ms(newest) / 1000, dt.UTC)
    laptop = devices.get(device, device)
    raise SharedFileError(
        f"{name} holds changes dated {when:%Y-%m-%d %H:%M} UTC, in the future, from "
        f"{laptop}: that laptop's clock is wrong. Fix its clock, then sync from it again."
    )


def _is_uuid(value: str) -> bool:
    return _UUID.fullmatch(value) is not None
