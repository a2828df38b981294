"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import sys
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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt goes: with QMimeData of ours on it (Copy as e-mail), Qt's
    offscreen platform crashes as the process exits (PySide6 6.12; xcb does not), which would
    turn a passing run into exit code 139."""
    del session, exitstatus
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        widgets.QApplication.clipboard().clear()
