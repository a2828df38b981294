"""The web pages and Markdown that must not change by a byte when only their speed does.

Written once from main's code before the html and md exports were made faster, kept under
tests/export/format_references/, and compared by test_format_references.py:

python -m tests.export.format_references tests/export/format_references
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from cmcoord_desktop.export.html_event import PageOptions
from cmcoord_desktop.export.html_summary import summary_html
from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    MarketplaceTable,
    NextStep,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.docs_pages import six_languages
from tests.export.summaries import demo_events_summary, demo_summary

# A real 1 x 1 PNG: a slide small enough to keep the reference files short.
_PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
    "0000000a49444154789c63f80f00010101001846f4f60000000049454e44ae426082"
)

# Every kind of text the per-field work treats specially, so a fast path for plain text
# cannot hide a change to the slow one: controls, line breaks of every kind, decomposed
# accents (NFC), bidi embeddings and overrides (open, closed, unmatched), isolates, markup,
# entities, Markdown's own characters, links, tabs, Arabic, Chinese, Cyrillic and emoji.
_TRICKY = (
    "bell\x07 escape\x1b[31m null\x00 del\x7f c1\x85 next line",
    "crlf\r\nline\rbreak\u2028separator\u2029paragraph\x0bvertical\x0cfeed",
    "de\u0301composed Cafe\u0301 A\u030angstro\u0308m",
    "over\u202eride gnp.exe\u202c then \u202bembedded\u202a nested \u202d open",
    "unmatched\u202c closer \u2069 and \u2066isolate\u2069 \u2068first strong",
    "line one \u202e open\nline two",
    "<b>bold</b> <img src=x> &amp; &#123; & < > \" '",
    "*stars* _under_ `code` [link](http://x) # hash | pipe \\ back ~tilde~ ![img](y)",
    "1. not a list\n- not a bullet\n> not a quote\n    four spaces\n---",
    "See https://www.unocha.org/cmcoord and mailto:cmcs@un.org: or javascript:alert(1)",
    "tab\there and\ttabs",
    "الأمم المتحدة \u202e تنسيق",
    "联合国 人道主义 协调",
    "Организация Объединённых Наций",
    "emoji 😀🇺🇳 zero-width joiner 👩\u200d⚕️ nbsp\u00a0here",
    "\ufdd0\ufffe\uffff\U0010ffff non-characters \ud800 lone surrogate",
    "   leading and trailing spaces   ",
    "",
)


def tricky_summary() -> EventSummary:
    """An event whose every field holds text the cleaning, bidi and escaping rules change."""

    def session(n: int, text: str) -> SessionSummary:
        return SessionSummary(
            id=f"t{n}",
            title=text or "untitled",
            date=dt.date(2017, 2, 7),
            start_time=dt.time(9, 30),
            end_time=dt.time(11),
            format=text,
            delegates=n,
            panel=text,
            notes=text,
            outcomes=(text, *_TRICKY[n : n + 2]),
            next_steps=(NextStep(text, text, dt.date(2017, 3, 1), text),),
            tables=(MarketplaceTable(text, text, text, (text, _TRICKY[n - 1])),),
            slides=(
                Slide(_PIXEL, f"{n}.png", "image/png", text),
                Slide(b"", f"{n}-gone.png", "image/png", text, removed=True),
            ),
            track=text if n % 3 else "",
        )

    return EventSummary(
        id="tricky",
        title="Tricky \u202etext\u202c & <wild> *event*\x07",
        series=_TRICKY[0],
        kind=_TRICKY[3],
        host=_TRICKY[1],
        city=_TRICKY[2],
        country=_TRICKY[11],
        platform=_TRICKY[9],
        platform_link="https://example.org/room?a=1&b=<2>",
        start_date=dt.date(2017, 2, 7),
        end_date=dt.date(2017, 2, 10),
        participants=1234,
        description="\n".join(_TRICKY),
        language="en",
        outcomes=_TRICKY,
        next_steps=tuple(NextStep(t, t, None, t) for t in _TRICKY[:4]),
        sessions=tuple(session(n, text) for n, text in enumerate(_TRICKY)),
    )


def references() -> Iterator[tuple[str, str]]:
    """(file name, text) for each reference: the demo, its three events, the six-language event
    (headings in English, Arabic and Chinese) and the tricky event, as pages, bodies and Markdown."""
    notes = SummaryOptions(notes=True, author="A. Author")
    summaries = [
        ("demo", lambda: demo_summary()),
        ("demo-events", lambda: demo_events_summary()),
        ("six-en", lambda: six_languages("en")),
        ("six-ar", lambda: six_languages("ar")),
        ("six-zh", lambda: six_languages("zh")),
        ("tricky", tricky_summary),
    ]
    for name, make in summaries:
        summary = make()
        yield f"{name}.html", summary_html(summary)
        yield f"{name}-body.html", summary_html(summary, notes, PageOptions(body_only=True))
        yield f"{name}.md", summary_markdown(summary)
        yield f"{name}-notes.md", summary_markdown(summary, notes)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in references():
        (folder / name).write_bytes(text.encode("utf-8", "surrogatepass"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
