"""What a person typed into a field, read as a value, or a message in plain words saying why not.

Qt-free so the rules are tested without a window. Every parser takes the text as typed and
returns a `Parsed`: the value to store, or an error message to show beside the field. An empty
field is never an error for counts, dates and times: it means "not known yet". Every parser ends
by holding its value to core/value_rules.py, the rules import and sync hold a records file to,
so the limits live in one place and a file cannot carry what a person could not type.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from cmcoord_desktop.core import value_rules
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP, plurals, translate

TITLE_NEEDED = QT_TRANSLATE_NOOP("validation", "A title is needed")
TOPIC_NEEDED = QT_TRANSLATE_NOOP("validation", "A topic is needed")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("validation", "Type a whole number, like 35")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("validation", "A count cannot be below zero")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "That number is too large for a count")
NOT_A_DATE = QT_TRANSLATE_NOOP("validation", "Type a date like 2017-02-06 or 6 Feb 2017")
NOT_A_TIME = QT_TRANSLATE_NOOP("validation", "Type a time like 09:30 or 2:30 pm")
END_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The end date is before the start date")
START_AFTER_END = QT_TRANSLATE_NOOP("validation", "The start date is after the end date")
END_TIME_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The session ends before it starts")
START_TIME_AFTER_END = QT_TRANSLATE_NOOP("validation", "The session starts after it ends")

NOT_ON_THE_RULES = QT_TRANSLATE_NOOP("validation", "That value cannot be stored here")
DIRECTION_MARKS_REMOVED = QT_TRANSLATE_NOOP(
    "validation",
    "Removed an invisible direction-override character (it would reorder the text around it)",
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def _said(message: str) -> str:
    """One of the messages above in the program's language (they stay English as constants,
    so a test or a caller can name them)."""
    return translate("validation", message)


@dataclass(frozen=True)
class Parsed:
    """The value to store, or why the text cannot be stored (then `value` is None).

    `note` says how the text was read when it could be read two ways ("Read as 12 January
    2026"); `doubt` says why a well-formed value is unlikely (a workshop in the year 1), and
    the value is stored only once the person confirms it (by leaving the field again)."""

    value: Any = None
    error: str | None = None
    note: str | None = None
    doubt: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_text(text: str) -> Parsed:
    """Free text is always accepted exactly as typed: any script, any length."""
    return Parsed(text)


def parse_title(text: str) -> Parsed:
    """A title, topic or caption: as typed, less any direction-override or isolate character.

    Those characters are invisible and come in with pasted text far more often than on
    purpose; refusing the title would leave the person hunting for something they cannot see,
    so they are removed and the note under the field says so. Right-to-left titles (Arabic,
    Hebrew) need none of them: the text itself carries its direction."""
    cleaned = "".join(ch for ch in text if ch not in value_rules.BIDI_CONTROLS)
    note = _said(DIRECTION_MARKS_REMOVED) if cleaned != text else None
    return _held_to_rules(value_rules.title_problem, cleaned, Parsed(cleaned, note=note))


def _held_to_rules(rule: value_rules.Rule, stored_form: Any, parsed: Parsed) -> Parsed:
    """`parsed` if its value (in the form a records file holds it) meets the shared rule."""
    if rule(stored_form) is not None:
        return Parsed(error=_said(NOT_ON_THE_RULES))
    return parsed


def parse_count(text: str) -> Parsed:
    """Delegates or participants: a whole number, or nothing yet."""
    cleaned = text.strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return Parsed(None)
    if not re.fullmatch(r"[+-]?\d+", cleaned):  # any script's digits: int() reads them
        return Parsed(error=_said(NOT_A_WHOLE_NUMBER))
    number = int(cleaned)
    if number < 0:
        return Parsed(error=_said(NOT_NEGATIVE))
    if number > value_rules.LARGEST_COUNT:
        return Parsed(error=_said(TOO_LARGE))
    return _held_to_rules(value_rules.count_problem, number, Parsed(number))


def format_count(value: int | None) -> str:
    return "" if value is None else str(value)


# Workshops of the kind this program records began after the Second World War; a date before
# that, or further ahead than anyone plans one, is more likely a slip ("0001", "9999") than meant.
EARLIEST_LIKELY = dt.date(1945, 1, 1)
YEARS_AHEAD_LIKELY = 10


def parse_date(text: str, month_first: bool = False, today: dt.date | None = None) -> Parsed:
    """2017-02-06, 6/2/2017, 6.2.2017, 6 Feb 2017, Feb 6 2017.

    A numeric date whose day and month could be swapped is read in the person's order
    (`month_first` as in the United States, else day first as in Geneva) and says how it was
    read; a date before 1945 or more than ten years after `today` is doubted."""
    cleaned = text.strip().rstrip(".").replace(",", " ")
    if not cleaned:
        return Parsed(None)
    try:
        value, ambiguous = _read_date(cleaned, month_first)
    except ValueError:
        return Parsed(error=_said(NOT_A_DATE))
    read_as = translate("validation", "Read as {date}")
    note = read_as.format(date=spelled_date(value)) if ambiguous else None
    parsed = Parsed(value, note=note, doubt=date_doubt(value, today or dt.date.today()))
    # A year below 1000 is not four digits in a records file: refused here as there.
    if value_rules.date_problem(format_date(value)) is not None:
        return Parsed(error=_said(NOT_A_DATE))
    return parsed


_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("spelled date", "January"),
    QT_TRANSLATE_NOOP("spelled date", "February"),
    QT_TRANSLATE_NOOP("spelled date", "March"),
    QT_TRANSLATE_NOOP("spelled date", "April"),
    QT_TRANSLATE_NOOP("spelled date", "May"),
    QT_TRANSLATE_NOOP("spelled date", "June"),
    QT_TRANSLATE_NOOP("spelled date", "July"),
    QT_TRANSLATE_NOOP("spelled date", "August"),
    QT_TRANSLATE_NOOP("spelled date", "September"),
    QT_TRANSLATE_NOOP("spelled date", "October"),
    QT_TRANSLATE_NOOP("spelled date", "November"),
    QT_TRANSLATE_NOOP("spelled date", "December"),
)


def spelled_date(value: dt.date) -> str:
    """12 January 2026: no order of day and month to misread; in the program's language (the
    C library's %B would follow whatever locale Qt set, not the window's language)."""
    month = translate("spelled date", _MONTH_NAMES[value.month - 1])
    return translate("spelled date", "{day} {month} {year}").format(
        day=value.day, month=month, year=value.year
    )


def date_doubt(value: dt.date, today: dt.date) -> str | None:
    """Why a date is unlikely for a workshop, or None when it is likely."""
    latest = _years_after(today, YEARS_AHEAD_LIKELY)
    if value < EARLIEST_LIKELY:
        return translate(
            "validation",
            "{date} is before 1945: leave the field again to keep it, or correct it",
        ).format(date=spelled_date(value))
    if value > latest:
        return plurals.tr(
            "{date} is more than %n years ahead: leave the field again to keep it, or correct it",
            "",
            YEARS_AHEAD_LIKELY,
        ).format(date=spelled_date(value))
    return None


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _read_date(text: str, month_first: bool) -> tuple[dt.date, bool]:
    """The date, and whether its numbers could be read as another date."""
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text, flags=re.ASCII):
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day), False
    if match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text, flags=re.ASCII):
        first, second, year = (int(g) for g in match.groups())
        ambiguous = first != second and first <= 12 and second <= 12
        day, month = (second, first) if month_first else (first, second)
        if not ambiguous and month > 12 >= day:  # 25/12 in a month-first locale: only one way
            day, month = month, day
        return dt.date(year, month, day), ambiguous
    words = text.lower().split()
    if len(words) == 3:
        if words[0].isdigit() and words[1] in _MONTHS and words[2].isdigit():
            return dt.date(int(words[2]), _MONTHS[words[1]], int(words[0])), False
        if words[0] in _MONTHS and words[1].isdigit() and words[2].isdigit():
            return dt.date(int(words[2]), _MONTHS[words[0]], int(words[1])), False
    raise ValueError(text)


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def parse_time(text: str) -> Parsed:
    """09:30, 9:30, 9.30, 14h30, 930, 9, 2:30 pm."""
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned:
        return Parsed(None)
    match = re.fullmatch(r"(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm)?", cleaned, flags=re.ASCII)
    if match is None:
        return Parsed(error=_said(NOT_A_TIME))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            return Parsed(error=_said(NOT_A_TIME))
        hour = hour % 12 + (12 if match.group(3) == "pm" else 0)
    if hour > 23 or minute > 59:
        return Parsed(error=_said(NOT_A_TIME))
    value = dt.time(hour, minute)
    if value_rules.time_problem(format_time(value)) is not None:
        return Parsed(error=_said(NOT_A_TIME))
    return Parsed(value)


def format_time(value: dt.time | None) -> str:
    return "" if value is None else value.strftime("%H:%M")


def title_message(title: str, needed: str = TITLE_NEEDED) -> str | None:
    """A warning, not a refusal: an untitled record is kept, and says it wants a title."""
    return _said(needed) if not title.strip() else None


def end_date_message(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is not None and end is not None and end < start:
        return _said(END_BEFORE_START)
    return None


def start_date_message(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is not None and end is not None and end < start:
        return _said(START_AFTER_END)
    return None


def end_time_message(start: dt.time | None, end: dt.time | None) -> str | None:
    if start is not None and end is not None and end < start:
        return _said(END_TIME_BEFORE_START)
    return None


def start_time_message(start: dt.time | None, end: dt.time | None) -> str | None:
    if start is not None and end is not None and end < start:
        return _said(START_TIME_AFTER_END)
    return None
