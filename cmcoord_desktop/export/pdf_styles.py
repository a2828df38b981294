"""The look of a summary (type sizes, colours, spacing) and the one way user text becomes a
flowable: cleaned, escaped, split into font runs, laid out right to left when it is Arabic."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cmcoord_desktop.export.fonts import LATIN, font_runs, has_right_to_left
from cmcoord_desktop.export.pdf_fragments import FragmentMaker
from cmcoord_desktop.export.pdf_list_item import ItemWithNote
from cmcoord_desktop.export.rtl import RightToLeftParagraph
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


CHUNK = 3000


def chunk_text(text: str, size: int = CHUNK) -> list[str]:
    """Text cut at line breaks or spaces into pieces of at most about `size` characters."""
    if len(text) <= size:
        return [text]
    chunks = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = max(text.rfind("\n", start + size // 2, end), text.rfind(" ", start + size // 2, end))
        if cut <= start:
            cut = end
        chunks.append(text[start:cut])
        start = cut + 1 if text[cut : cut + 1] in ("\n", " ") else cut
    chunks.append(text[start:])
    return chunks


class SummaryParagraph(Paragraph):
    """A Paragraph that remembers its last line breaking: keep-with-next groups measure each
    paragraph before the frame does, and breaking the same lines twice doubles the cost."""

    _wrapped_for: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for is not None and self._wrapped_for[0] == availWidth:
            return self._wrapped_for[1], self._wrapped_for[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, width, height)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        self._wrapped_for = None
        return super().split(availWidth, availHeight)


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
LIST_ITEM = TextStyle(10, 13.5, space_after=4, indent=18)
CONTENTS = TextStyle(10, 13.5, indent=18)
META = TextStyle(8.5, 11, color=MUTED, space_after=5, indent=18)
FACTS = TextStyle(9, 12, color=MUTED, space_after=2)
SUBHEADING = TextStyle(10.5, 14, bold=True, color=UN_BLUE, space_before=9, space_after=4)
SESSION_TITLE = TextStyle(14, 18, bold=True, color=INK, space_before=4, space_after=4)
SECTION_TITLE = TextStyle(13, 17, bold=True, color=UN_BLUE, space_before=14, space_after=6)
EVENT_TITLE = TextStyle(22, 27, bold=True, color=INK, space_after=6)
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


class TextMaker:
    """Makes flowables from user text in one document direction (left to right, or Arabic)."""

    def __init__(self, right_to_left: bool, chinese: bool) -> None:
        self.right_to_left = right_to_left
        self.chinese = chinese
        self._styles: dict[tuple[TextStyle, bool, str], ParagraphStyle] = {}
        self._fragments = FragmentMaker()

    def _style(self, style: TextStyle, keep: bool, bullet: str) -> ParagraphStyle:
        key = (style, keep, bool(bullet))
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
                bulletIndent=0,
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
        self, text: str | None, style: TextStyle, keep_with_next: bool = False, marker: str = ""
    ) -> Flowable:
        """A paragraph of short text (a heading, a label); see `texts` for user text."""
        return self._one(clean_text(text), style, keep_with_next, marker)

    def texts(
        self,
        text: str | None,
        style: TextStyle,
        keep_with_next: bool = False,
        marker: str = "",
        note: tuple[str, TextStyle] | None = None,
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
            and not has_right_to_left(chunks[-1] + note_text)
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
                )
            )
        if under:
            note_flowable = self._one(note_text, _note_under(style, note_style), False, "")
            flowables[-1] = ItemWithNote(flowables[-1], note_flowable, keep_with_next)
        if separate_note:
            flowables.append(self._one(note_text, note_style, keep_with_next, ""))
        return flowables

    def _one(self, cleaned: str, style: TextStyle, keep_with_next: bool, marker: str) -> Flowable:
        """One flowable of cleaned text."""
        if self.right_to_left or has_right_to_left(cleaned):
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
                right_to_left=True if self.right_to_left and has_right_to_left(cleaned) else None,
                align_right=True if self.right_to_left else None,
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
