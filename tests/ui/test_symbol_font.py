"""The window finds the bundled emoji and symbol fonts where the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout

from cmcoord_desktop.ui.fonts import add_fallback_fonts
from cmcoord_desktop.ui.main_window import MainWindow

TYPED = "Agreed 👍 ✅ ⚠️ 🚁 📌 ➡️ ★ ✓ ☎ 🇫🇷 👩\u200d⚕️ ⮕"


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(font family, glyph ids) of each run Qt lays the text out in, fallback fonts included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_fonts_are_registered_with_qt(qapp) -> None:  # noqa: ANN001
    assert add_fallback_fonts() == ("CMCoord Emoji", "CMCoord Symbols")
    assert add_fallback_fonts() == ("CMCoord Emoji", "CMCoord Symbols")  # once: no duplicates
    families = QFontDatabase.families()
    assert "CMCoord Emoji" in families and "CMCoord Symbols" in families


def test_the_emoji_font_has_a_thumbs_up(qapp) -> None:  # noqa: ANN001
    add_fallback_fonts()
    raw = QRawFont.fromFont(QFont("CMCoord Emoji", 12))
    assert raw.isValid() and raw.familyName() == "CMCoord Emoji"  # not a stand-in
    assert raw.supportsCharacter(0x1F44D)
    (glyph,) = raw.glyphIndexesForString("👍")
    assert glyph != 0
    assert not raw.pathForGlyph(glyph).isEmpty()


def test_text_in_the_filled_window_lays_out_with_no_missing_glyph(window: MainWindow) -> None:
    # Filling the window registered the fonts; Qt's fallback then finds a glyph for every
    # character in the window's own font (here, with no emoji font installed, in ours).
    assert "CMCoord Emoji" in QFontDatabase.families()
    runs = glyph_runs(TYPED, window.font())
    assert runs
    for family, glyphs in runs:
        assert 0 not in glyphs, (family, glyphs)
