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
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0010fffe\U0010ffff]"
)
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")


def clean_text(text: str | None) -> str:
    """Keep what a person typed, minus what cannot print; line breaks become '\\n', tabs spaces."""
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNPRINTABLE.sub("", text).replace("\t", " ")
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """A one-line value (a title, a name): line breaks become spaces."""
    return " ".join(clean_text(text).split("\n")).strip()


def escape_markup(text: str) -> str:
    """Cleaned text made safe for a ReportLab Paragraph: nothing in it can be read as a tag or
    an entity, and line breaks become <br/>."""
    return escape(text).replace("\n", "<br/>")
