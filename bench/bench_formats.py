"""Web page, Word, e-mail and Markdown export of an event with N sessions (5 key outcomes, 3 next
steps each: the PDF benchmark's event), each against a floor measured in the same run.

Floors, the same text through the same library by the simplest code that could write it:
- html: `xml.etree` building exactly the elements our page has (the same tags, attributes and
  text, replayed from our own <article>, read before the clock starts) and serialising them,
  with the cycle collector paused as the export pauses it; what it lacks is our work per
  field: cleaning, bidi safety, direction and language, links.
- docx: python-docx adding the same paragraphs in the same styles (Title, Heading 1-2,
  List Number, set by style id as the export does) and saving; it lacks run splitting by direction, language tags, restarting lists,
  the tables and the core properties.
- email: Python's `email` package making the same two alternatives from the two floors' text.
- md: the same lines joined by f-strings; it lacks escaping and cleaning.
Target at 200 sessions: at most 1.5x. Each figure also as CPU time (`..._cpu`): the machine is
shared, and the fsync's wait is not our work. Floor and ours run in turn in each round, in the
other order every second round (so neither always follows the other's garbage or warms the
caches for it), each from a freshly collected heap; best of at least N rounds and as many more as
fit in a few seconds (the 200-session web page: about 30, not 3).
"""

from __future__ import annotations

import gc
import io
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_export import event_with  # noqa: E402 - the PDF benchmark's event, shared

from cmcoord_desktop.core.atomic_write import write_atomically  # noqa: E402
from cmcoord_desktop.core.gc_pause import paused_gc  # noqa: E402
from cmcoord_desktop.export.docx_events import export_event_docx  # noqa: E402
from cmcoord_desktop.export.email_summary import export_event_email  # noqa: E402
from cmcoord_desktop.export.html_summary import export_event_html, summary_article  # noqa: E402
from cmcoord_desktop.export.markdown_summary import export_event_markdown  # noqa: E402
from cmcoord_desktop.export.summary_data import EventSummary  # noqa: E402

FORMATS = ("html", "docx", "email", "md")
SIZES = (20, 200, 2000)
# python-docx's own add_paragraph finds the section break by scanning the whole body each time:
# the docx floor is quadratic, and took more than 5 minutes for 2,000 sessions. Not measured.
SKIPPED = {("docx", 2000)}
BENCHMARKS = tuple(
    f"export_{f}_{n}_sessions{cpu}"
    for f in FORMATS
    for n in SIZES
    for cpu in ("", "_cpu")
    if (f, n) not in SKIPPED
)
TARGET = 1.5
BUDGET = 4.0  # seconds of rounds per figure, once its least number of rounds is done
MOST = 30  # rounds at most per figure


def _day(summary: EventSummary, date) -> str:  # noqa: ANN001
    return f"{date.day} {date:%B %Y}"


def _lines(summary: EventSummary) -> list[tuple[str, str]]:
    """(kind, text) for every piece the summary prints, for the floors."""
    s = summary
    lines = [("p", "Summary of UN-CMCoord events"), ("h1", s.title)]
    lines += [("row", f"Host {s.host}"), ("row", f"Place {s.city}")]
    lines += [("row", f"Dates {_day(s, s.start_date)} – {_day(s, s.end_date)}")]
    lines += [("row", f"Participants {s.participants}"), ("h2", "Contents")]
    lines += [("li", f"{n}. {x.title}") for n, x in enumerate(s.sessions, 1)]
    for n, session in enumerate(s.sessions, 1):
        lines.append(("h2", f"{n}. {session.title}"))
        lines.append(
            (
                "p",
                f"Date: {_day(s, session.date)} · Format: {session.format} · "
                f"Delegates: {session.delegates}",
            )
        )
        lines.append(("h3", "Key outcomes"))
        lines += [("li", o) for o in session.outcomes]
        lines.append(("h3", "Next steps to implementing solutions"))
        for step in session.next_steps:
            lines.append(("li", step.text))
            lines.append(
                ("p", f"Owner: {step.owner} · Due: {_day(s, step.due)} · Status: {step.status}")
            )
    lines += [("h2", "Numbers"), ("li", f"Sessions: {len(s.sessions)}")]
    return lines


Shape = list[tuple[int, str, dict[str, str], str | None, str | None]]


def page_shape(summary: EventSummary) -> Shape:
    """Our page's elements in document order: (parent's index, tag, attributes, text, tail)."""
    root = summary_article(summary)
    index: dict[int, int] = {}
    shape: Shape = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        parent = parents.get(element)
        index[id(element)] = len(shape)
        shape.append(
            (
                -1 if parent is None else index[id(parent)],
                element.tag,
                dict(element.attrib),
                element.text,
                element.tail,
            )
        )
    return shape


