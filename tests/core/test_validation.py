"""What typed text means for counts, dates, times and titles, and what a person is told when
it means nothing storable. No Qt here."""

from __future__ import annotations

import datetime as dt

import pytest

from cmcoord_desktop.core import validation as v
from cmcoord_desktop.core import value_rules


@pytest.mark.parametrize(
    ("typed", "count"),
    [("92", 92), (" 102 ", 102), ("1,200", 1200), ("0", 0), ("", None), ("   ", None), ("١٢", 12)],
)
def test_counts_that_are_whole_numbers_are_read(typed: str, count: int | None) -> None:
    assert v.parse_count(typed) == v.Parsed(count)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ninety-two", v.NOT_A_WHOLE_NUMBER),
        ("12.5", v.NOT_A_WHOLE_NUMBER),
        ("about 30", v.NOT_A_WHOLE_NUMBER),
        ("-3", v.NOT_NEGATIVE),
        ("99999999999", v.TOO_LARGE),
    ],
)
def test_counts_that_are_not_whole_numbers_say_why(typed: str, message: str) -> None:
    parsed = v.parse_count(typed)
    assert (parsed.ok, parsed.value, parsed.error) == (False, None, message)


@pytest.mark.parametrize(
    "typed",
    ["2017-02-06", "6/2/2017", "06.02.2017", "6 Feb 2017", "6 February 2017", "Feb 6, 2017"],
)
def test_dates_are_read_in_the_ways_people_write_them(typed: str) -> None:
    parsed = v.parse_date(typed, today=dt.date(2017, 1, 1))
    assert (parsed.value, parsed.error, parsed.doubt) == (dt.date(2017, 2, 6), None, None)


@pytest.mark.parametrize(
    ("typed", "month_first", "read", "note"),
    [
        ("12/01/2026", False, dt.date(2026, 1, 12), "Read as 12 January 2026"),
        ("12/01/2026", True, dt.date(2026, 12, 1), "Read as 1 December 2026"),
        ("12.01.2026", False, dt.date(2026, 1, 12), "Read as 12 January 2026"),
        ("25/12/2026", True, dt.date(2026, 12, 25), None),  # only one way to read it
        ("12/25/2026", False, dt.date(2026, 12, 25), None),
        ("5/5/2026", True, dt.date(2026, 5, 5), None),
        ("2026-01-12", True, dt.date(2026, 1, 12), None),  # ISO is never ambiguous
    ],
)
def test_a_numeric_date_is_read_in_the_persons_order_and_says_how_when_ambiguous(
    typed: str, month_first: bool, read: dt.date, note: str | None
) -> None:
    parsed = v.parse_date(typed, month_first=month_first, today=dt.date(2026, 1, 1))
    assert (parsed.value, parsed.note, parsed.error) == (read, note, None)


@pytest.mark.parametrize(
    ("typed", "doubted"),
    [
        ("0001-01-01", True),
        ("1944-12-31", True),
        ("1945-01-01", False),
        ("2036-12-02", False),  # ten years ahead: still planned
        ("2036-12-03", True),
        ("9999-12-31", True),
    ],
)
def test_a_date_far_from_any_workshop_is_doubted_not_refused(typed: str, doubted: bool) -> None:
    parsed = v.parse_date(typed, today=dt.date(2026, 12, 2))
    assert parsed.ok and parsed.value == dt.date.fromisoformat(typed)
    assert bool(parsed.doubt) is doubted
    if doubted:
        assert "leave the field again to keep it" in parsed.doubt


@pytest.mark.parametrize("typed", ["next friday", "2017-02-30", "31/13/2017", "6 Fab 2017"])
def test_impossible_dates_say_how_to_write_one(typed: str) -> None:
    assert v.parse_date(typed) == v.Parsed(error=v.NOT_A_DATE)


