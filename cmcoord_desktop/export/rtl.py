"""Right-to-left paragraphs (Arabic): shaped with HarfBuzz, wrapped, then reordered line by line.

ReportLab's Paragraph turns bidi off when shaping is on, so a shaped Arabic line would print its
words left to right. This flowable does it in the order the Unicode bidi algorithm asks for:
wrap the text in logical order using shaped widths, then, for each line, resolve the embedding
levels (python-bidi), cut the line into runs of one level and one font, put the runs in visual
order (rule L2) and shape each run in its own direction. Latin words and numbers inside Arabic
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
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cmcoord_desktop.export.fonts import LATIN, font_runs, has_right_to_left, summary_font
from cmcoord_desktop.export.links import find_links
from cmcoord_desktop.export.pdf_tags import TaggedDrawing, Tagger

_HB_FEATURES = {"kern": True, "liga": True}
# Bidi marks and isolates: they change the order of the text around them, and print nothing.
_BIDI_CONTROL_CHARS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE_MARKS = dict.fromkeys(map(ord, _BIDI_CONTROL_CHARS))
_BIDI_CONTROLS = re.compile(f"[{_BIDI_CONTROL_CHARS}]")
# A word: up to whitespace, no-break spaces included ("8\u00a0February\u00a02017" is one).
_WORD = re.compile(r"(?:[^\s]|[\u00a0\u2007\u202f])+")


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


def _run_width(text: str, font_name: str, size: float) -> float:
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
                printed = text[start:offset].translate(_INVISIBLE_MARKS)
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


def _span_of(
    pieces: list[Piece], x: float, line: str, start: int, end: int, size: float
) -> tuple[float, float] | None:
    """Left and right x of the characters line[start:end] as drawn from x (a link's box)."""
    left, right = None, None
    for piece in pieces:
        a, b = max(start, piece.start), min(end, piece.end)
        if a < b:
            lo, hi = x, x + piece.width
            if not piece.right_to_left and not pdfmetrics.getFont(piece.font).shapable:
                before = line[piece.start : a].translate(_INVISIBLE_MARKS)
                inside = line[a:b].translate(_INVISIBLE_MARKS)
                lo = x + pdfmetrics.stringWidth(before, piece.font, size)
                hi = lo + pdfmetrics.stringWidth(inside, piece.font, size)
            left = lo if left is None else min(left, lo)
            right = hi if right is None else max(right, hi)
        x += piece.width
    return None if left is None or right is None else (left, right)


@dataclass
class _Line:
    paragraph: int = 0  # which line of the text ("\n"-separated) it belongs to
    start: int = 0  # where it stands in that paragraph
    end: int = 0
    width: float = 0.0


# Where a word too long for the line (a URL) may be cut, as the Chicago Manual of Style has
# it: after "//" or ":", before a single "/" and before . , - _ ? # % ~, before or after = and &;
# never just after a hyphen (a reader would take it for a soft hyphen and drop it when the text
# is copied out).
_CUT_BEFORE = frozenset(".,-_?#%~=&")
_CUT_AFTER = frozenset(":=&")


def _may_cut_before(word: str, index: int) -> bool:
    before, after = word[index - 1], word[index]
    if before == "-":
        return False
    if after == "/":
        return before != "/" and word[index + 1 : index + 2] != "/"
    if before == "/":
        return word[index - 2 : index - 1] == "/"
    return after in _CUT_BEFORE or before in _CUT_AFTER


class RightToLeftParagraph(TaggedDrawing, Flowable):
    """A paragraph laid out line by line in the order of the Unicode bidi algorithm, splitting
    across pages by lines: every text with Arabic (or Hebrew) letters, bidi controls or links.

    Right to left and aligned right when `right_to_left` is True, or when it is None and the
    text's first strong letter is right to left (Unicode rules P2, P3); otherwise left to right
    (an English sentence quoting an Arabic name). `marker` (e.g. "3.") is drawn in the margin
    of the first line, for numbered lists. Links in the text (http, https, www.) are clickable.
    """

    def __init__(
        self,
        text: str,
        size: float = 10,
        leading: float | None = None,
        bold: bool = False,
        color: Color = black,
        indent: float = 0,
        marker: str = "",
        space_before: float = 0,
        space_after: float = 0,
        keep_with_next: bool = False,
        right_to_left: bool | None = True,
        align_right: bool | None = None,
        marker_width: float = 0,
    ) -> None:
        super().__init__()
        if right_to_left is None:
            right_to_left = bool(paragraph_level(text.split("\n", 1)[0]))
        self.base_level = int(right_to_left)
        # An English sentence in an Arabic summary reads left to right but lines up at the right.
        self.align_right = bool(right_to_left) if align_right is None else align_right
        self.text = text
        self.paragraphs = text.split("\n")
        self.size = size
        self.leading = leading or size * 1.35
        self.bold = bold
        self.color = color
        self.indent = indent
        self.marker = marker
        self.marker_width = marker_width
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._lines: list[_Line] | None = None
        self._laid_out_for: float | None = None
        self._levels: dict[int, list[int]] = {}

    # -- layout ---------------------------------------------------------------------------------

    def _word_width(self, word: str, cache: dict[str, float]) -> float:
        width = cache.get(word)
        if width is None:
            width = sum(_run_width(t, f, self.size) for f, t in font_runs(word, self.bold))
            cache[word] = width
        return width

    def _cuts(self, word: str, width: float) -> list[int]:
        """Where a word wider than the line is cut into pieces that fit (URLs, hostile input):
        at the last place a URL may be cut, else where the line is full."""
        cuts = []
        start = 0
        used = 0.0
        best = None
        for index, char in enumerate(word):
            char_width = pdfmetrics.stringWidth(char, LATIN.regular, self.size) or self.size
            if index > start and _may_cut_before(word, index):
                best = index
            if used + char_width > width * 0.95 and index > start:
                cut = best if best is not None and best > start + 8 else index
                if word[cut - 1] == "-" and cut - 1 > start:
                    cut -= 1  # the hyphen goes to the next line, with the word it joins
                cuts.append(cut)
                used = sum(
                    pdfmetrics.stringWidth(c, LATIN.regular, self.size) or self.size
                    for c in word[cut:index]
                )
                start, best = cut, None
            used += char_width
        return cuts

    def _lay_out(self, width: float) -> list[_Line]:
        space = pdfmetrics.stringWidth(" ", LATIN.regular, self.size)
        cache: dict[str, float] = {}
        lines: list[_Line] = []
        for number, paragraph in enumerate(self.paragraphs):
            line = _Line(number)
            empty = True
            for match in _WORD.finditer(paragraph):
                word = match.group()
                bounds = [match.start(), match.end()]
                if self._word_width(word, cache) > width:
                    bounds[1:1] = [match.start() + cut for cut in self._cuts(word, width)]
                for piece_start, piece_end in zip(bounds, bounds[1:], strict=False):
                    piece_width = self._word_width(paragraph[piece_start:piece_end], cache)
                    joined = piece_start == line.end and not empty
                    extra = piece_width + (0 if empty or joined else space)
                    if not empty and line.width + extra > width:
                        lines.append(line)
                        line = _Line(number, piece_start, piece_start)
                        extra = piece_width
                    elif empty:
                        line.start = piece_start
                    empty = False
                    line.end = piece_end
                    line.width += extra
            lines.append(line)
        return lines

    def _lines_for(self, width: float) -> list[_Line]:
        if self._lines is None or self._laid_out_for != width:
            self._lines = self._lay_out(max(width - self.indent, self.size))
            self._laid_out_for = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._lines_for(availWidth)) * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._lines_for(availWidth)
        fits = int(availHeight // self.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        head = self._copy_with(lines[:fits], self.marker, keep_with_next=False)
        head.spaceAfter = 0
        tail = self._copy_with(lines[fits:], "", keep_with_next=self.keepWithNext)
        tail.spaceBefore = 0
        return [head, tail]

    def _copy_with(
        self, lines: list[_Line], marker: str, keep_with_next: bool
    ) -> RightToLeftParagraph:
        copy = RightToLeftParagraph(
            self.text,
            self.size,
            self.leading,
            self.bold,
            self.color,
            self.indent,
            marker,
            self.spaceBefore,
            self.spaceAfter,
            keep_with_next,
            bool(self.base_level),
            self.align_right,
            self.marker_width,
        )
        copy._lines = lines
        copy._laid_out_for = self._laid_out_for
        copy._levels = self._levels
        copy.tag = self.tag
        copy.label_tag = self.label_tag if marker else None
        return copy

    # -- drawing --------------------------------------------------------------------------------

    def _paragraph_levels(self, number: int) -> list[int]:
        levels = self._levels.get(number)
        if levels is None:
            levels = embedding_levels(self.paragraphs[number], self.base_level)
            self._levels[number] = levels
        return levels

    def _draw_line(self, line: _Line, edge: float, y: float) -> None:
        """Draw one line ending at `edge` (right to left) or starting there (left to right)."""
        paragraph = self.paragraphs[line.paragraph]
        text = paragraph[line.start : line.end]
        levels = None
        if self.base_level or needs_bidi(paragraph):
            levels = self._paragraph_levels(line.paragraph)[line.start : line.end]
        pieces = line_pieces(text, self.size, self.bold, self.base_level, levels)
        x = edge - pieces_width(pieces) if self.align_right else edge
        tagger = Tagger.of(self.canv)
        if tagger is not None and levels is not None:
            # Glyphs in visual order, Arabic as presentation forms: say what was typed.
            with tagger.spoken_as(self.canv, text.translate(_INVISIBLE_MARKS)):
                draw_pieces(self.canv, pieces, x, y, self.size)
        else:
            draw_pieces(self.canv, pieces, x, y, self.size)
        for start, end, url in find_links(paragraph):
            a, b = max(start, line.start), min(end, line.end)
            span = _span_of(pieces, x, text, a - line.start, b - line.start, self.size)
            if a < b and span is not None:
                box = (span[0], y - 0.25 * self.size, span[1], y + 0.9 * self.size)
                self.canv.linkURL(url, box, relative=1, thickness=0)
                if tagger is not None:
                    tagger.link(self.canv, url)

    def _draw_marker(self, edge: float, y: float) -> None:
        pieces = line_pieces(self.marker, self.size, self.bold, self.base_level)
        width = pieces_width(pieces)
        if self.marker_width:  # numbers lined up at their right (left to right lists)
            x = edge - width if self.align_right else edge + self.marker_width - width
        else:
            x = edge - width if self.align_right else edge
        tagger = Tagger.of(self.canv)
        if tagger is not None and self.label_tag is not None:
            with (
                tagger.marked(self.canv, self.label_tag),
                tagger.spoken_as(self.canv, self.marker),  # "1.", not ".1" as drawn in Arabic
            ):
                draw_pieces(self.canv, pieces, x, y, self.size)
        else:
            draw_pieces(self.canv, pieces, x, y, self.size)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.color)
        lines = self._lines_for(self.width)
        text_edge, marker_edge = (
            (self.width - self.indent, self.width) if self.align_right else (self.indent, 0)
        )
        y = self.height - self.size
        for index, line in enumerate(lines):
            if line.end > line.start:
                self._draw_line(line, text_edge, y)
            if index == 0 and self.marker:
                self._draw_marker(marker_edge, y)
            y -= self.leading
        canvas.restoreState()
