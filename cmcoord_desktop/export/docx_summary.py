"""Write an event summary as a Word document (python-docx), from the same plain data as the PDF.

Real Word styles only (Title, Heading 1-3, List Number, Caption, a table style), so colleagues'
navigation pane, table of contents, comments and translators' tools work on the draft. Key
outcomes and next steps are real numbered lists, each starting at 1; Arabic paragraphs read
right to left; slides carry their caption as alt text.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm
from docx.table import Table
from docx.text.paragraph import Paragraph

from cmcoord_desktop.export.document_words import slide_label, words_for
from cmcoord_desktop.export.docx_text import (
    AFTER_BIDI_VISUAL,
    ListNumbers,
    add_text,
    field_char,
    instruction,
    set_direction,
    use_fonts_with_glyphs,
    word_language,
)
from cmcoord_desktop.export.headings import headings_for
from cmcoord_desktop.export.plain_text import (
    event_facts,
    is_right_to_left,
    language_of,
    safe_line,
    safe_text,
)
from cmcoord_desktop.export.slide_images import shown_slide
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    MarketplaceTable,
    NextStep,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.summary_options import SummaryOptions

TABLE_STYLE = "Light Grid Accent 1"
# The widest a slide is placed: A4 or Letter less the default margins, with room to spare.
SLIDE_WIDTH = Mm(150)
SLIDE_HEIGHT = Mm(110)


class _DocumentBuilder:
    def __init__(
        self,
        summary: EventSummary,
        options: SummaryOptions,
        on_session: Callable[[int], None],
        document: Document | None = None,
        shift: int = 0,
    ) -> None:
        """`document` and `shift`: one event among several, written into their document with
        its headings `shift` levels down (its title a Heading 2 under its section's Heading 1)."""
        self.summary = summary
        self.shift = shift
        self.options = options
        self.on_session = on_session
        self.language = (summary.language or "en").strip().lower() or "en"
        self.h = headings_for(self.language)
        self.w = words_for(self.language)
        self.rtl = is_right_to_left(self.language)
        self.document: Document = document if document is not None else docx.Document()
        self.lists = ListNumbers(self.document)
        self._style_ids: dict[str, str] = {}
        self._section: BaseOxmlElement | None = None

    def new_paragraph(self, style: str | None = None) -> Paragraph:
        """An empty paragraph at the end of the body. python-docx's add_paragraph looks up the
        style by name through every style and finds the section break by scanning the whole
        body, each time: that made a long summary's export quadratic."""
        body = self.document.element.body
        if self._section is None:
            self._section = body.find(qn("w:sectPr"))
        p = body.makeelement(qn("w:p"), {})
        if style is not None:
            properties = p.makeelement(qn("w:pPr"), {})
            properties.append(
                properties.makeelement(qn("w:pStyle"), {qn("w:val"): self.style_id(style)})
            )
            p.append(properties)
        if self._section is not None:
            self._section.addprevious(p)
        else:
            body.append(p)
        return Paragraph(p, self.document._body)

    def style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, text: str, around: str, style: str | None = None) -> Paragraph:
        """A paragraph of one user field (or our own words), in its direction and language."""
        paragraph = self.new_paragraph(style)
        add_text(paragraph, text, language_of(text, around))
        set_direction(paragraph, text if text.strip() else ("\u0627" if self.rtl else "a"))
        return paragraph

    def heading(self, text: str, level: int, around: str | None = None) -> Paragraph:
        level = level + self.shift if level or self.shift else 0
        return self.paragraph(
            text, around or self.language, "Title" if level == 0 else f"Heading {min(level, 9)}"
        )

    def numbered(self, texts: list[str], around: str) -> list[Paragraph]:
        list_id = self.lists.new_list()
        paragraphs = []
        for text in texts:
            paragraph = self.paragraph(text, around, "List Number")
            self.lists.number(paragraph, list_id)
            paragraphs.append(paragraph)
        return paragraphs

    # -- the document ------------------------------------------------------------------------

    def build(self) -> Document:
        use_fonts_with_glyphs(self.document, self.language)
        self.properties()
        self.paragraph(self.h.summary, self.language, "Subtitle")
        return self.event()

    def event(self) -> Document:
        """The event's title, facts, outcomes and sessions (the whole summary but its frame)."""
        s, h = self.summary, self.h
        self.heading(safe_line(s.title) or "…", 0)
        self.facts()
        for part in safe_text(s.description).split("\n\n"):
            if part.strip():
                self.paragraph(part.strip(), self.language)
        if len(s.sessions) > 1 and not self.shift:  # several events share one contents
            self.contents()
        if s.outcomes or s.next_steps:
            self.heading(h.event_outcomes, 1)
            if s.outcomes:
                self.numbered([safe_text(o) for o in s.outcomes], self.language)
            if s.next_steps:
                self.heading(h.next_steps, 2)
                self.steps(s.next_steps, self.language)
        track, outside = "", self.shift
        for number, session in enumerate(s.sessions, 1):
            if safe_line(session.track) != track:  # sessions grouped under their track
                track = safe_line(session.track)
                self.shift = outside
                if track:
                    self.heading(track, 1)
                    self.shift = outside + 1  # the track's sessions one level under it
            self.session(number, session)
            self.on_session(number)
        self.shift = outside
        if s.sessions:  # an event without sessions has no figures but its facts' participants
            self.numbers()
        return self.document

    def properties(self) -> None:
        s = self.summary
        core = self.document.core_properties
        core.title = safe_line(s.title)[:250]
        core.subject = self.h.summary
        core.author = (safe_line(self.options.author) or safe_line(s.host) or "CMCoord Desktop")[
            :250
        ]
        core.language = word_language(self.language)
        core.keywords = "UN-CMCoord; summary"
        core.comments = "Written by CMCoord Desktop"

    def facts(self) -> None:
        s, h = self.summary, self.h
        rows = event_facts(s, h)
        if not rows:
            return
        table = self.table(len(rows), 2, header_row=False)
        for row, (label, value) in zip(table.rows, rows, strict=True):
            self.cell_text(row.cells[0].paragraphs[0], label, bold=True)
            self.cell_text(row.cells[1].paragraphs[0], value)

    def table(self, rows: int, columns: int, header_row: bool = True) -> Table:
        table: Table = self.document.add_table(rows=rows, cols=columns)
        table.style = self.document.styles[TABLE_STYLE]
        look = table._tbl.tblPr.find(qn("w:tblLook"))  # which parts of the style apply
        if look is not None and not header_row:
            look.set(qn("w:firstRow"), "0")
            look.set(qn("w:val"), "0080")
        if self.rtl:  # columns run from the right in an Arabic document
            table._tbl.tblPr.insert_element_before(OxmlElement("w:bidiVisual"), *AFTER_BIDI_VISUAL)
        return table

    def cell_text(self, paragraph: Paragraph, text: str, bold: bool = False) -> None:
        add_text(paragraph, text, language_of(text, self.language), bold=bold)
        set_direction(paragraph, text if text.strip() else ("\u0627" if self.rtl else "a"))

    def contents(self, titles: list[str] | None = None) -> None:
        """A real table-of-contents field (Word rebuilds it with F9, with page numbers); until
        then it shows the session titles (or the `titles` given), which is also what
        LibreOffice and viewers print."""
        self.heading(self.h.contents, 1)
        if titles is None:
            titles = [
                f"{n}. {safe_line(x.title) or '…'}" for n, x in enumerate(self.summary.sessions, 1)
            ]
        paragraphs = [self.paragraph(title, self.language) for title in titles]
        first, last = paragraphs[0]._p, paragraphs[-1]._p
        anchor = first.find(qn("w:pPr"))
        position = 0 if anchor is None else list(first).index(anchor) + 1
        for offset, part in enumerate(
            [field_char("begin"), instruction('TOC \\o "1-2" \\h \\z \\u'), field_char("separate")]
        ):
            first.insert(position + offset, part)
        last.append(field_char("end"))

    def steps(self, steps: tuple[NextStep, ...], around: str) -> None:
        h = self.h
        paragraphs = self.numbered([safe_text(s.text) for s in steps], around)
        for paragraph, step in zip(paragraphs, steps, strict=True):
            details = [
                (h.owner, safe_line(step.owner)),
                (h.due, h.format_date(step.due)),
                (h.status, h.statuses.get(step.status, safe_line(step.status))),
            ]
            line = " · ".join(f"{label}: {value}" for label, value in details if value)
            if not line:
                continue
            add_text(paragraph, "\n" + line, language_of(line, around), muted=True)

    def session(self, number: int, session: SessionSummary) -> None:
        h = self.h
        title = safe_line(session.title) or "…"
        around = language_of(" ".join([title, *session.outcomes[:3]]), self.language)
        self.heading(f"{number}. {title}", 1, around)
        times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
        facts = [
            (h.date, h.format_date(session.date)),
            (h.time, times),
            (h.format, safe_line(session.format)),
            (h.delegates, "" if session.delegates is None else str(session.delegates)),
        ]
        line = " · ".join(f"{label}: {value}" for label, value in facts if value)
        if line:
            self.paragraph(line, around)
        if session.panel.strip():
            self.paragraph(f"{h.panel}: {safe_line(session.panel)}", around)
        if session.outcomes:
            self.heading(h.key_outcomes, 2, around)
            self.numbered([safe_text(o) for o in session.outcomes], around)
        if session.next_steps:
            self.heading(h.next_steps, 2, around)
            self.steps(session.next_steps, around)
        if self.options.marketplace and session.tables:
            self.heading(h.marketplace, 2, around)
            self.marketplace(session.tables)
        if self.options.images:
            for slide in session.slides:
                self.slide(slide, around)
        if self.options.notes and session.notes.strip():
            self.heading(h.notes, 3, around)
            for part in safe_text(session.notes).split("\n\n"):
                if part.strip():
                    self.paragraph(part.strip(), around)

    def marketplace(self, tables: tuple[MarketplaceTable, ...]) -> None:
        h = self.h
        with_participants = any(t.participants.strip() for t in tables)
        labels = [h.table, h.table_host] + ([h.participants] if with_participants else [])
        labels.append(h.ideas)
        table = self.table(len(tables) + 1, len(labels))
        header = table.rows[0]
        header_properties = header._tr.get_or_add_trPr()
        header_properties.append(OxmlElement("w:tblHeader"))  # repeated on every page
        for cell, label in zip(header.cells, labels, strict=True):
            self.cell_text(cell.paragraphs[0], label, bold=True)
        for row, group in zip(table.rows[1:], tables, strict=True):
            values = [safe_line(group.topic), safe_line(group.host)]
            if with_participants:
                values.append(safe_line(group.participants))
            for cell, value in zip(row.cells, values, strict=False):
                self.cell_text(cell.paragraphs[0], value)
            ideas = row.cells[len(values)]
            for index, idea in enumerate(group.ideas):
                paragraph = ideas.paragraphs[0] if index == 0 else ideas.add_paragraph()
                paragraph._p.style = self.style_id("List Bullet")
                self.cell_text(paragraph, safe_text(idea))

    def slide(self, slide: Slide, around: str) -> None:
        h = self.h
        caption = safe_line(slide.caption)
        name = safe_line(slide.filename) or h.presentation
        if slide.removed:  # no note that would read as a broken image: its caption, said so
            label = slide_label(caption, h.presentation)
            self.paragraph(self.w.removed.format(caption=label), around, "Caption")
            return
        shown = shown_slide(slide)
        if shown is None:
            note = self.paragraph(self.w.not_shown.format(name=name), around, "Caption")
            for run in note.runs:
                run.italic = True
        else:
            scale = min(SLIDE_WIDTH / shown.width, SLIDE_HEIGHT / shown.height)
            paragraph = self.new_paragraph()
            set_direction(paragraph, "\u0627" if self.rtl else "a")
            run = paragraph.add_run()
            run.add_picture(
                io.BytesIO(shown.data),
                width=int(shown.width * scale),
                height=int(shown.height * scale),
            )
            properties = run._r.find(".//" + qn("wp:docPr"))
            if properties is not None:  # the alt text Word shows and screen readers read
                properties.set("descr", caption or f"{h.presentation}: {name}")
                properties.set("name", f"{h.presentation} {name}"[:200])
        label = slide_label(caption, h.presentation)
        if shown is not None or caption:
            self.paragraph(label, around, "Caption")

    def numbers(self) -> None:
        s, h = self.summary, self.h
        outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
        steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
        facts = [(h.sessions, len(s.sessions)), (h.delegates, s.delegates)]
        if s.participants is not None:
            facts.append((h.participants, s.participants))
        facts += [(h.outcomes, outcomes), (h.next_steps, steps)]
        self.heading(h.numbers, 1)
        table = self.table(len(facts), 2, header_row=False)
        for row, (label, value) in zip(table.rows, facts, strict=True):
            self.cell_text(row.cells[0].paragraphs[0], label)
            self.cell_text(row.cells[1].paragraphs[0], str(value), bold=True)


def summary_docx(
    summary: EventSummary,
    options: SummaryOptions | None = None,
    on_session: Callable[[int], None] | None = None,
) -> bytes:
    """The summary as the bytes of a .docx file."""
    builder = _DocumentBuilder(summary, options or SummaryOptions(), on_session or (lambda _: None))
    document = builder.build()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
