"""The records file: one JSON document holding every record with its field versions.

The same format serves backups (`export --all --format json`, `import`), the demo workshop and the
shared file that co-facilitators sync through. See docs/shared-file-format.md.

Reading is strict and bounded: the size is checked before a byte is read, the checksum is
verified, the bytes must be exactly what this program writes (which also rules out duplicate
keys: a decoder keeps only one of them, so a re-encoding would come out shorter), and every
value's type is checked (no floats anywhere, so no NaN). Record-level rules: records_check.py.
"""

from __future__ import annotations

import hashlib
import json
import operator
import stat
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import msgspec

from cmcoord_desktop import __version__
from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.models import RECORD_TYPES
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.records_check import (
    DEVICE_ID_PATTERN,
    UUID_PATTERN,
    check_records,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "SharedFileError",
    "decode",
    "encode",
    "read",
    "write_atomically",
]

FORMAT_NAME = "cmcoord-desktop/records"
# Major: a reader refuses any other major version. Minor: additions an older reader may ignore.
# 1.1: an attachment's bytes may be a reference to a slide kept beside the file (sync/media.py).
# 1.2: a deleted slide's bytes may be a marker `removed:sha256:<hex>` (core/slide_marker.py).
FORMAT_VERSION = (1, 2)

# Larger than any workshop with its slides; a 2 GB file is refused before it is read.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_DEVICE_NAME = 200

_HEADER_KEYS = ("format", "version", "app", "file_id", "count", "checksum")
_SEALED_KEYS = ("format", "version", "app", "file_id", "count", "devices", "records")
_MARKER = b'"format":"' + FORMAT_NAME.encode() + b'"'

DeviceId = Annotated[str, msgspec.Meta(pattern=DEVICE_ID_PATTERN)]
DeviceName = Annotated[str, msgspec.Meta(max_length=MAX_DEVICE_NAME)]
Devices = dict[DeviceId, DeviceName]


class Header(msgspec.Struct, forbid_unknown_fields=False):
    format: str
    version: tuple[Annotated[int, msgspec.Meta(ge=0, le=10_000)], ...]
    app: Annotated[str, msgspec.Meta(max_length=64)]
    file_id: Annotated[str, msgspec.Meta(pattern=UUID_PATTERN)]
    count: Annotated[int, msgspec.Meta(ge=0)]
    checksum: Annotated[str, msgspec.Meta(pattern=r"^sha256:[0-9a-f]{64}$")]


def checksum(parts: Sequence[bytes | msgspec.Raw]) -> str:
    """sha256 over the exact bytes of every header value and of the devices and records."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
        digest.update(b"\n")
    return "sha256:" + digest.hexdigest()


def new_file_id() -> str:
    return str(uuid.uuid4())


def encode(
    records: list[dict[str, Any]], devices: Mapping[str, str], file_id: str | None = None
) -> bytes:
    """The file's bytes; `file_id` names the shared file so its cloud siblings are recognised.

    Records are written in one order whatever order they come in (kinds parents first, then by
    id), so the same records always give the same bytes: in a sync, a backup or an export."""
    records = ordered(records)
    parts = {
        "format": FORMAT_NAME,
        "version": list(FORMAT_VERSION),
        "app": __version__,
        "file_id": file_id or new_file_id(),
        "count": len(records),
        "devices": dict(sorted(devices.items())),  # the same laptops give the same bytes
        "records": records,
    }
    raw = {key: msgspec.Raw(msgspec.json.encode(value)) for key, value in parts.items()}
    seal = checksum([raw[key] for key in _SEALED_KEYS])
    document: dict[str, msgspec.Raw | str] = {
        key: raw[key] for key in _HEADER_KEYS if key != "checksum"
    }
    document["checksum"] = seal
    # The records come last; joined on rather than encoded again, which held them twice over
    # (and half as much again in the encoder's buffer): the largest allocation of a sync.
    document["devices"], document["records"] = raw["devices"], msgspec.Raw(b"[]")
    head = msgspec.json.encode(document)
    return b"".join((head[: -len(b"[]}")], raw.pop("records"), b"}"))


def ordered(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parents' kinds first, then by id."""
    by_kind: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RECORD_TYPES}
    for state in records:
        by_kind[state["kind"]].append(state)
    by_id = operator.itemgetter("id")
    return [state for states in by_kind.values() for state in sorted(states, key=by_id)]


