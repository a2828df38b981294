"""A record as it travels between laptops: its identity and every field's live versions.

Pure functions, no database: the store applies them to rows, sync applies them to shared files.
State shape (also the JSON of data files, see docs/data-format.md):
    {"kind": "item", "id": "<uuid>", "fixed": {"parent": "<uuid>", ...},
     "fields": {"text": [{"v": "...", "t": 123, "d": "dev", "seen": {"dev": 123}}], ...}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cmcoord_desktop.core import register
from cmcoord_desktop.core.register import FieldVersion, Versions

Fields = dict[str, Versions]


def fields_from_json(data: Mapping[str, Any]) -> Fields:
    return {name: register.live(FieldVersion.from_json(v) for v in vs) for name, vs in data.items()}


def fields_to_json(fields: Mapping[str, Versions]) -> dict[str, Any]:
    return {name: [v.to_json() for v in vs] for name, vs in sorted(fields.items()) if vs}


def merge_fields(a: Mapping[str, Versions], b: Mapping[str, Versions]) -> Fields:
    return {name: register.merge(a.get(name, ()), b.get(name, ())) for name in {*a, *b}}


@dataclass(frozen=True)
class Derived:
    """What a person sees of a record's versions."""

    values: dict[str, Any]  # the shown value of each field that has one (JSON form)
    deleted: bool
    conflicts: tuple[str, ...]  # fields with concurrent different values
    unseen_edit: bool  # a delete lost to an edit it had not seen
    changed: int  # newest stamp of any field

    @property
    def needs_review(self) -> bool:
        return bool(self.conflicts) or self.unseen_edit


def derive(fields: Mapping[str, Versions]) -> Derived:
    values = {name: register.shown(vs) for name, vs in fields.items() if vs}
    conflicts = tuple(sorted(name for name, vs in fields.items() if register.in_conflict(vs)))
    deletes = [v for v in fields.get("deleted", ()) if v.value is True]
    deleted = bool(values.get("deleted"))
    unseen_edit = False
    if deleted:
        # Edit beats an unseen delete: a delete only counts if it had seen every field's versions.
        unseen_edit = any(
            not any(d.has_seen(v) for d in deletes)
            for name, vs in fields.items()
            if name != "deleted"
            for v in vs
        )
        deleted = not unseen_edit
    changed = max((v.stamp for vs in fields.values() for v in vs), default=0)
    return Derived(values, deleted, conflicts, unseen_edit, changed)
