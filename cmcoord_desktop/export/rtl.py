"""Right-to-left text (Arabic): shaped with HarfBuzz and put in visual order, run by run.

ReportLab's Paragraph turns bidi off when shaping is on, so a shaped Arabic line would print its
words left to right. This flowable does it in the order the Unicode bidi algorithm asks for:
wrap the text in logical order using shaped widths, then, for each line, resolve the embedding
levels (python-bidi), cut the line into runs of one level and one font, put the runs in visual
order (rule L2) and shape each run in its own direction (the flowable that wraps and
draws the lines is export/rtl_paragraph.py). Latin words and numbers inside Arabic
text therefore keep their left-to-right order, and brackets are mirrored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, cast

import uharfbuzz
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from cmcoord_desktop.export.fonts import font_runs, has_right_to_left, summary_font

_HB_FEATURES = {"kern": True, "liga": True}
# Bidi marks and isolates: they change the order of the text around them, and print nothing.
_BIDI_CONTROL_CHARS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE_MARKS = dict.fromkeys(map(ord, _BIDI_CONTROL_CHARS))
_BIDI_CONTROLS = re.compile(f"[{_BIDI_CONTROL_CHARS}]")
# A word: up to whitespace, no-break spaces included ("8\u00a0February\u00a02017" is one).
WORD = re.compile(r"(?:[^\s]|[\u00a0\u2007\u202f])+")


class _ShapingFace(Protocol):
    glyphToChar: dict[int, list[int]]  # noqa: N815
    charWidths: dict[int, float]  # noqa: N815


class _ShapingFont(Protocol):
    """What shaping uses of a ReportLab 5.1 TrueType font: its type stubs leave some of it out
    (hbAddPrivate, set by hbFont; the face's glyph map) and the rest unannotated."""

    face: _ShapingFace
    # A contextual form with no character of its own gets a private code (glyph name, id, width).
    hbAddPrivate: Callable[[str, int, float], int]  # noqa: N815

    def hbFont(self, fontSize: float) -> Any: ...  # noqa: N802, N803 (a uharfbuzz.Font)

    def pdfScale(self, v: int) -> float: ...  # noqa: N802


def shape(text: str, font_name: str, size: float, right_to_left: bool) -> ShapedStr:
    """Glyphs for one run of one font, in visual order, as a string ReportLab's canvas draws."""
    font = cast(_ShapingFont, summary_font(font_name))  # see _ShapingFont
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if right_to_left else "ltr"
    hb_font = font.hbFont(size)
    uharfbuzz.shape(hb_font, buffer, _HB_FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    glyph_to_char = font.face.glyphToChar
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        advance = font.pdfScale(pos.x_advance)
        try:
            code = glyph_to_char[gid][0]
        except (KeyError, IndexError):
            # A contextual form with no character of its own: ReportLab gives it a private code.
            code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                advance,
                font.pdfScale(pos.y_advance),
                font.pdfScale(pos.x_offset),
                font.pdfScale(pos.y_offset),
                font.face.charWidths.get(code, advance),
            )
        )
    # ReportLab 5.1 keeps one ShapeData per glyph (ShapedStr.__getitem__ indexes it); its type
    # stubs (types-reportlab 5.0) say a single ShapeData.
    return ShapedStr("".join(chars), shapeData=data)  # type: ignore[arg-type]


class _Shaped(Protocol):
    __shapeData__: list[ShapeData]  # set by ShapedStr; its type stubs do not declare it


def _shaped_width(shaped: ShapedStr, size: float) -> float:
    return sum(d.x_advance for d in cast(_Shaped, shaped).__shapeData__) * size / 1000


def run_width(text: str, font_name: str, size: float) -> float:
    if pdfmetrics.getFont(font_name).shapable:
        return _shaped_width(shape(text, font_name, size, True), size)
    return pdfmetrics.stringWidth(text, font_name, size)


_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")


