"""Make the two small fallback fonts that print emoji and symbols in PDF summaries and the window.

Reads:
- Noto Emoji (monochrome, TrueType outlines, SIL OFL 1.1), the variable `NotoEmoji[wght].ttf`
  shipped by the PyPI package `manimgx-fonts` (`pip install --no-deps manimgx-fonts`), or any
  file given with `--emoji`;
- Noto Sans Symbols 2 (SIL OFL 1.1), `NotoSansSymbols2-Regular.ttf` from Debian's
  `fonts-noto-core`, or any file given with `--symbols`;
- the fonts already in resources/fonts/, to leave out what they print.

Writes, in resources/fonts/:
- `CMCoordEmoji-Regular.ttf`: Noto Emoji at weight 400 (a static font: ReportLab reads no
  variations), only the characters the other bundled fonts lack, plus emoji that have a text
  form elsewhere (so "⚠️", typed with U+FE0F, prints as the emoji), the invisible joiners and
  selectors (U+200D, U+FE0E, U+FE0F, tags), skin tones and regional indicators;
- `CMCoordSymbols-Regular.ttf`: Noto Sans Symbols 2, only the symbols neither the other fonts
  nor the emoji font print (arrows such as ⮕, geometric shapes, chess, ornaments).

Both get Noto Sans's line metrics and drop hinting and layout tables: ReportLab prints glyph by glyph (a ZWJ sequence or a flag
prints as its parts), so ligatures would only cost bytes. The family names are changed (the OFL
lets us, Noto has no reserved names) so they are never mistaken for an installed Noto font.

Run from the repository root, once after changing any of those fonts:

    pip install fonttools && pip install --no-deps manimgx-fonts
    python scripts/make_symbol_font.py

fontTools is needed by this script only; the outputs are committed, so neither the program nor
its build or CI needs fontTools, manimgx-fonts or fonts-noto-core.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
EMOJI_OUT = "CMCoordEmoji-Regular.ttf"
SYMBOLS_OUT = "CMCoordSymbols-Regular.ttf"
# The fonts the summaries already use; the fallbacks only add what these lack.
BUNDLED = (
    "NotoSans-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "wqy-microhei.ttc",
    "DejaVuSans.ttf",
)
DEBIAN_SYMBOLS_2 = Path("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf")

# Invisible in emoji sequences: they must not print a box, and they keep copy-paste exact.
JOINERS = {0x200D, 0xFE0E, 0xFE0F, *range(0xE0020, 0xE0080)}
# Emoji with a text form in another font: kept so a character followed by U+FE0F can print in
# emoji style. Below U+2000 (digits, #, *, ©, ®) the text form is always used.
EMOJI_STYLE_FROM = 0x2000


def default_emoji_source() -> Path | None:
    spec = importlib.util.find_spec("manimgx_fonts")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "NotoEmoji[wght].ttf"


def covered_by_bundled() -> set[int]:
    codes: set[int] = set()
    for name in BUNDLED:
        font = TTFont(FONTS / name, fontNumber=0, lazy=True)
        codes.update(font.getBestCmap())
    return codes


def rename(font: TTFont, family: str, postscript: str, source: str) -> None:
    """A new family name (name IDs 1, 4, 6, 16) and a note of what the subset was made from."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(family, 4, 3, 1, 0x409)
    names.setName(postscript, 6, 3, 1, 0x409)
    names.setName(f"{postscript}; subset of {source}", 3, 3, 1, 0x409)
    names.names = [r for r in names.names if r.platformID == 3]  # one set of names is enough


def match_line_metrics(font: TTFont) -> None:
    """Noto Sans's ascender and descender (scaled): PDF readers group characters into lines by
    these, and Noto Sans Symbols 2's deep descender (-630) put its symbols on a line of their
    own when text is copied. The Windows clipping metrics stay as they are."""
    latin = TTFont(FONTS / "NotoSans-Regular.ttf", lazy=True)
    scale = font["head"].unitsPerEm / latin["head"].unitsPerEm
    os2, hhea = font["OS/2"], font["hhea"]
    os2.sTypoAscender = hhea.ascent = round(latin["OS/2"].sTypoAscender * scale)
    os2.sTypoDescender = hhea.descent = round(latin["OS/2"].sTypoDescender * scale)
    os2.sTypoLineGap = hhea.lineGap = round(latin["OS/2"].sTypoLineGap * scale)


def write_subset(font: TTFont, codes: set[int], out: Path) -> None:
    options = subset.Options()
    options.layout_features = []  # no ligatures: ReportLab prints glyph by glyph
    options.hinting = False
    options.notdef_outline = True
    options.glyph_names = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "STAT", "vhea", "vmtx", "VVAR", "HVAR"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes))
    subsetter.subset(font)
    font.save(out)


def make_emoji(source: Path, bundled: set[int]) -> set[int]:
    font = TTFont(source)
    if "fvar" in font:
        font = instancer.instantiateVariableFont(font, {"wght": 400})
    available = set(font.getBestCmap())
    codes = {c for c in available if c not in bundled or c >= EMOJI_STYLE_FROM or c in JOINERS}
    rename(font, "CMCoord Emoji", "CMCoordEmoji-Regular", source.name)
    match_line_metrics(font)
    write_subset(font, codes, FONTS / EMOJI_OUT)
    return codes


def make_symbols(source: Path, printed: set[int]) -> set[int]:
    font = TTFont(source)
    codes = set(font.getBestCmap()) - printed
    rename(font, "CMCoord Symbols", "CMCoordSymbols-Regular", source.name)
    match_line_metrics(font)
    write_subset(font, codes, FONTS / SYMBOLS_OUT)
    return codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emoji", type=Path, default=default_emoji_source())
    parser.add_argument("--symbols", type=Path, default=DEBIAN_SYMBOLS_2)
    args = parser.parse_args(argv)
    for label, path in (("--emoji", args.emoji), ("--symbols", args.symbols)):
        if path is None or not path.is_file():
            print(f"{label}: font not found ({path}); see this script's docstring", file=sys.stderr)
            return 2
    bundled = covered_by_bundled()
    emoji = make_emoji(args.emoji, bundled)
    symbols = make_symbols(args.symbols, bundled | emoji)
    for name, codes in ((EMOJI_OUT, emoji), (SYMBOLS_OUT, symbols)):
        size = (FONTS / name).stat().st_size
        print(f"{name}: {len(codes)} characters, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