def html_floor(shape: Shape) -> str:
    with paused_gc():  # as the export builds its page: the floor is no slower for the collector
        elements: list[ET.Element] = []
        for parent, tag, attributes, text, tail in shape:
            element = (
                ET.Element(tag, attributes)
                if parent < 0
                else ET.SubElement(elements[parent], tag, attributes)
            )
            element.text, element.tail = text, tail
            elements.append(element)
        return "<!DOCTYPE html>\n" + ET.tostring(elements[0], encoding="unicode", method="html")


def docx_floor(summary: EventSummary) -> bytes:
    document = docx.Document()
    names = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "li": "List Number"}
    # Styles by id, as the export sets them: python-docx's lookup by name walks every style
    # for each paragraph (12 ms a paragraph here, 10 minutes for 2,000 sessions).
    ids = {kind: document.styles[name].style_id for kind, name in names.items()}
    for kind, text in _lines(summary):
        paragraph = document.add_paragraph(text)
        if kind in ids:
            paragraph._p.style = ids[kind]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def markdown_floor(summary: EventSummary) -> str:
    marks = {"h1": "# ", "h2": "## ", "h3": "### ", "li": "1. ", "row": "- "}
    return "\n\n".join(f"{marks.get(kind, '')}{text}" for kind, text in _lines(summary))


def email_floor(summary: EventSummary, shape: Shape) -> bytes:
    message = EmailMessage()
    message["Subject"] = summary.title
    message.set_content("\n".join(text for _, text in _lines(summary)), cte="quoted-printable")
    message.add_alternative(html_floor(shape), subtype="html")
    return message.as_bytes()


def _best(
    least: int,
    floor: Callable[[], object],
    ours: Callable[[], object],
    budget: float = BUDGET,
    most: int = MOST,
) -> tuple[float, float, float, float]:
    """Best of at least `least` rounds of the floor and ours, and of more while they fit in
    `budget` seconds (at most `most`): wall and CPU seconds of each, as (floor's wall, ours,
    floor's CPU, ours). The two run one after the other in each round, so a busy moment of the
    shared machine falls on both, floor first in one round and ours first in the next; each
    starts from a collected heap, so neither pays for the collection of the other's garbage.
    CPU time leaves out the waits (fsync, other processes)."""
    times: list[list[float]] = [[], [], [], []]
    runs = ((0, 2, floor), (1, 3, ours))
    started = time.perf_counter()
    rounds = 0
    while rounds < least or (rounds < most and time.perf_counter() - started < budget):
        for wall, cpu, work in runs if rounds % 2 == 0 else runs[::-1]:
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            times[cpu].append(time.process_time() - start_cpu)
            times[wall].append(time.perf_counter() - start)
        rounds += 1
    floor_wall, our_wall, floor_cpu, our_cpu = (min(t) for t in times)
    return floor_wall, our_wall, floor_cpu, our_cpu


def run(report) -> None:  # noqa: ANN001
    sizes = [(20, 9), (200, 3), (2000, 2)]
    budget = BUDGET
    if getattr(report, "quick", False):
        sizes, budget = [(20, 2), (200, 1)], 0.0
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)

        def write(data: str | bytes, name: str) -> None:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            write_atomically(base / name, raw)  # as the exports write: whole or not at all

        ours = {
            "html": lambda s: export_event_html(s, base / "ours.html"),
            "docx": lambda s: export_event_docx(s, base / "ours.docx"),
            "email": lambda s: export_event_email(s, base / "ours.eml"),
            "md": lambda s: export_event_markdown(s, base / "ours.md"),
        }
        shapes: dict[int, Shape] = {}
        floors = {
            "html": lambda s: write(html_floor(shapes[len(s.sessions)]), "floor.html"),
            "docx": lambda s: write(docx_floor(s), "floor.docx"),
            "email": lambda s: write(email_floor(s, shapes[len(s.sessions)]), "floor.eml"),
            "md": lambda s: write(markdown_floor(s), "floor.md"),
        }
        warm = event_with(3)
        shapes[3] = page_shape(warm)
        for name in FORMATS:
            ours[name](warm)
            floors[name](warm)
        for sessions, repeats in sizes:
            summary = event_with(sessions)
            shapes[sessions] = page_shape(summary)
            for name in FORMATS:
                figure = f"export_{name}_{sessions}_sessions"
                if (name, sessions) in SKIPPED:
                    continue
                wanted = getattr(report, "wants", lambda _: True)
                if not (wanted(figure) or wanted(f"{figure}_cpu")):
                    continue
                floor, value, floor_cpu, value_cpu = _best(
                    repeats,
                    lambda: floors[name](summary),  # noqa: B023
                    lambda: ours[name](summary),  # noqa: B023
                    budget,
                )
                report(figure, value, "s", floor, TARGET)
                report(f"{figure}_cpu", value_cpu, "s", floor_cpu, TARGET)


if __name__ == "__main__":

    def _print(name: str, value: float, unit: str, floor: float, target: float = 0) -> None:
        print(f"{name} {value:.4g} {unit} {floor:.4g} {value / floor:.2f}", flush=True)

    run(_print)