def embedding_levels(text: str, base_level: int | None = 1) -> list[int]:
    """The resolved bidi level of each character of one paragraph (rules P2-I2 of UAX #9,
    isolates, embeddings and overrides included); `base_level` None means "from the text".

    python-bidi's Rust implementation (the unicode-bidi crate) resolves everything, but tells
    the levels only in its debug dump, one per UTF-8 byte; its pure-Python algorithm module
    knows no isolates (and asserts on them). The dump's shape is pinned with the package
    version in pyproject."""
    if not text:
        return []
    base_dir = None if base_level is None else ("R" if base_level % 2 else "L")
    dump = get_display(text, base_dir=base_dir, debug=True)
    by_byte = [int(level) for level in _LEVEL.findall(dump, dump.index("levels:"))]
    levels = []
    offset = 0
    for char in text:
        levels.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1: the paragraph's direction from its first strong letter outside
    any isolate (rules P2, P3)."""
    return int(get_base_level(text)) if text else 0


@dataclass
class _Run:
    text: str  # as printed: bidi controls taken out
    font: str
    level: int
    start: int  # where it stands in the line, in logical order
    end: int


def visual_runs(
    line: str, bold: bool = False, base_level: int = 1, levels: list[int] | None = None
) -> list[_Run]:
    """The line cut into runs of one font and one bidi level, in left-to-right display order.
    `levels` are the line's characters' levels resolved over its whole paragraph (an embedding
    opened on one line goes on over the next); without them the line is its own paragraph."""
    if levels is None:
        levels = embedding_levels(line, base_level)
    runs: list[_Run] = []
    position = 0
    for font, text in font_runs(line, bold):
        start = 0
        for offset in range(1, len(text) + 1):
            if offset == len(text) or levels[position + offset] != levels[position + start]:
                # Marks, embeddings and isolates steer the ordering but print nothing.
                printed = text[start:offset].translate(INVISIBLE_MARKS)
                if printed:
                    runs.append(
                        _Run(
                            printed,
                            font,
                            levels[position + start],
                            position + start,
                            position + offset,
                        )
                    )
                start = offset
        position += len(text)
    # Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs
    # at that level or higher.
    if runs:
        highest = max(r.level for r in runs)
        lowest_odd = (
            min(r.level for r in runs if r.level % 2)
            if any(r.level % 2 for r in runs)
            else highest + 1
        )
        for level in range(highest, lowest_odd - 1, -1):
            index = 0
            while index < len(runs):
                if runs[index].level >= level:
                    end = index
                    while end < len(runs) and runs[end].level >= level:
                        end += 1
                    runs[index:end] = runs[index:end][::-1]
                    index = end
                else:
                    index += 1
    return runs


@dataclass(frozen=True)
class Piece:
    """A run as drawn: one font, one direction, its width; `start`/`end` in the line's text."""

    font: str
    drawn: str
    width: float
    start: int = 0
    end: int = 0
    right_to_left: bool = False


def needs_bidi(text: str) -> bool:
    """Whether the text holds right-to-left letters or bidi controls (which must steer the
    order and never print)."""
    return has_right_to_left(text) or _BIDI_CONTROLS.search(text) is not None


def line_pieces(
    text: str, size: float, bold: bool, base_level: int, levels: list[int] | None = None
) -> list[Piece]:
    """One line of text as pieces to draw from left to right, each in one font and direction."""
    if not base_level and not needs_bidi(text):  # plain left-to-right: no bidi needed
        pieces = []
        position = 0
        for font, chunk in font_runs(text, bold):
            pieces.append(
                Piece(
                    font,
                    chunk,
                    pdfmetrics.stringWidth(chunk, font, size),
                    position,
                    position + len(chunk),
                )
            )
            position += len(chunk)
        return pieces
    pieces = []
    for run in visual_runs(text, bold, base_level, levels):
        right_to_left = bool(run.level % 2)
        if pdfmetrics.getFont(run.font).shapable:
            shaped = shape(run.text, run.font, size, right_to_left)
            width = _shaped_width(shaped, size)
            pieces.append(Piece(run.font, shaped, width, run.start, run.end, right_to_left))
        else:
            drawn = run.text
            if right_to_left:  # a neutral run (brackets, punctuation) read right to left
                drawn = "".join(MIRRORED.get(c, c) for c in reversed(drawn))
            width = pdfmetrics.stringWidth(drawn, run.font, size)
            pieces.append(Piece(run.font, drawn, width, run.start, run.end, right_to_left))
    return pieces


def pieces_width(pieces: list[Piece]) -> float:
    return sum(piece.width for piece in pieces)


def draw_pieces(canvas: Canvas, pieces: list[Piece], x: float, y: float, size: float) -> float:
    """Draw pieces from x on the baseline y; returns the x where they end."""
    for piece in pieces:
        canvas.setFont(piece.font, size)
        canvas.drawString(x, y, piece.drawn)
        x += piece.width
    return x
