"""Where a data folder lives: this machine's id and the folder's own place, to tell a copy.

A laptop's device id lives in its database, so copying the data folder (a cloned laptop, a
folder handed to a colleague, a restore from a backup) copies the id too, and two laptops would
then stamp different edits as one laptop: one edit silently lost, or every later sync refused.
So the store also remembers where it was opened: this machine's id (a file in the user's config
folder, outside the data folder, so a copy of the folder cannot carry it) and the folder's path
and inode (a copy or a restore is a new inode even at the same path; a folder moved on its disk
keeps its inode). When either differs, the folder is a new laptop and takes a new device id
before its first edit (store.py).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cmcoord_desktop.core.paths import APP_NAME

MACHINE_ID_FILE = "machine-id"
HOME_KEY = "device_home"


def machine_id() -> str | None:
    """This machine's id, made on first use (None if the config folder cannot be written)."""
    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path = folder / MACHINE_ID_FILE
    try:
        return path.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    made = uuid.uuid4().hex
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="ascii") as fh:  # another program may make it first
            fh.write(made)
    except FileExistsError:
        return machine_id()
    except OSError:
        return None
    return made


@dataclass(frozen=True)
class Home:
    machine: str | None
    path: str
    inode: int

    def to_json(self) -> str:
        return json.dumps({"machine": self.machine, "path": self.path, "inode": self.inode})

    @staticmethod
    def from_json(text: str) -> Home | None:
        try:
            data = json.loads(text)
            return Home(data["machine"], str(data["path"]), int(data["inode"]))
        except (ValueError, KeyError, TypeError):
            return None


def home_of(data_dir: Path) -> Home:
    resolved = Path(os.path.realpath(data_dir))
    return Home(machine_id(), str(resolved), os.stat(resolved).st_ino)


def is_a_copy(remembered: Home | None, here: Home) -> bool:
    """Whether the folder remembered at `remembered` is now a different laptop at `here`.

    A different machine, or a different inode (copied, or restored from a backup), is a copy.
    The same inode at another path is the folder moved on its disk: the same laptop. Unknown
    machine ids (a config folder that could not be written) are not held against it."""
    if remembered is None:
        return False
    if remembered.machine and here.machine and remembered.machine != here.machine:
        return True
    return remembered.inode != here.inode
