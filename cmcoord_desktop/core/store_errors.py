"""When the disk under the data folder fails us: the SQLite error, told in the facilitator's words.

A full disk, a USB drive pulled out, a folder that turned read-only: the change being written is
not stored, and the person must know at once, in plain words, and must not lose what they typed
(the window keeps it on screen and tries again). SQLite names the cause in its error code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, translate

# SQLite's primary error code names (extended ones such as SQLITE_IOERR_WRITE start with these).
# Each reason is a whole sentence with the folder in it (translated as one, never glued).
_FULL = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk "
    "holding it is full. Free some space.",
)
_IOERR = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk "
    "reported an error. Check that the drive is still connected.",
)
_READONLY = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no "
    "longer be written to. Check the folder's permissions.",
)
_CANTOPEN = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: its database "
    "file cannot be opened. Check that the drive is connected.",
)
_BUSY = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: its database "
    "stayed busy too long. Try again in a moment.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "store",
    "Not saved: CMCoord Desktop could not write to your data folder {folder}: its database "
    "file is damaged. Keep a copy of the folder and ask for help.",
)
_REASONS = {
    "SQLITE_FULL": _FULL,
    "SQLITE_IOERR": _IOERR,
    "SQLITE_READONLY": _READONLY,
    "SQLITE_CANTOPEN": _CANTOPEN,
    "SQLITE_BUSY": _BUSY,
    "SQLITE_LOCKED": _BUSY,
    "SQLITE_CORRUPT": _DAMAGED,
    "SQLITE_NOTADB": _DAMAGED,
}


class DataFolderError(RuntimeError):
    """The store could not read or write its database; str() says why and what to do, in the
    language of the moment it happened, said() in today's (the window may have switched)."""

    def __init__(self, reason: str, folder: Path) -> None:
        self.reason, self.folder = reason, folder  # the English sentence, and what fills it
        super().__init__(self.said())

    def said(self) -> str:
        return translate("store", self.reason).format(folder=self.folder)


def explain(error: BaseException, data_dir: Path) -> DataFolderError | None:
    """The DataFolderError for an SQLite error caused by the disk or the file, else None (a
    programming error stays what it is)."""
    cause = getattr(error, "orig", error)  # SQLAlchemy wraps the DBAPI error
    if not isinstance(cause, sqlite3.Error):
        return None
    name = getattr(cause, "sqlite_errorname", "") or ""
    reason = next((text for code, text in _REASONS.items() if name.startswith(code)), None)
    if reason is None:
        return None
    return DataFolderError(reason, data_dir)
