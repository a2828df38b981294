"""Emoji and symbols print with a real glyph, never a box, and copy out of the PDF as typed.

What counts as "a real glyph" is read from the PDF itself: for every character a reader draws
(pdfplumber), its code in the embedded font program must map to a glyph other than glyph 0
(.notdef, the box), and a visible character's glyph must have an outline.

python -m tests.export.test_symbols docs   # re-renders docs/pdf-symbols-page-1.png
"""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from PIL import Image
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from cmcoord_desktop.export import fonts
from cmcoord_desktop.export.pdf_fragments import FragmentMaker
from cmcoord_desktop.export.pdf_styles import rich
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.rtl import embedding_levels
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary
from cmcoord_desktop.export.text_safety import clean_text
from tests.export.pdf_reading import right_to_left_lines

MEDIC = "👩\u200d⚕\ufe0f"  # woman health worker: a ZWJ sequence, printed as its parts
FLAG = "🇫🇷"  # two regional indicators, printed as the letters F and R
# A left-to-right paragraph mixing emoji and symbols with Latin, Chinese and Cyrillic.
MIXED = (
    f"Agreed 👍 ✅ — ⚠️ the 🚁 landing zone 📌 moved ➡️ north ★ ✓ ☎ ⭐ ⮕ ❌ 🆘; flag {FLAG}; "
    f"medic {MEDIC} on site; 数据共享 👍 учения ✔️"
)
# A right-to-left paragraph: Arabic with the same sequences, a Latin word and a number.
ARABIC = f"اتفق المشاركون 👍 على {MEDIC} في الميدان ⚠️ مع OCHA عام 2017 {FLAG} 你好"
TITLE = "Symbols 📌 ✅ and emoji 🚁"
NEXT_STEP = "Call the 🚁 base ☎️ before 10:00 ✔️"
OWNER = "CMCS ⭐"


def symbols_summary() -> EventSummary:
    session = SessionSummary(
        id="s1",
        title=TITLE,
        date=dt.date(2017, 2, 7),
        format="Panel 🎤",
        delegates=12,
        outcomes=(MIXED, ARABIC),
        next_steps=(NextStep(NEXT_STEP, OWNER, dt.date(2017, 3, 1), "open"),),
    )
    return EventSummary(id="e1", title="Emoji and symbols 👍", sessions=(session,))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_event_summary(symbols_summary(), tmp_path_factory.mktemp("pdf") / "sym.pdf")


# -- reading the embedded fonts ------------------------------------------------------------------


def _tables(program: bytes) -> dict[bytes, bytes]:
    (count,) = struct.unpack_from(">H", program, 4)
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", program, 12 + 16 * index)
        tables[tag] = program[offset : offset + length]
    return tables


def _code_to_glyph(cmap: bytes) -> dict[int, int]:
    """The byte-code cmap ReportLab writes into a subset (Macintosh, format 6 or 0)."""
    (count,) = struct.unpack_from(">H", cmap, 2)
    for index in range(count):
        _, _, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * index)
        (form,) = struct.unpack_from(">H", cmap, offset)
        if form == 6:
            first, entries = struct.unpack_from(">HH", cmap, offset + 6)
            glyphs = struct.unpack_from(f">{entries}H", cmap, offset + 10)
            return {first + i: g for i, g in enumerate(glyphs)}
        if form == 0:
            return dict(enumerate(cmap[offset + 6 : offset + 6 + 256]))
    raise AssertionError("no byte-code cmap in the embedded font")


def _has_outline(tables: dict[bytes, bytes], glyph: int) -> bool:
    (long_offsets,) = struct.unpack_from(">h", tables[b"head"], 50)
    loca = tables[b"loca"]
    if long_offsets:
        start, end = struct.unpack_from(">II", loca, 4 * glyph)
    else:
        start, end = (2 * v for v in struct.unpack_from(">HH", loca, 2 * glyph))
    if end <= start:
        return False
    (contours,) = struct.unpack_from(">h", tables[b"glyf"], start)
    return contours != 0  # -1: a composite glyph


def _to_unicode(cmap: bytes) -> dict[str, int]:
    """Text -> byte code, from the font's ToUnicode CMap (bfchar lines `<XX> <UTF-16BE>`)."""
    codes = {}
    inside = False
    for line in cmap.decode("latin-1").splitlines():
        if line.endswith("beginbfchar") or line == "endbfchar":
            inside = line != "endbfchar"
        elif inside:
            code, text = (part.strip("<>") for part in line.split())
            codes.setdefault(bytes.fromhex(text).decode("utf-16-be"), int(code, 16))
    return codes


class EmbeddedFont:
    def __init__(self, font: pypdf.generic.DictionaryObject) -> None:
        self.name = str(font["/BaseFont"]).lstrip("/")
        program = font["/FontDescriptor"]["/FontFile2"].get_data()
        self.tables = _tables(program)
        self.glyphs = _code_to_glyph(self.tables[b"cmap"])
        self.codes = _to_unicode(font["/ToUnicode"].get_data())

    def glyph_for(self, text: str) -> int:
        return self.glyphs[self.codes[text]]


def embedded_fonts(path: Path) -> dict[str, EmbeddedFont]:
    found = {}
    for page in pypdf.PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = EmbeddedFont(ref.get_object())
            found[font.name] = font
    return found


def drawn_characters(path: Path) -> dict[str, set[str]]:
    """Font name -> the characters drawn with it, as a reader extracts them."""
    drawn: dict[str, set[str]] = defaultdict(set)
    with pdfplumber.open(path) as document:
        for page in document.pages:
            for char in page.chars:
                drawn[char["fontname"]].add(char["text"])
    return drawn


