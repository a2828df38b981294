"""Copies of the shared file that cloud clients leave when two laptops wrote it at once.

Dropbox:   "workshop (Anna's conflicted copy 2017-11-04).cmcsync"
Syncthing: "workshop.sync-conflict-20171104-153012-ABCDEF7.cmcsync"
OneDrive:  "workshop-DESKTOP-4F2K9QL.cmcsync" (the other computer's name)

The name only makes a file a candidate: it is merged only if it is a records file carrying the
same file id as the shared file (see shared_sync.py), so "workshop-2018.cmcsync" never is.
"""

from __future__ import annotations

import re
from pathlib import Path

from cmcoord_desktop.core.atomic_write import TEMPORARY_PREFIX

# A Windows computer name: up to 15 letters, digits and hyphens, with at least one letter.
_PC_NAME = r"(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{0,14}"


def _patterns(target: Path) -> dict[str, re.Pattern[str]]:
    stem, suffix = re.escape(target.stem), re.escape(target.suffix)
    return {
        "dropbox": re.compile(rf"{stem} \([^()]*conflicted copy[^()]*(\(\d+\))?\){suffix}", re.I),
        "syncthing": re.compile(rf"{stem}\.sync-conflict-\d{{8}}-\d{{6}}(-[A-Z0-9]+)?{suffix}"),
        "onedrive": re.compile(rf"{stem}-{_PC_NAME}(-\d+)?{suffix}"),
    }


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
