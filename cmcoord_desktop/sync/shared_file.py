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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import msgspec

from cmcoord_desktop import __version__
from cmcoord_desktop.core import encoded_state
from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.encoded_state import EncodedState
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.models import RECORD_TYPES
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import FutureStamps, SharedFileError
from cmcoord_desktop.sync.records_check import (
    DEVICE_ID_PATTERN,
    UUID_PATTERN,
    check_each,
    check_records,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "SharedFileError",
    "EncodedFile",
    "decode",
    "encode",
    "encode_file",
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


class EncodedFile:
    """A records file's bytes as the pieces they are made of, commas between them (the header
    with the first record, each record, the last with the end), never joined into one: a large
    sync writes its 55 MiB straight from the records' bytes it holds anyway."""

    __slots__ = ("pieces", "size")

    def __init__(self, pieces: list[bytes | msgspec.Raw]) -> None:
        self.pieces = pieces
        self.size = sum(map(len, pieces)) + max(len(pieces) - 1, 0)

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        return b",".join(self.pieces)

    def chunks(self) -> Iterator[bytes | msgspec.Raw]:
        """The bytes in order, piece by piece."""
        for n, piece in enumerate(self.pieces):
            if n:
                yield b","
            yield piece

    def head(self, size: int = 512) -> bytes:
        """The first `size` bytes (where the header is)."""
        out = bytearray()
        for chunk in self.chunks():
            out += chunk
            if len(out) >= size:
                break
        return bytes(out[:size])


def encode(
    records: Iterable[Mapping[str, Any]], devices: Mapping[str, str], file_id: str | None = None
) -> bytes:
    """The file's bytes; `file_id` names the shared file so its cloud siblings are recognised.

    Records are written in one order whatever order they come in (kinds parents first, then by
    id), so the same records always give the same bytes: in a sync, a backup or an export."""
    return bytes(encode_file(records, devices, file_id))


def encode_file(
    records: Iterable[Mapping[str, Any]], devices: Mapping[str, str], file_id: str | None = None
) -> EncodedFile:
    """encode, the bytes left in their pieces (see EncodedFile)."""
    records = ordered(records)
    parts = {
        "format": FORMAT_NAME,
        "version": list(FORMAT_VERSION),
        "app": __version__,
        "file_id": file_id or new_file_id(),
        "count": len(records),
        "devices": dict(sorted(devices.items())),  # the same laptops give the same bytes
    }
    raw = {key: msgspec.Raw(msgspec.json.encode(value)) for key, value in parts.items()}
    # Each record's bytes apart, an EncodedState's as it was read: the records are joined
    # once, straight into the file's bytes (encoding the list, then the document around it,
    # held the records' bytes two or three times over: a large sync's peak).
    pieces: list[bytes | msgspec.Raw] = [
        state.raw if type(state) is EncodedState else msgspec.json.encode(state)
        for state in records
    ]
    digest = hashlib.sha256()
    for key in _SEALED_KEYS[:-1]:
        digest.update(raw[key])
        digest.update(b"\n")
    digest.update(b"[")
    for n, piece in enumerate(pieces):
        if n:
            digest.update(b",")
        digest.update(piece)
    digest.update(b"]\n")
    document: dict[str, msgspec.Raw | str] = {
        key: raw[key] for key in _HEADER_KEYS if key != "checksum"
    }
    document["checksum"] = "sha256:" + digest.hexdigest()
    document["devices"], document["records"] = raw["devices"], msgspec.Raw(b"[]")
    head = msgspec.json.encode(document)[: -len(b"]}")]  # up to the records' opening bracket
    if not pieces:
        return EncodedFile([head + b"]}"])
    # The first and last record carry the ends; commas go between the pieces (joining them,
    # bytes.join holds a buffer view per piece: half as many as with the commas apart).
    pieces[0] = head + pieces[0]
    pieces[-1] = bytes(pieces[-1]) + b"]}"
    return EncodedFile(pieces)


def ordered(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Parents' kinds first, then by id."""
    by_kind: dict[str, list[Mapping[str, Any]]] = {kind: [] for kind in RECORD_TYPES}
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
    encoded: bool = False,
) -> dict[str, Any]:
    """The document as plain data: format, version, app, file_id, count, devices, records.

    Raises SharedFileError saying what is wrong; never returns a partly checked document.
    `now_ms` is this laptop's clock (the wall clock by default); `allow_future` lets stamps far
    ahead of it through, for the clock repair only (sync/clock_repair_flow.py). `encoded`: the
    records as EncodedStates over `data` (a sync: see core/encoded_state.py), checked by the
    same rules one at a time; read-only, unlike the dicts given otherwise.
    """
    with paused_gc():
        return _decode(data, name or translate("sync", "The file"), now_ms, allow_future, encoded)


def _decode(
    data: bytes, name: str, now_ms: int | None, allow_future: bool, encoded: bool = False
) -> dict[str, Any]:
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
    if not _spelled_as_written(top, data):
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
    if checksum([top[key] for key in _SEALED_KEYS]) != header.checksum:
        raise SharedFileError(
            translate(
                "sync", "{name} is damaged: its checksum does not match its contents."
            ).format(name=name)
        )
    devices = _decode_canonical(bytes(top["devices"]), Devices, name)
    records: list[Any] | None = None
    if encoded:
        records = _encoded_records(top["records"], devices, name, now_ms, allow_future)
    if records is None:  # as plain dicts (or the encoded form met something it leaves to this)
        records = _decode_canonical(bytes(top["records"]), Any, name)
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


class _Unusual(Exception):
    """Records the encoded form does not take (damaged, or spelled unusually): read as dicts."""


def _encoded_records(
    raw: msgspec.Raw, devices: Devices, name: str, now_ms: int | None, allow_future: bool
) -> list[Any] | None:
    """The records as EncodedStates over the file's own bytes, each decoded once to be checked
    (check_each: the same rules, in the same order) and let go; None when something is wrong
    or unusual: the dicts' reading then says what, exactly as without `encoded`."""
    try:
        pieces = msgspec.json.decode(raw, type=list[msgspec.Raw])
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError, UnicodeDecodeError):
        return None
    # Each piece spelled as written and only commas between them: the list is as written.
    if len(raw) != 2 + sum(map(len, pieces)) + max(len(pieces) - 1, 0):
        return None
    states: list[Any] = []
    fixed_seen: dict[tuple[str, ...], dict[str, str]] = {}

    def checked_one_by_one() -> Iterator[dict[str, Any]]:
        for piece in pieces:
            try:
                record = msgspec.json.decode(piece)
            except (msgspec.DecodeError, RecursionError, UnicodeDecodeError):
                raise _Unusual from None
            if msgspec.Raw(msgspec.json.encode(record)) != piece:  # Raws compare as bytes
                raise _Unusual
            yield record  # check_each checks it before asking for the next one
            if type(record) is dict and encoded_state.in_order(record):
                fixed = record["fixed"]
                key = (record["kind"], *fixed.keys(), *fixed.values())
                fixed = fixed_seen.setdefault(key, fixed)  # many items share their parent
                head = {"kind": record["kind"], "id": record["id"], "fixed": fixed}
                offset = encoded_state.fields_offset(head)
                states.append(EncodedState(record["kind"], record["id"], fixed, piece, offset))
            else:
                states.append(record)

    def again() -> Iterator[dict[str, Any]]:
        return (msgspec.json.decode(piece) for piece in pieces)

    try:
        check_each(checked_one_by_one(), again, devices, name, now_ms, allow_future)
    except FutureStamps:
        raise  # said once every record passed: the dicts' reading would say the same
    except (_Unusual, SharedFileError):
        return None
    return states


def _spelled_as_written(top: Mapping[str, msgspec.Raw], data: bytes) -> bool:
    """Whether `data` is exactly `msgspec.json.encode(top)`, compared piece by piece in place
    (encoding it again held a second copy of a large file)."""
    at = 1
    if not data.startswith(b"{"):
        return False
    for n, (key, value) in enumerate(top.items()):
        head = (b"," if n else b"") + msgspec.json.encode(key) + b":"
        if not data.startswith(head, at):
            return False
        at += len(head)
        if not data.startswith(value, at):  # compared in place, not copied
            return False
        at += len(value)
    return len(data) == at + 1 and data.endswith(b"}")


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
