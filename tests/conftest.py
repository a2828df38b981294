"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed, in CI or on a developer's laptop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# This machine's id (core/device_home.py) lives in the user's config folder: the tests (and the
# programs they start) keep theirs in a folder of their own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="cmcoord-config-")

from cmcoord_desktop.core.store import Store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store(data_dir) as opened:
        yield opened
