"""What one commit changed, told to the views so that each refreshes only what it shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cmcoord_desktop.core.models import Record


@dataclass(frozen=True)
class Change:
    """The records one commit wrote.

    `records` are the rows as committed (a person's edit, create, delete): a view may show them
    as they are, without reading them back. `ids` names every record changed, those included.
    `everything` is set when the commit may have changed records not listed as rows (a merge
    from a sync, a clock repair, another program writing the folder): a view reads again what
    it shows. `synced`: a sync ran and was remembered (the window says when it last ran).
    """

    records: tuple[Record, ...] = ()
    ids: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False
    synced: bool = False

    @staticmethod
    def of(records: Iterable[Record]) -> Change:
        rows = tuple(records)
        return Change(rows, frozenset(r.id for r in rows))

    @staticmethod
    def of_ids(ids: Iterable[str]) -> Change:
        return Change((), frozenset(ids), everything=True)

    def merged(self, other: Change) -> Change:
        """Both changes as one (a view that refreshes once for several commits); the newer
        row of a record wins."""
        rows = {r.id: r for r in (*self.records, *other.records)}
        return Change(
            tuple(rows.values()),
            self.ids | other.ids,
            self.everything or other.everything,
            self.synced or other.synced,
        )

    def touches(self, record_id: str | None) -> bool:
        return self.everything or (record_id is not None and record_id in self.ids)


EVERYTHING = Change(everything=True, synced=True)
SYNCED = Change(synced=True)
