"""A deleted slide's bytes given way to a marker `removed:sha256:<hex>` (pure; no database).

Once every laptop has seen a slide's delete, or a stated time after it (sync/slide_cleanup.py),
each laptop keeps, in place of the slide's bytes, a marker naming their hash, in the same field
version (same stamp, device and seen). Two copies of that version then differ only in the
value, and the merge lets the bytes win over their own marker: a laptop that still has them
(an edit that never saw the delete, a restore from Trash) brings them back everywhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any

MARKER_PREFIX = "removed:sha256:"
MARKER_PATTERN = r"removed:sha256:[0-9a-f]{64}"
_MARKER = re.compile(MARKER_PATTERN)

# A deleted slide's bytes go at the latest this long after its delete, even while a laptop that
# never synced again still lacks the delete (its own bytes come back with it if it edits).
RETENTION_DAYS = 30
RETENTION_MS = RETENTION_DAYS * 24 * 60 * 60 * 1000


def is_marker(value: Any) -> bool:
    return type(value) is str and _MARKER.fullmatch(value) is not None


def marker_of(encoded: str) -> str:
    """The marker standing for these base64 bytes."""
    return MARKER_PREFIX + hashlib.sha256(base64.b64decode(encoded)).hexdigest()


def bytes_over_marker(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    """Of two copies of one field version that differ, the one holding the bytes when the other
    holds the marker of exactly those bytes; None when they differ otherwise (a real clash)."""
    if is_marker(a["v"]):
        a, b = b, a
    if not is_marker(b["v"]) or is_marker(a["v"]) or type(a["v"]) is not str:
        return None
    if {**a, "v": None} != {**b, "v": None}:
        return None
    try:
        if marker_of(a["v"]) != b["v"]:
            return None
    except (binascii.Error, ValueError):
        return None
    return a


def with_markers(fields: dict[str, list[dict[str, Any]]], name: str) -> dict[str, Any]:
    """These versions with every version of field `name` holding bytes given way to its marker."""
    versions = fields.get(name)
    if not versions:
        return fields
    changed = [
        {**v, "v": marker_of(v["v"])}
        if type(v["v"]) is str and v["v"] and not is_marker(v["v"])
        else v
        for v in versions
    ]
    return {**fields, name: changed}


def holds_bytes(fields: dict[str, list[dict[str, Any]]], name: str) -> bool:
    return any(
        type(v["v"]) is str and v["v"] and not is_marker(v["v"]) for v in fields.get(name, ())
    )


def bytes_removed(fields: dict[str, list[dict[str, Any]]], name: str = "data") -> bool:
    """The slide's bytes gave way to their marker once every laptop had seen its delete, and no
    version holds them: a restored slide no laptop can show any more (an empty file a person
    added is not this)."""
    return any(is_marker(v["v"]) for v in fields.get(name, ())) and not holds_bytes(fields, name)
