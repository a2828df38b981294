"""User text into Word paragraphs: right-to-left where it is Arabic, language tags per run, fonts
that have the glyphs, and numbered lists that restart for each list.

Word picks a run's font slot from its characters (Latin, East Asian, complex script) and reads
`w:rtl` and `w:lang` to shape, spell-check and hand the text to translators' tools; a paragraph
reads right to left only with `w:bidi`. So each field is cut into runs by direction: Arabic
stretches are right-to-left runs tagged `w:bidi`, the rest tagged with the part's language
(`w:eastAsia` for Chinese).
"""

from __future__ import annotations

import copy
import functools
import unicodedata

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from cmcoord_desktop.export.plain_text import direction_of

# Fonts on every Windows and Mac that Word runs on, with the glyphs of the six UN languages
# (Arial has Latin, Cyrillic and Arabic); LibreOffice falls back to what it has, per glyph.
LATIN_FONT = "Arial"
ARABIC_FONT = "Arial"
CHINESE_FONT = "Microsoft YaHei"
MUTED = "4A4A4A"  # the colour of a next step's owner, due date and status
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Word's language tags (a region is expected: "en" alone is not offered in its menus).
_WORD_LANGUAGE = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ru": "ru-RU",
    "ar": "ar-SA",
    "zh": "zh-CN",
}


def word_language(language: str) -> str:
    code = (language or "en").lower().split("-", 1)[0]
    return _WORD_LANGUAGE.get(code, language or "en-GB")


def _is_right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL", "AN")


def _is_left_to_right(char: str) -> bool:
    return unicodedata.bidirectional(char) == "L"


def direction_runs(text: str) -> list[tuple[str, bool]]:
    """The text cut where its direction changes: (piece, right_to_left). Spaces, digits and
    punctuation go with the piece before them."""
    if text.isascii() or not any(_is_right_to_left(c) for c in text):
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    rtl: bool | None = None
    for char in text:
        if _is_right_to_left(char):
            strong: bool | None = True
        elif _is_left_to_right(char):
            strong = False
        else:
            strong = None
        if strong is not None and rtl is not None and strong != rtl and current:
            runs.append(("".join(current), rtl))
            current = []
        if strong is not None:
            rtl = strong
        current.append(char)
    if current:
        runs.append(("".join(current), bool(rtl)))
    return runs


def _run_properties(right_to_left: bool, language: str, muted: bool, bold: bool) -> BaseOxmlElement:
    """A run's properties, in the order Word's schema wants them."""
    properties = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    properties.append(fonts)
    if bold:
        properties.append(OxmlElement("w:b"))
        properties.append(OxmlElement("w:bCs"))
    if muted:
        properties.append(OxmlElement("w:i"))
        properties.append(OxmlElement("w:iCs"))
        color = OxmlElement("w:color")
        color.set(qn("w:val"), MUTED)
        properties.append(color)
        for tag in ("w:sz", "w:szCs"):
            size = OxmlElement(tag)
            size.set(qn("w:val"), "19")  # half-points: 9.5 pt
            properties.append(size)
    if right_to_left:
        properties.append(OxmlElement("w:rtl"))
    tag = OxmlElement("w:lang")
    if right_to_left:
        fonts.set(qn("w:cs"), ARABIC_FONT)
        tag.set(qn("w:bidi"), word_language("ar"))
    elif language.startswith("zh"):
        fonts.set(qn("w:eastAsia"), CHINESE_FONT)
        fonts.set(qn("w:hint"), "eastAsia")
        tag.set(qn("w:eastAsia"), word_language("zh"))
        tag.set(qn("w:val"), word_language("en"))
    else:
        tag.set(qn("w:val"), word_language(language))
    properties.append(tag)
    return properties


@functools.cache
def _template(right_to_left: bool, language: str, muted: bool, bold: bool) -> BaseOxmlElement:
    return _run_properties(right_to_left, language, muted, bold)


def add_text(
    paragraph: Paragraph, text: str, language: str, muted: bool = False, bold: bool = False
) -> None:
    """Runs for `text` (line breaks kept) in the language of the part they belong to. Built as
    XML directly: python-docx's run helpers search for each property's place one at a time,
    which was most of a 2,000-session export."""
    p = paragraph._p
    for piece, right_to_left in direction_runs(text):
        run = p.makeelement(qn("w:r"), {})
        run.append(copy.deepcopy(_template(right_to_left, language, muted, bold)))
        for number, line in enumerate(piece.split("\n")):
            if number:
                run.append(run.makeelement(qn("w:br"), {}))
            if line:
                piece_text = run.makeelement(qn("w:t"), {})
                piece_text.text = line
                piece_text.set(_SPACE, "preserve")
                run.append(piece_text)
        p.append(run)


def set_direction(paragraph: Paragraph, text: str) -> None:
    """The paragraph reads right to left when its text starts with right-to-left letters."""
    if direction_of(text) == "rtl":
        properties = paragraph._p.get_or_add_pPr()
        if properties.find(qn("w:bidi")) is None:
            properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


# What may follow w:bidi in a paragraph's properties (Word refuses them out of order).
_AFTER_BIDI = tuple(
    f"w:{name}"
    for name in [
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)


def use_fonts_with_glyphs(document: Document, language: str) -> None:
    """Every style's fonts named (theme fonts dropped: a theme's Arabic font may be empty) and
    the document's default language set, so a new paragraph a colleague types is tagged too."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for slot in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{slot}"), None)
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), CHINESE_FONT)
        fonts.set(qn("w:cs"), ARABIC_FONT)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for tag in defaults.iter(qn("w:lang")):
            tag.set(qn("w:val"), word_language(language))
            tag.set(qn("w:eastAsia"), word_language("zh"))
            tag.set(qn("w:bidi"), word_language("ar"))


class ListNumbers:
    """Numbered lists in the "List Number" style, each starting again at 1: Word continues one
    numbering across the whole document unless each list has its own numbering instance."""

    def __init__(self, document: Document) -> None:
        self._numbering = document.part.numbering_part.numbering_definitions._numbering
        style = document.styles["List Number"]
        style_num = style.element.pPr.numPr.numId.val
        self._abstract = self._numbering.num_having_numId(style_num).abstractNumId.val

    def new_list(self) -> int:
        num = self._numbering.add_num(self._abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)

    @staticmethod
    def number(paragraph: Paragraph, list_id: int) -> None:
        """Put the paragraph in list `list_id` (its style's own numbering, level 1)."""
        properties = paragraph._p.get_or_add_pPr()
        numbers = properties.makeelement(qn("w:numPr"), {})
        for tag, value in (("w:ilvl", 0), ("w:numId", list_id)):
            child = numbers.makeelement(qn(tag), {qn("w:val"): str(value)})
            numbers.append(child)
        style = properties.find(qn("w:pStyle"))
        if style is not None:  # numPr follows pStyle (and the keep-* flags we never set)
            style.addnext(numbers)
        else:
            properties.insert(0, numbers)


def field_char(kind: str) -> BaseOxmlElement:
    """A run marking where a field begins, its result starts ("separate") or it ends."""
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def instruction(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = text
    run.append(code)
    return run


# What may follow w:bidiVisual in a table's properties (Word refuses them out of order).
AFTER_BIDI_VISUAL = tuple(
    f"w:{name}"
    for name in [
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
        "tblPrChange",
    ]
)
