"""A real PostgreSQL for every server test, started once per test session.

Without PostgreSQL's binaries the server tests are skipped with the reason, except in CI
(CI=true), where a missing server is a failure: no server test may be skipped there.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.pg_server import PgServer, find_bin_dir

_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"{reason}; CI must run every server test")
        pytest.skip(reason)
    server = PgServer(bin_dir, tmp_path_factory.mktemp("pg"))
    try:
        yield server
    finally:
        server.stop("immediate")


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
