"""User text is data, never markup: clean it, then escape it for ReportLab's paragraph parser.

Records come from colleagues' laptops through a shared file, so a title or an outcome may hold
anything: `<img src=...>` (which would embed a local file), `<a href="javascript:...">`, an
unclosed `<b>`, control characters. Everything a person typed prints literally.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

# C0/C1 controls except tab and newline, lone surrogates, and non-characters: none can print.
UNPRINTABLE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0010fffe\U0010ffff"
)
_UNPRINTABLE = re.compile(f"[{UNPRINTABLE}]")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
# Every character clean_text changes (the line breaks other than "\n" are all unprintable
# but U+2028 and U+2029): most fields hold none, and skip the substitutions.
NEEDS_CLEANING = f"\t\u2028\u2029{UNPRINTABLE}"
_NEEDS_CLEANING = re.compile(f"[{NEEDS_CLEANING}]")
# The same for ASCII text, as bytes: the controls but "\n". Whether a field holds any is
# `len(raw.translate(None, these)) == len(raw)` on its ASCII bytes: deleting through bytes'
# 256-entry table is several times quicker than a regex's character class on a field of a few
# hundred characters, and most fields are ASCII. Written out where it runs (once per field).
ASCII_CONTROLS = bytes(range(32)) + b"\x7f"
_ASCII_NEEDS_CLEANING = ASCII_CONTROLS.replace(b"\n", b"")


def clean_text(text: str | None) -> str:
    """Keep what a person typed, minus what cannot print; line breaks become '\\n', tabs spaces."""
    if not text:
        return ""
    if text.isascii():  # no NFC to apply, and most often nothing to clean
        if text.isprintable():  # in ASCII: none of ASCII_CONTROLS, not even a line break
            return text
        raw = text.encode("ascii")  # see ASCII_CONTROLS
        return (
            text if len(raw.translate(None, _ASCII_NEEDS_CLEANING)) == len(raw) else _cleaned(text)
        )
    if _NEEDS_CLEANING.search(text) is not None:
        text = _cleaned(text)
    return unicodedata.normalize("NFC", text)


def _cleaned(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    return _UNPRINTABLE.sub("", text).replace("\t", " ")


def clean_line(text: str | None) -> str:
    """A one-line value (a title, a name): line breaks become spaces."""
    text = clean_text(text)
    return (text.replace("\n", " ") if "\n" in text else text).strip()


def escape_markup(text: str) -> str:
    """Cleaned text made safe for a ReportLab Paragraph: nothing in it can be read as a tag or
    an entity, and line breaks become <br/>."""
    return escape(text).replace("\n", "<br/>")
