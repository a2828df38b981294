"""The shared place: the file people pick, and beside it one records file per laptop.

    workshop.cmcsync                  the file people pick: everything, merged (a view)
    workshop.cmcsync.d/
        17eb13d5b332.json             Anna's laptop writes this one and no other
        4a09c2e1f7d0.json             Bilal's laptop writes this one and no other
        merged/                       cloud conflicted copies, moved aside once merged

Each laptop's own file holds everything that laptop has, and only that laptop ever replaces it,
so two laptops syncing at the same moment can never take each other's records out of the
share: what a sync reported as written stays readable. The file people pick is still written
by every sync (it is what they open, mail and back up), but it is no longer the only truth. See
docs/shared-file-format.md.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from cmcoord_desktop.core.atomic_write import TEMPORARY_PREFIX

PLACE_SUFFIX = ".d"  # "workshop.cmcsync" -> "workshop.cmcsync.d"
LAPTOP_FILE_SUFFIX = ".json"
MERGED_FOLDER = "merged"
# A laptop's file is named by its device id (records_check.DEVICE_ID_PATTERN).
_LAPTOP_FILE = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}\.json")
_CHECKSUM = re.compile(rb'"checksum":"(sha256:[0-9a-f]{64})"')


@dataclass(frozen=True)
class Place:
    """Where one shared file and its laptops' files live.

    `chosen` is the path the person picked (maybe a symbolic link or a shortcut into a cloud
    folder); `target` is the real file it points to: everything is written beside that, and the
    link itself is never replaced."""

    chosen: Path
    target: Path

    @property
    def folder(self) -> Path:
        return self.target.with_name(self.target.name + PLACE_SUFFIX)

    @property
    def name(self) -> str:
        return self.chosen.name

    def laptop_file(self, device_id: str) -> Path:
        return self.folder / f"{device_id}{LAPTOP_FILE_SUFFIX}"

    def laptop_files(self) -> list[tuple[str, Path]]:
        """(device id, path) of every laptop's file in the folder, sorted by device id."""
        try:
            names = sorted(entry.name for entry in os.scandir(self.folder))
        except (FileNotFoundError, NotADirectoryError):
            return []
        found = []
        for name in names:
            if name.startswith(TEMPORARY_PREFIX) or not _LAPTOP_FILE.fullmatch(name):
                continue
            path = self.folder / name
            try:
                if not stat.S_ISREG(path.stat().st_mode):
                    continue
            except OSError:
                continue
            found.append((name[: -len(LAPTOP_FILE_SUFFIX)], path))
        return found

    def make_folder(self) -> None:
        self.folder.mkdir(exist_ok=True)


def place_of(chosen: Path) -> Place:
    """The place of the file a person picked, following symbolic links to the real file."""
    chosen = Path(chosen)
    return Place(chosen, Path(os.path.realpath(chosen)))


def checksum_of(head: bytes) -> str | None:
    """The checksum a records file declares, from its first bytes (the header comes first)."""
    found = _CHECKSUM.search(head[:512])
    return found.group(1).decode() if found else None


def declared_checksum(path: Path) -> str | None:
    """The checksum a file on the share declares, reading only its header (None: none there)."""
    try:
        with open(path, "rb") as fh:
            return checksum_of(fh.read(512))
    except OSError:
        return None


def move_aside(place: Place, copy: Path) -> Path | None:
    """Move a merged conflicted copy into the `merged/` folder (never delete a person's file).

    Returns where it went, or None if it could not be moved (a cloud client still holds it: it
    is merged again next time, harmlessly)."""
    aside = place.folder / MERGED_FOLDER
    try:
        aside.mkdir(parents=True, exist_ok=True)
        destination = aside / copy.name
        n = 1
        while destination.exists():
            n += 1
            destination = aside / f"{copy.stem} ({n}){copy.suffix}"
        shutil.move(str(copy), str(destination))
    except OSError:
        return None
    return destination
