"""The summary as plain text that reads well in any mail program: no markup, no escapes.

Bidi controls only where Unicode asks for them: a value set inside a label of another direction
("Owner: النرويج" in an English summary, "المسؤول: CMCS" in an Arabic one) is wrapped in
first-strong isolates, so neither reorders the other. Everything else is the text as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.headings import Headings, headings_for
from cmcoord_desktop.export.plain_text import (
    direction_of,
    event_facts,
    isolated,
    safe_line,
    safe_text,
)
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
    NextStep,
    SessionSummary,
)
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions


def _value(label: str, value: str) -> str:
    """`label: value`, the value isolated when it runs the other way from the label."""
    if value and direction_of(value) != direction_of(label):
        value = isolated(value)
    return f"{label}: {value}"


def _underlined(text: str, mark: str) -> list[str]:
    return [text, mark * min(max(len(text), 3), 72)]


def _item(number: int, text: str, indent: str = "") -> list[str]:
    """A numbered entry; its further lines indented under its first."""
    lines = safe_text(text).split("\n")
    prefix = f"{indent}{number}. "
    return [prefix + lines[0]] + [" " * len(prefix) + line for line in lines[1:]]


def _steps(steps: tuple[NextStep, ...], h: Headings) -> list[str]:
    lines: list[str] = []
    for number, step in enumerate(steps, 1):
        lines += _item(number, step.text, "  ")
        details = [
            _value(h.owner, safe_line(step.owner)) if step.owner.strip() else "",
            f"{h.due}: {h.format_date(step.due)}" if step.due else "",
            _value(h.status, h.statuses.get(step.status, safe_line(step.status)))
            if step.status
            else "",
        ]
        if any(details):
            lines.append("     " + " · ".join(d for d in details if d))
    return lines


def _session(
    number: int, session: SessionSummary, h: Headings, options: SummaryOptions
) -> list[str]:
    lines = [""] + _underlined(f"{number}. {safe_line(session.title) or '…'}", "-")
    times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
    facts = [
        f"{h.date}: {h.format_date(session.date)}" if session.date else "",
        f"{h.time}: {times}" if times else "",
        _value(h.format, safe_line(session.format)) if session.format.strip() else "",
        f"{h.delegates}: {session.delegates}" if session.delegates is not None else "",
    ]
    if any(facts):
        lines.append(" · ".join(f for f in facts if f))
    if session.panel.strip():
        lines.append(_value(h.panel, safe_line(session.panel)))
    if session.outcomes:
        lines += ["", h.key_outcomes]
        for n, outcome in enumerate(session.outcomes, 1):
            lines += _item(n, outcome, "  ")
    if session.next_steps:
        lines += ["", h.next_steps] + _steps(session.next_steps, h)
    if options.marketplace and session.tables:
        lines += ["", h.marketplace]
        for table in session.tables:
            head = safe_line(table.topic) or "…"
            if table.host.strip():
                head += f" ({_value(h.table_host, safe_line(table.host))})"
            lines.append(f"  {h.table}: {head}")
            lines += [f"    • {safe_line(idea)}" for idea in table.ideas]
    if options.images:
        for slide in session.slides:
            caption = safe_line(slide.caption) or safe_line(slide.filename)
            lines += ["", _value(h.presentation, caption) if caption else h.presentation]
    if options.notes and session.notes.strip():
        lines += ["", h.notes, safe_text(session.notes).strip()]
    return lines


def _event(
    s: EventSummary, h: Headings, options: SummaryOptions, standalone: bool = True
) -> list[str]:
    """One event's part: alone, with its kicker and its numbers; among several, without."""
    lines = [h.summary, ""] if standalone else []
    lines += _underlined(safe_line(s.title) or "…", "=" if standalone else "-")
    facts = event_facts(s, h)
    lines += [_value(label, value) for label, value in facts if value]
    if s.description.strip():
        lines += ["", safe_text(s.description).strip()]
    if s.outcomes or s.next_steps:
        lines += [""] + _underlined(h.event_outcomes, "-")
        for n, outcome in enumerate(s.outcomes, 1):
            lines += _item(n, outcome, "  ")
        if s.next_steps:
            lines += ["", h.next_steps] + _steps(s.next_steps, h)
    track = ""
    for number, session in enumerate(s.sessions, 1):
        if safe_line(session.track) != track:  # sessions grouped under their track
            track = safe_line(session.track)
            if track:
                lines += [""] + _underlined(track, "~")
        lines += _session(number, session, h, options)
    if not standalone:
        return lines
    outcomes = sum(len(x.outcomes) for x in s.sessions) + len(s.outcomes)
    steps = sum(len(x.next_steps) for x in s.sessions) + len(s.next_steps)
    lines += ["", *_underlined(h.numbers, "-")]
    # As in the PDF: the sessions' delegates are not added up (often the same people again).
    lines.append(f"{h.sessions}: {h.format_number(len(s.sessions))}")
    if s.participants is not None:
        lines.append(f"{h.participants}: {h.format_number(s.participants)}")
    lines += [f"{h.outcomes}: {outcomes}", f"{h.next_steps}: {steps}"]
    return lines


def summary_plain_text(
    summary: EventSummary | EventsSummary, options: SummaryOptions | None = None
) -> str:
    """One event's summary, or several events' in their upcoming and past sections."""
    options = options or SummaryOptions()
    h = headings_for(summary.language)
    if isinstance(summary, EventSummary):
        return "\n".join([*_event(summary, h, options), ""])
    words = events_words_for(summary.language)
    lines = _underlined(safe_line(summary.shown_title) or words.title, "#")
    for kind, events in summary.sections():
        lines += ["", "", *_underlined(words.section(kind).upper(), "=")]
        for event in events:
            lines += ["", *_event(event, h, options, standalone=False)]
    return "\n".join([*lines, ""])


def export_plain_text(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the summary as UTF-8 plain text at `out`, replacing it only once complete."""
    if progress is not None:
        progress(0, 1)
    text = summary_plain_text(summary, options)
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")
    write_atomically(Path(out), text.encode("utf-8"))
    if progress is not None:
        progress(1, 1)
    return Path(out)
