"""The bundled emoji and symbol fonts made known to Qt, so its font fallback finds them.

Where the system has an emoji font (Windows, macOS, most Linux desktops) Qt keeps using it: these
two are only reached when no installed font has the character, so a 👍 or 🚁 typed into an
outcome never shows as a box. They are the same files the PDF summaries print with.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from cmcoord_desktop.core.paths import resources_dir

FALLBACK_FONT_FILES = ("CMCoordEmoji-Regular.ttf", "CMCoordSymbols-Regular.ttf")


@cache
def add_fallback_fonts() -> tuple[str, ...]:
    """Register the fonts with Qt once per process (a few milliseconds, so it is done after the
    window's first paint); returns their family names, none for a file that is missing."""
    families: list[str] = []
    for name in FALLBACK_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id != -1:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)
