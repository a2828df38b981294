"""Write an event summary as Markdown (for e-mail and wikis) from the same plain data as the PDF.

User text is escaped so that a `#`, `*`, `[link](...)` or `<script>` in an outcome prints
literally in any Markdown renderer.
"""

from __future__ import annotations

import re
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.headings import headings_for
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.export.text_safety import clean_line, clean_text

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text that prints literally: no emphasis, link, HTML, table cell or list it could start."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: (
            m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2))
        ),
        text,
    )


def _block(text: str, indent: str = "") -> str:
    """Multi-line user text kept as lines of one Markdown block."""
    lines = [md_escape(line.strip()) for line in clean_text(text).split("\n")]
    return ("  \n" + indent).join(line for line in lines if line)


def _steps(steps: tuple[NextStep, ...], language: str) -> list[str]:
    h = headings_for(language)
    lines = []
    for number, step in enumerate(steps, 1):
        lines.append(f"{number}. {_block(step.text, '   ')}")
        meta = [
            f"{h.owner}: {md_escape(clean_line(step.owner))}" if step.owner else "",
            f"{h.due}: {h.format_date(step.due)}" if step.due else "",
            f"{h.status}: {h.statuses.get(step.status, md_escape(step.status))}"
            if step.status
            else "",
        ]
        if any(meta):
            lines.append("   *" + " · ".join(m for m in meta if m) + "*")
    return lines


def _session(number: int, session: SessionSummary, language: str, options: SummaryOptions) -> str:
    h = headings_for(language)
    lines = [f"## {number}. {md_escape(clean_line(session.title)) or '…'}", ""]
    times = "–".join(t.strftime("%H:%M") for t in (session.start_time, session.end_time) if t)
    facts = [
        f"{h.date}: {h.format_date(session.date)}" if session.date else "",
        f"{h.time}: {times}" if times else "",
        f"{h.format}: {md_escape(clean_line(session.format))}" if session.format else "",
        f"{h.delegates}: {session.delegates}" if session.delegates is not None else "",
    ]
    if any(facts):
        lines += [" · ".join(f for f in facts if f), ""]
    if session.panel:
        lines += [f"{h.panel}: {md_escape(clean_line(session.panel))}", ""]
    if session.outcomes:
        lines += [f"### {h.key_outcomes}", ""]
        lines += [f"{n}. {_block(o, '   ')}" for n, o in enumerate(session.outcomes, 1)] + [""]
    if session.next_steps:
        lines += [f"### {h.next_steps}", ""] + _steps(session.next_steps, language) + [""]
    if options.marketplace and session.tables:
        lines += [f"### {h.marketplace}", ""]
        lines += [f"| {h.table} | {h.table_host} | {h.ideas} |", "|---|---|---|"]
        for table in session.tables:
            ideas = "<br>".join(md_escape(clean_line(i)) for i in table.ideas)
            lines.append(
                f"| {md_escape(clean_line(table.topic))} | {md_escape(clean_line(table.host))} "
                f"| {ideas} |"
            )
        lines.append("")
    if options.images:
        for slide in session.slides:
            caption = clean_line(slide.caption) or clean_line(slide.filename)
            lines += [f"*{h.presentation}: {md_escape(caption)}*", ""]
    if options.notes and session.notes.strip():
        lines += [f"### {h.notes}", "", _block(session.notes), ""]
    return "\n".join(lines)


def summary_markdown(summary: EventSummary, options: SummaryOptions | None = None) -> str:
    options = options or SummaryOptions()
    h = headings_for(summary.language)
    lines = [f"# {md_escape(clean_line(summary.title)) or '…'}", "", f"*{h.summary}*", ""]
    place = ", ".join(clean_line(p) for p in (summary.city, summary.country) if p)
    facts = [
        (h.host, clean_line(summary.host)),
        (h.place, place),
        (h.online, " ".join(clean_line(p) for p in (summary.platform, summary.platform_link) if p)),
        (h.dates, h.format_dates(summary.start_date, summary.end_date)),
        (h.participants, "" if summary.participants is None else str(summary.participants)),
    ]
    lines += [f"- **{label}:** {md_escape(value)}" for label, value in facts if value] + [""]
    if summary.description:
        lines += [_block(summary.description), ""]
    if summary.outcomes or summary.next_steps:
        lines += [f"## {h.event_outcomes}", ""]
        lines += [f"{n}. {_block(o, '   ')}" for n, o in enumerate(summary.outcomes, 1)]
        lines += _steps(summary.next_steps, summary.language) + [""]
    for number, session in enumerate(summary.sessions, 1):
        lines.append(_session(number, session, summary.language, options))
    outcomes = sum(len(s.outcomes) for s in summary.sessions) + len(summary.outcomes)
    steps = sum(len(s.next_steps) for s in summary.sessions) + len(summary.next_steps)
    lines += [
        f"## {h.numbers}",
        "",
        f"- {h.sessions}: {len(summary.sessions)}",
        f"- {h.delegates}: {summary.delegates}",
    ]
    if summary.participants is not None:
        lines.append(f"- {h.participants}: {summary.participants}")
    lines += [f"- {h.outcomes}: {outcomes}", f"- {h.next_steps}: {steps}", ""]
    return "\n".join(lines)


def export_event_markdown(
    summary: EventSummary, out: Path, options: SummaryOptions | None = None
) -> Path:
    """Write the summary as UTF-8 Markdown at `out`, replacing it only once complete."""
    out = Path(out)
    write_atomically(out, summary_markdown(summary, options).encode("utf-8"))
    return out
