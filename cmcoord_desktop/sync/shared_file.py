"""The records file: one JSON document holding every record with its field versions.

The same format serves backups (`export --all --format json`, `import`) and the shared file that
co-facilitators sync through. See docs/data-format.md.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import msgspec

from cmcoord_desktop import __version__

FORMAT_NAME = "cmcoord-desktop/records"
FORMAT_VERSION = (1, 0)


class SharedFileError(ValueError):
    """The file cannot be used; the message says why in words a facilitator understands."""


def encode(records: list[dict[str, Any]], devices: dict[str, str]) -> bytes:
    document = {
        "format": FORMAT_NAME,
        "version": list(FORMAT_VERSION),
        "app": __version__,
        "count": len(records),
        "devices": devices,
        "records": records,
    }
    return msgspec.json.encode(document)


def decode(data: bytes) -> dict[str, Any]:
    try:
        document = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise SharedFileError(f"The file is not valid JSON ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise SharedFileError("This is not a CMCoord Desktop records file.")
    major = document.get("version", [None])[0]
    if major != FORMAT_VERSION[0]:
        raise SharedFileError(
            f"The file is in format version {major}; this program reads version {FORMAT_VERSION[0]}."
        )
    return document


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read(path: Path) -> dict[str, Any]:
    return decode(Path(path).read_bytes())