def decode(
    data: bytes,
    name: str = "",
    *,
    now_ms: int | None = None,
    allow_future: bool = False,
) -> dict[str, Any]:
    """The document as plain data: format, version, app, file_id, count, devices, records.

    Raises SharedFileError saying what is wrong; never returns a partly checked document.
    `now_ms` is this laptop's clock (the wall clock by default); `allow_future` lets stamps far
    ahead of it through, for the clock repair only (sync/clock_repair_flow.py).
    """
    with paused_gc():
        return _decode(data, name or translate("sync", "The file"), now_ms, allow_future)


def _decode(data: bytes, name: str, now_ms: int | None, allow_future: bool) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise SharedFileError(
            translate("sync", "{name} is too large ({size} bytes).").format(
                name=name, size=f"{len(data):,}"
            )
        )
    if not data.strip():
        raise SharedFileError(translate("sync", "{name} is empty.").format(name=name))
    ours = _MARKER in data[:200]
    try:
        top = msgspec.json.decode(data, type=dict[str, msgspec.Raw])
    except RecursionError:
        raise SharedFileError(
            translate("sync", "{name} is damaged: its data is nested too deeply.").format(name=name)
        ) from None
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        if not ours:
            raise SharedFileError(_not_ours(name)) from None
        raise SharedFileError(
            translate("sync", "{name} is damaged or incomplete ({reason}).").format(
                name=name, reason=exc
            )
        ) from None
    if not ours or _decode_part(top.get("format", b'""'), str, name) != FORMAT_NAME:
        raise SharedFileError(_not_ours(name))
    _check_version(top, name)
    if msgspec.json.encode(top) != data:
        _refuse_rewritten(data, name)
    missing = [key for key in (*_HEADER_KEYS, "devices", "records") if key not in top]
    if missing:
        raise SharedFileError(
            translate("sync", "{name} is damaged: it has no {keys}.").format(
                name=name, keys=", ".join(missing)
            )
        )
    header_raw = msgspec.json.encode({key: top[key] for key in _HEADER_KEYS})
    header = _decode_part(header_raw, Header, name)
    devices_raw, records_raw = bytes(top["devices"]), bytes(top["records"])
    if checksum([top[key] for key in _SEALED_KEYS]) != header.checksum:
        raise SharedFileError(
            translate(
                "sync", "{name} is damaged: its checksum does not match its contents."
            ).format(name=name)
        )
    devices = _decode_canonical(devices_raw, Devices, name)
    records = _decode_canonical(records_raw, Any, name)
    check_records(records, devices, name, now_ms, allow_future)
    _share_repeats(records)
    if len(records) != header.count:
        raise SharedFileError(
            translate(
                "sync", "{name} is damaged: it says {count} records but holds {held}."
            ).format(name=name, count=header.count, held=len(records))
        )
    return {
        "format": header.format,
        "version": list(header.version),
        "app": header.app,
        "file_id": header.file_id,
        "count": header.count,
        "devices": devices,
        "records": records,
    }


def _share_repeats(records: list[dict[str, Any]]) -> None:
    """Equal strings and stamps made one object: a decoder makes a new string for each of a
    laptop's many versions and a second int for the stamp its own `seen` repeats. A large
    file's records weigh about a seventh less; every value stays what it was."""
    names: dict[str, str] = {}
    for record in records:
        fixed = record["fixed"]
        for key, parent in fixed.items():
            fixed[key] = names.setdefault(parent, parent)
        for versions in record["fields"].values():
            for version in versions:
                device = version["d"] = names.setdefault(version["d"], version["d"])
                seen = version["seen"]
                if seen.get(device) == version["t"]:
                    seen[device] = version["t"]


