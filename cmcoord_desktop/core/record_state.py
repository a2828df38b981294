"""A record as it travels between laptops: its identity and every field's live versions.

Pure functions, no database: the store applies them to rows, sync applies them to shared files.
State shape (also the JSON of data files, see docs/data-format.md):
    {"kind": "item", "id": "<uuid>", "fixed": {"parent": "<uuid>", ...},
     "fields": {"text": [{"v": "...", "t": 123, "d": "dev", "seen": {"dev": 123}}], ...}}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cmcoord_desktop.core import register, slide_marker
from cmcoord_desktop.core.models import Record
from cmcoord_desktop.core.register import FieldVersion, Versions
from cmcoord_desktop.core.values import from_json
from cmcoord_desktop.core.words import translate

Fields = dict[str, Versions]


def fields_from_json(data: Mapping[str, Any]) -> Fields:
    return {name: register.live(FieldVersion.from_json(v) for v in vs) for name, vs in data.items()}


def fields_to_json(fields: Mapping[str, Versions]) -> dict[str, Any]:
    return {name: [v.to_json() for v in vs] for name, vs in sorted(fields.items()) if vs}


class StampClash(ValueError):
    """Two different versions carry the same stamp and device: one of the copies is forged or
    damaged, and keeping either would depend on merge order."""


JsonFields = dict[str, list[dict[str, Any]]]


def merge_fields_json(a: JsonFields, b: JsonFields) -> JsonFields:
    """Both sides' versions of every field (register.merge), on the JSON form; returns `a`
    itself when `b` adds nothing to it.

    Most records are the same on both sides, so equal fields are kept without parsing them.
    """
    if a == b:
        return a
    merged: JsonFields = {}
    changed = False
    for name in sorted(a.keys() | b.keys()):
        ours, theirs = a.get(name), b.get(name)
        if not theirs or ours == theirs:
            if ours:
                merged[name] = ours
        elif not ours:
            merged[name] = theirs
            changed = True
        else:
            versions = merge_versions_json(ours, theirs)
            merged[name] = versions
            changed = changed or versions != ours
    return merged if changed else a


def merge_versions_json(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_key: dict[tuple[int, str], dict[str, Any]] = {}
    for version in (*a, *b):
        key = (version["t"], version["d"])
        known = by_key.get(key)
        if known is not None and known != version:
            # A slide's bytes and the marker that replaced them where they were removed: the
            # bytes win (a laptop that still has them brings them back; slide_marker.py).
            kept = slide_marker.bytes_over_marker(known, version)
            if kept is None:
                raise StampClash(
                    translate(
                        "record state", "two different values carry the stamp {time} of {device}"
                    ).format(time=key[0], device=key[1])
                )
            version = kept
        by_key[key] = version
    return [v.to_json() for v in register.live(FieldVersion.from_json(v) for v in by_key.values())]


# Two laptops moving the same entry of a list at once: every laptop shows the newer move (the
# shown value is chosen the same way everywhere), and nobody is asked to pick between two
# meaningless position keys.
SETTLED_WITHOUT_REVIEW = frozenset({"position"})


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


def derive_json(fields: Mapping[str, Sequence[Mapping[str, Any]]]) -> Derived:
    """What a person sees of these versions (listed newest first, as `live` lists them).

    Sync derives thousands of records at once; staying on plain dicts spares building objects.
    """
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    changed = 0
    for name, vs in fields.items():
        if not vs:
            continue
        values[name] = vs[0]["v"]
        if (
            name not in SETTLED_WITHOUT_REVIEW
            and len(vs) > 1
            and len({register.canonical(v["v"]) for v in vs}) > 1
        ):
            conflicts.append(name)
        for v in vs:
            if v["t"] > changed:
                changed = v["t"]
    deleted = bool(values.get("deleted"))
    unseen_edit = False
    if deleted:
        # Edit beats an unseen delete: a delete only counts if it had seen every field's versions.
        deletes = [d["seen"] for d in fields["deleted"] if d["v"] is True]
        unseen_edit = any(
            not any(seen.get(v["d"], 0) >= v["t"] for seen in deletes)
            for name, vs in fields.items()
            if name != "deleted"
            for v in vs
        )
        deleted = not unseen_edit
    return Derived(values, deleted, tuple(sorted(conflicts)), unseen_edit, changed)


def row_columns(cls: type[Record], fields: JsonFields) -> dict[str, Any]:
    """The columns of a row of `cls` holding these versions: each field's shown value (or its
    unset value), the tombstone, the review flag, the newest stamp, and the versions."""
    derived = derive_json(fields)
    columns = {
        name: cls.unset_value(name)
        if derived.values.get(name) is None
        else from_json(kind, derived.values[name])
        for name, kind in cls.FIELDS.items()
        if name != "deleted"
    }
    columns.update(
        deleted=derived.deleted,
        needs_review=derived.needs_review,
        changed=derived.changed,
        versions=fields,
    )
    return columns
