"""The flowables of a summary, in reading order: title block, contents, sessions, numbers.

Shaped after the published "Summary of UN-CMCoord Events": per session its date, how many
delegates took part, Key outcomes, Next steps to implementing solutions.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Image, KeepTogether, Spacer, Table, TableStyle

from cmcoord_desktop.export.fonts import LATIN
from cmcoord_desktop.export.headings import Headings
from cmcoord_desktop.export.pdf_images import printable_image
from cmcoord_desktop.export.pdf_parts import ContentsLine, Ledger, SessionAnchor
from cmcoord_desktop.export.pdf_styles import (
    BODY,
    CAPTION,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    CONTENTS,
    EVENT_TITLE,
    FACTS,
    KICKER,
    LIST_ITEM,
    META,
    RULE,
    SECTION_TITLE,
    SESSION_TITLE,
    SHADE,
    SUBHEADING,
    UN_BLUE,
    TextMaker,
)
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    MarketplaceTable,
    NextStep,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.export.text_safety import clean_line


class StoryBuilder:
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

    # -- helpers ------------------------------------------------------------------------------

    def _label(self, label: str, value: str) -> str:
        return self.maker.label(label, value)

    def _table(self, rows: list[list[Flowable]], widths: list[float], header: bool) -> Table:
        if self.rtl:
            rows = [row[::-1] for row in rows]
            widths = widths[::-1]
        table = Table(
            rows,
            colWidths=widths,
            repeatRows=1 if header else 0,
            splitInRow=1,
            hAlign="RIGHT" if self.rtl else "LEFT",
        )
        commands = [
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

    # -- parts --------------------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        s, h, text = self.summary, self.h, self.maker.text
        texts = self.maker.texts
        story: list[Flowable] = [text(h.summary, KICKER), *texts(s.title or "…", EVENT_TITLE)]
        if s.series or s.kind:
            story += texts(self.maker.join([s.series, s.kind]), FACTS, composed=True)
        facts = []
        if s.host:
            facts.append((h.host, s.host))
        place = ", ".join(p for p in (s.city, s.country) if p)
        if place:
            facts.append((h.place, place))
        if s.platform or s.platform_link:
            facts.append((h.online, self.maker.join([s.platform, s.platform_link])))
        dates = h.format_dates(s.start_date, s.end_date)
        if dates:
            facts.append((h.dates, dates))
        if s.participants is not None:
            facts.append((h.participants, str(s.participants)))
        if facts:
            label_width = 38 * mm
            rows = [[text(label, CELL_BOLD), texts(value, CELL)] for label, value in facts]
            story += [
                Spacer(1, 6),
                self._table(rows, [label_width, self.frame_width - label_width], header=False),
            ]
        if s.description:
            story += [Spacer(1, 8), *texts(s.description, BODY)]
        if s.outcomes or s.next_steps:
            story.append(text(h.event_outcomes, SECTION_TITLE, keep_with_next=True))
            story += self._outcomes(s.outcomes)
            story += self._next_steps(s.next_steps)
        return story

    def contents(self) -> list[Flowable]:
        if len(self.summary.sessions) < 2:
            return []
        story: list[Flowable] = [self.maker.text(self.h.contents, SECTION_TITLE, True)]
        for number, session in enumerate(self.summary.sessions, 1):
            label = self.maker.join(
                [clean_line(session.title) or "…", self.h.format_date(session.date)]
            )
            line = self.maker.text(label, CONTENTS, marker=f"{number}.", composed=True)
            story.append(ContentsLine(line, _key(number), self.rtl, self.ledger))
        return story

    def session(self, number: int, session: SessionSummary) -> list[Flowable]:
        h, text, texts = self.h, self.maker.text, self.maker.texts
        story: list[Flowable] = [
            HRFlowable(width="100%", thickness=1.2, color=UN_BLUE, spaceBefore=14, spaceAfter=6),
        ]
        first, *rest = texts(session.title or "…", SESSION_TITLE, keep_with_next=True)
        title = SessionAnchor(
            first,
            _key(number),
            session.title,
            self.ledger,
            self.on_session_drawn,
        )
        story += [title, *rest]
        when = h.format_date(session.date)
        times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
        facts = [
            self._label(h.date, when) if when else "",
            self._label(h.time, times) if times else "",
            self._label(h.format, session.format) if session.format else "",
            self._label(h.delegates, str(session.delegates))
            if session.delegates is not None
            else "",
        ]
        if any(facts):
            story += texts(self.maker.join(facts), FACTS, keep_with_next=True, composed=True)
        if session.panel:
            story += texts(
                self._label(h.panel, session.panel), FACTS, keep_with_next=True, composed=True
            )
        if session.outcomes:
            story.append(text(h.key_outcomes, SUBHEADING, keep_with_next=True))
            story += self._outcomes(session.outcomes)
        if session.next_steps:
            story.append(text(h.next_steps, SUBHEADING, keep_with_next=True))
            story += self._next_steps(session.next_steps)
        if self.options.marketplace and session.tables:
            story.append(text(h.marketplace, SUBHEADING, keep_with_next=True))
            story.append(self._marketplace(session.tables))
        if self.options.images:
            for slide in session.slides:
                story += self._slide(slide)
        if self.options.notes and session.notes.strip():
            story.append(text(h.notes, SUBHEADING, keep_with_next=True))
            story += texts(session.notes, BODY)
        return story

    def _outcomes(self, outcomes: tuple[str, ...]) -> list[Flowable]:
        return [
            flowable
            for n, o in enumerate(outcomes, 1)
            for flowable in self.maker.texts(o, LIST_ITEM, marker=f"{n}.")
        ]

    def _next_steps(self, steps: tuple[NextStep, ...]) -> list[Flowable]:
        h = self.h
        story: list[Flowable] = []
        for number, step in enumerate(steps, 1):
            meta = self.maker.join(
                [
                    self._label(h.owner, step.owner) if step.owner else "",
                    self._label(h.due, h.format_date(step.due)) if step.due else "",
                    self._label(h.status, h.statuses.get(step.status, step.status))
                    if step.status
                    else "",
                ]
            )
            story += self.maker.texts(
                step.text,
                LIST_ITEM,
                marker=f"{number}.",
                note=(meta, META) if meta else None,
            )
        return story

    def _marketplace(self, tables: tuple[MarketplaceTable, ...]) -> Table:
        h, text, texts = self.h, self.maker.text, self.maker.texts
        widths = [0.3 * self.frame_width, 0.2 * self.frame_width, 0.5 * self.frame_width]
        rows: list[list] = [
            [text(h.table, CELL_BOLD), text(h.table_host, CELL_BOLD), text(h.ideas, CELL_BOLD)]
        ]
        for group in tables:
            topic = texts(group.topic or "…", CELL_BOLD)
            if group.participants:
                topic += texts(group.participants, CELL_MUTED)
            ideas = [
                flowable
                for idea in group.ideas
                for flowable in texts(f"• {idea}" if not self.rtl else f"{idea} •", CELL)
            ] or [text("", CELL)]
            rows.append([topic, texts(group.host, CELL), ideas])
        return self._table(rows, widths, header=True)

    def _slide(self, slide: Slide) -> list[Flowable]:
        caption = clean_line(slide.caption) or clean_line(slide.filename)
        printable = printable_image(slide.data)
        if printable is None:
            note = self.maker.join([self.h.presentation, caption, f"({slide.filename or 'image'})"])
            return self.maker.texts(note, CAPTION, composed=True)
        data, size = printable
        scale = min(self.frame_width / size.width, 0.45 * self.frame_height / size.height)
        image = Image(io.BytesIO(data), width=size.width * scale, height=size.height * scale)
        image.hAlign = "RIGHT" if self.rtl else "LEFT"
        parts: list[Flowable] = [Spacer(1, 6), image]
        if caption:
            label = (
                caption
                if caption.lower() == self.h.presentation.lower()
                else self.maker.join([self.h.presentation, caption])
            )
            parts += self.maker.texts(label, CAPTION, composed=True)
        return [KeepTogether(parts)]

    def numbers(self) -> list[Flowable]:
        s, h, text = self.summary, self.h, self.maker.text
        outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
        steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
        facts = [(h.sessions, len(s.sessions)), (h.delegates, s.delegates)]
        if s.participants is not None:
            facts.append((h.participants, s.participants))
        facts += [(h.outcomes, outcomes), (h.next_steps, steps)]
        width = 0.5 * self.frame_width
        rows = [[text(label, CELL), text(str(value), CELL_BOLD)] for label, value in facts]
        return [
            Spacer(1, 10),
            KeepTogether(
                [
                    text(h.numbers, SECTION_TITLE, keep_with_next=True),
                    self._table(rows, [width * 0.75, width * 0.25], header=False),
                ]
            ),
        ]

    def story(self) -> list[Flowable]:
        story = self.title_block() + self.contents()
        for number, session in enumerate(self.summary.sessions, 1):
            story += self.session(number, session)
        return story + self.numbers()


def _key(number: int) -> str:
    return f"session{number}"
