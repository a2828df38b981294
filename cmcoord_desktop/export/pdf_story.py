"""The flowables of a summary, in reading order: title block, contents, sessions, numbers.

Shaped after the published "Summary of UN-CMCoord Events": per session its date, how many
delegates took part, Key outcomes, Next steps to implementing solutions.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
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
    EVENT_AMONG_EVENTS,
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
    MarketplaceTable,
    NextStep,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.export.text_safety import clean_line, clean_text


class Rule(TaggedDrawing, HRFlowable):
    """The rule above a session: decoration, an Artifact."""

    tag = ARTIFACT


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

    # -- parts --------------------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        s, h, text = self.summary, self.h, self.maker.text
        doc = self.document
        story: list[Flowable] = []
        standalone = self.part.level == 0
        if standalone and not _says(s.description, h.summary) and not _says(s.title, h.summary):
            story.append(tag(text(h.summary, KICKER), doc.add("P")))
        style = EVENT_TITLE if standalone else EVENT_AMONG_EVENTS
        title = self._paragraphs(doc, self._role(1), s.title or "…", style, keep_with_next=True)
        if not standalone:  # among several events: ruled off, and a bookmark of its own
            rule = Rule(width="100%", thickness=0.6, color=RULE, spaceBefore=16, spaceAfter=8)
            rule.keepWithNext = 1
            story.append(rule)
            title[0] = SessionAnchor(
                title[0], self._key("event"), s.title, self.ledger, None, self.part.outline
            )
        story += title
        # The series and kind, unless they only say the title again in other words.
        subtitle = [part for part in (s.series, s.kind) if not _repeats(part, s.title)]
        if subtitle:
            story += self._paragraphs(doc, "P", self.maker.join(subtitle), FACTS, composed=True)
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
            facts.append((h.participants, h.format_number(s.participants)))
        if facts:
            label_width = 38 * mm
            rows = [
                [[text(label, CELL_BOLD)], self.maker.texts(value, CELL, composed=True)]
                for label, value in facts
            ]
            widths = [label_width, self.frame_width - label_width]
            story += [Spacer(1, 6), self._table(doc, rows, widths, header=False, row_headers=True)]
        if s.description:
            story += [Spacer(1, 8), *self._paragraphs(doc, "P", s.description, BODY)]
        if s.outcomes or s.next_steps:
            section = doc.add("Sect")
            story.append(self._heading(section, self._role(2), h.event_outcomes, SECTION_TITLE))
            story += self._outcomes(section, s.outcomes)
            story += self._next_steps(section, s.next_steps)
        return story

    def contents(self) -> list[Flowable]:
        if len(self.summary.sessions) < 2:
            return []
        section = self.document.add("Sect")
        contents = self._heading(section, self._role(2), self.h.contents, SECTION_TITLE)
        story: list[Flowable] = [contents]
        toc = section.add("TOC")
        for number, session in enumerate(self.summary.sessions, 1):
            title = clean_line(session.title) or "…"
            label = self.maker.join([title, self.h.format_date(session.date)])
            entry = toc.add("TOCI", lang=text_language(title, self.language))
            line = self.maker.text(label, CONTENTS, marker=f"{number}.", composed=True)
            tag(line, entry, entry.add("Lbl"))
            story.append(ContentsLine(line, self._key(number), self.rtl, self.ledger, title))
        return story

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

    def _outcomes(self, parent: StructElement, outcomes: tuple[str, ...]) -> list[Flowable]:
        if not outcomes:
            return []
        items = parent.add("L")
        story: list[Flowable] = []
        for n, outcome in enumerate(outcomes, 1):
            item = items.add("LI")
            label = item.add("Lbl")
            body = item.add("LBody", lang=text_language(clean_text(outcome), self.language))
            story += self._tagged(self.maker.texts(outcome, LIST_ITEM, marker=f"{n}."), body, label)
        return story

    def _next_steps(self, parent: StructElement, steps: tuple[NextStep, ...]) -> list[Flowable]:
        if not steps:
            return []
        h = self.h
        items = parent.add("L")
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
            item = items.add("LI")
            label = item.add("Lbl")
            body = item.add("LBody", lang=text_language(clean_text(step.text), self.language))
            flowables = self.maker.texts(
                step.text,
                LIST_ITEM,
                marker=f"{number}.",
                note=(meta, META) if meta else None,
            )
            story += self._tagged(flowables, body, label)
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

    def numbers(self) -> list[Flowable]:
        s, h, text = self.summary, self.h, self.maker.text
        outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
        steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
        # Totals that mean something: the sessions' delegates are often the same people
        # counted again, so they are not added up; the event's participants are its own count.
        facts = [(h.sessions, len(s.sessions))]
        if s.participants is not None:
            facts.append((h.participants, s.participants))
        facts += [(h.outcomes, outcomes), (h.next_steps, steps)]
        facts = [(label, value) for label, value in facts if value]
        if not facts:
            return []
        width = 0.5 * self.frame_width
        section = self.document.add("Sect")
        heading = self._heading(section, self._role(2), h.numbers, SECTION_TITLE)
        rows = [
            [[text(label, CELL)], [text(h.format_number(value), CELL_BOLD)]]
            for label, value in facts
        ]
        table = self._table(section, rows, [width * 0.75, width * 0.25], False, row_headers=True)
        return [Spacer(1, 10), KeepTogether([heading, table])]

    def story(self) -> list[Flowable]:
        story = self.title_block() + self.contents()
        track, parent = "", self.document
        for number, session in enumerate(self.summary.sessions, 1):
            # Sessions in a row with the same track go under one heading the facilitator named.
            if clean_line(session.track) != track:
                track = clean_line(session.track)
                parent = self.document.add("Sect") if track else self.document
                if track:
                    story.append(Spacer(1, 8))
                    story.append(self._heading(parent, self._role(2), track, SECTION_TITLE))
            story += self.session(number, session, parent, 1 if track else 0)
        # Among several events each event's totals would be noise: the page has none.
        return story + (self.numbers() if self.part.level == 0 else [])

    def _key(self, name: object) -> str:
        return f"{self.part.key}session{name}"


def _words(text: str) -> list[str]:
    """Lower-case words without a plural "s": "Networks" and "Network" are one word."""
    return [w.lower().removesuffix("s") for w in re.findall(r"\w+", text)]


def _repeats(part: str, title: str) -> bool:
    """Whether every word of `part` is already in the title."""
    words = _words(part)
    return bool(words) and set(words) <= set(_words(title))


def _says(text: str, phrase: str) -> bool:
    return bool(text) and phrase.lower() in text.lower()
