"""An error nobody planned for, told as one plain sentence; its traceback goes to the log only.

Used at the top of the command line and by the window's start, the two places an error can reach
the person. The sentence says what failed and what to do; the log keeps the details for whoever
helps.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import platformdirs

from cmcoord_desktop.core.paths import APP_NAME
from cmcoord_desktop.logs import LOG_NAME, log_file, start_logging_to

log = logging.getLogger("cmcoord_desktop.failure")

# SQLite's names for a file that is not, or no longer, a readable database.
_DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def user_log_dir() -> Path:
    """Where the log goes when there is no data folder to hold it (a demo copy, a folder that
    could not be made): ~/.local/state/CMCoord Desktop/log on Linux, the like elsewhere."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_failure(exc: BaseException, data_dir: Path | None, doing: str) -> Path | None:
    """Write the traceback to the data folder's log when that folder exists, else to the user's
    log folder; returns the log file, or None when neither could be written."""
    path = None
    if data_dir is not None and data_dir.is_dir():
        path = start_logging_to(log_file(data_dir), quiet=True)
    if path is None:
        path = start_logging_to(user_log_dir() / LOG_NAME, quiet=True)
    if path is not None:
        log.error("Could not %s", doing, exc_info=exc)
    return path


def plain_reason(exc: BaseException, data_dir: Path | None = None) -> str:
    """What went wrong and what to do, in the person's words: one clause, no full stop."""
    cause = getattr(exc, "orig", exc)  # SQLAlchemy wraps the SQLite error
    if isinstance(cause, sqlite3.DatabaseError) and (
        getattr(cause, "sqlite_errorname", "").startswith(_DAMAGED)
        or "not a database" in str(cause)
    ):
        where = f" in {data_dir}" if data_dir is not None else ""
        return (
            f"the database file{where} is damaged or is not a CMCoord Desktop database; nothing "
            "was changed: keep a copy of the folder and send it with the log when you ask for help"
        )
    if isinstance(exc, ImportError) and ".so" in str(exc):  # Qt's libraries need system ones
        return (
            f"a system library the window needs is missing ({exc}): install the libraries "
            "listed under Set up in the README"
        )
    if isinstance(exc, OSError) and exc.strerror:
        named = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{named}"
    if isinstance(exc, MemoryError):
        return "the computer ran out of memory: close other programs and try again"
    return (
        f"an unexpected error ({type(exc).__name__}); nothing else was changed: "
        "please send the log file when you ask for help"
    )


def one_sentence(
    exc: BaseException, doing: str, log_path: Path | None, data_dir: Path | None = None
) -> str:
    """'Could not export: <reason> (details in <log>).': one line, no traceback."""
    details = f" (details in {log_path})" if log_path is not None else ""
    return f"Could not {doing}: {plain_reason(exc, data_dir)}{details}."
