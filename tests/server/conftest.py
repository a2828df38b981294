"""A real PostgreSQL for every server test, started once per test session.

Without PostgreSQL's binaries the server tests are skipped with the reason, except in CI
(CI=true), where a missing server is a failure: no server test may be skipped there.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.pg_server import PgServer, find_bin_dir

_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"{reason}; CI must run every server test")
        pytest.skip(reason)
    # Not under pytest's own temporary folder: every pytest run makes that one private to its
    # user (0700) again, which would lock out the postgres user the server runs as.
    root = Path(tempfile.mkdtemp(prefix="cmcoord-test-pg-"))
    try:
        server = PgServer(bin_dir, root / "cluster")
        try:
            yield server
        finally:
            server.stop("immediate")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def database(pg: PgServer) -> str:
    """A fresh, empty database on the session's server."""
    name = f"team{next(_numbers)}_{os.getpid()}"
    pg.create_database(name)
    return name


@pytest.fixture
def admin_url(pg: PgServer, database: str) -> str:
    return pg.url(database)


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the developer's own keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def data_dirs(tmp_path: Path) -> list[Path]:
    dirs = [tmp_path / name for name in ("anna", "bilal", "chen")]
    for path in dirs:
        path.mkdir()
    return dirs
