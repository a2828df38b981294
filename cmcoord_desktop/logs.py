"""The program's log: a rotating file in the data folder, set up once when the program starts.

Facilitators send this file when something went wrong, so it stays small (a few rotated files of
1 MB) and says which version wrote it.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

from cmcoord_desktop import __version__

LOG_FOLDER = "logs"
LOG_NAME = "cmcoord-desktop.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3

log = logging.getLogger("cmcoord_desktop")


def log_file(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_FOLDER / LOG_NAME


def start_logging(data_dir: Path) -> Path | None:
    """Send the program's log records to the data folder's log file; returns its path.

    Calling it again (a second window, a test) adds no second handler. When the folder cannot be
    written the program still runs, logging to stderr only, and None comes back.
    """
    return start_logging_to(log_file(data_dir))


def start_logging_to(path: Path, quiet: bool = False) -> Path | None:
    """start_logging into a given file (the command line's, when it has no data folder);
    quiet: say nothing on stderr when it cannot be written (the caller tries elsewhere)."""
    for handler in log.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    log.setLevel(logging.INFO)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as exc:
        if not quiet:
            print(f"cmcoord-desktop: cannot write the log file {path}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    log.addHandler(handler)
    log.info(
        "CMCoord Desktop %s started (Python %s, %s%s)",
        __version__,
        platform.python_version(),
        platform.platform(),
        ", bundle" if getattr(sys, "frozen", False) else "",
    )
    return path


def stop_logging() -> None:
    """Close the log files (the data folder can then be removed, e.g. a demo copy)."""
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()
