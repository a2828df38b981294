"""The title a facilitator gives a several-events summary: every format prints it in place of
ours, as text (never markup), and ours in the summary's language when none is given."""

from __future__ import annotations

import dataclasses
import email
from email import policy
from pathlib import Path

import docx
import pypdf
import pytest

from cmcoord_desktop.export.commands import write_summary
from cmcoord_desktop.export.summary_data import EventsSummary, events_summary
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.summaries import REFERENCE_DAY, demo_events_summary

TITLE = 'Summary of <b>UN-CMCoord</b> & "Events" 2017'


def _titled(title: str) -> EventsSummary:
    return dataclasses.replace(demo_events_summary(), title=title)


def _read(out: Path) -> str:
    if out.suffix == ".pdf":
        return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    if out.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    if out.suffix == ".eml":
        message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
        plain = message.get_body(("plain",))
        assert plain is not None
        return f"{message['Subject']}\n{plain.get_content()}"
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("file_format", ["pdf", "html", "docx", "md", "email", "txt"])
def test_the_typed_title_stands_first_as_text(tmp_path: Path, file_format: str) -> None:
    out = tmp_path / f"events.{'eml' if file_format == 'email' else file_format}"
    write_summary(_titled(TITLE), file_format, out, SummaryOptions())
    text = _read(out)
    assert "UN-CMCoord events" not in text
    if file_format == "html":
        assert '<h1>Summary of &lt;b&gt;UN-CMCoord&lt;/b&gt; &amp; "Events" 2017</h1>' in text
        assert "<title>Summary of &lt;b&gt;UN-CMCoord" in text and "<b>" not in text
    elif file_format == "md":
        assert text.startswith('# Summary of \\<b>UN-CMCoord\\</b> & "Events" 2017')
    else:
        assert text.lstrip().startswith(TITLE)


def test_no_title_gives_ours_in_the_first_events_language() -> None:
    from cmcoord_desktop.export.plain_text_summary import summary_plain_text

    demo = demo_events_summary()
    assert demo.shown_title == "UN-CMCoord events"
    assert summary_plain_text(_titled("")).startswith("UN-CMCoord events")
    french = [dataclasses.replace(e, language="fr") for e in demo.events]
    assert events_summary(french, REFERENCE_DAY).shown_title == "Événements UN-CMCoord"
    assert events_summary(french, REFERENCE_DAY, "  Semaine  ").shown_title == "Semaine"
