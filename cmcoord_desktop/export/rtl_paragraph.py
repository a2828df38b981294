"""The right-to-left paragraph flowable: wraps in logical order by shaped widths, then draws
each line's runs in visual order (export/rtl.py), with links, markers and tags.

Every text with Arabic (or Hebrew) letters, bidi controls or links goes through it; see
export/rtl.py for why ReportLab's own Paragraph cannot do this.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from cmcoord_desktop.export.fonts import LATIN, font_runs
from cmcoord_desktop.export.links import find_links
from cmcoord_desktop.export.pdf_tags import TaggedDrawing, Tagger
from cmcoord_desktop.export.rtl import (
    INVISIBLE_MARKS,
    WORD,
    Piece,
    draw_pieces,
    embedding_levels,
    line_pieces,
    needs_bidi,
    paragraph_level,
    pieces_width,
    run_width,
)


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
                before = line[piece.start : a].translate(INVISIBLE_MARKS)
                inside = line[a:b].translate(INVISIBLE_MARKS)
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
            width = sum(run_width(t, f, self.size) for f, t in font_runs(word, self.bold))
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
            for match in WORD.finditer(paragraph):
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
            with tagger.spoken_as(self.canv, text.translate(INVISIBLE_MARKS)):
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

    def defers_its_mark(self) -> bool:
        """Its number is drawn first (see `draw`), or nothing is drawn at all."""
        if self.marker:
            return self.label_tag is not None
        return not any(line.end > line.start for line in self._lines_for(self.width))

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
            # The number first, as ReportLab draws a bullet: the body's marked content then
            # begins after it (see `defers_its_mark`) instead of being split around it.
            if index == 0 and self.marker:
                self._draw_marker(marker_edge, y)
            if line.end > line.start:
                self._draw_line(line, text_edge, y)
            y -= self.leading
        canvas.restoreState()
