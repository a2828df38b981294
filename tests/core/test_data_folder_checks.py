"""Start-up checks: a read-only, network or full data folder is refused with a clear message."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmcoord_desktop.core.data_folder_checks import (
    check_data_folder,
    is_unc_path,
    macos_mounts_as_proc,
    mount_of,
    network_location,
)
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store

LOCAL_MOUNTS = "/dev/vda / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\n"


def test_a_fresh_local_folder_has_no_problem(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    assert check_data_folder(data_dir, minimum_free_bytes=1) == []
    assert data_dir.is_dir()
    assert list(data_dir.iterdir()) == []  # the write probe leaves nothing behind


def test_an_existing_store_passes_and_is_untouched(data_dir: Path) -> None:
    with Store(data_dir):
        pass
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert check_data_folder(data_dir, minimum_free_bytes=1) == []
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("fstype", ["nfs4", "cifs", "smb3", "fuse.sshfs"])
def test_a_folder_on_a_network_mount_is_refused(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "share"
    share.mkdir()  # a mount point always exists
    data_dir = share / "CMCoord Desktop"
    mounts = tmp_path / "mounts"
    escaped = str(share.resolve()).replace(" ", "\\040")
    mounts.write_text(LOCAL_MOUNTS + f"server:/export {escaped} {fstype} rw 0 0\n")

    problems = check_data_folder(data_dir, minimum_free_bytes=1, mounts_file=mounts)

    assert [p.kind for p in problems] == ["network"]
    assert fstype in problems[0].message and "local disk" in problems[0].message
    assert not data_dir.exists()  # nothing written onto the share


def test_a_folder_next_to_a_network_mount_is_local(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(LOCAL_MOUNTS + f"server:/x {tmp_path.resolve()}/share nfs rw 0 0\n")
    assert network_location(tmp_path / "shared-notes", mounts) == ""


def test_the_longest_mount_point_wins() -> None:
    mounts = "/dev/a / ext4 rw 0 0\nsrv:/h /users nfs rw 0 0\n/dev/b /users/me/local ext4 rw 0 0\n"
    assert mount_of(Path("/users/me/local/data"), mounts) == ("ext4", "/users/me/local")
    assert mount_of(Path("/users/other"), mounts) == ("nfs", "/users")
    assert mount_of(Path("/userswork"), mounts) == ("ext4", "/")


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("\\\\fileserver\\workshops\\CMCoord", True),
        ("//fileserver/workshops", True),
        ("\\\\?\\UNC\\fileserver\\workshops", True),
        ("\\\\?\\C:\\Users\\me\\AppData", False),
        ("C:\\Users\\me\\AppData", False),
        ("/users/me/.local/share", False),
    ],
)
def test_unc_paths_are_network_paths(path: str, network: bool) -> None:
    assert is_unc_path(path) is network


def test_too_little_free_space_is_refused(data_dir: Path) -> None:
    problems = check_data_folder(data_dir, minimum_free_bytes=2**62)
    assert [p.kind for p in problems] == ["disk_full"]
    assert "free" in problems[0].message and "Nothing was changed" in problems[0].message


def test_a_data_folder_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    problems = check_data_folder(blocker / "data", minimum_free_bytes=1)
    assert [p.kind for p in problems] == ["read_only"]
    assert "cannot write" in problems[0].message


def test_a_read_only_folder_is_refused_and_the_database_kept(data_dir: Path) -> None:
    with Store(data_dir):
        pass
    database = (data_dir / DATABASE_NAME).read_bytes()
    with _read_only(data_dir):
        problems = check_data_folder(data_dir, minimum_free_bytes=1)
    assert [p.kind for p in problems] == ["read_only"]
    assert str(data_dir) in problems[0].message
    assert (data_dir / DATABASE_NAME).read_bytes() == database


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """The folder made read-only: by permissions, or for root (who ignores them) by a
    read-only bind mount over it."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_macos_mount_output_is_read_like_proc_mounts() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
        "//me@fileserver/Workshops on /Volumes/Workshop notes (smbfs, nodev, nosuid, mounted by me)\n"
        "fileserver:/export on /Volumes/nfs (nfs, asynchronous)\n"
    )
    mounts = macos_mounts_as_proc(output)
    assert mount_of(Path("/Volumes/Workshop notes/CMCoord"), mounts) == (
        "smbfs",
        "/Volumes/Workshop notes",
    )
    assert mount_of(Path("/Volumes/nfs/x"), mounts)[0] == "nfs"
    assert mount_of(Path("/System/Volumes/Data/Users/me"), mounts)[0] == "apfs"
