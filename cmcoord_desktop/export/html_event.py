"""One event's <article> of the web page: its title, facts, contents, sessions, tracks and
slides, with links only for safe schemes, direction and language per field (the page around
it, and several events in one page: export/html_summary.py)."""

from __future__ import annotations

import base64
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from cmcoord_desktop.export.document_words import DocumentWords, slide_label, words_for
from cmcoord_desktop.export.headings import Headings, headings_for
from cmcoord_desktop.export.image_folder import SlideSink
from cmcoord_desktop.export.plain_text import (
    direction_of,
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

Element = ET.Element
SubElement = ET.SubElement

# A link in user text: only these schemes become links; anything else stays text.
_LINK = re.compile(r"\b(?:https?://|mailto:)[^\s<>\"'`]+", re.IGNORECASE)
_LINK_SCHEMES = ("http", "https", "mailto")
_TRAILING = ".,;:!?)]}»”’"

# Attributes most elements share, made once: ElementTree copies the dict it is given.
_AUTO = {"dir": "auto"}
_LABEL = {"class": "label"}
_STEP = {"class": "step"}


@dataclass(frozen=True)
class PageOptions:
    body_only: bool = False  # just the <article>, no <head> and no stylesheet (for a CMS)
    images_folder: bool = False  # slides as files in a folder beside the page, not inline


def safe_link(url: str) -> str | None:
    """The URL if it may become a link (http, https or mailto with somewhere to go)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return url


def _may_hold_link(text: str) -> bool:
    """False when `_LINK` cannot match: no "://" and, in ASCII text, no "mailto:" in any case
    (a case-blind search of all text is ten times the cost; other scripts have letters that
    fold to ASCII ones, so they are searched)."""
    if "://" in text:
        return True
    if text.isascii():
        return "mailto:" in text.lower()
    return _LINK.search(text) is not None


def _append(element: Element, text: str) -> None:
    """Text added after whatever `element` already holds."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def add_text(element: Element, text: str) -> None:
    """User text into `element`: line breaks as <br>, web addresses as links; escaped by
    ElementTree when written."""
    # Most fields: no break and no address (a ":" alone, as in "Session 1: ...", is no link).
    if "\n" not in text and (":" not in text or not _may_hold_link(text)):
        _append(element, text)
        return
    for number, line in enumerate(text.split("\n")):
        if number:
            SubElement(element, "br")
        position = 0
        for match in _LINK.finditer(line):
            url = match.group(0).rstrip(_TRAILING)
            href = safe_link(url)
            if href is None:
                continue
            _append(element, line[position : match.start()])
            link = SubElement(element, "a", href=href)
            link.text = url
            position = match.start() + len(url)
        _append(element, line[position:])


class EventArticle:
    def __init__(
        self,
        summary: EventSummary,
        options: SummaryOptions,
        page: PageOptions,
        images: SlideSink | None,
        on_session: Callable[[int], None],
        standalone: bool = True,
    ) -> None:
        """`standalone` False: one of several events (no kicker, no numbers)."""
        self.standalone = standalone
        self.summary = summary
        self.options = options
        self.page = page
        self.images = images
        self.on_session = on_session
        self.language = (summary.language or "en").strip().lower() or "en"
        self.h: Headings = headings_for(self.language)
        self.w: DocumentWords = words_for(self.language)
        self.direction = "rtl" if is_right_to_left(self.language) else "ltr"
        self.value_languages: dict[tuple[str, str], str] = {}
        self.dates: dict[dt.date | None, str] = {}

    def date(self, day: dt.date | None) -> str:
        """The day as the language writes it, made once (most sessions share a few days)."""
        text = self.dates.get(day)
        if text is None:
            text = self.dates[day] = self.h.format_date(day)
        return text

    # -- one field of user text --------------------------------------------------------------

    def field(
        self,
        parent: Element,
        tag: str,
        text: str,
        around: str,
        attributes: dict[str, str] | None = None,
        language: str | None = None,
    ) -> Element:
        """An element holding one field of user text, with its own direction and language
        (`language`: the text's, when the caller knows it)."""
        if language is None:
            language = language_of(text, around)
        if attributes:
            attributes = {**attributes, "dir": "auto"}
            if language != around:
                attributes["lang"] = language
        else:
            attributes = _AUTO if language == around else {"dir": "auto", "lang": language}
        element = SubElement(parent, tag, attributes)
        if "\n" in text or ":" in text:
            add_text(element, text)
        elif text:  # the new element is empty: the text is all it holds
            element.text = text
        return element

    def labelled(self, parent: Element, label: str, value: str, around: str) -> Element:
        """ "Owner: CMCS" as a label and a value that keeps its own direction and language
        (the value's element, returned)."""
        SubElement(parent, "span", _LABEL).text = f"{label}: "
        # The same few owners, days and statuses recur on every step: each one's language is
        # found once (a day is not ASCII: its no-break spaces send it letter by letter).
        language = self.value_languages.get((value, around))
        if language is None:
            language = self.value_languages[value, around] = language_of(value, around)
        return self.field(parent, "span", value, around, language=language)

    # -- the page ------------------------------------------------------------------------------

    def article(self) -> Element:
        s, h = self.summary, self.h
        article = Element("article", {"class": "summary", "lang": self.language})
        article.set("dir", "rtl" if is_right_to_left(self.language) else "ltr")
        header = SubElement(article, "header")
        if self.standalone:
            kicker = SubElement(header, "p", {"class": "summary-kicker"})
            kicker.text = h.summary
        self.field(header, "h1", safe_line(s.title) or "…", self.language)
        self.facts_table(header)
        if s.description.strip():
            for paragraph in safe_text(s.description).split("\n\n"):
                if paragraph.strip():
                    self.field(article, "p", paragraph.strip(), self.language)
        if len(s.sessions) > 1:
            self.contents(article)
        if s.outcomes or s.next_steps:
            section = SubElement(article, "section", {"class": "event-outcomes"})
            self.heading(section, "h2", h.event_outcomes, "event-outcomes")
            self.outcome_list(section, s.outcomes, self.language)
            if s.next_steps:
                self.heading(section, "h3", h.next_steps)
                self.step_list(section, s.next_steps, self.language)
        track, parent = "", article
        for number, session in enumerate(s.sessions, 1):
            if (its_track := safe_line(session.track)) != track:  # sessions under their track
                track = its_track
                parent = article
                if track:
                    parent = SubElement(article, "section", {"class": "track"})
                    self.field(parent, "h2", track, self.language)
            section = self.session(parent, number, session)
            if track:
                shift_headings(section, 1)
            self.on_session(number)
        if self.standalone:
            self.numbers(article)
        return article

    def heading(self, parent: Element, tag: str, text: str, id: str = "") -> Element:
        element = SubElement(parent, tag, {"id": id}) if id else SubElement(parent, tag)
        element.text = text
        return element

    def facts_table(self, parent: Element) -> None:
        s, h = self.summary, self.h
        rows = event_facts(s, h)
        if not rows:
            return
        table = SubElement(parent, "table", {"class": "facts"})
        body = SubElement(table, "tbody")
        for label, value in rows:
            row = SubElement(body, "tr")
            SubElement(row, "th", scope="row").text = label
            self.field(row, "td", value, self.language)

    def contents(self, parent: Element) -> None:
        nav = SubElement(parent, "nav", {"class": "contents", "aria-labelledby": "contents"})
        self.heading(nav, "h2", self.h.contents, "contents")
        listing = SubElement(nav, "ol")
        for number, session in enumerate(self.summary.sessions, 1):
            item = SubElement(listing, "li")
            self.field(item, "a", safe_line(session.title) or "…", self.language).set(
                "href", f"#session-{number}"
            )

    def outcome_list(self, parent: Element, outcomes: tuple[str, ...], around: str) -> None:
        if not outcomes:
            return
        # The list takes its first item's direction, so its numbers sit on that side
        # (dir="auto" on the list would skip items that carry their own dir).
        listing = SubElement(parent, "ol", {"class": "outcomes", "dir": direction_of(outcomes[0])})
        for outcome in outcomes:
            self.field(listing, "li", safe_text(outcome), around)

    def step_list(self, parent: Element, steps: tuple[NextStep, ...], around: str) -> None:
        h = self.h
        listing = SubElement(
            parent, "ol", {"class": "next-steps", "dir": direction_of(steps[0].text)}
        )
        # Our labels, in the page's language and direction, whatever way the step runs.
        details = {"class": "step-details", "dir": self.direction}
        for step in steps:
            item = SubElement(listing, "li")
            self.field(item, "p", safe_text(step.text), around, _STEP)
            owner = safe_line(step.owner)
            due = self.date(step.due)
            status = h.statuses.get(step.status) or safe_line(step.status)
            if not (owner or due or status):
                continue
            line = SubElement(item, "p", details)
            value = None  # the last value written, whose tail separates it from the next
            if owner:
                value = self.labelled(line, h.owner, owner, around)
            if due:
                if value is not None:
                    value.tail = " · "
                value = self.labelled(line, h.due, due, around)
                if step.due is not None:
                    value.tag = "time"
                    value.set("datetime", step.due.isoformat())
            if status:
                if value is not None:
                    value.tail = " · "
                self.labelled(line, h.status, status, around)

    def session(self, parent: Element, number: int, session: SessionSummary) -> Element:
        h = self.h
        title = safe_line(session.title) or "…"
        # A session written in another language than the event is tagged as a whole.
        sample = " ".join([title, *session.outcomes[:3]])
        around = language_of(sample, self.language)
        section = SubElement(parent, "section", {"class": "session", "id": f"session-{number}"})
        section.set("aria-labelledby", f"session-{number}-title")
        if around != self.language:
            section.set("lang", around)
        heading = self.field(section, "h2", title, around, {"id": f"session-{number}-title"})
        heading.text = f"{number}. " + (heading.text or "")
        self.session_facts(section, session, around)
        if session.panel.strip():
            paragraph = SubElement(section, "p", {"class": "panel"})
            self.labelled(paragraph, h.panel, safe_line(session.panel), around)
        if session.outcomes:
            self.heading(section, "h3", h.key_outcomes)
            self.outcome_list(section, session.outcomes, around)
        if session.next_steps:
            self.heading(section, "h3", h.next_steps)
            self.step_list(section, session.next_steps, around)
        if self.options.marketplace and session.tables:
            self.heading(section, "h3", h.marketplace)
            self.marketplace(section, session.tables, around)
        if self.options.images:
            for slide_number, slide in enumerate(session.slides, 1):
                self.slide(section, number, slide_number, slide, around)
        if self.options.notes and session.notes.strip():
            notes = SubElement(section, "div", {"class": "notes"})
            self.heading(notes, "h3", h.notes)
            for part in safe_text(session.notes).split("\n\n"):
                if part.strip():
                    self.field(notes, "p", part.strip(), around)
        return section

    def session_facts(self, parent: Element, session: SessionSummary, around: str) -> None:
        h = self.h
        start, end = session.start_time, session.end_time
        times = "–".join(t.strftime("%H:%M") for t in (start, end) if t) if start or end else ""
        facts = (
            (h.date, self.date(session.date), False),
            (h.time, times, False),
            (h.format, safe_line(session.format), True),
            (h.delegates, "" if session.delegates is None else str(session.delegates), False),
        )
        listing = None
        for label, value, typed in facts:
            if not value:
                continue
            if listing is None:
                listing = SubElement(parent, "dl", {"class": "session-facts"})
            pair = SubElement(listing, "div")
            SubElement(pair, "dt").text = label
            if typed:
                self.field(pair, "dd", value, around)
            elif label == h.date and session.date is not None:
                SubElement(
                    SubElement(pair, "dd"), "time", datetime=session.date.isoformat()
                ).text = value
            else:
                SubElement(pair, "dd").text = value

    def marketplace(
        self, parent: Element, tables: tuple[MarketplaceTable, ...], around: str
    ) -> None:
        h = self.h
        with_participants = any(t.participants.strip() for t in tables)
        table = SubElement(parent, "table", {"class": "marketplace"})
        row = SubElement(SubElement(table, "thead"), "tr")
        columns = [h.table, h.table_host] + ([h.participants] if with_participants else [])
        for label in [*columns, h.ideas]:
            SubElement(row, "th", scope="col").text = label
        body = SubElement(table, "tbody")
        for group in tables:
            row = SubElement(body, "tr")
            self.field(row, "td", safe_line(group.topic), around)
            self.field(row, "td", safe_line(group.host), around)
            if with_participants:
                self.field(row, "td", safe_line(group.participants), around)
            cell = SubElement(row, "td")
            if group.ideas:
                ideas = SubElement(cell, "ul", dir=direction_of(group.ideas[0]))
                for idea in group.ideas:
                    self.field(ideas, "li", safe_text(idea), around)

    def slide(
        self, parent: Element, session_number: int, number: int, slide: Slide, around: str
    ) -> None:
        h, w = self.h, self.w
        caption = safe_line(slide.caption)
        name = safe_line(slide.filename) or h.presentation
        figure = SubElement(parent, "figure", {"class": "slide"})
        figure_id = f"slide-{session_number}-{number}"
        figure.set("id", figure_id)
        shown = shown_slide(slide)
        if slide.removed:
            self.removed_slide(figure, caption, around)
            return
        if shown is None:
            note = SubElement(figure, "p", {"class": "image-note"})
            note.text = w.not_shown.format(name=name)
        else:
            if self.images is not None:
                source = self.images.add(session_number, number, shown)
                # A plain link to the file opens it full size (an e-mail's attached image
                # cannot be linked to: it is shown as it is).
                target = source if self.images.linkable else ""
            else:
                encoded = base64.b64encode(shown.data).decode("ascii")
                source = f"data:{shown.mime};base64,{encoded}"
                # Browsers refuse to open a data: address from a link, so the figure itself
                # grows to the window when its link is followed (CSS :target, no script).
                target = "" if self.page.body_only else f"#{figure_id}"
            image = Element("img", src=source, width=str(shown.width), height=str(shown.height))
            image.set("alt", caption or f"{h.presentation}: {name}")
            language = language_of(caption, around)
            if caption and language != around:
                image.set("lang", language)
            if target:
                link = SubElement(figure, "a", href=target, title=w.enlarge)
                link.append(image)
            else:
                figure.append(image)
        caption_element = SubElement(figure, "figcaption")
        if caption and slide_label(caption, h.presentation) == caption:
            self.field(caption_element, "span", caption, around)
        else:
            label = SubElement(caption_element, "span", {"class": "label"})
            label.text = f"{h.presentation}: " if caption else h.presentation
            if caption:
                self.field(caption_element, "span", caption, around)
        if shown is not None and self.images is None and not self.page.body_only:
            # Only the inline page grows a figure to the window; it needs a way back.
            close = SubElement(
                figure, "a", {"class": "close", "href": f"#session-{session_number}"}
            )
            close.text = w.close

    def removed_slide(self, figure: Element, caption: str, around: str) -> None:
        """A slide whose image no laptop has any more: its caption, "(slide removed)", and no
        picture or note that would read as a broken image."""
        h = self.h
        before, _, after = self.w.removed.partition("{caption}")
        caption_element = SubElement(figure, "figcaption")
        caption_element.text = before or None
        if caption and slide_label(caption, h.presentation) == caption:
            last = self.field(caption_element, "span", caption, around)
        else:
            last = SubElement(caption_element, "span", {"class": "label"})
            last.text = f"{h.presentation}: " if caption else h.presentation
            if caption:
                last = self.field(caption_element, "span", caption, around)
        last.tail = after

    def numbers(self, parent: Element) -> None:
        s, h = self.summary, self.h
        outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
        steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
        # As in the PDF: the sessions' delegates are not added up (often the same people).
        facts = [(h.sessions, len(s.sessions))]
        if s.participants is not None:
            facts.append((h.participants, s.participants))
        facts += [(h.outcomes, outcomes), (h.next_steps, steps)]
        section = SubElement(parent, "section", {"class": "in-numbers"})
        self.heading(section, "h2", h.numbers)
        listing = SubElement(section, "ul", {"class": "numbers"})
        for label, value in facts:
            SubElement(listing, "li").text = f"{label}: {h.format_number(value)}"


def shift_headings(root: Element, by: int) -> None:
    """Every heading under `root` `by` levels further down (h2 becomes h3 under a track)."""
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            element.tag = f"h{min(int(tag[1]) + by, 6)}"
