"""Write an event summary as Markdown (for wikis and repositories) from the same plain data as
the other formats: a contents list, slides as image files beside it, and user text that prints
literally in any CommonMark renderer.

Escapes are added only where a character would otherwise start markup (an `_` inside a word, a
lone `&` or `<` stay as typed), so the text still reads well when pasted into a plain e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.document_words import slide_label, words_for
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.headings import Headings, headings_for
from cmcoord_desktop.export.image_folder import ImageFolder, SessionsAfter, SlideSink
from cmcoord_desktop.export.plain_text import event_facts, safe_line, safe_text
from cmcoord_desktop.export.slide_images import shown_slide
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
    NextStep,
    SessionSummary,
    Slide,
)
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions

_PUNCTUATION = re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_BACKSLASH = re.compile(rf"\\(?=[{_PUNCTUATION}])")  # a backslash that would escape
_ALWAYS = re.compile(r"([`*])")  # code spans and emphasis, wherever they stand
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")  # emphasis, not snake_case
_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # an HTML tag, comment or autolink
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # &amp; &#123; would be decoded
_STRIKE = re.compile(r"~(?=~)|(?<=~)~")
_INLINE_SPECIAL = re.compile(r"[\\`*_<&~\[\]|]")
_LINE_STARTERS = frozenset("#>+-*=0123456789")
_LINE_START = re.compile(r"^(\s*)([#>]|[-+*=](?=\s|$)|(\d+)([.)])(?=\s|$))", re.MULTILINE)


def md_escape(text: str, in_table: bool = False, in_link: bool = False) -> str:
    """Text that prints literally: no emphasis, link, HTML, code, list or heading it could
    start; characters that start nothing are left as they are."""
    if _INLINE_SPECIAL.search(text) is not None:  # most text has none: no work
        text = _BACKSLASH.sub(r"\\\\", text)
        text = _ALWAYS.sub(r"\\\1", text)
        text = _UNDERSCORE.sub(r"\\_", text)
        text = _TAG.sub(r"\\<", text)
        text = _ENTITY.sub(r"\\&", text)
        text = _STRIKE.sub(r"\\~", text)
        if in_link or ("[" in text and "]" in text):  # outside a link only a pair makes one
            text = text.replace("[", "\\[").replace("]", "\\]")
        if in_table:
            text = text.replace("|", "\\|")

    def line_start(match: re.Match[str]) -> str:
        indent, marker, digits, dot = match.group(1), match.group(2), match.group(3), match.group(4)
        if digits is not None:
            return f"{indent}{digits}\\{dot}"
        return f"{indent}\\{marker}"

    if in_link or (text.lstrip()[:1] not in _LINE_STARTERS and "\n" not in text):
        return text  # nothing at a line's start that could open a block
    return _LINE_START.sub(line_start, text)


def _block(text: str, indent: str = "") -> str:
    """Multi-line user text kept as lines of one Markdown block."""
    lines = [md_escape(line.strip()) for line in safe_text(text).split("\n")]
    return ("  \n" + indent).join(line for line in lines if line)


def heading_anchor(text: str, taken: dict[str, int]) -> str:
    """The anchor GitHub, GitLab and most wikis give a heading (lower case, punctuation dropped,
    spaces as hyphens, "-1", "-2" for repeats)."""
    slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
    count = taken.get(slug, 0)
    taken[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def _steps(steps: tuple[NextStep, ...], h: Headings) -> list[str]:
    lines = []
    for number, step in enumerate(steps, 1):
        lines.append(f"{number}. {_block(step.text, '   ')}")
        meta = [
            f"{h.owner}: {md_escape(safe_line(step.owner))}" if step.owner.strip() else "",
            f"{h.due}: {h.format_date(step.due)}" if step.due else "",
            f"{h.status}: {h.statuses.get(step.status, md_escape(safe_line(step.status)))}"
            if step.status
            else "",
        ]
        if any(meta):
            lines.append("   *" + " · ".join(m for m in meta if m) + "*")
    return lines


_HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)


def shift_headings(lines: list[str], by: int) -> list[str]:
    """Our headings `by` levels further down (user text never opens a line with "#": it is
    escaped, and its further lines are indented)."""
    return [_HEADING.sub(lambda m: "#" * min(len(m[1]) + by, 6) + " ", line) for line in lines]


class _MarkdownWriter:
    def __init__(
        self,
        summary: EventSummary,
        options: SummaryOptions,
        images: SlideSink | None,
        anchors: dict[str, int] | None = None,
        standalone: bool = True,
    ) -> None:
        """`anchors`: the headings' anchors taken so far (shared by several events' parts)."""
        self.standalone = standalone
        self.summary = summary
        self.options = options
        self.images = images
        self.h = headings_for(summary.language)
        self.w = words_for(summary.language)
        self.anchors: dict[str, int] = anchors if anchors is not None else {}

    def session_title(self, number: int, session: SessionSummary) -> str:
        return f"{number}. {safe_line(session.title) or '…'}"

    def session(self, number: int, session: SessionSummary) -> list[str]:
        h = self.h
        # "1." opening a heading is no list: only the title is escaped.
        lines = [f"## {number}. {md_escape(safe_line(session.title)) or '…'}", ""]
        times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
        facts = [
            f"{h.date}: {h.format_date(session.date)}" if session.date else "",
            f"{h.time}: {times}" if times else "",
            f"{h.format}: {md_escape(safe_line(session.format))}" if session.format else "",
            f"{h.delegates}: {session.delegates}" if session.delegates is not None else "",
        ]
        if any(facts):
            lines += [" · ".join(f for f in facts if f), ""]
        if session.panel.strip():
            lines += [f"{h.panel}: {md_escape(safe_line(session.panel))}", ""]
        if session.outcomes:
            lines += [f"### {h.key_outcomes}", ""]
            lines += [f"{n}. {_block(o, '   ')}" for n, o in enumerate(session.outcomes, 1)]
            lines.append("")
        if session.next_steps:
            lines += [f"### {h.next_steps}", ""] + _steps(session.next_steps, h) + [""]
        if self.options.marketplace and session.tables:
            lines += [f"### {h.marketplace}", ""]
            lines += [f"| {h.table} | {h.table_host} | {h.ideas} |", "|---|---|---|"]
            for table in session.tables:
                ideas = "<br>".join(md_escape(safe_line(i), True) for i in table.ideas)
                lines.append(
                    f"| {md_escape(safe_line(table.topic), True)} "
                    f"| {md_escape(safe_line(table.host), True)} | {ideas} |"
                )
            lines.append("")
        if self.options.images:
            for slide_number, slide in enumerate(session.slides, 1):
                lines += self.slide(number, slide_number, slide) + [""]
        if self.options.notes and session.notes.strip():
            lines += [f"### {h.notes}", "", _block(session.notes), ""]
        return lines

    def slide(self, session_number: int, number: int, slide: Slide) -> list[str]:
        h = self.h
        caption = safe_line(slide.caption)
        name = safe_line(slide.filename) or h.presentation
        label = f"*{md_escape(slide_label(caption, h.presentation))}*"
        if slide.removed:
            removed = self.w.removed.format(caption=slide_label(caption, h.presentation))
            return [f"*{md_escape(removed)}*"]
        shown = shown_slide(slide)
        if shown is None:
            return [f"*{md_escape(self.w.not_shown.format(name=name))}*"]
        if self.images is None:
            return [label]
        path = self.images.add(session_number, number, shown)
        alt = md_escape(caption or f"{h.presentation}: {name}", in_link=True)
        return [f"![{alt}]({path})", "", label]

    def text(self) -> str:
        s, h = self.summary, self.h
        lines = [f"# {md_escape(safe_line(s.title)) or '…'}", ""]
        if self.standalone:
            lines += [f"*{h.summary}*", ""]
        facts = event_facts(s, h)
        lines += [f"- **{label}:** {md_escape(value)}" for label, value in facts if value] + [""]
        if s.description.strip():
            lines += [_block(s.description), ""]
        heading_titles = [self.session_title(n, x) for n, x in enumerate(s.sessions, 1)]
        if s.outcomes or s.next_steps:
            heading_anchor(h.event_outcomes, self.anchors)
        if len(s.sessions) > 1:
            heading_anchor(h.contents, self.anchors)
            lines += [f"## {h.contents}", ""]
            for title in heading_titles:
                anchor = heading_anchor(title, self.anchors)
                link = md_escape(title, in_link=True)
                lines.append(f"- [{link}](#{anchor})")
            lines.append("")
        if s.outcomes or s.next_steps:
            lines += [f"## {h.event_outcomes}", ""]
            lines += [f"{n}. {_block(o, '   ')}" for n, o in enumerate(s.outcomes, 1)]
            if s.next_steps:
                lines += ["", f"### {h.next_steps}", ""] + _steps(s.next_steps, h)
            lines.append("")
        track = ""
        for number, session in enumerate(s.sessions, 1):
            if safe_line(session.track) != track:  # sessions grouped under their track
                track = safe_line(session.track)
                if track:
                    heading_anchor(track, self.anchors)
                    lines += [f"## {md_escape(track)}", ""]
            part = self.session(number, session)
            lines += shift_headings(part, 1) if track else part
        if not self.standalone:
            return "\n".join(lines)
        outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
        steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
        lines += [
            f"## {h.numbers}",
            "",
            f"- {h.sessions}: {h.format_number(len(s.sessions))}",
        ]
        # As in the PDF: the sessions' delegates are not added up (often the same people).
        if s.participants is not None:
            lines.append(f"- {h.participants}: {h.format_number(s.participants)}")
        lines += [f"- {h.outcomes}: {outcomes}", f"- {h.next_steps}: {steps}", ""]
        return "\n".join(lines)


def summary_markdown(
    summary: EventSummary | EventsSummary,
    options: SummaryOptions | None = None,
    images: SlideSink | None = None,
) -> str:
    """The summary as Markdown; slides as images when `images` says where their files go.
    Several events: the page's title, then each section's events, their headings under it."""
    options = options or SummaryOptions()
    if isinstance(summary, EventSummary):
        return _MarkdownWriter(summary, options, images).text()
    words = events_words_for(summary.language)
    anchors: dict[str, int] = {}
    lines = [f"# {md_escape(safe_line(summary.shown_title)) or words.title}", ""]
    earlier = 0
    for kind, events in summary.sections():
        heading_anchor(words.section(kind), anchors)
        lines += [f"## {words.section(kind)}", ""]
        for event in events:
            sink = SessionsAfter(images, earlier) if images is not None else None
            writer = _MarkdownWriter(event, options, sink, anchors, standalone=False)
            lines += shift_headings(writer.text().split("\n"), 2) + [""]
            earlier += len(event.sessions)
    return "\n".join(lines)


def export_event_markdown(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the summary as UTF-8 Markdown at `out`, its slides in a folder beside it,
    replacing the file only once complete. `cancelled` is asked once the text is made, before
    anything is written (Markdown is quick: one step)."""
    out = Path(out)
    if progress is not None:
        progress(0, 1)
    images = ImageFolder(out)
    text = summary_markdown(summary, options, images)
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")
    images.write()
    write_atomically(out, text.encode("utf-8"))
    if progress is not None:
        progress(1, 1)
    return out
