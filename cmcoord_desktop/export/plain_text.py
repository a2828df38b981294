"""User text made safe for formats that keep Unicode as it is (web page, Word, e-mail, Markdown).

A bidi override (RLO, U+202E) pasted into an outcome reorders everything after it in most
renderers ("gnp.exe" tricks); an embedding left open leaks into the next field. Unicode's own
advice (UAX #9, section 6.3) is to use isolates instead: they keep the direction the writer
asked for and cannot leak. So embeddings and overrides become the matching isolates, and every
field closes the isolates it opens.
"""

from __future__ import annotations

import re
import unicodedata

from cmcoord_desktop.export.headings import Headings
from cmcoord_desktop.export.summary_data import EventSummary
from cmcoord_desktop.export.text_safety import clean_line, clean_text

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_OPENERS = {"\u202a": LRI, "\u202d": LRI, "\u202b": RLI, "\u202e": RLI, LRI: LRI, RLI: RLI}
_OPENERS[FSI] = FSI
_CLOSERS = {"\u202c", PDI}
_ASCII_LETTER = re.compile("[A-Za-z]")
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")


def bidi_safe(text: str) -> str:
    """Embeddings and overrides turned into isolates; unmatched closers dropped; open ones closed
    at the end of the text, and at every line break (a paragraph ends them in Unicode too)."""
    if text.isascii() or _BIDI_CONTROLS.search(text) is None:
        return text  # the common case: nothing to do, no copy
    out: list[str] = []
    depth = 0
    for char in text:
        if char in _OPENERS:
            out.append(_OPENERS[char])
            depth += 1
        elif char in _CLOSERS:
            if depth:
                out.append(PDI)
                depth -= 1
        elif char == "\n":
            out.append(PDI * depth + "\n")
            depth = 0
        else:
            out.append(char)
    out.append(PDI * depth)
    return "".join(out)


def safe_text(text: str | None) -> str:
    """Multi-line user text: unprintable characters gone, bidi controls made harmless."""
    if text and text.isascii():  # no bidi control can be there
        return clean_text(text)
    return bidi_safe(clean_text(text))


def safe_line(text: str | None) -> str:
    """A one-line user value (title, name): as `safe_text`, line breaks become spaces."""
    # Most values: ASCII (no bidi control, already NFC) with no control character (no line
    # break, nothing to clean) are their own safe line once stripped.
    # (For ASCII text, `isprintable` is exactly "none of text_safety.ASCII_CONTROLS", with no
    # bytes made and no table built, which is most of the cost for a short name.)
    if text and text.isascii() and text.isprintable():
        return text.strip()
    return bidi_safe(clean_line(text))


def isolated(text: str) -> str:
    """A value set inside a sentence of another direction ("Owner: النرويج"), kept in its own
    direction by first-strong isolates, as Unicode recommends for plain text."""
    return f"{FSI}{text}{PDI}" if text else text


# The scripts whose language we can tell from the letters alone.
_SCRIPT_LANGUAGE = {"ARABIC": "ar", "CJK": "zh", "CYRILLIC": "ru"}
_LATIN_LANGUAGES = {"en", "fr", "es"}


def _script(code: int) -> str:
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "LATIN"
    if 0x400 <= code <= 0x52F:
        return "CYRILLIC"
    if 0x600 <= code <= 0x8FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "ARABIC"
    if 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return "CJK"
    if 0x20000 <= code <= 0x3FFFF:
        return "CJK"
    return "OTHER"


def script_of(text: str, sample: int = 400) -> str:
    """ "ARABIC", "CJK", "CYRILLIC", "LATIN", "OTHER" or "" (no letters): the script of most of
    the text's first `sample` letters."""
    if text.isascii():  # most text: decided without looking at each letter's block
        return "LATIN" if _ASCII_LETTER.search(text) else ""
    counts: dict[str, int] = {}
    seen = 0
    for char in text:
        if not char.isalpha():
            continue
        script = _script(ord(char))
        counts[script] = counts.get(script, 0) + 1
        seen += 1
        if seen >= sample:
            break
    return max(counts, key=lambda s: counts[s]) if counts else ""


def language_of(text: str, around: str) -> str:
    """The language tag of a text inside a part written in `around`: the surrounding language
    unless the text's letters are of another script. Latin letters cannot tell English from
    French, so Latin text in a Latin-script event keeps the event's language, and in an Arabic,
    Chinese or Russian event it is taken as English (the UN's working language, and the language
    of most acronyms and names in these workshops)."""
    if around in _LATIN_LANGUAGES and text.isascii():
        return around  # most fields: Latin letters or none, in a Latin-script part
    around = (around or "en").lower()
    base = around.split("-", 1)[0]
    script = script_of(text)
    if not script:
        return around
    if script == "LATIN":
        return around if base in _LATIN_LANGUAGES else "en"
    language = _SCRIPT_LANGUAGE.get(script)
    if language is None or language == base:
        return around
    return language


def is_right_to_left(language: str) -> bool:
    return (language or "").lower().split("-", 1)[0] in ("ar", "he", "fa", "ur")


def direction_of(text: str) -> str:
    """ "rtl" or "ltr" from the first strong letter, as a browser's dir="auto" decides (for a
    container whose items carry their own dir, which dir="auto" would skip)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


def event_facts(summary: EventSummary, h: Headings) -> list[tuple[str, str]]:
    """The event's facts as every text format lists them, label and value, only those with a
    value: host, place, online platform, dates, participants (as the language writes numbers)."""
    s = summary
    place = ", ".join(safe_line(p) for p in (s.city, s.country) if p.strip())
    rows = [
        (h.host, safe_line(s.host)),
        (h.place, place),
        (h.online, " ".join(safe_line(p) for p in (s.platform, s.platform_link) if p)),
        (h.dates, h.format_dates(s.start_date, s.end_date)),
        (h.participants, "" if s.participants is None else h.format_number(s.participants)),
    ]
    return [(label, value) for label, value in rows if value]
