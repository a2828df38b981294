"""The several-events Word document as a colleague's LibreOffice opens it: converted to PDF by
headless LibreOffice, its text read back with pdftotext. The demo's summary reads like the
reference page (upcoming, then past, HNPW's sessions under their group's heading); with the
six-language event among the events, its Arabic stands at the right of the page."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cmcoord_desktop.export.docx_events import export_event_docx
from cmcoord_desktop.export.summary_data import events_summary
from tests.export.docs_pages import six_languages
from tests.export.summaries import DEMO_TITLE, REFERENCE_DAY, demo_events_summary

pytestmark = pytest.mark.slow  # LibreOffice starts in seconds, not milliseconds

ARABIC_WORD = "المشاركون"  # of the six-language event's Arabic outcome
ENGLISH_WORD = "Ninety-two"  # of its English one


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both documents converted in one LibreOffice run (it starts once for the two)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed, see .ci/run"
    work = tmp_path_factory.mktemp("libreoffice")
    demo = demo_events_summary()
    six = events_summary([*demo.events, six_languages("en")], REFERENCE_DAY)
    sources = [
        export_event_docx(demo, work / "demo-events.docx"),
        export_event_docx(six, work / "six-events.docx"),
    ]
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {source.stem: source.with_suffix(".pdf") for source in sources}


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    )
    return " ".join(out.stdout.decode("utf-8").split())


def _in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} missing, or not after {text[max(at - 80, 0) : at]!r}"
        at = found + len(part)


def test_the_demo_reads_like_the_reference_page_in_libreoffice(converted: dict[str, Path]) -> None:
    text = _text(converted["demo-events"])
    # The contents first, then the body: the summary's title, upcoming, past, HNPW's group.
    body = text[text.index("Upcoming events", text.index("Past events")) :]
    assert text.startswith("UN-CMCoord events")
    _in_order(
        body,
        [
            "Upcoming events",
            "Leading Edge Programme",
            "Virtual OSOCC",
            "Past events",
            "Revision of the UN-CMCoord Field Handbook",
            DEMO_TITLE,
            "Annual Meeting of the Consultative Group",
            "UN-CMCoord Thematic Sessions at HNPW",
            "From Policy to Practice",
            "Data Revolution",
            "Dangerous Work",
            "Learning together, Responding together",
        ],
    )
    assert body.count("UN-CMCoord Thematic Sessions at HNPW") == 1  # one heading for the group


def _words(pdf: Path) -> tuple[list[tuple[str, float, float]], float]:
    """(word, x from, x to) on every page, and the page's width, from pdftotext's boxes."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"], check=True, capture_output=True
    )
    root = ET.fromstring(out.stdout)  # pdftotext's own XHTML
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    pages = root.findall(".//x:page", namespace)
    words = [
        (w.text or "", float(w.get("xMin", 0)), float(w.get("xMax", 0)))
        for page in pages
        for w in page.findall("x:word", namespace)
    ]
    return words, float(pages[0].get("width", 0))


def test_arabic_runs_right_to_left_among_several_events(converted: dict[str, Path]) -> None:
    text = _text(converted["six-events"])
    _in_order(
        text[text.index("Past events", text.index("Past events") + 1) :],
        [
            "Past events",
            "Revision of the UN-CMCoord Field Handbook",
            "UN-CMCoord Regional Workshop 2017",
            DEMO_TITLE,
        ],
    )
    words, width = _words(converted["six-events"])
    # pdftotext's boxes hold a right-to-left word's letters as they stand, right to left.
    arabic_rights = [
        right
        for word, _left, right in words
        if unicodedata.normalize("NFKC", word[::-1]) == ARABIC_WORD
    ]
    english_lefts = [left for word, left, _right in words if word == ENGLISH_WORD]
    assert arabic_rights and english_lefts
    # The Arabic paragraph is set from the right margin, the English one from the left.
    assert min(arabic_rights) > width * 0.6 and max(english_lefts) < width * 0.3
