"""Slides as content-addressed media beside the records: written once, by hash, never rewritten.

In a records file an attachment's bytes are a reference `sha256:<hex>`; the bytes themselves are
the file `media/<hex>` in the place's folder (`workshop.cmcsync.d/media/`, or `backup.json.d/`
beside a backup). So the records file stays small whatever the slides weigh, every laptop shares
one copy of each slide, and a slide never travels twice. A reference is resolved, and the bytes
checked against their hash, before anything is merged: a missing or altered slide stops the
sync or the import like any damaged file.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import slide_marker
from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.records_check import MAX_ATTACHMENT_BYTES, MEDIA_REFERENCE_PATTERN

MEDIA_FOLDER = "media"
REFERENCE = re.compile(MEDIA_REFERENCE_PATTERN.replace("[0-9a-f]{64}", "([0-9a-f]{64})"))
_BYTES_FIELDS = {"attachment": ("data",)}

State = dict[str, Any]


def is_reference(value: Any) -> bool:
    return type(value) is str and REFERENCE.fullmatch(value) is not None


def _map_values(records: list[State], change: Callable[[str], str]) -> list[State]:
    """The records with every slide value passed through `change` (others as they are)."""
    out = []
    for state in records:
        names = _BYTES_FIELDS.get(state["kind"], ())
        if not names or not any(name in state["fields"] for name in names):
            out.append(state)
            continue
        fields = dict(state["fields"])
        for name in names:
            if name in fields:
                fields[name] = [
                    {**v, "v": change(v["v"])} if type(v["v"]) is str and v["v"] else v
                    for v in fields[name]
                ]
        out.append({**state, "fields": fields})
    return out


def store_media(records: list[State], folder: Path) -> list[State]:
    """Write every slide of these records into `folder`/media (once: a slide already there by
    its hash is not written again) and return the records holding references instead."""
    media = folder / MEDIA_FOLDER
    made: list[bool] = []

    def to_reference(value: str) -> str:
        if is_reference(value) or slide_marker.is_marker(value):
            return value  # a marker: a deleted slide whose bytes were removed
        data = base64.b64decode(value)
        digest = hashlib.sha256(data).hexdigest()
        path = media / digest
        if not path.exists():
            if not made:
                media.mkdir(parents=True, exist_ok=True)
                made.append(True)
            write_atomically(path, data)
        return f"sha256:{digest}"

    return _map_values(records, to_reference)


def resolve_media(records: list[State], folder: Path, name: str) -> list[State]:
    """The records with every reference replaced by its bytes (base64), each checked against
    its hash and the size limit before it is read. SharedFileError names what is wrong."""
    media = folder / MEDIA_FOLDER
    cache: dict[str, str] = {}

    def from_reference(value: str) -> str:
        found = REFERENCE.fullmatch(value)
        if found is None:
            return value
        digest = found.group(1)
        if digest in cache:
            return cache[digest]
        path = media / digest
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise SharedFileError(
                translate(
                    "sync",
                    "{name} refers to a slide that is not in {folder} ({slide}…); copy that "
                    "folder with the file.",
                ).format(name=name, folder=f"{folder.name}/{MEDIA_FOLDER}", slide=digest[:12])
            ) from None
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ATTACHMENT_BYTES:
            raise SharedFileError(
                translate("sync", "{name}: the slide {slide}… is not a slide file.").format(
                    name=name, slide=digest[:12]
                )
            )
        with open(path, "rb") as fh:
            data = fh.read(MAX_ATTACHMENT_BYTES + 1)
        if hashlib.sha256(data).hexdigest() != digest:
            raise SharedFileError(
                translate("sync", "{name}: the slide {slide}… is damaged.").format(
                    name=name, slide=digest[:12]
                )
            )
        cache[digest] = base64.b64encode(data).decode("ascii")
        return cache[digest]

    return _map_values(records, from_reference)
