"""Deleted slides' bytes leave once every laptop has seen the delete, or 30 days after it.

A slide deleted on one laptop keeps its bytes (so Trash can bring it back) until every laptop's
file in the shared place holds its delete; then each laptop, at its next sync, keeps only a
marker in their place (core/slide_marker.py), writes the marker into its file, and removes the
bytes from its store. A laptop that never syncs again does not keep the bytes on every other
laptop forever: RETENTION_DAYS after the delete they go anyway. Nothing is lost that a person
could still want: the merge lets bytes win over their marker, so a laptop that still has them
(an edit that never saw the delete, a restore from Trash there) brings them back everywhere.

A slide's file in the place's `media/` is removed only once no records file there refers to it
(the picked file, every laptop's file, one being written, a conflicted copy, those moved into
`merged/`). It is first renamed aside, the records files are read again, and it is put back
if one of them refers to it by then: a laptop writing a file that refers to it meanwhile either
was seen, or finds it missing after its write and writes it again (see ensure_media).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cmcoord_desktop.core import clock, record_state, slide_marker
from cmcoord_desktop.core.atomic_write import TEMPORARY_PREFIX
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.media import MEDIA_FOLDER, store_media
from cmcoord_desktop.sync.merge import RecordMap, State
from cmcoord_desktop.sync.shared_place import MERGED_FOLDER, Place, checksum_of
from cmcoord_desktop.sync.siblings import find_siblings

_SLIDE_KIND, _SLIDE_FIELD = "attachment", "data"
_REFERENCE = re.compile(rb'"sha256:([0-9a-f]{64})"')
_REFERENCE_BYTES = len(b'"sha256:"') + 64
_BLOCK_BYTES = 1 << 20
_MEDIA_NAME = re.compile(r"[0-9a-f]{64}")
DUE_KEY = "slides-due:"  # + the picked file's real path: when a kept slide's 30 days end


def slide_deletes(records: Iterable[State]) -> dict[str, bool]:
    """Slide id -> whether this file holds its delete (what a person sees there: deleted)."""
    slides = [state for state in records if state["kind"] == _SLIDE_KIND]  # one quick pass
    return {state["id"]: record_state.derive_json(state["fields"]).deleted for state in slides}


def _deleted_at(state: State) -> int:
    """The wall-clock ms of the newest delete of this record."""
    stamps = [v["t"] for v in state["fields"].get("deleted", ()) if v["v"] is True]
    return clock.stamp_ms(max(stamps, default=0))


def slides_to_empty(
    merged: RecordMap,
    laptops: Mapping[str, Mapping[str, bool] | None],
    own_device: str,
    now_ms: int,
) -> tuple[dict[str, State], int | None]:
    """The deleted slides whose bytes may go now, with markers in their place, and when the
    first of the others that keep theirs reaches its time limit (None: no slide waits).

    `laptops`: for each laptop's file in the place, its slides' deletes (slide_deletes), or
    None for a file that was not read (held back): it may still lack any delete. A file that
    does not hold a slide at all is no reason to wait: its laptop had none of its bytes when it
    last synced, and if it got them since, it keeps them (and brings them back if it edits)."""
    others = [deletes for device, deletes in laptops.items() if device != own_device]
    emptied: dict[str, State] = {}
    due: int | None = None
    slides = [state for state in merged.values() if state["kind"] == _SLIDE_KIND]
    for state in slides:
        record_id = state["id"]
        if not slide_marker.holds_bytes(state["fields"], _SLIDE_FIELD):
            continue
        if not record_state.derive_json(state["fields"]).deleted:
            continue
        seen_everywhere = all(
            deletes is not None and deletes.get(record_id, True) for deletes in others
        )
        limit = _deleted_at(state) + slide_marker.RETENTION_MS
        if seen_everywhere or now_ms >= limit:
            emptied[record_id] = {
                **state,
                "fields": slide_marker.with_markers(state["fields"], _SLIDE_FIELD),
            }
        else:
            due = limit if due is None else min(due, limit)
    return emptied, due


def with_emptied(records: RecordMap, emptied: Mapping[str, State]) -> RecordMap:
    """These records as they look once the emptied slides' bytes are markers (so that comparing
    them with the merge counts no change a person would see)."""
    if not emptied:
        return records
    out = dict(records)
    for record_id in emptied.keys() & records.keys():
        state = records[record_id]
        out[record_id] = {
            **state,
            "fields": slide_marker.with_markers(state["fields"], _SLIDE_FIELD),
        }
    return out


def due_now(memory: Any, now_ms: int) -> bool:
    """Whether a slide kept last time has reached its time limit (a re-sync must not skip)."""
    return type(memory) is int and now_ms >= memory


def referenced(data: bytes | shared_file.EncodedFile) -> set[str]:
    """The slides a records file's bytes refer to (its checksum's hex may be among them:
    harmless, it names no slide). A reference lies within one piece of an EncodedFile."""
    chunks = data.chunks() if isinstance(data, shared_file.EncodedFile) else (data,)
    return {m.group(1).decode() for chunk in chunks for m in _REFERENCE.finditer(chunk)}


def ensure_media(place: Place, ours: shared_file.EncodedFile, records: RecordMap) -> None:
    """After writing `ours` into the place: write again any slide it refers to that another
    laptop removed in the meantime (it saw no file referring to it before ours was there)."""
    media = place.folder / MEDIA_FOLDER
    if not media.is_dir():
        return  # no slides in the place (most workshops): nothing to look for in `ours`
    if any(not (media / digest).exists() for digest in referenced(ours) - {_checksum(ours)}):
        store_media(list(records.values()), place.folder)


def remove_unreferenced(place: Place, ours: shared_file.EncodedFile) -> list[str]:
    """Remove from the place's media every slide no records file there refers to; `ours` is
    the records file this sync wrote. Returns the hashes removed."""
    media = place.folder / MEDIA_FOLDER
    try:
        names = {e.name for e in os.scandir(media) if _MEDIA_NAME.fullmatch(e.name)}
    except (FileNotFoundError, NotADirectoryError):
        return []
    candidates = names - referenced(ours)
    if not candidates:
        return []
    elsewhere = _referenced_in_place(place)
    if elsewhere is None:
        return []
    removed = []
    for digest in sorted(candidates - elsewhere):
        path = media / digest
        aside = media / f"{TEMPORARY_PREFIX}{digest}.removing-{secrets.token_hex(4)}.tmp"
        try:
            os.replace(path, aside)
        except OSError:
            continue
        now = _referenced_in_place(place)
        if now is None or digest in now:  # a laptop wrote a file referring to it meanwhile
            with contextlib.suppress(OSError):
                if not path.exists():
                    os.replace(aside, path)
            with contextlib.suppress(OSError):
                aside.unlink(missing_ok=True)
            continue
        with contextlib.suppress(OSError):
            aside.unlink()
        removed.append(digest)
    return removed


def _checksum(data: shared_file.EncodedFile) -> str | None:
    found = checksum_of(data.head())
    return found.removeprefix("sha256:") if found else None


def _referenced_in_place(place: Place) -> set[str] | None:
    """Every slide any records file of the place refers to; None when a file cannot be read
    right now (nothing is removed on a guess)."""
    found: set[str] = set()
    for path in _records_files(place):
        try:
            found |= _referenced_in_file(path)
        except FileNotFoundError:
            continue  # replaced or moved aside meanwhile: its successor is listed too
        except OSError:
            return None
    return found


def _referenced_in_file(path: Path) -> set[str]:
    """`referenced` of a file read a block at a time: a shared file may hold a quarter of a
    gigabyte of slides, and this runs after the sync has let its own copy go."""
    found: set[str] = set()
    carried = b""  # a block's last bytes, shorter than a reference: one cut in two is found once
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK_BYTES):
            data = carried + block
            found.update(m.group(1).decode() for m in _REFERENCE.finditer(data))
            carried = data[-_REFERENCE_BYTES + 1 :]
    return found


def _records_files(place: Place) -> list[Path]:
    target = place.target
    files = [target]
    files += [
        target.parent / e.name
        for e in _entries(target.parent)
        if e.name.startswith(f"{TEMPORARY_PREFIX}{target.name}.")
    ]
    files += [path for _client, path in find_siblings(target)]
    for folder in (place.folder, place.folder / MERGED_FOLDER):
        files += [folder / e.name for e in _entries(folder) if _is_file(e)]
    return files


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISREG(entry.stat().st_mode)
    except OSError:
        return False
