"""Copies of the shared file that cloud clients leave when two laptops wrote it at once.

Only the exact names each client documents for its conflicted copies are candidates:

Dropbox:      "workshop (Anna's conflicted copy 2017-11-04).cmcsync"
              "workshop (Anna's conflicted copy 2017-11-04 (1)).cmcsync"
OneDrive:     "workshop-DESKTOP-4F2K9QL.cmcsync" (the other computer's name, as Windows
              spells it: capitals and digits; "-1", "-2" when that name is taken)
Google Drive: "workshop (1).cmcsync" (Drive for desktop keeps both files, numbering the copy)
Nextcloud:    "workshop (conflicted copy 2017-11-04 153012).cmcsync"
              "workshop (conflicted copy Anna 2017-11-04 153012).cmcsync" (newer clients)
Syncthing:    "workshop.sync-conflict-20171104-153012-ABCDEF7.cmcsync"

A person's own names ("workshop-backup.cmcsync", "workshop-before-day2.cmcsync",
"workshop-2018.cmcsync") never match. And the name only makes a file a candidate: it is merged
only if it is a records file carrying the same file id as the shared file (see shared_sync.py),
and once merged it is moved aside into the place's `merged/` folder, never deleted.
"""

from __future__ import annotations

import re
from pathlib import Path

from cmcoord_desktop.core.atomic_write import TEMPORARY_PREFIX

# A Windows computer name as OneDrive writes it: up to 15 capitals, digits and hyphens, with at
# least one capital and one digit (DESKTOP-4F2K9QL, LAPTOP-7, PC01): a person's "-BACKUP" or
# "-before-day2" is not one.
_PC_NAME = r"(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*[0-9])[A-Z0-9][A-Z0-9-]{0,14}"
_DATE = r"\d{4}-\d{2}-\d{2}"

CLIENTS = ("dropbox", "onedrive", "google_drive", "nextcloud", "syncthing")


def _patterns(target: Path) -> dict[str, re.Pattern[str]]:
    stem, suffix = re.escape(target.stem), re.escape(target.suffix)
    return {
        "dropbox": re.compile(rf"{stem} \([^()]+'s conflicted copy {_DATE}( \(\d+\))?\){suffix}"),
        "onedrive": re.compile(rf"{stem}-{_PC_NAME}(-\d{{1,3}})?{suffix}"),
        "google_drive": re.compile(rf"{stem} \([1-9]\d?\){suffix}"),
        "nextcloud": re.compile(rf"{stem} \(conflicted copy ([^()]+ )?{_DATE} \d{{6}}\){suffix}"),
        "syncthing": re.compile(rf"{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}"),
    }


def client_of(target: Path, name: str) -> str | None:
    """Which cloud client writes a conflicted copy of `target` under this name (None: none)."""
    for client, pattern in _patterns(Path(target)).items():
        if pattern.fullmatch(name):
            return client
    return None


def find_siblings(target: Path) -> list[tuple[str, Path]]:
    """(cloud client, path) of every conflicted copy beside the shared file, oldest name first."""
    target = Path(target)
    patterns = _patterns(target)
    try:
        names = sorted(p.name for p in target.parent.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        if name == target.name or name.startswith(TEMPORARY_PREFIX):
            continue
        for client, pattern in patterns.items():
            if pattern.fullmatch(name):
                found.append((client, target.parent / name))
                break
    return found
