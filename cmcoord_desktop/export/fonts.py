"""The bundled fonts, registered once, and which font prints each run of text.

No single TrueType font covers all six UN languages, so text is split into runs and each run gets
the first font that has a glyph for it: Noto Sans (Latin, Cyrillic), Noto Sans Arabic, WenQuanYi
Micro Hei (Chinese), DejaVu Sans for symbols, then two subsets made by
scripts/make_symbol_font.py for what those lack: Noto Emoji (monochrome) and Noto Sans Symbols 2.
Spaces, digits and punctuation stay with the run around them so a sentence is not chopped into
needless pieces.

Emoji print in the emoji font when they are asked for as emoji: typed with U+FE0F after them
("⚠️") or from the supplementary planes (👍). The joiners and selectors inside emoji sequences
(U+200D, U+FE0E, U+FE0F, tags) stay in the run, where they print nothing but are copied with the
text; a ZWJ sequence (👩‍⚕️) therefore prints as its parts, and a flag as its two letters.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any, TypedDict, cast
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cmcoord_desktop.core.paths import resources_dir


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str


LATIN = FontFamily("CMCoord-Sans", "CMCoord-Sans-Bold")
ARABIC = FontFamily("CMCoord-Arabic", "CMCoord-Arabic-Bold")
CJK = FontFamily("CMCoord-CJK", "CMCoord-CJK")  # WenQuanYi has no bold face
SYMBOLS = FontFamily("CMCoord-Symbols", "CMCoord-Symbols")
EMOJI = FontFamily("CMCoord-Emoji", "CMCoord-Emoji")
MORE_SYMBOLS = FontFamily("CMCoord-Symbols2", "CMCoord-Symbols2")

# Only Arabic is shaped (joined letters); Latin, Cyrillic and Chinese print glyph by glyph.
# Most preferred first; the Latin family doubles as the last resort for a missing glyph.
FAMILIES = (LATIN, ARABIC, CJK, SYMBOLS, EMOJI, MORE_SYMBOLS)

EMOJI_SELECTOR = "\ufe0f"
# Invisible parts of emoji sequences: ZWJ, the two presentation selectors, the tags of flags
# such as England's. They follow the run they stand in when its font has them.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f" + "".join(map(chr, range(0xE0020, 0xE0080))))


class _FontOptions(TypedDict, total=False):
    subfontIndex: int  # which font of a collection (.ttc)
    shapable: bool  # shaped by HarfBuzz (joined letters, contextual forms)


_FILES: dict[str, tuple[str, _FontOptions]] = {
    "CMCoord-Sans": ("NotoSans-Regular.ttf", {"shapable": False}),
    "CMCoord-Sans-Bold": ("NotoSans-Bold.ttf", {"shapable": False}),
    "CMCoord-Arabic": ("NotoSansArabic-Regular.ttf", {"shapable": True}),
    "CMCoord-Arabic-Bold": ("NotoSansArabic-Bold.ttf", {"shapable": True}),
    "CMCoord-CJK": ("wqy-microhei.ttc", {"subfontIndex": 0, "shapable": False}),
    "CMCoord-Symbols": ("DejaVuSans.ttf", {"shapable": False}),
    "CMCoord-Emoji": ("CMCoordEmoji-Regular.ttf", {"shapable": False}),
    "CMCoord-Symbols2": ("CMCoordSymbols-Regular.ttf", {"shapable": False}),
}

_lock = threading.Lock()


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


class SummaryFont(TTFont):
    """A TrueType font whose ToUnicode map also spells characters beyond U+FFFF (emoji, rare
    CJK) as UTF-16, so they are copied and searched as typed; ReportLab writes them as five hex
    digits, which readers decode as garbage."""

    def __init__(
        self,
        name: str,
        filename: str,
        subfontIndex: int = 0,
        shapable: bool = True,
    ) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex, shapable=shapable)
        # What the font really has: missing characters are added to its map below.
        self.covered: frozenset[int] = frozenset(self.face.charToGlyph)
        self._known = {chr(code) for code in self.face.charToGlyph}  # grows with the misses
        self._first_subset: WeakKeyDictionary[Any, _FirstSubset] = WeakKeyDictionary()

    def splitString(  # noqa: N802
        self, text: str, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        """ReportLab gives every character the font lacks code 0 of subset 0, so it leaves the
        text layer as NUL. Give each one a code of its own, drawn as the font's missing-glyph
        box and mapped to the character in ToUnicode: the page shows that something is
        missing, and copying, searching and reading aloud still get the text as typed.

        Text whose every character already has its code in the document's first subset (all
        of a Latin summary after its first lines) is encoded in one step, with the codes
        ReportLab gave them: ReportLab's own loop, a character at a time, was a tenth of an
        export. Anything else (a new character, another subset, bytes) goes its way."""
        first = self._first_subset.get(doc)
        if first is not None and isinstance(text, str) and first.chars.issuperset(text):
            return [(0, text.translate(first.codes).encode("latin-1"))] if text else []
        if not self._known.issuperset(text):
            char_to_glyph = self.face.charToGlyph
            for char in set(text) - self._known:
                char_to_glyph.setdefault(ord(char), 0)
                self._known.add(char)
        split = super().splitString(text, doc, encoding)
        assignments: dict[int, int] = cast(Any, self.state[doc]).assignments
        if first is None:
            first = self._first_subset[doc] = _FirstSubset()
        if len(assignments) != first.assigned:
            first.learn(assignments)
        return split

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if not any(code > 0xFFFF for code in subset):
                continue
            base = b"".join((ttfonts.SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject.get("toUnicodeCMap:" + base.decode("pdfdoc"))
            if stream is not None:
                stream.content = _to_unicode_cmap(stream.content, subset)


class _FirstSubset:
    """The characters with a code in a document's first subset of a font, and those codes (a
    table for `str.translate`), as ReportLab's `TTFont.State.assignments` gives them. Its
    assignments are only ever added to (a dict keeps their order), so each call learns only
    the new ones."""

    __slots__ = ("assigned", "chars", "codes")

    def __init__(self) -> None:
        self.assigned = 0  # how many of the assignments are learnt
        self.chars: set[str] = set()
        self.codes: dict[int, int] = {}

    def learn(self, assignments: dict[int, int]) -> None:
        for char, code in islice(assignments.items(), self.assigned, None):
            if code < 256:
                self.codes[char] = code
                self.chars.add(chr(char))
                if char == 32:  # ReportLab prints a no-break space as a space
                    self.codes[0xA0] = code
                    self.chars.add("\xa0")
        self.assigned = len(assignments)


def _to_unicode_cmap(cmap: str, subset: list[int]) -> str:
    """ReportLab's CMap with each code mapped to its character's UTF-16 code units."""
    lines = cmap.split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[first : first + len(subset)] = [
        f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)
    ]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process; safe from any thread)."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, (filename, options) in _FILES.items():
            if name not in registered:
                path = resources_dir() / "fonts" / filename
                pdfmetrics.registerFont(SummaryFont(name, str(path), **options))
        pdfmetrics.registerFontFamily(
            LATIN.regular,
            normal=LATIN.regular,
            bold=LATIN.bold,
            italic=LATIN.regular,
            boldItalic=LATIN.bold,
        )


def summary_font(font_name: str) -> SummaryFont:
    """One of the bundled fonts, by its registered name (after register_fonts)."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, SummaryFont):
        raise LookupError(f"{font_name} is not one of the summary's own fonts")
    return font


