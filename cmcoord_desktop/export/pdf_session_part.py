"""A session's part of the summary: its facts, items, marketplace tables, slides and notes."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, Table

from cmcoord_desktop.export.pdf_images import printable_image
from cmcoord_desktop.export.pdf_item_lists import ItemLists
from cmcoord_desktop.export.pdf_parts import SessionAnchor
from cmcoord_desktop.export.pdf_slides import FittingSlide, SlideImage
from cmcoord_desktop.export.pdf_story_text import Cell, Rule
from cmcoord_desktop.export.pdf_styles import (
    BODY,
    CAPTION,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    FACTS,
    SESSION_TITLE,
    SUBHEADING,
    UN_BLUE,
)
from cmcoord_desktop.export.pdf_tags import (
    StructElement,
)
from cmcoord_desktop.export.summary_data import (
    MarketplaceTable,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.text_safety import clean_line


class SessionPart(ItemLists):
    def session(
        self,
        number: int,
        session: SessionSummary,
        parent: StructElement | None = None,
        depth: int = 0,
    ) -> list[Flowable]:
        """A session's part; under a track heading (`depth` 1) its headings go one level down."""
        h = self.h
        section = (parent or self.document).add("Sect")
        title_role, sub = self._role(2 + depth), self._role(3 + depth)
        rule = Rule(width="100%", thickness=1.2, color=UN_BLUE, spaceBefore=14, spaceAfter=6)
        rule.keepWithNext = 1  # never alone at the foot of a page
        story: list[Flowable] = [rule]
        first, *rest = self._paragraphs(
            section, title_role, session.title or "…", SESSION_TITLE, keep_with_next=True
        )
        title = SessionAnchor(
            first,
            self._key(number),
            session.title,
            self.ledger,
            self.on_session_drawn,
            self.part.outline + (0 if self.part.level == 0 else 1),
        )
        story += [title, *rest]
        when = h.format_date(session.date)
        times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
        facts = [
            self._label(h.date, when) if when else "",
            self._label(h.time, times) if times else "",
            self._label(h.format, session.format) if session.format else "",
            self._label(h.delegates, h.format_number(session.delegates))
            if session.delegates is not None
            else "",
        ]
        if any(facts):
            story += self._paragraphs(
                section, "P", self.maker.join(facts), FACTS, keep_with_next=True, composed=True
            )
        if session.panel:
            story += self._paragraphs(
                section,
                "P",
                self._label(h.panel, session.panel),
                FACTS,
                keep_with_next=True,
                composed=True,
            )
        if session.outcomes:
            story.append(self._heading(section, sub, h.key_outcomes, SUBHEADING))
            story += self._outcomes(section, session.outcomes)
        if session.next_steps:
            story.append(self._heading(section, sub, h.next_steps, SUBHEADING))
            story += self._next_steps(section, session.next_steps)
        if self.options.marketplace and session.tables:
            story.append(self._heading(section, sub, h.marketplace, SUBHEADING))
            story.append(self._marketplace(section, session.tables))
        if self.options.images:
            for slide in session.slides:
                story += self._slide(section, slide, session.title)
        if self.options.notes and session.notes.strip():
            story.append(self._heading(section, sub, h.notes, SUBHEADING))
            story += self._paragraphs(section, "P", session.notes, BODY)
        return story

    def _marketplace(self, parent: StructElement, tables: tuple[MarketplaceTable, ...]) -> Table:
        h, text, texts = self.h, self.maker.text, self.maker.texts
        # Only the columns that hold something: a marketplace of topics alone is one column.
        with_host = any(t.host for t in tables)
        with_ideas = any(t.ideas for t in tables)
        shares = [0.3, 0.2 if with_host else 0, 0.5 if with_ideas else 0]
        total = sum(shares)
        header: list[Cell] = [[text(h.table, CELL_BOLD)]]
        if with_host:
            header.append([text(h.table_host, CELL_BOLD)])
        if with_ideas:
            header.append([text(h.ideas, CELL_BOLD)])
        rows: list[list[Cell]] = [header]
        for group in tables:
            topic = texts(group.topic or "…", CELL_BOLD)
            if group.participants:
                topic += texts(group.participants, CELL_MUTED)
            row = [topic]
            if with_host:
                row.append(texts(group.host, CELL))
            if with_ideas:
                row.append(
                    [
                        flowable
                        for idea in group.ideas
                        for flowable in texts(f"• {idea}" if not self.rtl else f"{idea} •", CELL)
                    ]
                    or [text("", CELL)]
                )
            rows.append(row)
        widths = [share / total * self.frame_width for share in shares if share]
        return self._table(parent, rows, widths, header=True)

    def _slide(self, parent: StructElement, slide: Slide, session_title: str) -> list[Flowable]:
        caption = clean_line(slide.caption) or clean_line(slide.filename)
        printable = printable_image(slide.data)
        if printable is None:
            note = self.maker.join([self.h.presentation, caption, f"({slide.filename or 'image'})"])
            return self._paragraphs(parent, "P", note, CAPTION, composed=True)
        data, size = printable
        scale = min(self.frame_width / size.width, 0.45 * self.frame_height / size.height)
        image = SlideImage(io.BytesIO(data), width=size.width * scale, height=size.height * scale)
        image.hAlign = "RIGHT" if self.rtl else "LEFT"
        alt = clean_line(slide.caption) or self.h.slide_of.format(
            session=clean_line(session_title) or "…"
        )
        figure = parent.add("Figure", alt=alt)
        image.tag = figure
        parts: list[Flowable] = []
        if caption:
            label = (
                caption
                if caption.lower() == self.h.presentation.lower()
                else self.maker.join([self.h.presentation, caption])
            )
            parts = self._paragraphs(parent, "Caption", label, CAPTION, composed=True)
        return [FittingSlide(image, parts, self.rtl)]
