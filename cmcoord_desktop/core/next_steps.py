"""Every next step of every event in one list: who does what by when, filtered as people ask.

Qt-free: the Next steps view, the `next-steps` command and the exports all read `next_steps`.
A next step whose due date is before its session, or whose owner is very long, is listed and
marked (`warnings`), never refused: it is what someone typed, and they may fix it later.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import text

from cmcoord_desktop.core.models import NextStepStatus
from cmcoord_desktop.core.search_index import fold
from cmcoord_desktop.core.store import Store

STILL_TO_DO = (NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS)
LONG_OWNER = 200  # characters; past this an owner is most likely a paste in the wrong field


class Due(enum.StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this week"
    NO_DATE = "no date"


@dataclass(frozen=True)
class NextStepRow:
    id: str
    text: str
    owner: str
    due: dt.date | None
    status: str
    event_id: str | None
    event_title: str
    series: str
    session_id: str | None  # None for an event's own next steps
    session_title: str
    session_date: dt.date | None
    event_start: dt.date | None
    home_event_id: str | None = None  # the event it was written in
    carried_from: str = ""  # the step's own event, when it is shown in `event_id` carried
    carried_into: tuple[str, ...] = ()  # titles of the events it was carried into
    overdue: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Filters:
    statuses: Sequence[str] = ()  # empty: every status
    owner: str = ""  # the same owner, whatever the case and accents
    event: str = ""  # an event id: its own next steps and those carried into it
    series: str = ""
    due: Sequence[Due] = ()
    words: str = ""  # words of the text or owner, case- and accent-insensitive


# Each next step with its session (if any) and its event, in one pass over the items.
_ROWS = text(
    """
    SELECT i.id, i.text, i.owner, i.due_date, i.status,
           e.id, e.title, e.series, s.id, s.title, s.date, e.start_date
    FROM items i
    LEFT JOIN sessions s ON s.id = i.parent AND NOT s.deleted
    LEFT JOIN events e ON e.id = coalesce(s.event_id, i.parent) AND NOT e.deleted
    WHERE i.item_kind = 'next_step' AND NOT i.deleted
      AND e.id IS NOT NULL
    """
)
_CARRIES = text(
    """
    SELECT c.item_id, c.event_id, c.from_event, e.title, e.series
    FROM carries c JOIN events e ON e.id = c.event_id
    WHERE NOT c.deleted AND NOT e.deleted
    """
)


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _warnings(row: NextStepRow) -> tuple[str, ...]:
    found = []
    starts = row.session_date or row.event_start
    if row.due is not None and starts is not None and row.due < starts:
        when = "its session" if row.session_date else "its event"
        found.append(f"due {row.due.isoformat()}, before {when} ({starts.isoformat()})")
    if len(row.owner) > LONG_OWNER:
        found.append(f"owner is {len(row.owner):,} characters long")
    return tuple(found)


def _week(today: dt.date) -> tuple[dt.date, dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def _due_matches(row: NextStepRow, wanted: Iterable[Due], today: dt.date) -> bool:
    monday, sunday = _week(today)
    for due in wanted:
        if due is Due.OVERDUE and row.overdue:
            return True
        if due is Due.NO_DATE and row.due is None:
            return True
        if due is Due.THIS_WEEK and row.due is not None and monday <= row.due <= sunday:
            return True
    return False


def next_steps(
    store: Store, filters: Filters | None = None, today: dt.date | None = None
) -> list[NextStepRow]:
    """The live next steps of live events that pass the filters: by due date (none last),
    then event and text. With an event filter, steps carried into it come too, marked."""
    filters = filters or Filters()
    today = today or dt.date.today()
    with store.unit_of_work() as db:
        raw = db.execute(_ROWS).all()
        carries = db.execute(_CARRIES).all()
    titles = {r[5]: r[6] for r in raw}
    carried_into: dict[str, list[str]] = {}
    for item_id, _event_id, _from, title, _series in carries:
        carried_into.setdefault(item_id, []).append(title or "(untitled)")
    rows: list[NextStepRow] = []
    for r in raw:
        due = _date(r[3])
        row = NextStepRow(
            id=r[0],
            text=r[1] or "",
            owner=r[2] or "",
            due=due,
            status=r[4] or NextStepStatus.OPEN,
            event_id=r[5],
            event_title=r[6] or "(untitled)",
            series=r[7] or "",
            session_id=r[8],
            session_title=r[9] or "",
            session_date=_date(r[10]),
            event_start=_date(r[11]),
            home_event_id=r[5],
            carried_into=tuple(sorted(carried_into.get(r[0], ()))),
            overdue=due is not None and due < today and (r[4] or "open") in STILL_TO_DO,
        )
        rows.append(_with_warnings(row))
    if filters.event:
        by_id = {row.id: row for row in rows}
        carried = [
            _carried(by_id[item_id], event_id, title, series, titles.get(from_event, ""))
            for item_id, event_id, from_event, title, series in carries
            if event_id == filters.event and item_id in by_id
        ]
        rows = [row for row in rows if row.event_id == filters.event] + carried
    return sorted(
        (row for row in rows if _passes(row, filters, today)),
        key=lambda row: (row.due is None, row.due or dt.date.max, fold(row.event_title), row.text),
    )


def _with_warnings(row: NextStepRow) -> NextStepRow:
    warnings = _warnings(row)
    return row if not warnings else replace(row, warnings=warnings)


def _carried(
    row: NextStepRow, event_id: str, title: str, series: str, home_title: str
) -> NextStepRow:
    return replace(
        row,
        event_id=event_id,
        event_title=title or "(untitled)",
        series=series or "",
        carried_from=row.event_title or home_title,
    )


def _passes(row: NextStepRow, filters: Filters, today: dt.date) -> bool:
    if filters.statuses and row.status not in filters.statuses:
        return False
    if filters.owner and fold(row.owner).strip() != fold(filters.owner).strip():
        return False
    if filters.series and fold(row.series) != fold(filters.series):
        return False
    if filters.due and not _due_matches(row, filters.due, today):
        return False
    if filters.words:
        haystack = fold(row.text, row.owner)
        return all(word in haystack for word in fold(filters.words).split())
    return True


def _preferred(spelling: str, uses: int) -> tuple[int, bool, int, str]:
    """Which spelling of one person to offer: the most used; on a tie, not all in capitals,
    then the one keeping the accents (easier to drop than to add back)."""
    return (uses, not spelling.isupper(), sum(not c.isascii() for c in spelling), spelling)


def owners(store: Store, typed: str = "") -> list[str]:
    """Owners already used, for completion: one spelling per person whatever the case and
    accents (the one used most), those starting with what was typed, most used first."""
    with store.unit_of_work() as db:
        used = db.execute(
            text(
                "SELECT owner, count(*) FROM items WHERE item_kind = 'next_step' "
                "AND NOT deleted AND owner != '' GROUP BY owner"
            )
        ).all()
    people: dict[str, dict[str, int]] = {}
    for owner, count in used:
        people.setdefault(fold(owner).strip(), {})[owner] = count
    wanted = fold(typed).strip()
    chosen = [
        (sum(spellings.values()), max(spellings, key=lambda s: _preferred(s, spellings[s])))
        for key, spellings in people.items()
        if key.startswith(wanted) or any(w.startswith(wanted) for w in key.split())
    ]
    return [name for _, name in sorted(chosen, key=lambda c: (-c[0], fold(c[1])))]
