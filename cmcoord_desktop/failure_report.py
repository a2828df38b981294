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
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, translate
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
        if data_dir is None:
            return translate(
                "failure",
                "the database file is damaged or is not a CMCoord Desktop database; nothing "
                "was changed: keep a copy of the folder and send it with the log when you ask "
                "for help",
            )
        return translate(
            "failure",
            "the database file in {folder} is damaged or is not a CMCoord Desktop database; "
            "nothing was changed: keep a copy of the folder and send it with the log when you "
            "ask for help",
        ).format(folder=data_dir)
    if isinstance(exc, ImportError) and ".so" in str(exc):  # Qt's libraries need system ones
        return translate(
            "failure",
            "a system library the window needs is missing ({error}): install the libraries "
            "listed under Set up in the README",
        ).format(error=exc)
    if isinstance(exc, OSError) and exc.strerror:
        named = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{named}"  # the system's own words, in the system's language
    if isinstance(exc, MemoryError):
        return translate(
            "failure", "the computer ran out of memory: close other programs and try again"
        )
    return translate(
        "failure",
        "an unexpected error ({error}); nothing else was changed: "
        "please send the log file when you ask for help",
    ).format(error=type(exc).__name__)


# "Could not <doing>" as whole sentences, one per command (the English `doing` names it in
# the log); a command not listed here is named as typed.
_COULD_NOT = {
    "open the window": QT_TRANSLATE_NOOP("failure", "Could not open the window: {reason}"),
    "export": QT_TRANSLATE_NOOP("failure", "Could not export: {reason}"),
    "import": QT_TRANSLATE_NOOP("failure", "Could not import: {reason}"),
    "sync": QT_TRANSLATE_NOOP("failure", "Could not sync: {reason}"),
    "repair the clock": QT_TRANSLATE_NOOP("failure", "Could not repair the clock: {reason}"),
    "search": QT_TRANSLATE_NOOP("failure", "Could not search: {reason}"),
    "next-steps": QT_TRANSLATE_NOOP("failure", "Could not list the next steps: {reason}"),
    "server": QT_TRANSLATE_NOOP("failure", "Could not set up the team server: {reason}"),
}
_COULD_NOT_OTHER = QT_TRANSLATE_NOOP("failure", "Could not {doing}: {reason}")


def one_sentence(
    exc: BaseException, doing: str, log_path: Path | None, data_dir: Path | None = None
) -> str:
    """'Could not export: <reason> (details in <log>).': one line, no traceback."""
    template = translate("failure", _COULD_NOT.get(doing, _COULD_NOT_OTHER))
    failed = template.format(doing=doing, reason=plain_reason(exc, data_dir))
    if log_path is None:
        return translate("failure", "{failed}.").format(failed=failed)
    return translate("failure", "{failed} (details in {log}).").format(failed=failed, log=log_path)
