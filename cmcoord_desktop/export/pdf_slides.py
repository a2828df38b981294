"""A slide in the summary: the image, tagged as a Figure, scaled to the room left on the page."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image

from cmcoord_desktop.export.pdf_tags import (
    StructElement,
    TaggedDrawing,
)


class SlideImage(TaggedDrawing, Image):
    """A slide: a Figure whose bounding box is noted where it lands."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if isinstance(self.tag, StructElement):
            left, bottom = canvas.absolutePosition(x, y)
            self.tag.box = [
                round(v, 2) for v in (left, bottom, left + self.drawWidth, bottom + self.drawHeight)
            ]
        super().drawOn(canvas, x, y, _sW)


class FittingSlide(Flowable):
    """A slide and its caption, kept together. Where the space left on the page is less than
    the slide needs, the slide is scaled down into it, as long as it keeps MIN_SCALE of its
    size (smaller, a slide's writing is no longer readable); otherwise it goes to the next
    page whole. A slide pushed away from its session used to leave a third of a page empty."""

    MIN_SCALE = 0.6
    SPACE_BEFORE = 6

    def __init__(self, image: SlideImage, caption: list[Flowable], right_to_left: bool) -> None:
        super().__init__()
        self.image = image
        self.caption = caption
        self.right_to_left = right_to_left
        self.natural = (float(image.drawWidth), float(image.drawHeight))
        self._caption: list[tuple[Flowable, float, float]] = []  # flowable, space, height

    def _caption_height(self, width: float) -> float:
        self._caption = []
        for flowable in self.caption:
            _, height = flowable.wrapOn(self.canv, width, 0xFFFFFFF)
            self._caption.append((flowable, flowable.getSpaceBefore(), height))
        return sum(space + height for _, space, height in self._caption)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        caption = self._caption_height(availWidth)
        width, height = self.natural
        room = availHeight - caption - self.SPACE_BEFORE
        scale = 1.0
        if height > room >= height * self.MIN_SCALE:
            scale = room / height
        self.image.drawWidth, self.image.drawHeight = width * scale, height * scale
        self.width = availWidth
        self.height = self.SPACE_BEFORE + height * scale + caption
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # never parted from its caption: the whole goes to the next page

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._caption[-1][0].getSpaceAfter() if self._caption else 0

    def draw(self) -> None:
        image = self.image
        y = self.height - self.SPACE_BEFORE - image.drawHeight
        x = self.width - image.drawWidth if self.right_to_left else 0
        image.drawOn(self.canv, x, y)
        for flowable, space, height in self._caption:
            y -= space + height
            flowable.drawOn(self.canv, 0, y)
