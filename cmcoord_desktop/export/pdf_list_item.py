"""A list item with the small line printed under it (a next step's owner, due date, status).

The two stay together without ReportLab's keep-with-next machinery (which wraps both in a
`KeepTogether` and copies the frame to measure them) and without making them one paragraph of
mixed type sizes (which ReportLab breaks into lines several times slower than two plain ones).
"""

from __future__ import annotations

from typing import Any, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


class ItemWithNote(Flowable):
    """`item` and `note` one under the other, moved to the next page together; if the item
    itself is too long for the space left, its first lines stay and the rest goes on with the
    note."""

    def __init__(self, item: Flowable, note: Flowable, keep_with_next: bool = False) -> None:
        super().__init__()
        self.item = item
        self.note = note
        self.keepWithNext = keep_with_next
        self._gap = item.getSpaceAfter() + note.getSpaceBefore()
        self._item_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, self._item_height = self.item.wrap(availWidth, availHeight)
        _, note_height = self.note.wrap(availWidth, availHeight)
        self.width = availWidth
        self.height = self._item_height + self._gap + note_height
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.item.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.note.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        _, note_height = self.note.wrap(availWidth, availHeight)
        # Leave room for the note so that at least the item's last lines go on with it.
        parts = self.item.split(availWidth, availHeight - self._gap - note_height)
        if len(parts) != 2:
            return []  # all of it on the next page, as a heading kept with its text
        head, tail = parts
        return [head, ItemWithNote(tail, self.note, bool(self.keepWithNext))]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """Each part drawn at its place on the page: each part's own drawing saves the
        graphics state and moves there, so the pair needs no state and move of its own
        around them (ReportLab's `Flowable.drawOn`: one `q … cm … Q` less per next step)."""
        x = cast(Any, self)._hAlignAdjust(x, _sW)  # ReportLab's, not in its type stubs
        note_height = self.height - self._item_height - self._gap
        self.item.drawOn(canvas, x, y + note_height + self._gap)  # first: reading order
        self.note.drawOn(canvas, x, y)
