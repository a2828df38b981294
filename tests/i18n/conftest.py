"""A window language per test, put back to English afterwards (translators are app-wide)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cmcoord_desktop.ui.language import WindowLanguage


@pytest.fixture
def language(qapp, tmp_path: Path) -> Iterator[WindowLanguage]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = WindowLanguage(settings)
    yield chosen
    chosen.switch("en")
