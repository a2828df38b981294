"""The summary's text as tagged flowables: paragraphs, headings and tables in the summary's
language and direction, each given its place in the structure tree. The parts of the story
(event facts, sessions, lists of items) are written with these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, HRFlowable, Table, TableStyle

from cmcoord_desktop.export.fonts import LATIN
from cmcoord_desktop.export.headings import Headings
from cmcoord_desktop.export.pdf_parts import Ledger
from cmcoord_desktop.export.pdf_styles import (
    RULE,
    SHADE,
    UN_BLUE,
    TextMaker,
    TextStyle,
)
from cmcoord_desktop.export.pdf_tags import (
    ARTIFACT,
    StructElement,
    TaggedDrawing,
    Tagger,
    tag,
    text_language,
)
from cmcoord_desktop.export.summary_data import (
    EventSummary,
)
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.export.text_safety import clean_text


class Rule(TaggedDrawing, HRFlowable):
    """The rule above a session: decoration, an Artifact."""

    tag = ARTIFACT


class SummaryTable(Table):
    """A table whose shading and lines are Artifacts (its cells carry the structure)."""

    def _drawBkgrnd(self) -> None:  # noqa: N802
        tagger = Tagger.of(self.canv)
        if tagger is None:
            super()._drawBkgrnd()  # type: ignore[misc]  # private, untyped in the stubs
            return
        with tagger.artifact(self.canv):
            super()._drawBkgrnd()  # type: ignore[misc]  # private, untyped in the stubs

    def _drawLines(self) -> None:  # noqa: N802
        tagger = Tagger.of(self.canv)
        if tagger is None:
            super()._drawLines()  # type: ignore[misc]  # private, untyped in the stubs
            return
        with tagger.artifact(self.canv):
            super()._drawLines()  # type: ignore[misc]  # private, untyped in the stubs


Cell = list[Flowable]


@dataclass(frozen=True)
class EventPart:
    """Where an event's part sits in the summary: alone (level 0), or one of several events
    under a section heading (its headings `level` further down, its bookmarks under the
    section's at `outline`, its link keys starting `key`)."""

    level: int = 0
    outline: int = 0
    key: str = ""


class StoryText:
    def __init__(
        self,
        summary: EventSummary,
        options: SummaryOptions,
        headings: Headings,
        maker: TextMaker,
        frame_width: float,
        frame_height: float,
        ledger: Ledger,
        on_session_drawn: Callable[[int], None],
        document: StructElement | None = None,
        part: EventPart | None = None,
    ) -> None:
        self.summary = summary
        self.options = options
        self.h = headings
        self.maker = maker
        self.rtl = maker.right_to_left
        self.frame_width = frame_width
        self.frame_height = frame_height
        self.ledger = ledger
        self.on_session_drawn = on_session_drawn
        self.document = document if document is not None else StructElement("Document")
        self.language = (summary.language or "en").lower()
        self.part = part or EventPart()

    def _role(self, level: int) -> str:
        """A heading role, one level further down for each level the event sits under."""
        return f"H{level + self.part.level}"

    # -- helpers ------------------------------------------------------------------------------

    def _label(self, label: str, value: str) -> str:
        return self.maker.label(label, value)

    def _tagged(
        self, flowables: list[Flowable], element: StructElement, label: StructElement | None = None
    ) -> list[Flowable]:
        for index, flowable in enumerate(flowables):
            tag(flowable, element, label if index == 0 else None)
        return flowables

    def _paragraphs(
        self, parent: StructElement, role: str, text: str, style: TextStyle, **options: object
    ) -> list[Flowable]:
        """User text as paragraphs of one element (with /Lang if it is in another script)."""
        element = parent.add(role, lang=text_language(clean_text(text), self.language))
        return self._tagged(self.maker.texts(text, style, **options), element)  # type: ignore[arg-type]

    def _heading(self, parent: StructElement, role: str, text: str, style: TextStyle) -> Flowable:
        element = parent.add(role, lang=text_language(clean_text(text), self.language))
        heading: Flowable = tag(self.maker.text(text, style, keep_with_next=True), element)
        return heading

    def _table(
        self,
        parent: StructElement,
        rows: list[list[Cell]],
        widths: list[float],
        header: bool,
        row_headers: bool = False,
    ) -> Table:
        """A table, tagged Table/TR/TH/TD: the first row is a header row when `header`, the
        first cell of each row a row header when `row_headers`."""
        table_element = parent.add("Table")
        for row_number, row in enumerate(rows):
            tr = table_element.add("TR")
            for column, cell in enumerate(row):
                if header and row_number == 0:
                    element = tr.add("TH", scope="Column")
                elif row_headers and column == 0:
                    element = tr.add("TH", scope="Row")
                else:
                    element = tr.add("TD")
                self._tagged(cell, element)
        if self.rtl:
            rows = [row[::-1] for row in rows]
            widths = widths[::-1]
        table = SummaryTable(
            rows,
            colWidths=widths,
            repeatRows=1 if header else 0,
            splitInRow=1,
            hAlign="RIGHT" if self.rtl else "LEFT",
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), LATIN.regular),  # no unembedded Helvetica
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, UN_BLUE),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def _key(self, name: object) -> str:
        return f"{self.part.key}session{name}"
