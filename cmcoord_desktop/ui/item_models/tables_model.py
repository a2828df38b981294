"""The marketplace tables panel's model: the tables of the selected session."""

from __future__ import annotations

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import MarketplaceGroup, Record
from cmcoord_desktop.ui.item_models.child_records_model import ChildRecordsModel
from cmcoord_desktop.ui.item_models.row_text import group_detail


class GroupsModel(ChildRecordsModel):
    """Marketplace tables of the selected session, in their own order."""

    RECORD = MarketplaceGroup

    def _load(self, parent_id: str) -> list[Record]:
        return list(repository.children(self._store, MarketplaceGroup, parent_id))

    def _detail(self, record: Record) -> str:
        assert isinstance(record, MarketplaceGroup)
        return group_detail(record)
