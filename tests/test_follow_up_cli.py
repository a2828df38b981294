"""`search` and `next-steps` as a user runs them, and each file read back with its own library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import icalendar
import openpyxl
import pdfplumber
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from tests.export.pdf_reading import right_to_left_lines

ARABIC = "مشاركة النتائج مع الفريق الاستشاري"
OWNER_AR = "أحمد"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *map(str, args)], capture_output=True, text=True
    )


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    data = tmp_path / "data"
    with Store(data) as store:
        prague = repo.create_event(store, title="Prague workshop", start_date=dt.date(2025, 11, 4))
        hnpw = repo.create_event(store, title="HNPW 2026")
        session = repo.create_session(store, prague.id, title="Recommendations")
        ids = {"prague": prague.id, "hnpw": hnpw.id}
        ids["ar"] = repo.add_item(
            store,
            session.id,
            ItemKind.NEXT_STEP,
            ARABIC,
            owner=OWNER_AR,
            due_date=dt.date(2026, 2, 5),
        ).id
        ids["formula"] = repo.add_item(
            store,
            prague.id,
            ItemKind.NEXT_STEP,
            '=HYPERLINK("http://x")',
            owner="Ana",
            due_date=dt.date(2026, 3, 1),
            status="in progress",
        ).id
        ids["done"] = repo.add_item(
            store, hnpw.id, ItemKind.NEXT_STEP, "Book the room", owner="Ana", status="done"
        ).id
        gone = repo.add_item(store, hnpw.id, ItemKind.NEXT_STEP, "Deleted step", owner="Ana")
        repo.delete(store, Item, gone.id)
    return data, ids


@pytest.mark.slow
def test_search_prints_one_match_a_line() -> None:
    result = cli("--demo", "search", "gateway")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 2
    for line in lines:
        event, place, kind, context = line.split("\t")
        assert event.startswith("Humanitarian Network and Partnership Week")
        assert place.startswith("Data Revolution")
        assert kind in ("key outcome", "next step")
        assert "[gateway]" in context.lower()
    oslo = cli("--demo", "search", "oslo")
    assert oslo.returncode == 0 and "[Oslo]" in oslo.stdout


@pytest.mark.slow
def test_search_without_matches_or_letters_says_so(folder: tuple[Path, dict[str, str]]) -> None:
    data, _ = folder
    nothing = cli("--data-dir", data, "search", "gateway")
    assert (nothing.returncode, nothing.stdout) == (1, "")
    assert nothing.stderr.strip() == "No record matches."
    symbols = cli("--data-dir", data, "search", '*** " ( ^ -')
    assert symbols.returncode == 1 and "letters or numbers" in symbols.stderr
    assert "Traceback" not in symbols.stderr
    trash = cli("--data-dir", data, "search", "deleted", "--deleted")
    assert trash.returncode == 0 and "(in the Trash)" in trash.stdout


@pytest.mark.slow
def test_next_steps_listed_and_filtered(folder: tuple[Path, dict[str, str]]) -> None:
    data, _ = folder
    listed = cli("--data-dir", data, "next-steps", "--owner", "ANA", "--status", "in progress")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    event, session, owner, due, status, text = line.split("\t")
    assert (event, session, owner, status, text) == (
        "Prague workshop",
        "-",
        "Ana",
        "in progress",
        '=HYPERLINK("http://x")',
    )
    assert due.startswith("2026-03-01")
    unknown = cli("--data-dir", data, "next-steps", "--event", "No such event")
    assert unknown.returncode == 2 and "no event" in unknown.stderr
    no_out = cli("--data-dir", data, "next-steps", "--format", "csv")
    assert no_out.returncode == 2 and "--out" in no_out.stderr


def test_csv_opens_in_excel_with_arabic(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    out = tmp_path / "steps.csv"
    assert cli("--data-dir", data, "next-steps", "--format", "csv", "--out", out).returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    by_id = {row["Id"]: row for row in rows}
    assert set(by_id) == {ids["ar"], ids["formula"], ids["done"]}
    assert (by_id[ids["ar"]]["Next step"], by_id[ids["ar"]]["Owner"]) == (ARABIC, OWNER_AR)
    assert by_id[ids["formula"]]["Next step"] == '\'=HYPERLINK("http://x")', "never a formula"


@pytest.mark.slow
def test_xlsx_is_a_real_table_under_a_frozen_header(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    out = tmp_path / "steps.xlsx"
    result = cli("--data-dir", data, "next-steps", "--status", "open", "in progress", "--out", out)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    sheet = book["Next steps"]
    assert sheet.freeze_panes == "A2"
    [table] = sheet.tables.values()
    assert table.ref == "A1:J3"
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Event", "Session", "Next step", "Owner", "Due", "Status"]
    rows = {r[9]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[ids["ar"]][2:4] == (ARABIC, OWNER_AR)
    assert rows[ids["ar"]][4] == dt.datetime(2026, 2, 5)
    assert rows[ids["formula"]][2] == '=HYPERLINK("http://x")'
    assert sheet.cell(row=3, column=3).data_type == "s", "text, not a formula"


@pytest.mark.slow
def test_ics_has_one_todo_per_dated_step_with_stable_uids(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert cli("--data-dir", data, "next-steps", "--format", "ics", "--out", first).returncode == 0
    with Store(data) as store:
        repo.update(store, Item, ids["ar"], status="done")
    assert cli("--data-dir", data, "next-steps", "--format", "ics", "--out", second).returncode == 0

    def todos(path: Path) -> dict[str, icalendar.Todo]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return {str(t["uid"]): t for t in calendar.walk("VTODO")}

    before, after = todos(first), todos(second)
    assert (
        set(before)
        == set(after)
        == {f"{ids['ar']}@cmcoord-desktop", f"{ids['formula']}@cmcoord-desktop"}
    )
    arabic = after[f"{ids['ar']}@cmcoord-desktop"]
    assert str(arabic["summary"]) == ARABIC and OWNER_AR in str(arabic["description"])
    assert arabic.decoded("due") == dt.date(2026, 2, 5)
    assert (str(before[f"{ids['ar']}@cmcoord-desktop"]["status"]), str(arabic["status"])) == (
        "NEEDS-ACTION",
        "COMPLETED",
    )


def test_pdf_lists_open_steps_per_owner(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    out = tmp_path / "open.pdf"
    result = cli("--data-dir", data, "next-steps", "--format", "pdf", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 next steps" in result.stdout, "open and in progress only"
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0].extract_text()
    assert "Open next steps" in page
    assert "Ana (1)" in page and "Book the room" not in page
    # Arabic is shaped and laid right to left: read each word back in logical order.
    words = {word for line in right_to_left_lines(out) for _, word in line}
    assert set(ARABIC.split()) | {OWNER_AR} <= words, words


@pytest.mark.slow
def test_search_and_next_steps_while_the_window_has_the_folder(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    with Store(data):  # what the open window holds: the folder's lock
        found = cli("--data-dir", data, "search", "room")
        listed = cli("--data-dir", data, "next-steps", "--owner", "ana", "--words", "ROOM")
    assert found.returncode == 0, found.stderr
    assert "[room]" in found.stdout
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split("\t")[-1].strip() == "Book the room"
