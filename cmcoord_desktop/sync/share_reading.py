"""Reading the shared place at one moment: the file people pick, every laptop's own file beside
it, and the cloud's conflicted copies, merged into one set of records.

Every file is read with the same strict rules (shared_file.py); a damaged one stops the sync
before anything is written. Two exceptions keep one laptop from blocking the others: a laptop's
file holding changes dated far ahead of this laptop's clock is held back (named in the result,
merged once that laptop re-dated them), and so is the file people pick when it holds them and
the laptops' own files hold everything it does.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync import merge, shared_file
from cmcoord_desktop.sync.errors import FutureStamps, SharedFileError
from cmcoord_desktop.sync.media import resolve_media
from cmcoord_desktop.sync.merge import RecordMap
from cmcoord_desktop.sync.shared_place import Place, checksum_of, declared_checksum, place_of
from cmcoord_desktop.sync.siblings import find_siblings
from cmcoord_desktop.sync.slide_cleanup import slide_deletes


@dataclass(frozen=True)
class Sibling:
    client: str  # dropbox, onedrive, google_drive, nextcloud, syncthing
    path: Path
    records: RecordMap
    devices: dict[str, str]


@dataclass
class ShareSnapshot:
    """The shared place as read at one moment."""

    path: Path  # the file the person picked (maybe a link)
    place: Place
    identity: tuple[int, ...] | None  # of the picked file; None: it does not exist yet
    file_id: str | None
    records: RecordMap  # everything read, merged
    devices: dict[str, str]
    siblings: list[Sibling] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    held_back: list[tuple[str, str]] = field(default_factory=list)  # far-future files
    picked_checksum: str | None = None  # what the picked file declares
    laptop_checksums: dict[str, str | None] = field(default_factory=dict)  # device -> checksum
    laptop_identities: dict[str, tuple[int, ...] | None] = field(default_factory=dict)
    # device -> its file's slides' deletes (slide_cleanup.slide_deletes); None: not read
    laptop_slides: dict[str, dict[str, bool] | None] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.identity is None and not self.laptop_checksums


def identity(path: Path) -> tuple[int, ...] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def read_share(
    path: Path,
    *,
    now_ms: int | None = None,
    allow_future: bool = False,
    ignore_devices: Collection[str] = (),
    encoded: bool = False,
) -> ShareSnapshot:
    """Read the shared place; raises SharedFileError if a file in it is unusable.

    `now_ms` is this laptop's clock; `allow_future` is for the clock repair only (see
    shared_file.decode). `ignore_devices`: laptop files not to read (this laptop's former ids
    after a clock repair: their changes are in the store, re-dated). `encoded`: the records
    as read-only EncodedStates, held as the bytes read (a sync; see shared_file.decode)."""
    path = Path(path)
    place = place_of(path)
    if not place.target.parent.is_dir():
        raise SharedFileError(
            translate(
                "sync",
                "The folder {folder} is not there: is the USB stick or network share connected?",
            ).format(folder=path.parent)
        )
    strictness: dict[str, Any] = {
        "now_ms": now_ms,
        "allow_future": allow_future,
        "encoded": encoded,
    }
    snapshot = ShareSnapshot(path, place, identity(place.target), None, {}, {})
    read_checksums: dict[str, dict[str, str]] = {}  # checksum -> the devices of that file
    read_slides: dict[str, dict[str, bool]] = {}  # checksum -> that file's slides' deletes
    picked_future: FutureStamps | None = None
    picked: dict[str, Any] | None = None
    if snapshot.identity is not None:
        try:
            picked, snapshot.picked_checksum = _read(
                place.target, path.name, strictness, place.folder
            )
        except FutureStamps as exc:
            snapshot.picked_checksum = declared_checksum(place.target)
            picked_future = exc  # held back below if the laptops' files hold what it does
        else:
            snapshot.file_id = picked["file_id"]
            snapshot.records = merge.by_id(picked["records"])
            snapshot.devices.update(picked["devices"])
            if snapshot.picked_checksum:
                read_checksums[snapshot.picked_checksum] = picked["devices"]
                read_slides[snapshot.picked_checksum] = slide_deletes(picked["records"])
    own_names: dict[str, str] = {}
    for device, laptop_path in place.laptop_files():
        if device in ignore_devices:
            continue
        snapshot.laptop_identities[device] = identity(laptop_path)  # before reading it
        checksum = declared_checksum(laptop_path)
        snapshot.laptop_checksums[device] = checksum
        snapshot.laptop_slides[device] = None
        if checksum is not None and checksum in read_checksums:
            # The same bytes as a file already read (the picked file is often so).
            snapshot.laptop_slides[device] = read_slides[checksum]
            if device in read_checksums[checksum]:
                own_names[device] = read_checksums[checksum][device]
            continue
        try:
            document, checksum = _read(laptop_path, laptop_path.name, strictness, place.folder)
        except FutureStamps as exc:
            snapshot.held_back.append((laptop_path.name, str(exc)))
            continue
        snapshot.laptop_checksums[device] = checksum
        snapshot.laptop_slides[device] = slide_deletes(document["records"])
        # A laptop's file belongs to the place by where it is: two laptops creating the place
        # at the same moment give it two ids, and both files must count. The picked file's id
        # wins, else the smallest; every laptop writes its own file with that one from then on.
        if snapshot.identity is None or picked is None:
            snapshot.file_id = min(filter(None, (snapshot.file_id, document["file_id"])))
        snapshot.records = merge.merge_maps(snapshot.records, merge.by_id(document["records"]))
        snapshot.devices.update(document["devices"])
        if device in document["devices"]:
            own_names[device] = document["devices"][device]
        if checksum is not None:
            read_checksums[checksum] = document["devices"]
            read_slides[checksum] = snapshot.laptop_slides[device] or {}
    # Each laptop's name as it says it in its own file: another laptop's copy may be older.
    snapshot.devices.update(own_names)
    if picked_future is not None:
        if not snapshot.laptop_checksums:
            raise picked_future  # no laptop files yet: the picked file is the only truth
        snapshot.held_back.append((path.name, str(picked_future)))
    _read_siblings(snapshot, strictness)
    return snapshot


def _read(
    path: Path, name: str, strictness: dict[str, Any], folder: Path
) -> tuple[dict[str, Any], str | None]:
    """A records file of the place, its slides resolved from the place's media, and the checksum
    its bytes declare. The checksum comes from the very bytes decoded, never from a look at the
    header before: another laptop may replace the picked file in between, and a checksum taken
    from the old bytes would then stand for the new ones, and a laptop's file with those old
    bytes would be skipped as "already read" though what was read lacks its records."""
    try:
        data = shared_file.read_bytes(path)
        document = shared_file.decode(data, f'"{path.name}"', **strictness)
        document["records"] = resolve_media(document["records"], folder, f'"{name}"')
        return document, checksum_of(data)
    except PermissionError as exc:
        raise ShareBusy(
            translate(
                "sync",
                "{file} cannot be read right now ({reason}); nothing was changed. Sync again in "
                "a moment.",
            ).format(file=name, reason=exc.strerror)
        ) from exc


def _read_siblings(snapshot: ShareSnapshot, strictness: dict[str, Any]) -> None:
    for client, sibling_path in find_siblings(snapshot.place.target):
        try:
            document, _ = _read(sibling_path, sibling_path.name, strictness, snapshot.place.folder)
        except (SharedFileError, OSError) as exc:
            snapshot.skipped.append((sibling_path.name, str(exc)))
            continue
        if snapshot.file_id is None and client != "onedrive":
            snapshot.file_id = document["file_id"]  # the shared file itself went missing
        if document["file_id"] != snapshot.file_id:
            continue  # a different shared file that happens to have a similar name
        snapshot.siblings.append(
            Sibling(client, sibling_path, merge.by_id(document["records"]), document["devices"])
        )
