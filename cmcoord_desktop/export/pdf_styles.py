"""The look of a summary (type sizes, colours, spacing) and the one way user text becomes a
flowable: cleaned, escaped, split into font runs, laid out right to left when it is Arabic."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from cmcoord_desktop.export.fonts import LATIN, font_runs, has_right_to_left
from cmcoord_desktop.export.links import has_link
from cmcoord_desktop.export.pdf_fragments import FragmentMaker
from cmcoord_desktop.export.pdf_list_item import ItemWithNote
from cmcoord_desktop.export.pdf_tags import TaggedDrawing
from cmcoord_desktop.export.rtl import needs_bidi
from cmcoord_desktop.export.rtl_paragraph import RightToLeftParagraph
from cmcoord_desktop.export.text_safety import clean_text, escape_markup

UN_BLUE = HexColor("#0B6FB8")
INK = HexColor("#1F2328")
MUTED = HexColor("#5A6470")
RULE = HexColor("#C9D3DD")
SHADE = HexColor("#EEF4FA")


def rich(text: str, bold: bool = False) -> str:
    """Paragraph markup for user text: every run escaped, fonts switched only by us."""
    parts = []
    for font, run in font_runs(text, bold):
        escaped = escape_markup(run)
        parts.append(
            escaped
            if font == (LATIN.bold if bold else LATIN.regular)
            else (f'<font name="{font}">{escaped}</font>')
        )
    return "".join(parts)


MARKER_GAP = 4  # between a list number and its item's text
CHUNK = 3000
# Where a paragraph may end: a line break, or the space after a sentence's last mark.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'’”»)\]]*[ \n]")


def chunk_text(text: str, size: int = CHUNK) -> list[str]:
    """Text cut into pieces of about `size` characters, each a whole paragraph or whole
    sentences: at a line break, else after a sentence, and only at a space in text that has
    no sentence end for several times `size` (a pasted list of words)."""
    if len(text) <= size:
        return [text]
    chunks = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 4, end)
        if cut <= start:
            sentences = [
                m.end() - 1 for m in _SENTENCE_END.finditer(text, start + size // 4, end + 2 * size)
            ]
            fitting = [s for s in sentences if s <= end]
            cut = fitting[-1] if fitting else (sentences[0] if sentences else -1)
        if cut <= start:
            cut = text.rfind(" ", start + size // 2, end)
        if cut <= start:
            cut = end
        chunks.append(text[start:cut])
        start = cut + 1 if text[cut : cut + 1] in ("\n", " ") else cut
    chunks.append(text[start:])
    return chunks


class SummaryParagraph(TaggedDrawing, Paragraph):
    """A Paragraph that remembers its last line breaking: keep-with-next groups measure each
    paragraph before the frame does, and breaking the same lines twice doubles the cost."""

    _wrapped_for: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for is not None and self._wrapped_for[0] == availWidth:
            return self._wrapped_for[1], self._wrapped_for[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, width, height)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._wrapped_for = None
        return self.tag_parts(super().split(availWidth, availHeight))

    def defers_its_mark(self) -> bool:
        """No lines: nothing is drawn. A list number: ReportLab draws a paragraph's bullet
        first, unless a background or border comes before it (our styles have neither)."""
        blpara = getattr(self, "blPara", None)
        if blpara is not None and not blpara.lines:
            return True
        style = self.style
        return bool(
            self.label_tag is not None
            and self.bulletText
            and blpara is not None
            and not style.backColor
            and not (style.borderColor and style.borderWidth)
        )


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    bold: bool = False
    color: Color = INK
    space_before: float = 0
    space_after: float = 0
    indent: float = 0


BODY = TextStyle(10, 13.5, space_after=3)
LIST_ITEM = TextStyle(10, 13.5, space_after=4, indent=22)
CONTENTS = TextStyle(10, 13.5, indent=22)
META = TextStyle(8.5, 11, color=MUTED, space_after=5, indent=22)
FACTS = TextStyle(9, 12, color=MUTED, space_after=2)
SUBHEADING = TextStyle(10.5, 14, bold=True, color=UN_BLUE, space_before=9, space_after=4)
SESSION_TITLE = TextStyle(14, 18, bold=True, color=INK, space_before=4, space_after=4)
SECTION_TITLE = TextStyle(13, 17, bold=True, color=UN_BLUE, space_before=14, space_after=6)
EVENT_TITLE = TextStyle(22, 27, bold=True, color=INK, space_after=6)
# A summary of several events: its own title above all, each event's under its section's.
EVENTS_TITLE = TextStyle(24, 30, bold=True, color=INK, space_after=4)
EVENT_AMONG_EVENTS = TextStyle(17, 21.5, bold=True, color=INK, space_before=4, space_after=4)
KICKER = TextStyle(10, 13, bold=True, color=UN_BLUE, space_after=4)
CAPTION = TextStyle(8.5, 11, color=MUTED, space_before=3, space_after=6)
CELL = TextStyle(9, 11.5)
CELL_BOLD = TextStyle(9, 11.5, bold=True)
CELL_MUTED = TextStyle(8.5, 11, color=MUTED)
FOOTER = TextStyle(8, 10, color=MUTED)


def _note_under(item: TextStyle, note: TextStyle) -> TextStyle:
    """A note's style under a left-to-right list item: its baseline one item leading below the
    item's last line, then the item's space, as if it were a smaller last line of the item."""
    lift = item.size - note.size
    return replace(
        note, space_before=lift, leading=item.leading - lift, space_after=item.space_after
    )


@cache
def _number_width(number: str, size: float) -> float:
    """A list number's width ("10."), measured once: every list item asks."""
    return stringWidth(number, LATIN.regular, size)


