"""Where things live: the user's data folder and the program's resources, however it was installed."""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CMCoord Desktop"
DATABASE_NAME = "cmcoord.sqlite3"
RESOURCES_PACKAGE = "cmcoord_desktop.resources"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The repository's top-level `resources/` (fonts, icons, the demo workshop), wherever the
    program was installed from it.

    - the PyInstaller bundle: build.spec copies it into sys._MEIPASS;
    - a wheel or an editable install: pyproject.toml installs it as the package
      cmcoord_desktop.resources (an editable install maps that name to the repository's folder);
    - a checkout run without installing (PYTHONPATH=.): the folder beside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    beside = Path(__file__).resolve().parents[2] / "resources"
    if (beside.parent / "pyproject.toml").is_file() and beside.is_dir():
        # A checkout: its own resources, even when an editable install of another checkout
        # (a second git worktree sharing one venv) maps the package name to that one's folder.
        return beside
    try:
        found = importlib.resources.files(RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        return beside
    # Installed as files on disk, never zipped: fonts and icons are opened by path.
    return Path(str(found))


def demo_workshop_file() -> Path:
    return resources_dir() / "demo" / "hnpw-2017.json"
