"""Where things live: the user's data folder and the bundled resources, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "CMCoord Desktop"
DATABASE_NAME = "cmcoord.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """`resources/` beside the package from source; inside the bundle when frozen by PyInstaller."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_workshop_file() -> Path:
    return resources_dir() / "demo" / "hnpw-2017.json"
