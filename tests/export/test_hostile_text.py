"""Hostile records (from a colleague's laptop, through a shared file) print literally and safely."""

from __future__ import annotations

import functools
import io
import re
import struct
import zlib
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.pdf_summary import (
    ExportCancelled,
    SummaryOptions,
    export_event_summary,
)
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    MarketplaceTable,
    NextStep,
    SessionSummary,
    Slide,
)
from tests.export.pdf_reading import normalised, pdf_text


@functools.cache
def huge_flat_png(width: int, height: int) -> bytes:
    """A real width x height greyscale PNG, built row by row so it never sits in memory."""
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\xc8" * width
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


@pytest.fixture
def local_image(tmp_path: Path) -> Path:
    """A file of this machine that an <img> tag in a record could try to pull in."""
    path = tmp_path / "private-photo.png"
    image = Image.frombytes("RGB", (64, 64), bytes(range(256)) * 48)
    image.save(path)
    return path


def hostile_summary(local_image: Path) -> EventSummary:
    markup = [
        f'<img src="{local_image}"/> and <img src="{local_image}" width="500" height="500">',
        '<font name="NoSuchFont">boom</font> <b>unclosed <i>tags',
        '<a href="javascript:alert(1)">click me</a> <link href="file:///etc/passwd">x</link>',
        "&#12345678; &amp; &nbsp; &bogus; <br/> <para>",
        "bell\x07 escape\x1b[31m null\x00 and a line\nbreak kept",
        "emoji 😀🇺🇳 and a zero-width joiner 👩‍⚕️",
    ]
    slides = (
        Slide(huge_flat_png(20_000, 20_000), "huge.png", "image/png", "A 20,000 x 20,000 slide"),
        Slide(huge_flat_png(8, 4_000), "tall.png", "image/png", "A very tall slide"),
        Slide(b"\x89PNG\r\n\x1a\nnot really", "broken.png", "image/png", "A broken slide"),
    )
    session = SessionSummary(
        id="s1",
        title='<b>Session</b> & "quotes" <img src="x.png"/>',
        panel="<i>panel</i>",
        notes="<script>alert(1)</script>\n<img src=" + str(local_image) + ">",
        outcomes=tuple(markup),
        next_steps=(NextStep("<u>step</u>", "<b>owner</b>", None, "<status>"),),
        tables=(MarketplaceTable("<topic>", "<host>", "<p>", ("<idea/>", "x" * 20_000)),),
        slides=slides,
    )
    return EventSummary(
        id="e1",
        title="<title>Hostile & wild</title>",
        host="<host>",
        description="<img src=" + str(local_image) + ">",
        sessions=(session, session.__class__(id="s2", title="Second")),
    )


def test_hostile_text_prints_literally_and_embeds_nothing(
    tmp_path: Path, local_image: Path
) -> None:
    summary = hostile_summary(local_image)
    out = export_event_summary(summary, tmp_path / "hostile.pdf", SummaryOptions(notes=True))
    data = out.read_bytes()
    assert local_image.read_bytes()[-64:] not in data
    reader = pypdf.PdfReader(out)
    embedded = [image.image.size for page in reader.pages for image in page.images]
    assert embedded == [(8, 4_000)]  # huge slide replaced by a note, broken one left out
    for page in reader.pages:
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A", {})
            assert "/URI" not in action and "/JS" not in action
    assert b"/JavaScript" not in data and b"/URI" not in data
    text = normalised(pdf_text(out))
    for literal in [
        f'<img src="{local_image}"/>',
        '<font name="NoSuchFont">boom</font>',
        '<a href="javascript:alert(1)">click me</a>',
        "&#12345678; &amp; &nbsp; &bogus; <br/> <para>",
        "<title>Hostile & wild</title>",
        "<script>alert(1)</script>",
        "bell escape[31m null and a line",
        "emoji 😀",
    ]:
        assert normalised(literal) in text, literal
    assert "\x07" not in text and "\x1b" not in text


def test_a_megabyte_outcome_flows_over_many_pages(tmp_path: Path) -> None:
    outcome = "lorem ipsum dolor " * 55_000 + "THE END"
    assert len(outcome) > 990_000
    summary = EventSummary(
        id="e",
        title="Long",
        sessions=(
            SessionSummary(id="s", title="S", outcomes=(outcome,), notes="y" * 100_000),
            SessionSummary(id="t", title="After the long one"),
        ),
    )
    out = export_event_summary(summary, tmp_path / "long.pdf")
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) > 100
    tail = " ".join(page.extract_text() for page in reader.pages[-40:])
    assert "THE END" in tail and "After the long one" in tail


def test_tall_slide_is_scaled_to_fit(tmp_path: Path) -> None:
    slide = Slide(huge_flat_png(8, 4_000), "tall.png", "image/png", "Tall")
    wide = io.BytesIO()
    Image.new("RGB", (3000, 500), "navy").save(wide, "PNG")
    summary = EventSummary(
        id="e",
        title="Slides",
        sessions=(
            SessionSummary(
                id="s",
                title="S",
                slides=(slide, Slide(wide.getvalue(), "wide.png", "image/png", "Wide")),
            ),
        ),
    )
    out = export_event_summary(summary, tmp_path / "slides.pdf")
    reader = pypdf.PdfReader(out)
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 2
    assert "Tall" in pdf_text(out) and "Wide" in pdf_text(out)


def test_markdown_escapes_user_text(local_image: Path) -> None:
    text = summary_markdown(hostile_summary(local_image), SummaryOptions())
    # Every < the user typed is escaped; <br> joins a table's ideas.
    assert re.search(r"(?<!\\)<", text.replace("<br>", "")) is None
    assert "\\<img" in text
    assert "\x07" not in text


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    sessions = tuple(SessionSummary(id=f"s{i}", title=f"Session {i}") for i in range(30))
    summary = EventSummary(id="e", title="Cancel me", sessions=sessions)
    out = tmp_path / "cancel.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export_event_summary(
            summary,
            out,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 5,
        )
    assert seen and seen[-1][1] == 31
    assert list(tmp_path.iterdir()) == []


def test_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous")
    summary = EventSummary(id="e", title="x", sessions=(SessionSummary(id="s", title="S"),))
    with pytest.raises(ExportCancelled):
        export_event_summary(summary, out, cancelled=lambda: True)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]
