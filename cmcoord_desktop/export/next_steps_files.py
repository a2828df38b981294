"""Next steps out of the program: CSV for anything, XLSX for Excel, iCalendar for calendars.

Plain rows in (core/next_steps.NextStepRow), a file out, written atomically. The PDF of open
next steps per owner is next_steps_pdf.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.core.fields import label
from cmcoord_desktop.core.models import Carry, Event, Item, ItemKind, Session
from cmcoord_desktop.core.next_steps import NextStepRow
from cmcoord_desktop.core.record_names import KIND_NAMES
from cmcoord_desktop.export.text_safety import clean_line, clean_text

# Records and fields named as the window names them (core/record_names.py, core/fields.py).
HEADER = (
    KIND_NAMES[Event.KIND].alone,
    KIND_NAMES[Session.KIND].alone,
    KIND_NAMES[ItemKind.NEXT_STEP].alone,
    label(Item, "owner"),
    label(Item, "due_date"),
    label(Item, "status"),
    "Overdue",
    label(Carry, "from_event"),
    "Check",
    "Id",
)
# Excel and LibreOffice run a cell starting with these as a formula (CSV injection): a next
# step from a colleague's laptop is data, so such a cell gets a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767  # characters Excel keeps in one cell


def _cells(row: NextStepRow) -> list[str]:
    return [
        clean_line(row.event_title),
        clean_line(row.session_title),
        clean_text(row.text),
        clean_line(row.owner),
        row.due.isoformat() if row.due else "",
        row.status,
        "overdue" if row.overdue else "",
        clean_line(row.carried_from),
        "; ".join(row.warnings),
        row.id,
    ]


def _inert(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def next_steps_csv(rows: Sequence[NextStepRow]) -> bytes:
    """UTF-8 with a byte-order mark: without it Excel reads Arabic and Chinese as mojibake."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([_inert(cell) for cell in _cells(row)])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(rows: Sequence[NextStepRow], out: Path) -> Path:
    write_atomically(out, next_steps_csv(rows))
    return out


def next_steps_xlsx(rows: Sequence[NextStepRow]) -> bytes:
    """One sheet holding an Excel table (filter buttons, banded rows) under a frozen header."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Next steps"
    sheet.append(list(HEADER))
    for row in rows:
        values: list[object] = []
        for index, cell in enumerate(_cells(row)):
            cell = ILLEGAL_CHARACTERS_RE.sub("", cell)
            if len(cell) > XLSX_CELL_LIMIT:
                cell = cell[: XLSX_CELL_LIMIT - 1] + "…"
            values.append(row.due if index == 4 and row.due else cell)
        sheet.append(values)
        for written in sheet[sheet.max_row]:
            if isinstance(written.value, str):
                written.data_type = "s"  # text, even when it starts with "=": never a formula
            elif isinstance(written.value, dt.date):
                written.number_format = "yyyy-mm-dd"
    last = f"{get_column_letter(len(HEADER))}{max(sheet.max_row, 2)}"
    if sheet.max_row == 1:
        sheet.append([""] * len(HEADER))  # a table needs a row under its header
    table = Table(displayName="NextSteps", ref=f"A1:{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    sheet.freeze_panes = "A2"
    for index, width in enumerate((28, 28, 60, 20, 12, 12, 9, 24, 30, 38), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(rows: Sequence[NextStepRow], out: Path) -> Path:
    write_atomically(out, next_steps_xlsx(rows))
    return out


_TODO_STATUS = {
    "open": "NEEDS-ACTION",
    "in progress": "IN-PROCESS",
    "done": "COMPLETED",
    "dropped": "CANCELLED",
}
UID_DOMAIN = "cmcoord-desktop"


def todo_uid(step_id: str) -> str:
    """The same next step always has the same UID, so a re-import updates, never duplicates."""
    return f"{step_id}@{UID_DOMAIN}"


def next_steps_ics(rows: Sequence[NextStepRow], now: dt.datetime | None = None) -> bytes:
    """One VTODO per next step with a due date (a calendar has nowhere to put the others)."""
    from icalendar import Calendar, Todo

    now = now or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//CMCoord Desktop//Next steps//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "CMCoord next steps")
    seen: set[str] = set()
    for row in rows:
        if row.due is None or row.id in seen:  # a carried step is listed once
            continue
        seen.add(row.id)
        todo = Todo()
        todo.add("uid", todo_uid(row.id))
        todo.add("dtstamp", now)
        todo.add("summary", clean_line(row.text)[:500] or "(next step)")
        todo.add("due", row.due)
        todo.add("status", _TODO_STATUS.get(row.status, "NEEDS-ACTION"))
        place = " / ".join(
            p for p in (clean_line(row.event_title), clean_line(row.session_title)) if p
        )
        details = [clean_text(row.text), place]
        if row.owner:
            details.append(f"Owner: {clean_line(row.owner)}")
        todo.add("description", "\n".join(d for d in details if d))
        if row.owner:
            todo.add("x-cmcoord-owner", clean_line(row.owner)[:500])
        calendar.add_component(todo)
    return bytes(calendar.to_ical())


def write_ics(rows: Sequence[NextStepRow], out: Path) -> Path:
    write_atomically(out, next_steps_ics(rows))
    return out
