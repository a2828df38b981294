"""PDF export of an event with N sessions (5 key outcomes, 3 next steps each).

Floor: bare ReportLab (SimpleDocTemplate, one Paragraph style in the same TrueType font) building
the same text the summary prints, in the same run: the title block's lines, a contents line per
session, per session its title, its facts line, the two list headings, the numbered outcomes and
next steps with each one's owner/due/status line, and the closing numbers. What the floor lacks
is the export's own work: cleaning, escaping and font-splitting every string, type sizes and
colours, hanging list numbers, keep-with-next headings, tables, bookmarks and contents links,
and the page furniture a single bare pass cannot print (the footer with "page x of y", the
contents' page numbers). Both run with the garbage collector paused, as the export runs.
Target at 200 sessions: at most 1.5x. 20, 200 and 2,000 sessions show whether the cost grows
linearly.

Until November 2026 the floor printed less than the summary (no format in the facts line, no
status, no dates in the contents, no list numbers, no title block or numbers); it now prints
every word of the body, which makes it ~7% slower and the ratio that much fairer.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.export.fonts import LATIN, register_fonts
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary

BENCHMARKS = ("export_pdf_20_sessions", "export_pdf_200_sessions", "export_pdf_2000_sessions")
TARGET = 1.5

OUTCOME = (
    "Identified the need to be more systematic and inclusive with CMCoord policy development, "
    "i.e. how policy influences practice, and how lessons learned are used to inform policy."
)
STEP = "Continue developing the Standards on Humanitarian Civil-Military Coordination."


def event_with(sessions: int) -> EventSummary:
    return EventSummary(
        id="bench",
        title="Humanitarian Network and Partnership Week",
        host="OCHA CMCS",
        city="Geneva",
        start_date=dt.date(2017, 2, 6),
        end_date=dt.date(2017, 2, 10),
        participants=350,
        sessions=tuple(
            SessionSummary(
                id=f"s{n}",
                title=f"Session {n}: Learning together, responding together",
                date=dt.date(2017, 2, 6 + n % 5),
                format="Panel discussion",
                delegates=40 + n % 60,
                outcomes=tuple(f"{OUTCOME} ({k})" for k in range(5)),
                next_steps=tuple(
                    NextStep(f"{STEP} ({k})", "CMCS", dt.date(2017, 6, 30), "open")
                    for k in range(3)
                ),
            )
            for n in range(sessions)
        ),
    )


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"  # as the summary prints it in English: 6 February 2017


def bare_reportlab(summary: EventSummary, out: Path) -> None:
    """The same text the summary prints, each piece as a plain Paragraph in one font."""
    style = ParagraphStyle("body", fontName=LATIN.regular, fontSize=10, leading=13.5)
    texts = [
        "Summary of UN-CMCoord events",
        summary.title,
        f"Host {summary.host}",
        f"Place {summary.city}",
        f"Dates {_day(summary.start_date)} – {_day(summary.end_date)}",
        f"Participants {summary.participants}",
        "Contents",
    ]
    texts += [f"{n}. {s.title} · {_day(s.date)}" for n, s in enumerate(summary.sessions, 1)]
    for session in summary.sessions:
        texts.append(session.title)
        texts.append(
            f"Date: {_day(session.date)} · Format: {session.format} · "
            f"Delegates: {session.delegates}"
        )
        texts.append("Key outcomes")
        texts += [f"{n}. {text}" for n, text in enumerate(session.outcomes, 1)]
        texts.append("Next steps to implementing solutions")
        for n, step in enumerate(session.next_steps, 1):
            texts.append(f"{n}. {step.text}")
            texts.append(f"Owner: {step.owner} · Due: {_day(step.due)} · Status: {step.status}")
    sessions = summary.sessions
    texts += [
        "Numbers",
        f"Sessions {len(sessions)}",
        f"Delegates {sum(s.delegates for s in sessions)}",
        f"Participants {summary.participants}",
        f"Key outcomes {sum(len(s.outcomes) for s in sessions)}",
        f"Next steps to implementing solutions {sum(len(s.next_steps) for s in sessions)}",
    ]
    story = [Paragraph(text, style) for text in texts]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def _paused(work, *args) -> None:  # noqa: ANN001
    with paused_gc():
        work(*args)


def _best(repeats: int, work) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def run(report) -> None:  # noqa: ANN001
    register_fonts()
    sizes = [(20, 5), (200, 3), (2000, 1)]
    if getattr(report, "quick", False):
        sizes = [(20, 2), (200, 1)]
    with tempfile.TemporaryDirectory() as folder:
        # Warm up: fonts parsed, glyph subsets cached, as in a running app's second export.
        warm = event_with(3)
        export_event_summary(warm, Path(folder) / "warm.pdf")
        bare_reportlab(warm, Path(folder) / "warm-bare.pdf")
        for sessions, repeats in sizes:
            name = f"export_pdf_{sessions}_sessions"
            if hasattr(report, "wants") and not report.wants(name):
                continue
            summary = event_with(sessions)
            ours = Path(folder) / f"ours-{sessions}.pdf"
            bare = Path(folder) / f"bare-{sessions}.pdf"
            # The export pauses the garbage collector while it lays out; the floor gets the same.
            floor = _best(repeats, lambda: _paused(bare_reportlab, summary, bare))  # noqa: B023
            value = _best(repeats, lambda: export_event_summary(summary, ours))  # noqa: B023
            report(name, value, "s", floor, TARGET)


if __name__ == "__main__":

    def _print(name: str, value: float, unit: str, floor: float, target: float = 0) -> None:
        print(f"{name} {value:.4g} {unit} {floor:.4g} {value / floor:.2f}")

    run(_print)
