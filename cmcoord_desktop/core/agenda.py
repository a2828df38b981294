"""The workshop's rules for its agenda, with no Qt: when a new session is dated, and so on."""

from __future__ import annotations

import datetime as dt

from cmcoord_desktop.core.models import Event


def default_session_date(event: Event, today: dt.date) -> dt.date:
    """Today while the event runs (sessions are captured live), else the event's first day."""
    start, end = event.start_date or event.end_date, event.end_date or event.start_date
    if start and end and start <= today <= end:
        return today
    return start or today
