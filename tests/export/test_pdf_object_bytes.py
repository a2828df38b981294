"""A summary's file, its pages, forms, links, bookmarks and fonts written by pdf_object_bytes
and the whole file by pdf_finish's loop, is byte for byte what ReportLab's own formatter
writes: each summary is exported both ways and the files compared whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFDocument

from cmcoord_desktop.export import pdf_finish, pdf_object_bytes
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary
from tests.export import test_hostile_text
from tests.export.summaries import demo_events_summary, demo_summary
from tests.export.test_tagged_pdf import six_languages

# The embedded records' file dates are the moment of export, to the second.
FILE_DATE = re.compile(rb"D:\d{14}Z")
local_image = test_hostile_text.local_image  # its fixture: a picture file named in the text
RECORDS = b'{"format": "cmcoord-records", "records": []}'


def _both_ways(
    summary: EventSummary | EventsSummary, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[bytes, bytes]:
    # Invariant: ReportLab's own timestamp and file ID, the same in both files.
    monkeypatch.setattr(rl_config, "invariant", 1)
    ours = export_event_summary(summary, folder / "ours.pdf", records=RECORDS)
    with monkeypatch.context() as plain:
        plain.setattr(pdf_object_bytes, "_WRITERS", {})
        plain.setattr(pdf_finish, "_document_bytes", PDFDocument.format)
        reportlabs = export_event_summary(summary, folder / "reportlab.pdf", records=RECORDS)
    return ours.read_bytes(), reportlabs.read_bytes()


@pytest.mark.parametrize(
    "summary",
    [demo_summary, demo_events_summary, six_languages],
    ids=["demo", "several-events", "six-languages"],
)
def test_written_as_reportlab_writes(
    summary: Callable[[], EventSummary | EventsSummary],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours, reportlabs = _both_ways(summary(), tmp_path, monkeypatch)
    assert b"/Subtype /Link" in ours and b"/Subtype /Form" in ours
    assert FILE_DATE.sub(b"", ours) == FILE_DATE.sub(b"", reportlabs)


def test_hostile_text_written_as_reportlab_writes(
    tmp_path: Path, local_image: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, reportlabs = _both_ways(
        test_hostile_text.hostile_summary(local_image), tmp_path, monkeypatch
    )
    assert FILE_DATE.sub(b"", ours) == FILE_DATE.sub(b"", reportlabs)
