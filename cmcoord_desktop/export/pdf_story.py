"""The flowables of a summary, in reading order: title block, contents, sessions, numbers.

Shaped after the published "Summary of UN-CMCoord Events": per session its date, how many
delegates took part, Key outcomes, Next steps to implementing solutions.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from cmcoord_desktop.export.pdf_parts import ContentsLine, SessionAnchor
from cmcoord_desktop.export.pdf_session_part import SessionPart
from cmcoord_desktop.export.pdf_story_text import Rule
from cmcoord_desktop.export.pdf_styles import (
    BODY,
    CELL,
    CELL_BOLD,
    CONTENTS,
    EVENT_AMONG_EVENTS,
    EVENT_TITLE,
    FACTS,
    KICKER,
    RULE,
    SECTION_TITLE,
)
from cmcoord_desktop.export.pdf_tags import (
    tag,
    text_language,
)
from cmcoord_desktop.export.text_safety import clean_line


class StoryBuilder(SessionPart):
    """The whole story of one event: its title block and facts, contents, sessions, numbers."""

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


def _words(text: str) -> list[str]:
    """Lower-case words without a plural "s": "Networks" and "Network" are one word."""
    return [w.lower().removesuffix("s") for w in re.findall(r"\w+", text)]


def _repeats(part: str, title: str) -> bool:
    """Whether every word of `part` is already in the title."""
    words = _words(part)
    return bool(words) and set(words) <= set(_words(title))


def _says(text: str, phrase: str) -> bool:
    return bool(text) and phrase.lower() in text.lower()