class TextMaker:
    """Makes flowables from user text in one document direction (left to right, or Arabic)."""

    def __init__(self, right_to_left: bool, chinese: bool) -> None:
        self.right_to_left = right_to_left
        self.chinese = chinese
        self._styles: dict[tuple[TextStyle, bool, float], ParagraphStyle] = {}
        self._fragments = FragmentMaker()

    def _style(self, style: TextStyle, keep: bool, bullet: str) -> ParagraphStyle:
        # List numbers stand right-aligned in the indent, so "9." and "10." end at one x and
        # every item's text starts at the same place.
        bullet_indent = (
            max(0.0, style.indent - MARKER_GAP - _number_width(bullet, style.size))
            if bullet
            else 0.0
        )
        key = (style, keep, round(bullet_indent, 2))
        made = self._styles.get(key)
        if made is None:
            made = ParagraphStyle(
                name=f"s{len(self._styles)}",
                fontName=LATIN.bold if style.bold else LATIN.regular,
                fontSize=style.size,
                leading=style.leading,
                textColor=style.color,
                spaceBefore=style.space_before,
                spaceAfter=style.space_after,
                leftIndent=style.indent,
                bulletIndent=bullet_indent,
                bulletFontName=LATIN.regular,
                bulletFontSize=style.size,
                alignment=TA_RIGHT if self.right_to_left else TA_LEFT,
                keepWithNext=int(keep),
                wordWrap="CJK" if self.chinese else None,
                allowOrphans=0,
                allowWidows=0,
            )
            self._styles[key] = made
        return made

    def text(
        self,
        text: str | None,
        style: TextStyle,
        keep_with_next: bool = False,
        marker: str = "",
        composed: bool = False,
    ) -> Flowable:
        """A paragraph of short text (a heading, a label); see `texts` for user text.
        `composed`: a line the summary puts together from parts (a contents line, a fact
        line), which reads in the summary's direction whatever its parts are."""
        return self._one(clean_text(text), style, keep_with_next, marker, composed)

    def isolated(self, part: str) -> str:
        """A part of a composed line, isolated (U+2068...U+2069) when its direction could
        reorder what stands around it: an Arabic title in an English contents line."""
        if part and (self.right_to_left or needs_bidi(part)):
            return f"\u2068{part}\u2069"
        return part

    def join(self, parts: list[str]) -> str:
        """Parts of a composed line, " · " between them, each isolated if need be."""
        return " · ".join(self.isolated(p) for p in parts if p)

    def label(self, label: str, value: str) -> str:
        return f"{label}: {self.isolated(value)}"

    def texts(
        self,
        text: str | None,
        style: TextStyle,
        keep_with_next: bool = False,
        marker: str = "",
        note: tuple[str, TextStyle] | None = None,
        composed: bool = False,
    ) -> list[Flowable]:
        """Paragraphs of user text of any length; `marker` numbers a list item, `note` is a
        smaller line printed under it (a next step's owner, due date and status).

        ReportLab re-wraps the rest of a paragraph each time it splits it across a page, so a
        paragraph of a megabyte costs minutes; very long text is cut into pieces of a few
        thousand characters at spaces, which then flow on as one paragraph would.
        """
        chunks = chunk_text(clean_text(text))
        note_text, note_style = (clean_text(note[0]), note[1]) if note else ("", META)
        under = (
            bool(note_text)
            and not self.right_to_left
            and not needs_bidi(chunks[-1] + note_text)
            and not has_link(chunks[-1] + note_text)
        )
        separate_note = bool(note_text) and not under
        flowables = []
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            flowables.append(
                self._one(
                    chunk,
                    style if last and not under else replace(style, space_after=0),
                    (keep_with_next or separate_note) and last and not under,
                    marker if not index else "",
                    composed,
                )
            )
        if under:
            note_flowable = self._one(note_text, _note_under(style, note_style), False, "", True)
            flowables[-1] = ItemWithNote(flowables[-1], note_flowable, keep_with_next)
        if separate_note:
            flowables.append(self._one(note_text, note_style, keep_with_next, "", True))
        return flowables

    def _one(
        self,
        cleaned: str,
        style: TextStyle,
        keep_with_next: bool,
        marker: str,
        composed: bool = False,
    ) -> Flowable:
        """One flowable of cleaned text: ReportLab's Paragraph for plain left-to-right text,
        our own line setting (bidi order, links, URL breaks) for everything else."""
        if self.right_to_left or needs_bidi(cleaned) or has_link(cleaned):
            if composed:
                direction: bool | None = self.right_to_left
            elif self.right_to_left and has_right_to_left(cleaned):
                direction = True
            else:
                direction = None
            return RightToLeftParagraph(
                cleaned,
                size=style.size,
                leading=style.leading,
                bold=style.bold,
                color=style.color,
                indent=style.indent,
                marker=marker,
                space_before=style.space_before,
                space_after=style.space_after,
                keep_with_next=keep_with_next,
                right_to_left=direction,
                align_right=True if self.right_to_left else None,
                marker_width=style.indent - MARKER_GAP if marker else 0,
            )
        bullet = escape_markup(marker) if marker else None
        markup = rich(cleaned, style.bold)
        paragraph_style = self._style(style, keep_with_next, marker)
        return SummaryParagraph(
            markup,
            paragraph_style,
            bulletText=bullet,
            frags=self._fragments.fragments(markup, paragraph_style),
        )
