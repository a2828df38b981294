"""The web page's shortcuts for plain fields give what the full work gives, and the page is built
with the cycle collector paused (and it is running again afterwards)."""

from __future__ import annotations

import gc
import xml.etree.ElementTree as ET
from pathlib import Path

from cmcoord_desktop.export.html_event import _LINK, _may_hold_link, add_text
from cmcoord_desktop.export.html_summary import export_event_html
from cmcoord_desktop.export.plain_text import bidi_safe, language_of, safe_line, safe_text
from cmcoord_desktop.export.text_safety import clean_line, clean_text
from tests.export.summaries import demo_summary

ASCII = [chr(code) for code in range(128)]


def test_every_ascii_character_is_cleaned_as_by_the_full_work() -> None:
    for char in ASCII:
        for text in (f"a{char}b", f" {char} ", char, f"Owner{char}"):
            assert safe_line(text) == bidi_safe(clean_line(text)), repr(text)
            assert safe_text(text) == bidi_safe(clean_text(text)), repr(text)


def test_ascii_text_in_a_latin_part_keeps_its_language_and_elsewhere_is_english() -> None:
    for around in ("en", "fr", "es"):
        assert language_of("CMCS 2017", around) == around
        assert language_of("2017 - 30", around) == around
    assert language_of("CMCS", "ar") == "en"
    assert language_of("2017", "ar") == "ar"
    assert language_of("CMCS", "EN") == "en"


def test_no_link_is_missed_by_the_quick_test() -> None:
    texts = [
        "Session 1: Learning",
        "see https://www.unocha.org/cmcoord.",
        "HTTP://EXAMPLE.ORG",
        "write to MailTo:cmcs@un.org",
        "MAİLTO:cmcs@un.org",  # İ folds to i in a case-blind search
        "maıLTO:cmcs@un.org",
        "httpſ://x.org",
        "ftp://not.a.link and a: colon",
        "mailto without its colon",
        "联合国: https://un.org",
    ]
    for text in texts:
        assert _may_hold_link(text) or _LINK.search(text) is None, text
    paragraph = ET.Element("p")
    add_text(paragraph, "write to MailTo:cmcs@un.org")
    assert paragraph[0].tag == "a" and paragraph[0].text == "MailTo:cmcs@un.org"
    paragraph = ET.Element("p")
    add_text(paragraph, "Session 1: Learning")
    assert len(paragraph) == 0 and paragraph.text == "Session 1: Learning"


def test_the_page_is_built_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path,
) -> None:
    seen: list[bool] = []
    assert gc.isenabled()
    export_event_html(
        demo_summary(), tmp_path / "page.html", progress=lambda *_: seen.append(gc.isenabled())
    )
    assert gc.isenabled()
    # The first call comes before the page is begun and the last once it is written.
    assert seen[0] and seen[-1]
    assert seen[1:-1] and not any(seen[1:-1])
