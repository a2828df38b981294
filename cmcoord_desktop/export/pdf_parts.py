"""Page furniture of a summary: session anchors (bookmarks), contents lines, the footer.

Everything is laid out in one pass. Numbers not known until the end (the total page count, the
page each session starts on) are drawn as named PDF forms and the forms are filled in just
before the file is saved, so the contents and "page x of y" cost no second layout pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cmcoord_desktop.export.fonts import LATIN
from cmcoord_desktop.export.pdf_styles import INK, MUTED
from cmcoord_desktop.export.text_safety import clean_line

PAGE_NUMBER_SIZE = 10  # in the contents
TOTAL_PAGES_SIZE = 8  # in the footer
_TOTAL_FORM = "cmcoordTotalPages"


class ExportCancelled(Exception):
    """The person cancelled the export; no file is left behind."""


@dataclass
class Ledger:
    """What the layout learns as it goes: the page each session starts on."""

    session_pages: dict[str, int] = field(default_factory=dict)
    contents_keys: list[str] = field(default_factory=list)
    sessions_drawn: int = 0


def page_form(key: str) -> str:
    return f"cmcoordPage{key}"


class SessionAnchor(Flowable):
    """Wraps a session's title: where it lands it sets a bookmark and an outline entry, records
    its page for the contents, and reports progress (which is also where a cancel is noticed)."""

    def __init__(
        self,
        inner: Flowable,
        key: str,
        outline_title: str,
        ledger: Ledger,
        on_drawn: Callable[[int], None],
    ) -> None:
        super().__init__()
        self.inner = inner
        self.key = key
        self.outline_title = clean_line(outline_title)[:200] or "…"
        self.ledger = ledger
        self.on_drawn = on_drawn
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self.inner.split(availWidth, availHeight)
        if not parts:
            return []
        head = SessionAnchor(parts[0], self.key, self.outline_title, self.ledger, self.on_drawn)
        return [head, *parts[1:]]

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 12)
        canvas.addOutlineEntry(self.outline_title, self.key, level=0, closed=True)
        self.ledger.session_pages[self.key] = canvas.getPageNumber()
        self.ledger.sessions_drawn += 1
        self.inner.drawOn(canvas, 0, 0)
        self.on_drawn(self.ledger.sessions_drawn)


class ContentsLine(Flowable):
    """One line of the contents: the session's title, its page number, a link to it."""

    def __init__(self, inner: Flowable, key: str, right_to_left: bool, ledger: Ledger) -> None:
        super().__init__()
        self.inner = inner
        self.key = key
        self.right_to_left = right_to_left
        ledger.contents_keys.append(key)
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
        # The page number is a form filled in at the end; drawn right-aligned in the gutter.
        baseline = self.height - PAGE_NUMBER_SIZE + 0.5  # on the title's first baseline
        canvas.saveState()
        canvas.translate(0 if self.right_to_left else self.width - self.gutter, baseline)
        canvas.doForm(page_form(self.key))
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


FooterPainter = Callable[[Canvas, int], None]


def summary_canvas_maker(
    ledger: Ledger, paint_footer: FooterPainter, gutter: float, right_to_left: bool
) -> type[Canvas]:
    """A Canvas class that paints the footer on every page and fills in the late numbers."""

    class SummaryCanvas(Canvas):
        def showPage(self) -> None:  # noqa: N802
            paint_footer(self, self.getPageNumber())
            super().showPage()

        def save(self) -> None:
            total = self.getPageNumber() - 1
            self._number_form(_TOTAL_FORM, str(max(total, 1)), 0, False, TOTAL_PAGES_SIZE, MUTED)
            for key in ledger.contents_keys:
                page = ledger.session_pages.get(key)
                self._number_form(
                    page_form(key),
                    str(page or ""),
                    gutter,
                    not right_to_left,
                    PAGE_NUMBER_SIZE,
                    INK,
                )
            super().save()

        def _number_form(
            self, name: str, text: str, width: float, align_right: bool, size: float, color: Color
        ) -> None:
            self.beginForm(name)
            self.setFillColor(color)
            self.setFont(LATIN.regular, size)
            if align_right:
                self.drawRightString(width, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()

    return SummaryCanvas


def draw_total_pages(canvas: Canvas, x: float, y: float) -> None:
    """The document's page count at (x, y), known only when the document is saved."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()
