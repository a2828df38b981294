"""PDF export of an event with N sessions (5 key outcomes, 3 next steps each).

Floor: bare ReportLab (SimpleDocTemplate, same TrueType font) building the same paragraphs the
summary prints, in the same run: per session a contents line, its title, its facts line, the two
list headings, 5 outcomes and 3 next steps each with its owner/due/status line. What the floor
lacks is the export's own work: cleaning, escaping and font-splitting every string, numbered
lists, keep-with-next headings, tables, bookmarks, contents page numbers and "page x of y". Target at 200 sessions: at most 1.5x. 20, 200 and
2,000 sessions show whether the cost grows linearly.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

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


def bare_reportlab(summary: EventSummary, out: Path) -> None:
    style = ParagraphStyle("body", fontName=LATIN.regular, fontSize=10, leading=13.5)
    story = [Paragraph(f"{n}. {s.title}", style) for n, s in enumerate(summary.sessions, 1)]
    for session in summary.sessions:
        story.append(Paragraph(session.title, style))
        story.append(Paragraph(f"Date: {session.date} · Delegates: {session.delegates}", style))
        story.append(Paragraph("Key outcomes", style))
        story += [Paragraph(text, style) for text in session.outcomes]
        story.append(Paragraph("Next steps to implementing solutions", style))
        for step in session.next_steps:
            story.append(Paragraph(step.text, style))
            story.append(Paragraph(f"Owner: {step.owner} · Due: {step.due}", style))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


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
            floor = _best(repeats, lambda: bare_reportlab(summary, bare))  # noqa: B023
            value = _best(repeats, lambda: export_event_summary(summary, ours))  # noqa: B023
            report(name, value, "s", floor, TARGET)


if __name__ == "__main__":

    def _print(name: str, value: float, unit: str, floor: float, target: float = 0) -> None:
        print(f"{name} {value:.4g} {unit} {floor:.4g} {value / floor:.2f}")

    run(_print)
