"""The Qt-free layers really are Qt-free: importing them never imports PySide6."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "package",
    [
        "cmcoord_desktop.core",
        "cmcoord_desktop.export",
        "cmcoord_desktop.sync",
        "cmcoord_desktop.cli",
    ],
)
def test_qt_free_layer_does_not_import_pyside6(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
