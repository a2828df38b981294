"""PDF export of an event with N sessions (5 key outcomes, 3 next steps each).

Floor: bare ReportLab (SimpleDocTemplate, one Paragraph style in the same TrueType font file,
loaded as ReportLab's own `TTFont`, not the export's subclass) building the same text the
summary prints, in the same run: the title block's lines, a contents line per session, per
session its title, its facts line, the two list headings, the numbered outcomes and next steps
with each one's owner/due/status line, and the closing numbers. What the floor lacks is the
export's own work: cleaning, escaping and font-splitting every string, type sizes and colours,
hanging list numbers, keep-with-next headings, tables, bookmarks and contents links, the page
furniture a single bare pass cannot print (the footer with "page x of y", the contents' page
numbers), the tags (marked content, structure tree) and the PDF/A objects (XMP, output intent).
Both run with the garbage collector paused, as the export runs.
Target: at most 1.5x at 20, 200 and 2,000 sessions (issue 9: the tagging and PDF/A pass may add
at most a quarter to the untagged export's ~1.3x); the three sizes also show whether the cost
grows linearly.

Until November 2026 the floor printed less than the summary (no format in the facts line, no
status, no dates in the contents, no list numbers, no title block or numbers); it now prints
every word of the body, which makes it ~7% slower and the ratio that much fairer.

How it is timed (since December 2026): in rounds, the floor and ours one after the other in
each round, alternating which goes first (so a busy moment of the shared machine, or the cache
the other left warm, falls on both sides alike), 15 rounds at 20 sessions, 9 at 200 and 5 at
2,000 (7 and 3 until 3 December 2026: one slow round in three at 2,000 moved the figure by a
fifth); each side's figure is its best (minimum) round. Before each timed run the cycle
collector is run untimed, so that neither side is charged for the other's garbage. Each figure
is also reported as CPU time (`export_pdf_N_sessions_cpu`, `time.process_time`, best of the
same rounds): it leaves out the waits, other processes' time on a loaded machine and the
export's two fsyncs (file and folder; the floor writes its file without), and is the figure to
trust when the load average is above ~1; bench_instructions.py counts instructions instead, the
figure no other process moves. Before December 2026 the floor's repeats all ran before ours,
best of 5, 3 and 1, and ratios of the same code moved by ±40 % between runs.
"""

from __future__ import annotations

import datetime as dt
import gc
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cmcoord_desktop.core.gc_pause import paused_gc
from cmcoord_desktop.core.paths import resources_dir
from cmcoord_desktop.export.fonts import register_fonts
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary

SIZES = ((20, 15), (200, 9), (2000, 5))  # sessions, rounds
BENCHMARKS = tuple(
    f"export_pdf_{sessions}_sessions{cpu}" for sessions, _ in SIZES for cpu in ("", "_cpu")
)
TARGET = 1.5
# The floor's font: the export's Latin font file, as ReportLab's own TTFont (not our subclass,
# whose text encoding is part of what the export is measured on).
FLOOR_FONT = "Bench-Floor-Sans"

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
    style = ParagraphStyle("body", fontName=FLOOR_FONT, fontSize=10, leading=13.5)
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


def best_of_rounds(
    rounds: int, floor: Callable[[], object], ours: Callable[[], object]
) -> tuple[float, float, float, float]:
    """(floor's wall, ours, floor's CPU, ours) in seconds, each the best of `rounds` rounds; in
    each round both run, one after the other, the floor first in even rounds and ours first in
    odd ones. The cycle collector runs (untimed) before each, so each starts from a clean heap."""
    times: list[list[float]] = [[], [], [], []]
    sides = ((0, 2, floor), (1, 3, ours))
    for number in range(rounds):
        for wall, cpu, work in sides if number % 2 == 0 else sides[::-1]:
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            times[cpu].append(time.process_time() - start_cpu)
            times[wall].append(time.perf_counter() - start)
    floor_wall, our_wall, floor_cpu, our_cpu = (min(t) for t in times)
    return floor_wall, our_wall, floor_cpu, our_cpu


def register_floor_font() -> None:
    """Put into ReportLab's font table directly: `registerFont` hands back the font already
    registered for the same face (ours, `SummaryFont`), so the floor would print with it."""
    fonts = vars(pdfmetrics)["_fonts"]  # ReportLab's own table of fonts by name
    if type(fonts.get(FLOOR_FONT)) is not TTFont:
        path = resources_dir() / "fonts" / "NotoSans-Regular.ttf"
        fonts[FLOOR_FONT] = TTFont(FLOOR_FONT, str(path), shapable=False)
        pdfmetrics.registerFontFamily(FLOOR_FONT, normal=FLOOR_FONT, bold=FLOOR_FONT)


def run(report) -> None:  # noqa: ANN001
    register_fonts()
    register_floor_font()
    sizes: tuple[tuple[int, int], ...] = SIZES
    if getattr(report, "quick", False):
        sizes = ((20, 2), (200, 1))
    wanted = getattr(report, "wants", lambda _: True)
    with tempfile.TemporaryDirectory() as folder:
        # Warm up: fonts parsed, glyph subsets cached, as in a running app's second export.
        warm = event_with(3)
        export_event_summary(warm, Path(folder) / "warm.pdf")
        bare_reportlab(warm, Path(folder) / "warm-bare.pdf")
        for sessions, rounds in sizes:
            name = f"export_pdf_{sessions}_sessions"
            if not (wanted(name) or wanted(f"{name}_cpu")):
                continue
            summary = event_with(sessions)
            ours = Path(folder) / f"ours-{sessions}.pdf"
            bare = Path(folder) / f"bare-{sessions}.pdf"
            # The export pauses the garbage collector while it lays out; the floor gets the same.
            floor, value, floor_cpu, value_cpu = best_of_rounds(
                rounds,
                lambda: _paused(bare_reportlab, summary, bare),  # noqa: B023
                lambda: export_event_summary(summary, ours),  # noqa: B023
            )
            report(name, value, "s", floor, TARGET)
            report(f"{name}_cpu", value_cpu, "s", floor_cpu, TARGET)


if __name__ == "__main__":

    def _print(name: str, value: float, unit: str, floor: float, target: float = 0) -> None:
        print(f"{name} {value:.4g} {unit} {floor:.4g} {value / floor:.2f}", flush=True)

    run(_print)