@cache
def _covers(font_name: str, char: str) -> bool:
    return ord(char) in summary_font(font_name).covered


# Characters that print nothing anyway: controls, joiners, selectors, spaces, bidi marks.
_SILENT_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def is_missing(char: str) -> bool:
    """Whether no bundled font has a glyph for this visible character."""
    if unicodedata.category(char) in _SILENT_CATEGORIES or char in _JOINERS:
        return False
    if "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef":
        return False
    return not any(_covers(family.regular, char) for family in FAMILIES)


def missing_characters(text: str) -> str:
    """The distinct characters of the text that no bundled font can print, in order."""
    if text.isascii():
        return ""
    latin = _latin_characters()
    seen: dict[str, None] = {}
    for char in text:
        if char not in latin and char not in seen and is_missing(char):
            seen[char] = None
    return "".join(seen)


def _is_neutral(char: str) -> bool:
    """Characters any font may print: they follow the run they stand in."""
    category = unicodedata.category(char)
    return char.isspace() or category[0] in "PNZS" and ord(char) < 0x3000 and not _is_arabic(char)


def _is_arabic(char: str) -> bool:
    return (
        "\u0600" <= char <= "\u06ff"
        or "\u0750" <= char <= "\u077f"
        or ("\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff")
    )


def family_for(char: str) -> FontFamily:
    """The first family with a glyph for this character (the Latin one if none has)."""
    for family in FAMILIES:
        if _covers(family.regular, char):
            return family
    return LATIN


@cache
def _latin_characters() -> frozenset[str]:
    return frozenset(chr(code) for code in summary_font(LATIN.regular).covered)


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs, each printable by one font."""
    if text.isascii() or _latin_characters().issuperset(text):  # most text: one run, quickly
        return [(LATIN.bold if bold else LATIN.regular, text)] if text else []
    runs: list[tuple[str, str]] = []
    current: FontFamily | None = None
    start = 0
    selectors = EMOJI_SELECTOR in text
    for index, char in enumerate(text):
        if char >= "\U0001f000" or selectors and text[index + 1 : index + 2] == EMOJI_SELECTOR:
            # Asked for as an emoji.
            family = EMOJI if _covers(EMOJI.regular, char) else family_for(char)
        elif (
            current is not None
            and (char in _JOINERS or _is_neutral(char))
            and _covers(current.regular, char)
        ):
            continue
        elif char in _JOINERS:
            family = EMOJI  # it has them all, with no outline and no width
        else:
            family = family_for(char)
        if family is not current:
            if current is not None and index > start:
                runs.append((current.bold if bold else current.regular, text[start:index]))
                start = index
            elif current is None:
                start = 0
            current = family
    if current is not None and len(text) > start:
        runs.append((current.bold if bold else current.regular, text[start:]))
    return runs


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan ... and their presentation forms.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def has_right_to_left(text: str) -> bool:
    """Whether the text holds Arabic or Hebrew letters, which need the right-to-left layout."""
    return _RIGHT_TO_LEFT.search(text) is not None
