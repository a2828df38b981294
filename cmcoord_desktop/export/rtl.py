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
import unicodedata
from dataclasses import dataclass, field

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cmcoord_desktop.export.fonts import LATIN, font_runs, has_right_to_left

_HB_FEATURES = {"kern": True, "liga": True}
# Bidi marks and isolates: they change the order of the text around them, and print nothing.
_INVISIBLE_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def shape(text: str, font_name: str, size: float, right_to_left: bool) -> ShapedStr:
    """Glyphs for one run of one font, in visual order, as a string ReportLab's canvas draws."""
    font = pdfmetrics.getFont(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if right_to_left else "ltr"
    hb_font = font.hbFont(size)
    uharfbuzz.shape(hb_font, buffer, _HB_FEATURES)
    chars = []
    data = []
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
    return ShapedStr("".join(chars), shapeData=data)


def _shaped_width(shaped: ShapedStr, size: float) -> float:
    return sum(d.x_advance for d in shaped.__shapeData__) * size / 1000


def _run_width(text: str, font_name: str, size: float) -> float:
    if pdfmetrics.getFont(font_name).shapable:
        return _shaped_width(shape(text, font_name, size, True), size)
    return pdfmetrics.stringWidth(text, font_name, size)


# Characters of bidi class BN (boundary neutral) that survive clean_text: soft hyphen, zero-width
# space and joiners (U+200D inside emoji sequences), word joiner, BOM, tags. Rule X9 removes them.
_BOUNDARY_NEUTRAL = re.compile(
    "[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\U000e0000-\U000e0fff]"
)


def embedding_levels(line: str, base_level: int = 1) -> list[int]:
    """The resolved bidi level of each character of a line in a paragraph of this direction."""
    if _BOUNDARY_NEUTRAL.search(line) is None:
        return _levels(line, base_level)
    # python-bidi drops what rule X9 removes; give each such character the level of the one
    # before it (UAX #9, 5.2), so a joiner does not throw the whole line's order away.
    removed = [unicodedata.bidirectional(char) == "BN" for char in line]
    kept = iter(
        _levels("".join(c for c, gone in zip(line, removed, strict=True) if not gone), base_level)
    )
    levels = []
    level = base_level
    for gone in removed:
        if not gone:
            level = next(kept)
        levels.append(level)
    return levels


def _levels(line: str, base_level: int) -> list[int]:
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "R" if base_level else "L"
    bidi_algorithm.get_embedding_levels(line, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    if len(levels) != len(line):  # explicit embedding marks are removed by rule X9
        return [base_level] * len(line)
    return levels


@dataclass
class _Run:
    text: str
    font: str
    level: int


def visual_runs(line: str, bold: bool = False, base_level: int = 1) -> list[_Run]:
    """The line cut into runs of one font and one bidi level, in left-to-right display order."""
    levels = embedding_levels(line, base_level)
    runs: list[_Run] = []
    position = 0
    for font, text in font_runs(line, bold):
        start = 0
        for offset in range(1, len(text) + 1):
            if offset == len(text) or levels[position + offset] != levels[position + start]:
                # Marks such as RLM steer the ordering but print nothing.
                printed = text[start:offset].translate(_INVISIBLE_MARKS)
                if printed:
                    runs.append(_Run(printed, font, levels[position + start]))
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


Piece = tuple[str, str, float]  # font, text as drawn, width


def line_pieces(text: str, size: float, bold: bool, base_level: int) -> list[Piece]:
    """One line of text as pieces to draw from left to right, each in one font and direction."""
    if not base_level and not has_right_to_left(text):  # plain left-to-right: no bidi needed
        return [(f, t, pdfmetrics.stringWidth(t, f, size)) for f, t in font_runs(text, bold)]
    pieces = []
    for run in visual_runs(text, bold, base_level):
        right_to_left = bool(run.level % 2)
        if pdfmetrics.getFont(run.font).shapable:
            shaped = shape(run.text, run.font, size, right_to_left)
            pieces.append((run.font, shaped, _shaped_width(shaped, size)))
        else:
            drawn = run.text
            if right_to_left:  # a neutral run (brackets, punctuation) read right to left
                drawn = "".join(MIRRORED.get(c, c) for c in reversed(drawn))
            pieces.append((run.font, drawn, pdfmetrics.stringWidth(drawn, run.font, size)))
    return pieces


def draw_pieces(canvas: Canvas, pieces: list[Piece], x: float, y: float, size: float) -> float:
    """Draw pieces from x on the baseline y; returns the x where they end."""
    for font, drawn, width in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, drawn)
        x += width
    return x


@dataclass
class _Line:
    words: list[str] = field(default_factory=list)
    width: float = 0.0


class RightToLeftParagraph(Flowable):
    """A paragraph holding Arabic (or Hebrew) text that splits across pages by lines.

    Right to left and aligned right when `right_to_left` is True, or when it is None and the
    text's first strong letter is right to left (Unicode rules P2, P3); otherwise left to right
    (an English sentence quoting an Arabic name). `marker` (e.g. "3.") is drawn in the margin
    of the first line, for numbered lists.
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
    ) -> None:
        super().__init__()
        if right_to_left is None:
            right_to_left = bool(bidi_algorithm.get_base_level(text))
        self.base_level = int(right_to_left)
        # An English sentence in an Arabic summary reads left to right but lines up at the right.
        self.align_right = bool(right_to_left) if align_right is None else align_right
        self.text = text
        self.size = size
        self.leading = leading or size * 1.35
        self.bold = bold
        self.color = color
        self.indent = indent
        self.marker = marker
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self._lines: list[_Line] | None = None
        self._laid_out_for: float | None = None
        self._first_line = 0

    # -- layout ---------------------------------------------------------------------------------

    def _word_width(self, word: str, cache: dict[str, float]) -> float:
        width = cache.get(word)
        if width is None:
            width = sum(_run_width(t, f, self.size) for f, t in font_runs(word, self.bold))
            cache[word] = width
        return width

    def _split_long_word(self, word: str, width: float) -> list[str]:
        """A word wider than the line, cut into pieces that fit (rare: URLs, hostile input)."""
        pieces = []
        start = 0
        used = 0.0
        for index, char in enumerate(word):
            char_width = pdfmetrics.stringWidth(char, LATIN.regular, self.size) or self.size
            if used + char_width > width * 0.95 and index > start:
                pieces.append(word[start:index])
                start, used = index, 0.0
            used += char_width
        pieces.append(word[start:])
        return pieces

    def _lay_out(self, width: float) -> list[_Line]:
        space = pdfmetrics.stringWidth(" ", LATIN.regular, self.size)
        cache: dict[str, float] = {}
        lines: list[_Line] = []
        for paragraph in self.text.split("\n"):
            line = _Line()
            for word in paragraph.split():
                pieces = [word]
                if self._word_width(word, cache) > width:
                    pieces = self._split_long_word(word, width)
                for piece in pieces:
                    piece_width = self._word_width(piece, cache)
                    extra = piece_width + (space if line.words else 0)
                    if line.words and line.width + extra > width:
                        lines.append(line)
                        line = _Line()
                        extra = piece_width
                    line.words.append(piece)
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
        )
        copy._lines = lines
        copy._laid_out_for = self._laid_out_for
        return copy

    # -- drawing --------------------------------------------------------------------------------

    def _draw_line(self, text: str, edge: float, y: float) -> None:
        """Draw one line ending at `edge` (right to left) or starting there (left to right)."""
        pieces = line_pieces(text, self.size, self.bold, self.base_level)
        x = edge - sum(width for _, _, width in pieces) if self.align_right else edge
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
            if line.words:
                self._draw_line(" ".join(line.words), text_edge, y)
            if index == 0 and self.marker:
                self._draw_line(self.marker, marker_edge, y)
            y -= self.leading
        canvas.restoreState()
