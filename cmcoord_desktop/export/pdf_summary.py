"""Write a summary (one event's or several events') as a PDF: plain data in, file out, atomically.

`export_event_summary` runs without Qt and without the store, so the window can run it on a
worker thread; `progress` is told after each session is laid out and `cancelled` is asked at the
same moments. A cancelled or failed export leaves no file behind (nor a half-written one).
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from cmcoord_desktop.core.atomic_write import fsync_folder, replace, reported_as, temporary_name
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.fonts import LATIN, register_fonts
from cmcoord_desktop.export.headings import Headings, headings_for
from cmcoord_desktop.export.pdf_finish import Finish, finish_document
from cmcoord_desktop.export.pdf_parts import (
    FooterPainter,
    Ledger,
    PageLabelPainter,
    SessionAnchor,
    draw_page_label,
    summary_canvas_maker,
)
from cmcoord_desktop.export.pdf_story import StoryBuilder
from cmcoord_desktop.export.pdf_story_text import EventPart
from cmcoord_desktop.export.pdf_styles import (
    EVENTS_TITLE,
    FOOTER,
    RULE,
    SECTION_TITLE,
    UN_BLUE,
    TextMaker,
)
from cmcoord_desktop.export.pdf_tags import StructElement, Tagger, tag
from cmcoord_desktop.export.rtl import draw_pieces, line_pieces, paragraph_level, pieces_width
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions
from cmcoord_desktop.export.text_safety import clean_line

__all__ = ["ExportCancelled", "SummaryOptions", "export_event_summary"]

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 20 * mm
FOOTER_HEIGHT = 12 * mm

# ReportLab keeps font subsets and shaping caches in module state: one layout at a time.
_layout_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page, form and font streams written compressed as they are, not also spelled out in
    ASCII85 (ReportLab's default, for 7-bit channels): every PDF reader takes binary streams,
    the file is ~10% smaller, and ReportLab's pure-Python ASCII85 encoder was ~5% of an
    export. ReportLab reads the switch from module state, hence only under `_layout_lock`."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _footer_painters(
    title: str,
    headings: Headings,
    page_size: tuple[float, float],
    right_to_left: bool,
) -> tuple[FooterPainter, PageLabelPainter]:
    """The footer of every page (summary title, rule, page label) and the page label itself."""
    title = clean_line(title)
    if len(title) > 90:
        title = title[:88] + "…"
    base_level = int(right_to_left)
    size = FOOTER.size
    page_width, page_height = page_size
    # The title is a paragraph of its own: its first strong letter sets its direction.
    title_pieces = line_pieces(title, size, False, paragraph_level(title))  # once for all pages
    title_width = pieces_width(title_pieces)
    y = MARGIN - 7 * mm

    def paint_footer(canvas: Canvas, page: int) -> None:
        canvas.saveState()
        if page == 1:
            canvas.setFillColor(UN_BLUE)
            canvas.rect(0, page_height - 6 * mm, page_width, 6 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 11, page_width - MARGIN, y + 11)
        canvas.setFillColor(FOOTER.color)
        if right_to_left:  # title at the right, page label at the left
            draw_pieces(canvas, title_pieces, page_width - MARGIN - title_width, y, size)
            draw_page_label(canvas, page, MARGIN, y)
        else:
            draw_pieces(canvas, title_pieces, MARGIN, y, size)
            draw_page_label(canvas, page, page_width - MARGIN, y)
        canvas.restoreState()

    def paint_page_label(canvas: Canvas, page: int, pages: int) -> None:
        label = headings.page.format(page=page, pages=pages)
        pieces = line_pieces(label, size, False, base_level)
        canvas.setFillColor(FOOTER.color)
        draw_pieces(canvas, pieces, 0 if right_to_left else -pieces_width(pieces), 0, size)

    return paint_footer, paint_page_label


class _SummaryDocument(BaseDocTemplate):
    pass


class _BodyFrame(Frame):
    """The page's text frame. ReportLab deep-copies the frame each time it measures a group of
    flowables kept together (every heading with what follows it), in case one of them adds
    content to the frame; ours never do, and a frame holds only numbers, so a flat copy is
    the same and far cheaper."""

    def __deepcopy__(self, memo: dict[int, object]) -> _BodyFrame:
        clone = copy.copy(self)
        # The frame's background list (ReportLab's own, set on the instance while drawing and
        # left out of its type stubs) is the one thing a drawing may grow: each copy its own.
        vars(clone)["_frameBGs"] = list(vars(self).get("_frameBGs", []))
        return clone


def _write_pdf(
    summary: EventSummary | EventsSummary,
    target: Path,
    options: SummaryOptions,
    on_session_drawn: Callable[[int], None],
    records: bytes | None = None,
) -> None:
    register_fonts()
    headings = headings_for(summary.language)
    language = (summary.language or "en").lower()
    right_to_left = language.startswith("ar")
    maker = TextMaker(right_to_left=right_to_left, chinese=language.startswith("zh"))
    page_size = PAPER.get(options.paper.lower(), A4)
    width, height = page_size
    frame = _BodyFrame(
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        height - 2 * MARGIN - 4 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    ledger = Ledger()
    if isinstance(summary, EventsSummary):
        title, host = summary.shown_title, ""
    else:
        title, host = summary.title, summary.host
    # Said once, for the document's Info and again for the finishing pass's XMP metadata.
    title = clean_line(title)
    author = clean_line(options.author) or clean_line(host) or "CMCoord Desktop"
    subject = clean_line(headings.summary)
    keywords = ["UN-CMCoord", "summary", language]
    document = _SummaryDocument(
        str(target),
        pagesize=page_size,
        title=title,
        author=author,
        subject=subject,
        creator="CMCoord Desktop",
        keywords=keywords,
        lang=language,
        initialFontName=LATIN.regular,
        initialFontSize=10,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    tagger = Tagger()

    def builder(event: EventSummary, element: StructElement, part: EventPart) -> StoryBuilder:
        return StoryBuilder(
            event,
            options,
            headings,
            maker,
            frame.width,
            frame.height,
            ledger,
            on_session_drawn,
            element,
            part,
        )

    if isinstance(summary, EventsSummary):
        story = _events_story(summary, maker, ledger, tagger.document, builder)
    else:
        story = builder(summary, tagger.document, EventPart()).story()
    finish = Finish(
        title=title,
        author=author,
        subject=subject,
        language=language,
        keywords=", ".join(keywords),
        records=records,
    )
    document.build(
        story,
        canvasmaker=summary_canvas_maker(
            ledger,
            *_footer_painters(title, headings, page_size, right_to_left),
            right_to_left,
            tagger,
            lambda canvas: finish_document(canvas, tagger, finish),
        ),
    )
    # ReportLab's document template is a reference cycle (its `_nameSpace` holds it): let go
    # of the saved canvas, so that the canvas, its PDF objects and the structure tree are
    # freed at once instead of waiting for the cycle collector (0.05 s at 200 sessions).
    del document.canv


def _events_story(
    summary: EventsSummary,
    maker: TextMaker,
    ledger: Ledger,
    document: StructElement,
    builder: Callable[[EventSummary, StructElement, EventPart], StoryBuilder],
) -> list[Flowable]:
    """Several events: the summary's title, then each section (upcoming, past) with its
    events whole, each event's headings one level under its section's, its bookmarks too."""
    words = events_words_for(summary.language)
    title = maker.text(summary.shown_title, EVENTS_TITLE)
    story: list[Flowable] = [tag(title, document.add("H1"))]
    number = 0
    for kind, events in summary.sections():
        section = document.add("Sect")
        heading = words.section(kind)
        anchor = SessionAnchor(
            tag(maker.text(heading, SECTION_TITLE, keep_with_next=True), section.add("H2")),
            f"section-{kind}",
            heading,
            ledger,
            None,
        )
        story += [Spacer(1, 14), anchor]
        for event in events:
            number += 1
            part = EventPart(level=2, outline=1, key=f"event{number}-")
            story += builder(event, section.add("Sect"), part).story()
    return story


def export_event_summary(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    records: bytes | None = None,
) -> Path:
    """Write the summary (one event's, or several events') as a PDF at `out`, replacing it only
    once the new one is complete; `records` (the events' records file) are embedded for
    `import summary.pdf`."""
    options = options or SummaryOptions()
    out = Path(out)
    total = _session_count(summary) + 1

    def on_session_drawn(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled")
        if progress is not None:
            progress(done, total)

    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")
    if progress is not None:
        progress(0, total)
    temporary = temporary_name(out)
    try:
        # The collector would walk the growing document thousands of times (a quarter of a
        # 2,000-session export); nothing here needs it until the file is written.
        with reported_as(out), _layout_lock, _binary_streams(), paused_gc():
            _write_pdf(summary, Path(temporary), options, on_session_drawn, records)
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled")
        with reported_as(out), open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(out.parent)
    if progress is not None:
        progress(total, total)
    return out


def _session_count(summary: EventSummary | EventsSummary) -> int:
    if isinstance(summary, EventsSummary):
        return summary.sessions
    return len(summary.sessions)
