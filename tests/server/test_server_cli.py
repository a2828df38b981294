"""The command line as an administrator and a facilitator use it: init, add-member, sync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cmcoord_desktop.core.store import Store
from tests.server.helpers import PASSWORD
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture


def cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**_env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **(env or {})},
    )


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


@pytest.mark.slow
def test_init_add_member_and_sync_from_the_command_line(
    pg: PgServer, database: str, data_dirs: list[Path], tmp_path: Path
) -> None:
    admin = pg.url(database)
    first = cli("server", "init", admin)
    assert first.returncode == 0, first.stderr
    assert "Set up the team server" in first.stdout
    again = cli("server", "init", admin)
    assert again.returncode == 0 and "is at schema 1 (was 1)" in again.stdout
    user = f"anna_{database}"
    added = cli("server", "add-member", user, "--url", admin, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    twice = cli("server", "add-member", user, "--url", admin, stdin=PASSWORD + "\n")
    assert twice.returncode == 2 and "already has an account" in twice.stderr

    anna_dir = data_dirs[0]
    with Store(anna_dir) as anna:
        capture(anna)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{user}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    member = pg.url(database, user=user, tcp=True)
    synced = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(anna_dir), "sync", member],
        capture_output=True,
        text=True,
        env={**_env(), "PGPASSFILE": str(pgpass)},
    )
    assert synced.returncode == 0, synced.stderr
    assert "new versions of 5 records" in synced.stdout
    assert PASSWORD not in synced.stdout + synced.stderr
    compacted = cli("server", "compact", admin)
    assert compacted.returncode == 0, compacted.stderr
    assert compacted.stdout.startswith("Removed 0 superseded versions")
    refused = cli("server", "compact", member, env={"PGPASSFILE": str(pgpass)})
    assert refused.returncode == 2 and "may not" in refused.stderr


def test_a_sync_refused_is_one_line_and_exit_2(pg: PgServer, database: str, data_dir: Path) -> None:
    result = cli("--data-dir", str(data_dir), "sync", pg.url(database))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not set up as a team server" in lines[0]


def test_an_unreachable_server_is_one_line_and_exit_4(data_dir: Path) -> None:
    result = cli("--data-dir", str(data_dir), "sync", "postgresql://anna@127.0.0.1:1/workshops")
    assert result.returncode == 4
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Could not reach the team server" in lines[0]


def test_a_member_without_rights_cannot_init(pg: PgServer, database: str) -> None:
    admin = pg.url(database)
    assert cli("server", "init", admin).returncode == 0
    user = f"bilal_{database}"
    assert cli("server", "add-member", user, "--url", admin, stdin=PASSWORD + "\n").returncode == 0
    pgpass_env = {"PGPASSWORD": PASSWORD}
    result = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "server", "add-member", "mallory", "--url",
         pg.url(database, user=user, tcp=True)],
        capture_output=True, text=True, input=PASSWORD + "\n", env={**_env(), **pgpass_env},
    )  # fmt: skip
    assert result.returncode == 2
    assert "may not set up the team server" in result.stderr
