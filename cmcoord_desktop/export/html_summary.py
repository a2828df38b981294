"""Write a summary as one self-contained web page (semantic HTML5), from the plain data.

The page is built as an element tree with Python's `xml.etree` and serialised by it, so every
piece of user text is escaped by the library: a `<script>` in an outcome prints as typed. The
page holds no script and fetches nothing (a Content-Security-Policy says so to the browser
too); slides are inline `data:` images, or files in a folder beside the page when asked. Each
field carries `dir="auto"` (its direction from its own letters) and a `lang` where its script
differs from the event's language. Each event's <article> is built by export/html_event.py;
this module puts one or several of them in a page.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.headings import headings_for
from cmcoord_desktop.export.html_event import EventArticle, PageOptions, shift_headings
from cmcoord_desktop.export.html_style import STYLESHEET
from cmcoord_desktop.export.image_folder import ImageFolder, SessionsAfter, SlideSink
from cmcoord_desktop.export.plain_text import (
    is_right_to_left,
    safe_line,
)
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
)
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions

Element = ET.Element
SubElement = ET.SubElement

_BLOCKS = frozenset(
    [
        "article",
        "header",
        "section",
        "nav",
        "h1",
        "h2",
        "h3",
        "p",
        "ol",
        "ul",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "dl",
        "div",
        "figure",
        "figcaption",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
    ]
)


def _prefix_ids(root: Element, prefix: str) -> None:
    """One event's ids and in-page links made its own among several events'."""
    for element in root.iter():
        for name in ("id", "aria-labelledby"):
            value = element.get(name)
            if value:
                element.set(name, prefix + value)
        href = element.get("href")
        if href and href.startswith("#") and element.tag == "a":
            element.set("href", "#" + prefix + href[1:])


def _events_article(
    summary: EventsSummary,
    options: SummaryOptions,
    page: PageOptions,
    images: SlideSink | None,
    on_session: Callable[[int], None],
) -> Element:
    """Several events: the page's title, then each section (upcoming, past) with its events,
    each an <article> of its own whose headings sit under its section's."""
    language = (summary.language or "en").strip().lower() or "en"
    words = events_words_for(language)
    direction = "rtl" if is_right_to_left(language) else "ltr"
    outer = Element("article", {"class": "summary events", "lang": language, "dir": direction})
    SubElement(SubElement(outer, "header"), "h1").text = (
        safe_line(summary.shown_title) or words.title
    )
    earlier = number = 0
    for kind, events in summary.sections():
        section = SubElement(outer, "section", {"class": f"events-{kind}", "id": kind})
        SubElement(section, "h2").text = words.section(kind)
        for event in events:
            offset, number = earlier, number + 1
            sink = SessionsAfter(images, offset) if images is not None else None

            def told(done: int, offset: int = offset) -> None:
                on_session(done + offset)

            builder = EventArticle(event, options, page, sink, told, standalone=False)
            article = builder.article()
            if event.language and event.language.lower() == language:
                del article.attrib["lang"]
            article.set("class", "event")
            shift_headings(article, 2)
            _prefix_ids(article, f"event-{number}-")
            section.append(article)
            earlier += len(event.sessions)
    return outer


def _break_lines(root: Element) -> None:
    """A line break after each block, so the source reads well when pasted into a CMS's
    source view; whitespace between blocks does not change how the page looks."""
    for element in root.iter():
        if element.tag in _BLOCKS and not element.tail:
            element.tail = "\n"


def _document(
    article: Element, summary: EventSummary | EventsSummary, language: str, page: PageOptions
) -> str:
    html = Element("html", lang=language, dir="rtl" if is_right_to_left(language) else "ltr")
    head = SubElement(html, "head")
    SubElement(head, "meta", charset="utf-8")
    SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    images = "img-src 'self' file:" if page.images_folder else "img-src data:"
    SubElement(
        head,
        "meta",
        {
            "http-equiv": "Content-Security-Policy",
            "content": f"default-src 'none'; {images}; style-src 'unsafe-inline'",
        },
    )
    SubElement(head, "meta", name="generator", content="CMCoord Desktop")
    if isinstance(summary, EventsSummary):
        title = safe_line(summary.shown_title) or events_words_for(language).title
    else:
        title = safe_line(summary.title) or headings_for(language).summary
    SubElement(head, "title").text = title
    SubElement(head, "style").text = STYLESHEET
    body = SubElement(html, "body")
    SubElement(body, "main").append(article)
    for element in (*head, head, body, body[0]):  # the article has its line breaks already
        element.tail = "\n"
    return "<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html") + "\n"


def summary_article(
    summary: EventSummary | EventsSummary,
    options: SummaryOptions | None = None,
    page: PageOptions | None = None,
    images: SlideSink | None = None,
    on_session: Callable[[int], None] | None = None,
) -> Element:
    """The summary's <article> element (what "body only" writes, and an e-mail's HTML)."""
    options = options or SummaryOptions()
    page = page or PageOptions()
    told = on_session or (lambda _: None)
    # A page holds ten thousand elements or more and no reference cycle: the cycle collector
    # would walk the growing tree again and again while it is built (a third of the time for
    # 2,000 sessions). It waits until the page is done, as for the PDF.
    with paused_gc():
        if isinstance(summary, EventsSummary):
            article = _events_article(summary, options, page, images, told)
        else:
            article = EventArticle(summary, options, page, images, told).article()
        _break_lines(article)
    return article


def summary_html(
    summary: EventSummary | EventsSummary,
    options: SummaryOptions | None = None,
    page: PageOptions | None = None,
    images: SlideSink | None = None,
    on_session: Callable[[int], None] | None = None,
) -> str:
    """The summary as HTML: a whole page, or only its <article> when `page.body_only`."""
    page = page or PageOptions()
    with paused_gc():  # as in summary_article: the serialiser makes a string per piece
        article = summary_article(summary, options, page, images, on_session)
        if page.body_only:
            return ET.tostring(article, encoding="unicode", method="html") + "\n"
        language = article.get("lang") or "en"
        return _document(article, summary, language, page)


def export_event_html(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    page: PageOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the summary as a web page at `out` (and its slides beside it when asked),
    replacing the file only once the new one is complete."""
    out = Path(out)
    page = page or PageOptions()
    total = _session_count(summary) + 1

    def on_session(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled")
        if progress is not None:
            progress(done, total)

    on_session(0)
    images = ImageFolder(out) if page.images_folder else None
    text = summary_html(summary, options, page, images, on_session)
    if images is not None:
        images.write()
    write_atomically(out, text.encode("utf-8"))
    if progress is not None:
        progress(total, total)
    return out


def _session_count(summary: EventSummary | EventsSummary) -> int:
    if isinstance(summary, EventsSummary):
        return summary.sessions
    return len(summary.sessions)
