"""How a record reads in a panel's row: its title, and the smaller line of dates, place, host."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from cmcoord_desktop.core.models import Event, MarketplaceGroup, Record, Session
from cmcoord_desktop.core.record_names import typed_title
from cmcoord_desktop.ui.choices import shown_format
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.local_format import date_range, weekday_day_month
from cmcoord_desktop.ui.record_sentences import title


class Panels(QObject):
    """The panels' words with plural forms. pyside6-lupdate (6.11) reads a plural only from a
    `self.tr(text, "", count)` call, which names its context after the class: hence a class."""

    def delegates(self, count: int) -> str:
        return self.tr("%n delegate(s)", "", count)


_PLURALS = Panels()


def date_range_text(start: dt.date | None, end: dt.date | None) -> str:
    """'13–17 Feb 2017', '28 Feb 2017 – 2 Mar 2017' (in the window's language), or ''."""
    start, end = start or end, end or start
    if start is None or end is None:
        return ""
    return date_range(start, end)


def event_detail(event: Event) -> str:
    place = ", ".join(p for p in (event.city, event.country) if p) or event.platform
    return " · ".join(p for p in (date_range_text(event.start_date, event.end_date), place) if p)


def session_detail(session: Session) -> str:
    parts = []
    if session.date:
        parts.append(weekday_day_month(session.date))
    if session.start_time:
        times = f"{session.start_time:%H:%M}"
        if session.end_time:
            times += f"–{session.end_time:%H:%M}"
        parts.append(times)
    if session.format:
        parts.append(shown_format(session.format))
    if session.delegates is not None:
        parts.append(_PLURALS.delegates(session.delegates))
    return " · ".join(parts)


def group_detail(group: MarketplaceGroup) -> str:
    host = QCoreApplication.translate("Panels", "Host: {host}")
    parts = [host.format(host=group.host)] if group.host else []
    if group.participants:
        parts.append(group.participants)
    return " · ".join(parts)


def record_data(record: Record, role: int, detail: str) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return title(record)
    if role == Qt.ItemDataRole.ToolTipRole:
        return "\n".join(t for t in (title(record), detail) if t)
    if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says both lines of a row
        shown = record_data(record, Role.DETAIL, detail)
        return ", ".join(t for t in (title(record), shown) if t)
    if role == Role.RECORD_ID:
        return record.id
    if role == Role.RECORD:
        return record
    if role == Role.DETAIL:
        # A merge kept two values of a field: say so where the person looks first.
        flagged = QCoreApplication.translate("Panels", "Needs review · {detail}")
        return flagged.format(detail=detail) if record.needs_review else detail
    if role == Role.IS_HEADER:
        return False
    if role == Role.IS_UNTITLED:
        return not typed_title(record).strip()
    return None