def _invisible(text: str) -> bool:
    return text.isspace() or all(unicodedata.category(c) in ("Cf", "Mn") for c in text)


# -- the tests ------------------------------------------------------------------------------------


def test_the_emoji_and_symbol_fonts_are_embedded_as_subsets(pdf: Path) -> None:
    names = set(embedded_fonts(pdf))
    for expected in ("CMCoordEmoji-Regular", "CMCoordSymbols-Regular"):
        (name,) = [n for n in names if n.endswith("+" + expected)]
        assert len(name.split("+")[0]) == 6  # the subset tag ReportLab gives


def test_every_drawn_character_has_a_real_glyph_in_its_font(pdf: Path) -> None:
    embedded = embedded_fonts(pdf)
    drawn = drawn_characters(pdf)
    assert "👍" in drawn[next(n for n in drawn if n.endswith("CMCoordEmoji-Regular"))]
    checked = 0
    for font_name, characters in drawn.items():
        font = embedded[font_name]
        for text in characters:
            glyph = font.glyph_for(text)
            assert glyph != 0, f"{text!r} ({text.encode('unicode-escape')}) is a box in {font_name}"
            if not _invisible(text):
                assert _has_outline(font.tables, glyph), (text, font_name)
            checked += 1
    assert checked > 60


def test_emoji_copy_out_of_the_pdf_as_typed(pdf: Path) -> None:
    # In the order the page draws them, as a viewer copies a selection.
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    flat = "".join(text.split())
    for typed in (MIXED, TITLE, NEXT_STEP, OWNER):
        assert "".join(typed.split()) in flat
    # The Arabic paragraph is drawn right to left: its emoji are there, glyph by glyph.
    arabic = text[text.index("اﺗﻔﻖ") - 200 : text.index("اﺗﻔﻖ") + 20]
    for char in "👍⚠👩\u200d⚕\ufe0f🇫🇷":
        assert char in arabic, char


def test_pdf_readers_keep_a_symbol_on_its_line(pdf: Path) -> None:
    # They group characters into lines by each font's ascent and descent.
    with pdfplumber.open(pdf) as document:
        lines = document.pages[0].extract_text().splitlines()
    assert any("⭐ ⮕ ❌ 🆘" in line for line in lines), lines


def test_latin_words_and_numbers_keep_their_order_in_arabic_with_a_zwj_sequence(
    pdf: Path,
) -> None:
    # U+200D has bidi class BN, which python-bidi drops: the whole line used to fall back to
    # one level, printing "OCHA" as "AHCO" and the Arabic words left to right.
    lines = [[word for _, word in line] for line in right_to_left_lines(pdf)]
    (line,) = [line for line in lines if "اتفق" in line]
    assert "OCHA" in line and MEDIC[::-1] in line  # parts drawn right to left
    logical = ["اتفق", "المشاركون", "👍", "على", "في", "الميدان", "مع", "OCHA", "عام", "2017"]
    assert [w for w in line if w in logical] == logical
    text = "مع OCHA " + MEDIC + " عام"
    levels = embedding_levels(text)
    assert len(levels) == len(text)
    assert [levels[text.index(c)] for c in "OCHA"] == [2, 2, 2, 2]


@pytest.mark.parametrize("text", [MIXED, ARABIC, TITLE, "#\ufe0f\u20e3 1\ufe0f\u20e3 ↔️ ☎\ufe0e"])
def test_each_run_has_a_font_with_all_its_characters(text: str) -> None:
    fonts.register_fonts()
    runs = fonts.font_runs(text)
    assert "".join(run for _, run in runs) == text
    for font, run in runs:
        for char in run:
            assert fonts._covers(font, char), (char, font)


def test_an_emoji_asked_for_as_emoji_prints_in_the_emoji_font() -> None:
    fonts.register_fonts()
    runs = dict((run, font) for font, run in fonts.font_runs("warning ⚠️ and ⚠ text"))
    assert runs["⚠️"] == fonts.EMOJI.regular  # with U+FE0F: the emoji
    assert fonts.EMOJI.regular not in [f for f, r in fonts.font_runs("text ⚠ only") if "⚠" in r]


def test_the_fast_paragraph_path_gives_the_parser_s_fonts_and_text() -> None:
    fonts.register_fonts()
    style = ParagraphStyle("body", fontName=fonts.LATIN.regular, fontSize=10, leading=13.5)
    markup = rich(clean_text(MIXED))
    fast = FragmentMaker().fragments(markup, style)
    _, parsed, _ = ParaParser().parse(cleanBlockQuotedText(markup), style)
    assert fast is not None
    assert [(f.fontName, f.text) for f in fast] == [(f.fontName, f.text) for f in parsed]
    assert fonts.EMOJI.regular in {f.fontName for f in fast}


def render(pdf: Path, out_prefix: Path, resolution: int = 80) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", "-f", "1", "-l", "1", pdf, out_prefix],
        check=True,
    )
    return out_prefix.with_name(out_prefix.name + "-1.png")


def test_the_page_renders_with_ink_where_the_emoji_are(pdf: Path, tmp_path: Path) -> None:
    page = Image.open(render(pdf, tmp_path / "page")).convert("L")
    dark = sum(page.histogram()[:128])
    assert dark > 2000  # not a blank page


if __name__ == "__main__":
    docs = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    with tempfile.TemporaryDirectory() as folder:
        made = export_event_summary(symbols_summary(), Path(folder) / "sym.pdf")
        render(made, docs / "pdf-symbols-page", 110)
