"""Page furniture of a summary: session anchors (bookmarks), contents lines, the footer.

Everything is laid out in one pass. Numbers not known until the end (the total page count, the
page each session starts on) are drawn as named PDF forms and the forms are filled in just
before the file is saved, so the contents and "page x of y" cost no second layout pass.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cmcoord_desktop.export.fonts import LATIN
from cmcoord_desktop.export.pdf_styles import INK
from cmcoord_desktop.export.pdf_tags import StructElement, Tagger
from cmcoord_desktop.export.text_safety import clean_line

PAGE_NUMBER_SIZE = 10  # in the contents
# A form clips to its box: room on every side of the origin, for text drawn leftwards (a label
# aligned right) and for letters that reach below the baseline.
_FORM_BOX = (-600, -50, 600, 50)


@dataclass
class Ledger:
    """What the layout learns as it goes: the page each session starts on."""

    session_pages: dict[str, int] = field(default_factory=dict)
    # Per page of the contents: where each session's page number goes (absolute x, y).
    contents_spots: dict[int, list[tuple[str, float, float]]] = field(default_factory=dict)
    sessions_drawn: int = 0


def contents_form(page: int) -> str:
    return f"cmcoordContents{page}"


class SessionAnchor(Flowable):
    """Wraps a session's title: where it lands it sets a bookmark and an outline entry, records
    its page for the contents, and reports progress (which is also where a cancel is noticed)."""

    def __init__(
        self,
        inner: Flowable,
        key: str,
        outline_title: str,
        ledger: Ledger,
        on_drawn: Callable[[int], None] | None,
        level: int = 0,
    ) -> None:
        """`on_drawn` None: a heading that is no session (a section's or an event's title)."""
        super().__init__()
        self.inner = inner
        self.key = key
        self.outline_title = clean_line(outline_title)[:200] or "…"
        self.ledger = ledger
        self.on_drawn = on_drawn
        self.level = level
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self.inner.split(availWidth, availHeight)
        if not parts:
            return []
        head = SessionAnchor(
            parts[0], self.key, self.outline_title, self.ledger, self.on_drawn, self.level
        )
        return [head, *parts[1:]]

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """Drawn where it lands without a graphics state and move of its own around the title
        (the title's own drawing makes them): ReportLab's `Flowable.drawOn` would add one
        `q … cm … Q` per heading."""
        x = cast(Any, self)._hAlignAdjust(x, _sW)  # ReportLab's, not in its type stubs
        canvas.bookmarkHorizontal(self.key, x, y + self.height + 12)
        # A session's entry is a leaf; a section's or an event's stays open on its sessions.
        closed = self.on_drawn is not None
        canvas.addOutlineEntry(self.outline_title, self.key, level=self.level, closed=closed)
        self.ledger.session_pages[self.key] = canvas.getPageNumber()
        self.inner.drawOn(canvas, x, y)
        if self.on_drawn is not None:
            self.ledger.sessions_drawn += 1
            self.on_drawn(self.ledger.sessions_drawn)


class ContentsLine(Flowable):
    """One line of the contents: the session's title, its page number, a link to it."""

    def __init__(
        self, inner: Flowable, key: str, right_to_left: bool, ledger: Ledger, link_text: str = ""
    ) -> None:
        super().__init__()
        self.inner = inner
        self.link_text = link_text
        self.key = key
        self.right_to_left = right_to_left
        self.ledger = ledger
        self.gutter = 36

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, height = self.inner.wrap(availWidth - self.gutter, availHeight)
        self.width, self.height = availWidth, height
        return availWidth, height

    def getSpaceAfter(self) -> float:  # noqa: N802
        return 3

    def draw(self) -> None:
        canvas = self.canv
        x_text = self.gutter if self.right_to_left else 0
        self.inner.drawOn(canvas, x_text, 0)
        tagger = Tagger.of(canvas)
        # Page numbers are known only at the end: one form per contents page prints them all.
        baseline = self.height - PAGE_NUMBER_SIZE + 0.5  # on the title's first baseline
        x = 0 if self.right_to_left else self.width
        page = canvas.getPageNumber()
        spots = self.ledger.contents_spots.setdefault(page, [])
        if not spots:
            origin_x, origin_y = canvas.absolutePosition(0, 0)
            canvas.saveState()
            canvas.translate(-origin_x, -origin_y)  # the form draws in page coordinates
            if tagger is not None:  # the page numbers: the link says where the entry goes
                with tagger.artifact(canvas):
                    canvas.doForm(contents_form(page))
            else:
                canvas.doForm(contents_form(page))
            canvas.restoreState()
        spots.append((self.key, *canvas.absolutePosition(x, baseline)))
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
        entry = getattr(self.inner, "tag", None)
        if tagger is not None and isinstance(entry, StructElement):
            tagger.link(canvas, self.link_text, entry)


FooterPainter = Callable[[Canvas, int], None]
PageLabelPainter = Callable[[Canvas, int, int], None]  # canvas, page, pages


def page_label_form(page: int) -> str:
    return f"cmcoordPageLabel{page}"


@dataclass(eq=False)
class _CanvasParts:
    """What one export's canvas needs besides ReportLab's own arguments."""

    ledger: Ledger
    paint_footer: FooterPainter
    paint_page_label: PageLabelPainter
    right_to_left: bool
    tagger: Tagger
    finish: Callable[[Canvas], None]


class SummaryCanvas(Canvas):
    """The canvas that paints the footer on every page and fills in the late numbers; one
    class for every export (a class made per export, holding the export's tagger in its
    closure, is a reference cycle: the whole structure tree then waited for the cycle
    collector, 0.05 s after a 200-session export)."""

    def __init__(self, *args: Any, parts: _CanvasParts, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # Canvas's own arguments
        self.parts = parts
        self.tagger = parts.tagger
        self.bullet_label = None

    def showPage(self) -> None:  # noqa: N802
        with self.tagger.artifact(self, "Pagination"):
            self.parts.paint_footer(self, self.getPageNumber())
        super().showPage()

    def save(self) -> None:
        parts = self.parts
        ledger = parts.ledger
        pages = max(self.getPageNumber() - 1, 1)
        for page in range(1, pages + 1):
            self.beginForm(page_label_form(page), *_FORM_BOX)
            parts.paint_page_label(self, page, pages)
            self.endForm()
        for contents_page, spots in ledger.contents_spots.items():
            self.beginForm(contents_form(contents_page))
            self.setFillColor(INK)
            self.setFont(LATIN.regular, PAGE_NUMBER_SIZE)
            for key, x, y in spots:
                number = str(ledger.session_pages.get(key, ""))
                if parts.right_to_left:
                    self.drawString(x, y, number)
                else:
                    self.drawRightString(x, y, number)
            self.endForm()
        # A page still open (ReportLab's own list of its operators, not in the type stubs)
        # is ended first, as ReportLab's save would: the finish needs every page.
        if getattr(self, "_code", None):
            self.showPage()
        parts.finish(self)
        super().save()
        # Written ("the canvas must not be used further", ReportLab says). Its document is a
        # reference cycle: the thousands of objects it holds (the structure tree's) would
        # wait for the cycle collector, ~0.01 s at 200 sessions; let go of them now.
        document = vars(self)["_doc"]
        for table in (
            document.idToObject,
            document.idToObjectNumberAndVersion,
            document.numberToId,
        ):
            table.clear()


def summary_canvas_maker(
    ledger: Ledger,
    paint_footer: FooterPainter,
    paint_page_label: PageLabelPainter,
    right_to_left: bool,
    tagger: Tagger,
    finish: Callable[[Canvas], None],
) -> Callable[..., Canvas]:
    """What makes the summary's canvas (ReportLab's `canvasmaker`): a SummaryCanvas painting
    the footer on every page and filling in the late numbers, each page's "page x of y" label
    and the contents' page numbers; `finish` adds the document's last objects (structure tree,
    metadata) just before it is saved."""
    parts = _CanvasParts(ledger, paint_footer, paint_page_label, right_to_left, tagger, finish)
    return functools.partial(SummaryCanvas, parts=parts)


def draw_page_label(canvas: Canvas, page: int, x: float, y: float) -> None:
    """This page's "page x of y" at (x, y), written when the document is saved."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(page_label_form(page))
    canvas.restoreState()
