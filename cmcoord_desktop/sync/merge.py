"""The pure merge of two sets of records: by id, then field by field (a CRDT).

Merging is commutative, associative and idempotent, so laptops may sync in any order, any number
of times, through any copy of the file, and all end with the same records. Absence never means
deletion: a record missing on one side is simply kept from the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cmcoord_desktop.core import record_state
from cmcoord_desktop.core.words import translate
from cmcoord_desktop.sync.errors import SharedFileError

State = dict[str, Any]
# record id -> {"kind", "id", "fixed", "fields"}: a dict, or an EncodedState standing for one
RecordMap = dict[str, State]


def by_id(states: Iterable[State]) -> RecordMap:
    return {state["id"]: state for state in states}


def merge_record(a: State, b: State) -> State:
    """The record holding every live version of both; `a` itself when `b` adds nothing."""
    if a is b or a == b:
        return a
    if a["kind"] != b["kind"] or a["fixed"] != b["fixed"]:
        raise SharedFileError(
            translate(
                "sync",
                "Record {id} is a {kind} in one copy and a different record in another; one of "
                "the copies is damaged.",
            ).format(id=a["id"], kind=a["kind"])
        )
    ours = a["fields"]  # once: an EncodedState decodes it anew each time it is asked
    try:
        fields = record_state.merge_fields_json(ours, b["fields"])
    except record_state.StampClash as exc:
        raise SharedFileError(
            translate("sync", "Record {id} is damaged in one of the copies: {reason}.").format(
                id=a["id"], reason=exc
            )
        ) from None
    if fields is ours:
        return a
    return {"kind": a["kind"], "id": a["id"], "fixed": a["fixed"], "fields": fields}


def merge_maps(a: Mapping[str, State], b: Mapping[str, State]) -> RecordMap:
    merged = dict(a)
    for record_id, theirs in b.items():
        ours = merged.get(record_id)
        merged[record_id] = theirs if ours is None else merge_record(ours, theirs)
    return merged


@dataclass(frozen=True)
class SideChanges:
    """What a merge changes on one side (this laptop, or the shared file)."""

    new: int = 0
    updated: int = 0
    conflicts: int = 0  # changed records that now need review
    deleted: int = 0  # records that were shown and are now deleted
    live_before: int = 0  # records shown before the merge (only counted when some are deleted)
    changed: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.changed)

    @property
    def deletes_most(self) -> bool:
        """More than half of the records would be deleted: hold the sync and ask first."""
        return self.deleted > 0 and self.deleted * 2 > self.live_before


def changes(
    before: Mapping[str, State], after: Mapping[str, State], new_conflicts: bool = True
) -> SideChanges:
    """What turning `before` into `after` changes. `new_conflicts=False` skips looking into new
    records (the shared file's side: nobody reads the file's conflicts, only laptops')."""
    new = updated = conflicts = deleted = 0
    changed: list[str] = []
    for record_id, state in after.items():
        old = before.get(record_id)
        if old is state or old == state:
            continue
        changed.append(record_id)
        if old is None:
            new += 1
            if new_conflicts:
                conflicts += int(record_state.derive_json(state["fields"]).needs_review)
            continue
        derived = record_state.derive_json(state["fields"])
        conflicts += int(derived.needs_review)
        updated += 1
        deleted += int(derived.deleted and not record_state.derive_json(old["fields"]).deleted)
    live_before = 0
    if deleted:
        # A delete takes what is shown under it with it (an event its sessions, tables and
        # items): count every record shown before and not after, not only the tombstones.
        shown_before, shown_after = _shown(before), _shown(after)
        live_before = len(shown_before)
        deleted = len(shown_before - shown_after)
    return SideChanges(new, updated, conflicts, deleted, live_before, tuple(changed))


def _shown(records: Mapping[str, State]) -> set[str]:
    """The ids of the records a person sees: not deleted, and every parent up the chain seen."""
    own: dict[str, bool] = {}
    shown: dict[str, bool] = {}

    def is_shown(record_id: str) -> bool:
        known = shown.get(record_id)
        if known is not None:
            return known
        state = records.get(record_id)
        if state is None:
            return False
        if record_id not in own:
            own[record_id] = not record_state.derive_json(state["fields"]).deleted
        result = own[record_id]
        if result:
            for key, parent in state["fixed"].items():
                if key != "item_kind" and not is_shown(parent):
                    result = False
        shown[record_id] = result
        return result

    return {record_id for record_id in records if is_shown(record_id)}


def check_parents(records: Mapping[str, State]) -> None:
    """Every session, table, item and attachment has its parent among the records."""
    for state in records.values():
        for key, parent in state["fixed"].items():
            if key != "item_kind" and parent not in records:
                raise SharedFileError(
                    translate(
                        "sync",
                        "A {kind} ({id}) belongs to a record that is in neither this laptop nor "
                        "the file; the file is incomplete or damaged.",
                    ).format(kind=state["kind"], id=state["id"])
                )


def revived_parents(records: Mapping[str, State], changed: Iterable[str]) -> set[str]:
    """Deleted records that a child changed after the delete brings back into view.

    A laptop that deleted a session had not seen an outcome another laptop added to it later:
    like an edit beating an unseen delete, the session (and the event above it, if deleted too)
    is shown again and flagged for review, instead of the outcome living on unseen. "After" is
    by stamp: anything the deleting laptop had seen is older than its delete (its hybrid clock
    passed it), so a newer child was certainly not seen. Only records changed by this merge
    are looked at (a revival starts with a new child or a new delete)."""
    derived: dict[str, record_state.Derived] = {}

    def of(record_id: str) -> record_state.Derived:
        found = derived.get(record_id)
        if found is None:
            found = derived[record_id] = record_state.derive_json(records[record_id]["fields"])
        return found

    def is_deleted(record_id: str) -> bool:
        # Most records have never been deleted: look no further than their "deleted" versions.
        versions = records[record_id]["fields"].get("deleted", ())
        return any(v["v"] is True for v in versions) and of(record_id).deleted

    def delete_stamp(record_id: str) -> int:
        versions = records[record_id]["fields"].get("deleted", ())
        return max((v["t"] for v in versions if v["v"] is True), default=0)

    revived: set[str] = set()
    children: dict[str, list[str]] | None = None
    # Records with nothing deleted at or above them: most records' children stop there (a
    # large sync changes thousands of items under the same few sessions).
    clear: set[str] = set()

    def look_up_from(record_id: str) -> None:
        newest: int | None = None
        state = records[record_id]
        passed: list[str] = []  # parents on the way up that are not deleted
        any_deleted = False
        while True:
            parents = [p for k, p in state["fixed"].items() if k != "item_kind" and p in records]
            if not parents or parents[0] in clear:
                break
            parent = parents[0]
            if is_deleted(parent):
                any_deleted = True
                if newest is None:
                    newest = of(record_id).changed
                if newest > delete_stamp(parent):
                    revived.add(parent)
            else:
                passed.append(parent)
            state = records[parent]
        if not any_deleted:
            clear.update(passed)

    for record_id in changed:
        if record_id not in records:
            continue
        if not is_deleted(record_id):
            look_up_from(record_id)
            continue
        if children is None:
            children = {}
            for state in records.values():
                for key, parent in state["fixed"].items():
                    if key != "item_kind":
                        children.setdefault(parent, []).append(state["id"])
        stack = list(children.get(record_id, ()))
        while stack:
            child = stack.pop()
            if is_deleted(child):
                continue
            look_up_from(child)
            stack.extend(children.get(child, ()))
    return revived
