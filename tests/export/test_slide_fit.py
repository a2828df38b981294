"""A slide stays with its session: scaled down into the space left on the page while it keeps
a readable size, else moved whole to the next page; read back from the PDF's images."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from cmcoord_desktop.export.pdf_slides import FittingSlide
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary, Slide


def _slide() -> Slide:
    picture = io.BytesIO()
    Image.new("RGB", (1600, 900), (30, 90, 160)).save(picture, "PNG")
    return Slide(picture.getvalue(), "slide.png", "image/png", "Geneva, demo slide")


def _placed(out: Path) -> tuple[int, int, float, float]:
    """(page of the text just before the slide, page of the slide, slide width, its top)."""
    with pdfplumber.open(out) as pdf:
        title_page = max(
            n
            for n, page in enumerate(pdf.pages)
            if "Session with a slide" in page.extract_text() or "Lastline" in page.extract_text()
        )
        slides = [(n, image) for n, page in enumerate(pdf.pages) for image in page.images]
    assert len(slides) == 1
    page, image = slides[0]
    return title_page, page, image["x1"] - image["x0"], image["top"]


@pytest.mark.slow
def test_a_slide_is_scaled_into_the_space_left_or_moved_whole(tmp_path: Path) -> None:
    filler = "A line of outcome text that takes up its share of the page. " * 4
    seen: dict[str, list[float]] = {"scaled": [], "moved": [], "whole": []}
    widths = []
    for count in range(0, 26, 2):
        session = SessionSummary(
            id="s",
            title="Session with a slide",
            outcomes=tuple(f"{filler}{n}" for n in range(count)) + ("Lastline.",),
            slides=(_slide(),),
        )
        summary = EventSummary(id="e", title="Fitting slides", sessions=(session,))
        out = export_event_summary(summary, tmp_path / f"fit-{count}.pdf")
        text_page, slide_page, width, _ = _placed(out)
        widths.append(width)
        if slide_page == text_page:
            seen["scaled" if width < max(widths) - 0.5 else "whole"].append(width)
        else:
            assert slide_page == text_page + 1
            seen["moved"].append(width)
    full = max(widths)
    # Never below the readable size, and a moved slide is printed at its full size again.
    assert min(widths) >= FittingSlide.MIN_SCALE * full - 0.5
    assert all(abs(w - full) < 0.5 for w in seen["moved"] + seen["whole"])
    assert seen["scaled"] and seen["moved"] and seen["whole"]
