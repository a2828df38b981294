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
from typing import Any

from sqlalchemy import Row, text

from cmcoord_desktop.core.models import NextStepStatus
from cmcoord_desktop.core.search_index import fold
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import translate

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
_SELECT = """
    SELECT i.id, i.text, i.owner, i.due_date, i.status,
           e.id, e.title, e.series, s.id, s.title, s.date, e.start_date
    FROM items i
    LEFT JOIN sessions s ON s.id = i.parent AND NOT s.deleted
    LEFT JOIN events e ON e.id = coalesce(s.event_id, i.parent) AND NOT e.deleted
    WHERE i.item_kind = 'next_step' AND NOT i.deleted AND e.id IS NOT NULL
"""
_ORDER = " ORDER BY i.due_date IS NULL, i.due_date, e.title COLLATE NOCASE, i.text, i.id"
_CARRIES = text(
    """
    SELECT c.item_id, c.event_id, c.from_event, e.title, e.series
    FROM carries c JOIN events e ON e.id = c.event_id
    WHERE NOT c.deleted AND NOT e.deleted
    """
)
_STATUS = "coalesce(nullif(i.status, ''), 'open')"


def _where(filters: Filters, today: dt.date) -> tuple[str, dict[str, object]]:
    """The filters as SQL, so only the rows asked for leave the database (the view shows a
    page of 20,000 at a time). Owner, series and words compare folded text: cmcoord_fold."""
    clauses: list[str] = []
    params: dict[str, object] = {}
    if filters.statuses:
        names = [f":status{n}" for n in range(len(filters.statuses))]
        clauses.append(f"{_STATUS} IN ({', '.join(names)})")
        params.update({name[1:]: str(v) for name, v in zip(names, filters.statuses, strict=True)})
    if filters.owner:
        clauses.append("trim(cmcoord_fold(i.owner)) = :owner")
        params["owner"] = fold(filters.owner).strip()
    if filters.series:
        clauses.append("cmcoord_fold(e.series) = :series")
        params["series"] = fold(filters.series)
    if filters.event:
        clauses.append("e.id = :event")
        params["event"] = filters.event
    if filters.due:
        monday, sunday = _week(today)
        params.update(today=today.isoformat(), monday=monday.isoformat(), sunday=sunday.isoformat())
        due = {
            Due.OVERDUE: f"(i.due_date < :today AND {_STATUS} IN ('open', 'in progress'))",
            Due.THIS_WEEK: "(i.due_date BETWEEN :monday AND :sunday)",
            Due.NO_DATE: "(i.due_date IS NULL)",
        }
        clauses.append("(" + " OR ".join(due[Due(d)] for d in filters.due) + ")")
    for n, word in enumerate(fold(filters.words).split()):
        clauses.append(f"instr(cmcoord_fold(i.text, i.owner), :word{n}) > 0")
        params[f"word{n}"] = word
    return "".join(f" AND {c}" for c in clauses), params


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
        warning = (
            translate("next steps", "due {due}, before its session on {starts}")
            if row.session_date
            else translate("next steps", "due {due}, before its event on {starts}")
        )
        found.append(warning.format(due=row.due.isoformat(), starts=starts.isoformat()))
    if len(row.owner) > LONG_OWNER:
        found.append(
            translate("next steps", "owner is {count} characters long").format(
                count=f"{len(row.owner):,}"
            )
        )
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
    store: Store,
    filters: Filters | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[NextStepRow]:
    """The live next steps of live events that pass the filters: by due date (none last),
    then event and text; `limit` and `offset` page through them. With an event filter, steps
    carried into it come too, marked, after its own."""
    filters = filters or Filters()
    today = today or dt.date.today()
    where, params = _where(filters, today)
    page = ""
    if limit is not None and not filters.event:
        page = " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    with store.unit_of_work() as db:
        raw = db.execute(text(_SELECT + where + _ORDER + page), params).all()
        carries = db.execute(_CARRIES).all()
        carried_raw: Sequence[Row[Any]] = ()
        if filters.event:
            carried_ids = [c[0] for c in carries if c[1] == filters.event]
            if carried_ids:
                marks = ", ".join(f":c{n}" for n in range(len(carried_ids)))
                ids = {f"c{n}": item_id for n, item_id in enumerate(carried_ids)}
                carried_raw = db.execute(
                    text(_SELECT + f" AND i.id IN ({marks})" + _ORDER), ids
                ).all()
    carried_into: dict[str, list[str]] = {}
    for item_id, _event_id, _from, title, _series in carries:
        carried_into.setdefault(item_id, []).append(title or "(untitled)")
    rows = [_row(r, today, carried_into) for r in raw]
    if filters.event:
        targets = {c[0]: c for c in carries if c[1] == filters.event}
        carried = [
            _carried(row, filters.event, targets[row.id][3], targets[row.id][4], "")
            for row in (_row(r, today, carried_into) for r in carried_raw)
        ]
        rows += [row for row in carried if _passes(row, replace(filters, event=""), today)]
        rows = rows[offset:] if limit is None else rows[offset : offset + limit]
    return rows


def _row(r: Sequence[Any], today: dt.date, carried_into: dict[str, list[str]]) -> NextStepRow:
    due = _date(r[3])
    status = r[4] or NextStepStatus.OPEN
    into = carried_into.get(r[0])
    row = NextStepRow(
        id=r[0],
        text=r[1] or "",
        owner=r[2] or "",
        due=due,
        status=status,
        event_id=r[5],
        event_title=r[6] or "(untitled)",
        series=r[7] or "",
        session_id=r[8],
        session_title=r[9] or "",
        session_date=_date(r[10]),
        event_start=_date(r[11]),
        home_event_id=r[5],
        carried_into=tuple(sorted(into)) if into else (),
        overdue=due is not None and due < today and status in STILL_TO_DO,
    )
    return _with_warnings(row)


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


def count_next_steps(
    store: Store, filters: Filters | None = None, today: dt.date | None = None
) -> int:
    """How many next steps pass the filters (what `next_steps` would list without a limit),
    counted in SQL: the view says "200 of 20,000" without loading them."""
    filters = filters or Filters()
    if filters.event:  # carried steps are added in Python: count what is listed
        return len(next_steps(store, filters, today))
    where, params = _where(filters, today or dt.date.today())
    with store.reading() as db:
        return int(
            db.execute(text(f"SELECT count(*) FROM ({_SELECT + where})"), params).scalar_one()
        )