def read(path: Path, *, now_ms: int | None = None, allow_future: bool = False) -> dict[str, Any]:
    """Read and check a records file; its size is checked before any byte is read."""
    return decode(read_bytes(path), _display_name(path), now_ms=now_ms, allow_future=allow_future)


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    name = _display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SharedFileError(
            translate("sync", "{name} does not exist.").format(name=name)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise SharedFileError(
            translate("sync", "{name} is a folder, not a records file.").format(name=name)
        )
    if not stat.S_ISREG(info.st_mode):
        raise SharedFileError(translate("sync", "{name} is not a regular file.").format(name=name))
    if info.st_size > MAX_FILE_BYTES:
        raise SharedFileError(
            translate("sync", "{name} is too large ({size} bytes; the limit is {limit}).").format(
                name=name, size=f"{info.st_size:,}", limit=f"{MAX_FILE_BYTES:,}"
            )
        )
    with open(path, "rb") as fh:
        # Bounded even if the file grows meanwhile. Asked for its size plus one byte first:
        # read(n) reserves n bytes before it reads, and reserving the limit for every file
        # made a small file's read the largest allocation of a whole sync.
        data = fh.read(info.st_size + 1)
        if len(data) > info.st_size:
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    return data


def _display_name(path: Path) -> str:
    return f'"{Path(path).name}"'


def _not_ours(name: str) -> str:
    return translate("sync", "{name} is not a CMCoord Desktop records file.").format(name=name)


def _check_version(top: Mapping[str, msgspec.Raw], name: str) -> None:
    try:
        version = msgspec.json.decode(top.get("version", b"null"), type=tuple[int, int])
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise SharedFileError(
            translate("sync", "{name} is damaged: its format version is unreadable.").format(
                name=name
            )
        ) from None
    found = f"{version[0]}.{version[1]}"
    if version[0] > FORMAT_VERSION[0]:
        raise SharedFileError(
            translate(
                "sync",
                "{name} was written by a newer CMCoord Desktop (format {found}; this program "
                "reads {reads}.x). Please update the program.",
            ).format(name=name, found=found, reads=FORMAT_VERSION[0])
        )
    if version[0] != FORMAT_VERSION[0]:
        raise SharedFileError(
            translate(
                "sync", "{name} is in format {found}, which this program cannot read."
            ).format(name=name, found=found)
        )


def _decode_part(raw: bytes, kind: Any, name: str) -> Any:
    try:
        return msgspec.json.decode(raw, type=kind)
    except RecursionError:
        raise SharedFileError(
            translate("sync", "{name} is damaged: its data is nested too deeply.").format(name=name)
        ) from None
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as exc:
        raise SharedFileError(
            translate("sync", "{name} is damaged or not ours ({reason}).").format(
                name=name, reason=exc
            )
        ) from None


def _decode_canonical(raw: bytes, kind: Any, name: str) -> Any:
    value = _decode_part(raw, kind, name)
    if msgspec.json.encode(value) != raw:
        _refuse_rewritten(raw, name)
    return value


def _refuse_rewritten(raw: bytes, name: str) -> None:
    """Bytes that are valid JSON but not what we write: say the most useful reason."""
    duplicate = _first_duplicate_key(raw)
    if duplicate is not None:
        raise SharedFileError(
            translate("sync", '{name} is damaged: the key "{key}" appears twice.').format(
                name=name, key=duplicate
            )
        )
    raise SharedFileError(
        translate(
            "sync",
            "{name} was changed by another program (it is not exactly what CMCoord Desktop "
            "writes).",
        ).format(name=name)
    )


def _first_duplicate_key(raw: bytes) -> str | None:
    found: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys) and not found:
            found.append(next(k for k in keys if keys.count(k) > 1))
        return dict(items)

    try:
        json.loads(raw, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    return found[0] if found else None
