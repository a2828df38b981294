"""Start-up checks of the data folder: writable, on a local disk, with room to write.

Each problem comes back as a message a facilitator can act on, before the store opens, so a
folder we cannot safely write is never touched. SQLite on a network share corrupts (locking over
NFS/SMB is unreliable), so the database must never live there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.words import translate

# Filesystem types of /proc/mounts that are reached over a network.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gfs2",
        "ocfs2",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "afpfs",  # macOS
        "webdav",
    }
)

# Below this, SQLite may fail mid-commit (the WAL and a checkpoint need room); refuse to start.
MINIMUM_FREE_BYTES = 50 * 1024 * 1024

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


@dataclass(frozen=True)
class DataFolderProblem:
    """Why the program will not open this data folder, in the users' words."""

    kind: str  # "read_only", "network", "disk_full"
    title: str
    message: str


def check_data_folder(
    data_dir: Path,
    minimum_free_bytes: int = MINIMUM_FREE_BYTES,
    mounts_file: Path = Path("/proc/mounts"),
) -> list[DataFolderProblem]:
    """Every problem that stops the store from opening safely in `data_dir` (empty when fine)."""
    data_dir = Path(data_dir).expanduser().absolute()
    network = network_location(data_dir, mounts_file)
    if network:
        # Checked first and alone: writing a probe file onto the share is already too much.
        return [
            DataFolderProblem(
                "network",
                translate("data folder", "Data folder on a network drive"),
                translate(
                    "data folder",
                    "The data folder {folder} is on a network drive ({network}). "
                    "The database must stay on this computer's own disk: a database on a shared "
                    "drive can be corrupted when the connection drops.\n\n"
                    "Start CMCoord Desktop with a data folder on a local disk "
                    "(--data-dir), and share your notes with File \u203a Sync with shared file, "
                    "which is made for network drives.",
                ).format(folder=data_dir, network=network),
            )
        ]
    problems: list[DataFolderProblem] = []
    unwritable = _why_not_writable(data_dir)
    if unwritable:
        problems.append(
            DataFolderProblem(
                "read_only",
                translate("data folder", "Data folder is read-only"),
                translate(
                    "data folder",
                    "CMCoord Desktop cannot write to its data folder {folder} ({reason}). "
                    "Nothing was changed.\n\n"
                    "Check that the disk is not write-protected and that you may write to the "
                    "folder, or start with another data folder (--data-dir).",
                ).format(folder=data_dir, reason=unwritable),
            )
        )
    free = free_bytes(data_dir)
    if free is not None and free < minimum_free_bytes:
        problems.append(
            DataFolderProblem(
                "disk_full",
                translate("data folder", "Disk almost full"),
                translate(
                    "data folder",
                    "The disk of the data folder {folder} has only {free} free; "
                    "CMCoord Desktop needs at least {needed} to save your "
                    "notes safely. Nothing was changed.\n\n"
                    "Free some space (empty the recycle bin, move large files away) and start "
                    "again.",
                ).format(
                    folder=data_dir,
                    free=_megabytes(free),
                    needed=_megabytes(minimum_free_bytes),
                ),
            )
        )
    return problems


# --- network drives ----------------------------------------------------------------------------


def network_location(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str:
    """What makes `path` a network location ("nfs4 mount on /mnt/x", "UNC path"), or ""."""
    if is_unc_path(str(path)):
        return translate("data folder", "a UNC network path")
    if sys.platform == "win32":
        if _is_mapped_network_drive(path):
            return translate("data folder", "a mapped network drive")
        return ""
    if sys.platform == "darwin":
        mounts = macos_mounts_as_proc(_macos_mount_output())
    else:
        try:
            mounts = mounts_file.read_text(encoding="utf-8", errors="replace")
        except OSError:  # no /proc: nothing to tell
            return ""
    fstype, mount_point = mount_of(_nearest_existing(path).resolve(), mounts)
    if fstype in NETWORK_FILESYSTEMS:
        return translate("data folder", "{filesystem} mount at {folder}").format(
            filesystem=fstype, folder=mount_point
        )
    return ""


def is_unc_path(path: str) -> bool:
    r"""\\server\share\... (and //server/share), but not \\?\C:\ long local paths."""
    if not (path.startswith("\\\\") or path.startswith("//")):
        return False
    if path[2:4] in ("?\\", ".\\"):
        return path[4:8].upper() == "UNC\\"
    return bool(PureWindowsPath(path).drive)


def mount_of(path: Path, mounts: str) -> tuple[str, str]:
    """(filesystem type, mount point) of the longest mount point containing `path`."""
    best_type, best_point = "", ""
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount_field(fields[1])
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_type, best_point = fields[2], point
    return best_type, best_point


def macos_mounts_as_proc(mount_output: str) -> str:
    """`mount` output of macOS ("//me@server/share on /Volumes/share (smbfs, nodev)") in the
    /proc/mounts layout, spaces in mount points escaped the same way."""
    lines = []
    for line in mount_output.splitlines():
        match = re.match(r"^(.*) on (/.*) \(([^,)]+)", line)
        if match:
            source, point, fstype = match.groups()
            lines.append(f"{_escape_mount_field(source)} {_escape_mount_field(point)} {fstype} -")
    return "\n".join(lines)


def _macos_mount_output() -> str:
    try:
        return subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _escape_mount_field(field: str) -> str:
    return field.replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011")


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash in octal (\040 ...).
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _is_mapped_network_drive(path: Path) -> bool:
    import ctypes  # Windows only

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


# --- writing and space -------------------------------------------------------------------------


def _why_not_writable(data_dir: Path) -> str:
    """Empty when a file can be created in the folder and the database written; else why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return exc.strerror or str(exc)
    database = data_dir / DATABASE_NAME
    for existing in (database, database.with_name(DATABASE_NAME + "-wal")):
        if existing.exists() and not os.access(existing, os.W_OK):
            return translate("data folder", "{file} cannot be written").format(file=existing.name)
    try:
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-check-"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(_nearest_existing(path)).free
    except OSError:
        return None


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _megabytes(count: int) -> str:
    return translate("data folder", "{count} MB").format(count=f"{count / (1024 * 1024):.0f}")
