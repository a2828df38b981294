"""Replacing a file (shared file, backup, summary): readers only ever see the old or the new one.

A temporary file beside the target (same folder, so the rename stays on one filesystem) is
written (in one call, or piece by piece), flushed and fsynced, then renamed over the target, and the folder is fsynced
so the rename itself survives a power cut. On Windows the rename fails while antivirus or a sync
client has the file open (WinError 5, 32, 33): it is retried with growing pauses.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from cmcoord_desktop.core.words import translate


class Pieces(Protocol):
    """Bytes in pieces (sync/shared_file.EncodedFile)."""

    def chunks(self) -> Iterable[Any]: ...


class ShareBusy(OSError):
    """The file stayed locked (antivirus, a sync client); whatever was to be written is kept."""


# Access denied, sharing violation, lock violation: what Windows says while another program
# (antivirus, OneDrive, Dropbox) holds the file for a moment.
WINDOWS_BUSY = {5, 32, 33}
REPLACE_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
TEMPORARY_PREFIX = ".~"  # Dropbox and others leave ".~" files alone; we recognise our own
STALE_AFTER_SECONDS = 3600


def temporary_name(target: Path) -> Path:
    return target.with_name(
        f"{TEMPORARY_PREFIX}{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    )


def is_temporary_of(candidate: Path, target: Path) -> bool:
    return candidate.name.startswith(f"{TEMPORARY_PREFIX}{target.name}.") and (
        candidate.name.endswith(".tmp")
    )


def write_atomically(
    path: Path, data: bytes | Pieces, sleep: Callable[[float], None] = time.sleep
) -> tuple[int, int]:
    """Replace `path` with `data` (bytes, or an object whose `chunks()` gives them in pieces:
    a large records file is written without being joined first); returns the (device, inode)
    of the file written, so a caller can tell afterwards, without reading it back, whether
    `path` is still that file."""
    path = Path(path)
    tmp = temporary_name(path)
    try:
        with reported_as(path), open(tmp, "xb") as fh:
            if isinstance(data, bytes | bytearray | memoryview):
                fh.write(data)
            else:
                fh.writelines(data.chunks())
            fh.flush()
            os.fsync(fh.fileno())
            info = os.fstat(fh.fileno())
        replace(tmp, path, sleep)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
    return (info.st_dev, info.st_ino)


@contextmanager
def reported_as(target: Path) -> Iterator[None]:
    """An error writing our temporary file is told as an error writing `target`, the file the
    person chose ("No space left on device (summary.pdf)", not a ".~summary.pdf.…tmp")."""
    try:
        yield
    except OSError as exc:
        if exc.filename and Path(exc.filename).name.startswith(TEMPORARY_PREFIX):
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise


def replace(source: Path, target: Path, sleep: Callable[[float], None] = time.sleep) -> None:
    for pause in (*REPLACE_PAUSES, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            # `winerror` exists only on Windows (and so only in Windows' type stubs).
            code = getattr(exc, "winerror", None)
            if code not in WINDOWS_BUSY:
                raise
            if pause is None:
                raise ShareBusy(
                    translate(
                        "shared file", "{file} stayed locked by another program (WinError {code})."
                    ).format(file=target.name, code=code)
                ) from exc
            sleep(pause)


def fsync_folder(folder: Path) -> None:
    """Make a rename in this folder durable, where the system allows it."""
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network filesystems refuse; the rename is still atomic
    finally:
        os.close(fd)


def remove_stale_temporaries(target: Path, share_now: float) -> None:
    """Temporary files left by a sync that was killed long ago (a fresh one may be in use).

    Their age is judged by the share's own clock, never this laptop's: `share_now` is the
    modification time the share gave a file this sync just wrote there, so a laptop whose clock
    is hours ahead does not take another laptop's fresh temporary file for an old one."""
    now = share_now
    try:
        candidates = list(target.parent.iterdir())
    except OSError:
        return
    for candidate in candidates:
        if not is_temporary_of(candidate, target):
            continue
        try:
            if now - candidate.stat().st_mtime > STALE_AFTER_SECONDS:
                candidate.unlink()
        except OSError:
            pass  # another laptop removed it first, or it is still held open
