"""The sessions panel's model: the sessions of the selected event."""

from __future__ import annotations

from typing import Any

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Record, Session
from cmcoord_desktop.ui.item_models.child_records_model import ChildRecordsModel, sql_order
from cmcoord_desktop.ui.item_models.row_text import session_detail


class SessionsModel(ChildRecordsModel):
    """Sessions of the selected event, by date and start time."""

    RECORD = Session

    def _order(self, record: Record) -> tuple[Any, ...]:
        assert isinstance(record, Session)
        return sql_order(record.date, record.start_time, record.position, record.title)

    def _load(self, parent_id: str) -> list[Record]:
        return list(repository.children(self._store, Session, parent_id))

    def _detail(self, record: Record) -> str:
        assert isinstance(record, Session)
        return session_detail(record)
