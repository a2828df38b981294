"""The follow-up PDF: "Open next steps", one section per owner, each step with its event,
session, due date and status. Same fonts, Arabic shaping and text safety as the summary
(export/pdf_styles.TextMaker), so every language prints as it does there."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from cmcoord_desktop.core.atomic_write import fsync_folder, replace, reported_as, temporary_name
from cmcoord_desktop.core.next_steps import NextStepRow
from cmcoord_desktop.core.search_index import fold
from cmcoord_desktop.export.fonts import LATIN, has_right_to_left, register_fonts
from cmcoord_desktop.export.pdf_styles import (
    EVENT_TITLE,
    FACTS,
    LIST_ITEM,
    META,
    SECTION_TITLE,
    TextMaker,
)
from cmcoord_desktop.export.pdf_summary import _layout_lock  # ReportLab: one layout at a time
from cmcoord_desktop.export.text_safety import clean_line

TITLE = "Open next steps"
NO_OWNER = "No owner yet"
MARGIN = 20 * mm
OWNER_HEADING = 80  # characters of an owner shown as a heading; a pasted passage is cut there


def _join(parts: Sequence[str]) -> str:
    present = [p for p in parts if p]
    if any(has_right_to_left(p) for p in present):  # keeps "·" between parts in Arabic
        return " \u200f·\u200f ".join(present)
    return " · ".join(present)


def by_owner(rows: Sequence[NextStepRow]) -> list[tuple[str, list[NextStepRow]]]:
    """Rows grouped by owner (one group per person whatever the case and accents), owners in
    alphabetical order, steps without an owner last."""
    groups: dict[str, tuple[str, list[NextStepRow]]] = {}
    for row in rows:
        name = clean_line(row.owner)
        key = fold(name).strip()
        groups.setdefault(key, (name or NO_OWNER, []))[1].append(row)
    ordered = sorted(groups.items(), key=lambda g: (g[0] == "", g[0]))
    return [group for _, group in ordered]


def _story(rows: Sequence[NextStepRow], today: dt.date) -> list[Flowable]:
    maker = TextMaker(right_to_left=False, chinese=False)
    story: list[Flowable] = [
        maker.text(TITLE, EVENT_TITLE),
        maker.text(f"{len(rows)} next steps, as of {today.isoformat()}", FACTS),
    ]
    for owner, steps in by_owner(rows):
        name = owner if len(owner) <= OWNER_HEADING else owner[: OWNER_HEADING - 1] + "…"
        story.append(maker.text(f"{name} ({len(steps)})", SECTION_TITLE, keep_with_next=True))
        for number, step in enumerate(steps, start=1):
            due = f"due {step.due.isoformat()}" if step.due else "no due date"
            place = step.event_title + (f" / {step.session_title}" if step.session_title else "")
            # Parts joined by "·", no parentheses: in a line mixing Arabic and Latin, the bidi
            # algorithm mirrors and moves brackets away from the words they belong to.
            meta = _join(
                [
                    clean_line(place),
                    f"carried from {clean_line(step.carried_from)}" if step.carried_from else "",
                    due,
                    "overdue" if step.overdue else "",
                    step.status,
                    *step.warnings,
                ]
            )
            story += maker.texts(step.text, LIST_ITEM, marker=f"{number}.", note=(meta, META))
    return story


def export_next_steps_pdf(
    rows: Sequence[NextStepRow], out: Path, today: dt.date | None = None
) -> Path:
    """Write the PDF at `out`, replacing it only once the new one is complete."""
    out = Path(out)
    today = today or dt.date.today()
    temporary = temporary_name(out)
    try:
        with reported_as(out), _layout_lock:
            register_fonts()
            document = SimpleDocTemplate(
                str(temporary),
                pagesize=A4,
                title=TITLE,
                author="CMCoord Desktop",
                creator="CMCoord Desktop",
                initialFontName=LATIN.regular,
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=MARGIN,
                bottomMargin=MARGIN,
            )
            document.build(_story(rows, today))
        with reported_as(out), open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(out.parent)
    return out
