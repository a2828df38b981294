"""The .eml read back with Python's e-mail parser, as a mail program would take it apart."""

from __future__ import annotations

import email
import re
import subprocess
import sys
from email import policy
from pathlib import Path

import lxml.html
import pypdf

from cmcoord_desktop.export.email_summary import export_event_email, summary_email
from cmcoord_desktop.export.plain_text import FSI, PDI
from cmcoord_desktop.export.plain_text_summary import summary_plain_text
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary
from tests.export.docs_pages import six_languages
from tests.export.summaries import DEMO_TITLE, demo_summary
from tests.export.test_hostile_text import hostile_summary, local_image

__all__ = ["local_image"]

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_eml_has_plain_text_and_html_alternatives_and_the_pdf(tmp_path: Path) -> None:
    summary = demo_summary()
    message = _parse(export_event_email(summary, tmp_path / "s.eml", attach_pdf=True))
    assert message["Subject"] == summary.title and message["X-Unsent"] == "1"
    assert "cmcoord-desktop.invalid" in message["Message-ID"]
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for session in summary.sessions:
        for outcome in session.outcomes:
            assert " ".join(outcome.split()) in " ".join(plain.split())
    page = lxml.html.document_fromstring(html)
    assert page.find(".//article") is not None and page.find(".//style") is None
    sources = [img.get("src") for img in page.iter("img")]
    related = {
        part["Content-ID"].strip().strip("<>"): part
        for part in message.walk()
        if part.get_content_maintype() == "image"
    }
    assert sources and all(s.startswith("cid:") and s[4:] in related for s in sources)
    assert all(part.get_content()[:8] == b"\x89PNG\r\n\x1a\n" for part in related.values())
    pdfs = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_filename().endswith(".pdf")
    reader = pypdf.PdfReader(__import__("io").BytesIO(pdfs[0].get_content()))
    assert summary.sessions[0].title.split()[0] in reader.pages[0].extract_text()


def test_no_pdf_unless_asked(tmp_path: Path) -> None:
    message = _parse(export_event_email(six_languages("en"), tmp_path / "s.eml"))
    assert not list(message.iter_attachments())


def test_plain_text_has_no_markdown_escapes_and_no_bidi_controls_but_isolates() -> None:
    summary = EventSummary(
        id="e",
        title="Snake_case & <angle> [brackets] *stars* #hash",
        sessions=(
            SessionSummary(
                id="s",
                title="1. Not a list",
                outcomes=("a_b * c \\ d", "spoof \u202ecod.exe\u202c done"),
                next_steps=(NextStep("Meet", "النرويج", None, "open"),),
            ),
        ),
    )
    text = summary_plain_text(summary)
    assert "Snake_case & <angle> [brackets] *stars* #hash" in text
    assert "a_b * c \\ d" in text and "\\_" not in text and "\\*" not in text
    assert f"Owner: {FSI}النرويج{PDI}" in text
    leftovers = {c for c in _BIDI_CONTROLS.findall(text)}
    assert leftovers <= {FSI, PDI, "\u2067"}  # the RLO became an isolate, closed in its field
    assert "\u202e" not in text and "spoof \u2067cod.exe\u2069 done" in text


def test_arabic_summary_isolates_latin_values_in_arabic_labels() -> None:
    text = summary_plain_text(six_languages("ar"))
    assert f"المسؤول: {FSI}CMCS{PDI}" in text
    assert "المسؤول: النرويج" in text  # same direction: nothing added


def test_hostile_text_through_the_mail(local_image: Path) -> None:
    message = summary_email(hostile_summary(local_image))
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "<script>alert(1)</script>" in plain and "x" * 20_000 in plain
    page = lxml.html.document_fromstring(html)
    assert not page.findall(".//script")
    assert "<script>alert(1)</script>" in page.text_content()
    assert str(local_image) not in " ".join(i.get("src", "") for i in page.iter("img"))
    assert "This image cannot be shown (huge.png)." in page.text_content()


def test_command_line_writes_an_eml(tmp_path: Path) -> None:
    out = tmp_path / "s.eml"
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--demo", "export", DEMO_TITLE]
        + ["--format", "email", "--out", str(out), "--attach-pdf"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    message = _parse(out)
    assert any(p.get_content_type() == "application/pdf" for p in message.iter_attachments())