def test_an_empty_date_means_not_known_yet() -> None:
    assert v.parse_date("  ") == v.Parsed(None)
    assert v.format_date(None) == ""
    assert v.format_date(dt.date(2017, 11, 4)) == "2017-11-04"


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("09:30", dt.time(9, 30)),
        ("9:30", dt.time(9, 30)),
        ("14h30", dt.time(14, 30)),
        ("9.05", dt.time(9, 5)),
        ("930", dt.time(9, 30)),
        ("9", dt.time(9, 0)),
        ("2:30 pm", dt.time(14, 30)),
        ("12 am", dt.time(0, 0)),
    ],
)
def test_times_are_read(typed: str, time: dt.time) -> None:
    assert v.parse_time(typed) == v.Parsed(time)


@pytest.mark.parametrize("typed", ["25:00", "9:75", "13 pm", "noon", "9:3"])
def test_impossible_times_say_how_to_write_one(typed: str) -> None:
    assert v.parse_time(typed) == v.Parsed(error=v.NOT_A_TIME)


def test_an_end_before_the_start_is_named_from_either_side() -> None:
    start, end = dt.date(2017, 2, 10), dt.date(2017, 2, 6)
    assert v.end_date_message(start, end) == "The end date is before the start date"
    assert v.start_date_message(start, end) == "The start date is after the end date"
    assert v.end_date_message(end, start) is None
    assert v.end_date_message(None, end) is None
    assert v.end_time_message(dt.time(11), dt.time(9)) == v.END_TIME_BEFORE_START
    assert v.start_time_message(dt.time(9), dt.time(11)) is None


def test_an_empty_title_asks_for_one_in_plain_words() -> None:
    assert v.title_message("") == "A title is needed"
    assert v.title_message("   ") == "A title is needed"
    assert v.title_message("Dangerous Work") is None
    assert v.title_message("", needed=v.TOPIC_NEEDED) == "A topic is needed"


def test_free_text_is_taken_exactly_as_typed() -> None:
    long = "أ" * 50_000 + "中" * 49_999 + "🙂"
    assert v.parse_text(long) == v.Parsed(long)
    assert v.parse_text("  spaces kept  ").value == "  spaces kept  "


# --- one set of rules: what the editor parses is what a records file may hold ----------------


@pytest.mark.parametrize(
    "typed", ["Dangerous \u202eWork", "\u202aLeft\u202c", "\u2067isolated\u2069", "\u202d\u202b"]
)
def test_a_title_loses_its_direction_overrides_and_says_so(typed: str) -> None:
    parsed = v.parse_title(typed)
    assert parsed.ok
    assert value_rules.title_problem(parsed.value) is None
    assert value_rules.BIDI_CONTROLS.isdisjoint(parsed.value)
    assert parsed.value == "".join(c for c in typed if c not in value_rules.BIDI_CONTROLS)
    assert parsed.note == v.DIRECTION_MARKS_REMOVED


def test_a_right_to_left_title_is_kept_exactly_as_typed() -> None:
    typed = "تنسيق مدني عسكري \u200f(HNPW)"  # Arabic, with a right-to-left mark (not an override)
    assert v.parse_title(typed) == v.Parsed(typed)


def test_the_editor_and_a_records_file_share_the_count_limit() -> None:
    largest = value_rules.LARGEST_COUNT
    assert v.parse_count(str(largest)) == v.Parsed(largest)
    assert value_rules.count_problem(largest) is None
    assert v.parse_count(str(largest + 1)).error == v.TOO_LARGE
    assert value_rules.count_problem(largest + 1) is not None


@pytest.mark.parametrize("typed", ["09:30", "9.30", "2:30 pm", "930", "0", "23:59", "12am"])
def test_every_time_the_editor_reads_is_one_a_records_file_may_hold(typed: str) -> None:
    parsed = v.parse_time(typed)
    assert parsed.ok and parsed.value is not None
    assert value_rules.time_problem(v.format_time(parsed.value)) is None


@pytest.mark.parametrize("typed", ["2017-02-06", "6/2/2017", "6 Feb 2017", "1 Jan 0005"])
def test_every_date_the_editor_reads_is_one_a_records_file_may_hold(typed: str) -> None:
    parsed = v.parse_date(typed, today=dt.date(2017, 2, 1))
    assert parsed.ok and parsed.value is not None
    assert value_rules.date_problem(v.format_date(parsed.value)) is None
