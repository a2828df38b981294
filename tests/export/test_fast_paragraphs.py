"""The export's shortcuts print exactly what the plain ReportLab way prints.

Paragraph fragments are copied from a once-parsed shape of our markup instead of parsing each
paragraph (`FragmentMaker`), and a next step's note line is its own paragraph under the item
(`ItemWithNote`) instead of a smaller last line of the item's paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from cmcoord_desktop.export.fonts import LATIN, register_fonts
from cmcoord_desktop.export.pdf_fragments import FragmentMaker
from cmcoord_desktop.export.pdf_list_item import ItemWithNote
from cmcoord_desktop.export.pdf_styles import (
    LIST_ITEM,
    META,
    SummaryParagraph,
    TextMaker,
    rich,
)
from cmcoord_desktop.export.text_safety import clean_text

register_fonts()

CORPUS = [
    "Plain words, nothing else.",
    "  leading and trailing spaces  ",
    "runs   of\t\tspaces and\u00a0no-break\u00a0spaces, a zero\u200bwidth one",
    "line one\nline two\n\n  line four after an empty one\n",
    'Markup is data: <b>bold</b> <font name="x">f</font> <img src="/etc/passwd"/> & &amp; &#1;',
    "a < b > c & d ; &lt; &gt; &quot;",
    "Mixed scripts: Résumé, Привет, 中文会议 and 😀 emoji, ∑ symbols",
    "Partly Chinese 会议纪要 then Latin again\nand 第二行",
    "x" * 700 + " " + "word " * 300,
    " ",
    "",
]

STYLE = ParagraphStyle(
    "body", fontName=LATIN.regular, fontSize=10, leading=13.5, bulletFontName=LATIN.regular
)
BOLD = ParagraphStyle("bold", parent=STYLE, fontName=LATIN.bold)
NOTE_MARKUP = '<br/><font size="8.5" color="#5a6470">{}</font>'


def _merged(frags: list) -> list[tuple[str, dict]]:
    """Fragments as (text, other attributes), neighbours of identical attributes joined (the
    parser cuts text at every entity; the shortcut does not)."""
    merged: list[tuple[str, dict]] = []
    for frag in frags:
        attributes = {k: v for k, v in frag.__dict__.items() if k != "text"}
        if merged and merged[-1][1] == attributes and not attributes.get("lineBreak"):
            merged[-1] = (merged[-1][0] + frag.text, attributes)
        else:
            merged.append((frag.text, attributes))
    return merged


def _parsed(markup: str, style: ParagraphStyle) -> list:
    _, frags, _ = ParaParser().parse(cleanBlockQuotedText(markup), style)
    return frags


def _markups(text: str) -> list[tuple[str, ParagraphStyle]]:
    cleaned = clean_text(text)
    return [
        (rich(cleaned), STYLE),
        (rich(cleaned, bold=True), BOLD),
        (rich(cleaned) + NOTE_MARKUP.format(rich("Owner: " + cleaned)), STYLE),
    ]


def test_copied_fragments_equal_parsed_ones_for_the_corpus() -> None:
    maker = FragmentMaker()
    for text in CORPUS:
        for markup, style in _markups(text):
            fast = maker.fragments(markup, style)
            assert fast is not None, markup
            assert _merged(fast) == _merged(_parsed(markup, style)), markup


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab <>&;#\"'=/\n\t\r\u00a0\u200b\u3000é中ال😀\x00\x85"))
        | st.characters(),
        max_size=40,
    )
)
def test_copied_fragments_equal_parsed_ones_for_any_text(text: str) -> None:
    maker = FragmentMaker()
    for markup, style in _markups(text):
        fast = maker.fragments(markup, style)
        assert fast is not None
        assert _merged(fast) == _merged(_parsed(markup, style))


def _words(path: Path) -> list[tuple[str, float, float, str, float]]:
    with pdfplumber.open(path) as pdf:
        return [
            (w["text"], round(w["x0"], 2), round(w["top"], 2), w["fontname"], round(w["size"], 2))
            for page in pdf.pages
            for w in page.extract_words(extra_attrs=["fontname", "size"])
        ]


def test_copied_fragments_print_the_same_words_in_the_same_places(tmp_path: Path) -> None:
    maker = FragmentMaker()
    parsed, copied = [], []
    for text in CORPUS:
        for markup, style in _markups(text):
            parsed.append(Paragraph(markup, style, bulletText="1."))
            copied.append(
                SummaryParagraph(
                    markup, style, bulletText="1.", frags=maker.fragments(markup, style)
                )
            )
    SimpleDocTemplate(str(tmp_path / "parsed.pdf"), pagesize=A4).build(parsed)
    SimpleDocTemplate(str(tmp_path / "copied.pdf"), pagesize=A4).build(copied)
    words = _words(tmp_path / "parsed.pdf")
    assert len(words) > 500
    assert _words(tmp_path / "copied.pdf") == words


STEP = "Design the humanitarian-military gateway with technical partners and the clusters."
NOTE = "Owner: CMCS · Due: 29 September 2017 · Status: in progress"


def test_note_stands_where_it_stood_as_the_items_smaller_last_line(tmp_path: Path) -> None:
    maker = TextMaker(right_to_left=False, chinese=False)
    # What the export printed before: one paragraph, the note a smaller line of the item.
    style = maker._style(LIST_ITEM, False, "1.")
    color = META.color.hexval().replace("0x", "#")
    one = Paragraph(
        rich(STEP * 2) + f'<br/><font size="{META.size}" color="{color}">{rich(NOTE)}</font>',
        style,
        bulletText="1.",
    )
    (item,) = maker.texts(STEP * 2, LIST_ITEM, marker="1.", note=(NOTE, META))
    assert isinstance(item, ItemWithNote)
    after = maker.text("Next", LIST_ITEM)
    SimpleDocTemplate(str(tmp_path / "one.pdf"), pagesize=A4).build([one, after])
    after = maker.text("Next", LIST_ITEM)
    SimpleDocTemplate(str(tmp_path / "two.pdf"), pagesize=A4).build([item, after])
    words = _words(tmp_path / "one.pdf")
    assert any(w[0] == "Owner:" and w[4] == META.size for w in words)
    assert _words(tmp_path / "two.pdf") == words


def _pages_of(path: Path, word: str) -> list[int]:
    with pdfplumber.open(path) as pdf:
        return [n for n, page in enumerate(pdf.pages) if word in (page.extract_text() or "")]


def test_note_goes_on_with_the_end_of_its_item_across_a_page(tmp_path: Path) -> None:
    maker = TextMaker(right_to_left=False, chinese=False)
    long_step = " ".join(f"step{n}" for n in range(120)) + " lastword"
    frame_height = A4[1] - 2 * 72
    for room in (30, 60, 90):  # the item's first lines fit, or only the item, or nothing
        (item,) = maker.texts(long_step, LIST_ITEM, marker="1.", note=(NOTE, META))
        story = [Spacer(1, frame_height - room), item]
        out = tmp_path / f"split-{room}.pdf"
        SimpleDocTemplate(str(out), pagesize=A4).build(story)
        assert _pages_of(out, "lastword") == _pages_of(out, "Owner:") == [1]
        text = "\n".join(page.extract_text() for page in pdfplumber.open(out).pages)
        assert text.index("lastword") < text.index("Owner:")
        assert "step0" in text and "step119" in text
        if room == 90:  # room for a few lines: they stay, the rest goes on with the note
            assert _pages_of(out, "step0") == [0]
