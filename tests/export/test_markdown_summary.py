"""Markdown: contents, slides as files beside it, and escapes only where markup would start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmcoord_desktop.export.markdown_summary import export_event_markdown, md_escape
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.summaries import demo_summary
from tests.export.test_hostile_text import hostile_summary, local_image

__all__ = ["local_image"]


# The hostile notes are the point here; a summary prints notes only when asked.
WITH_NOTES = SummaryOptions(notes=True)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("snake_case, R&D, 3 < 4, a \\ b, x_1", "snake_case, R&D, 3 < 4, a \\ b, x_1"),
        ("*stars* and `code`", "\\*stars\\* and \\`code\\`"),
        ("_emphasis_", "\\_emphasis\\_"),
        ("<b>bold</b> &amp; &#169;", "\\<b>bold\\</b> \\&amp; \\&#169;"),
        ("[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list\n2. nor this", "\\- not a list\n2\\. nor this"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
        ("C:\\*.txt", "C:\\\\\\*.txt"),
    ],
)
def test_escapes_only_what_would_start_markup(typed: str, written: str) -> None:
    assert md_escape(typed) == written


def test_contents_links_each_session_heading_and_slides_are_files_beside(tmp_path: Path) -> None:
    summary = demo_summary()
    out = export_event_markdown(summary, tmp_path / "week.md")
    text = out.read_text(encoding="utf-8")
    contents = re.findall(r"^- \[(.+)\]\(#([^)]+)\)$", text, re.MULTILINE)
    assert [title for title, _ in contents] == [
        f"{n}. {s.title}" for n, s in enumerate(summary.sessions, 1)
    ]
    # Sessions under a track (the demo's thematic sessions) sit one level further down.
    headings = re.findall(r"^###? (\d+\. .+)$", text, re.MULTILINE)
    for (title, anchor), heading in zip(contents, headings, strict=True):
        assert heading == title
        assert anchor == re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
    images = re.findall(r"^!\[([^\]]*)\]\(([^)]+)\)$", text, re.MULTILINE)
    assert images
    for _, path in images:
        assert path.startswith("week-images/")
        assert (tmp_path / path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rlo_and_embeddings_become_isolates() -> None:
    summary = EventSummary(
        id="e",
        title="t",
        sessions=(SessionSummary(id="s", title="S", outcomes=("a\u202eb\u202cc \u202bd",)),),
    )
    from cmcoord_desktop.export.markdown_summary import summary_markdown

    text = summary_markdown(summary)
    assert not re.search("[\u202a-\u202e]", text)
    assert "a\u2067b\u2069c \u2067d\u2069" in text


def test_hostile_text_is_kept_and_unshowable_slides_noted(tmp_path: Path, local_image) -> None:
    out = export_event_markdown(hostile_summary(local_image), tmp_path / "h.md", WITH_NOTES)
    text = out.read_text(encoding="utf-8")
    assert "\\<script>alert(1)\\</script>" in text and "x" * 20_000 in text
    assert "*This image cannot be shown (huge.png).*" in text
    assert "*This image cannot be shown (broken.png).*" in text
    assert [p.name for p in (tmp_path / "h-images").iterdir()] == ["session-1-slide-2.png"]
    assert str(local_image) not in re.findall(r"!\[[^\]]*\]\(([^)]*)\)", text)
