"""Re-dating the changes a laptop made while its clock was far ahead (pure, no database).

A laptop whose clock ran a year ahead stamped its edits a year ahead; its hybrid clock stays
there after the clock is fixed, and every other laptop refuses those stamps for a year. The
stamps cannot be lowered under the same device id: per-device stamps only grow, or two versions
would each "have seen" the other. So the far-future versions become versions of a NEW device id
of the same laptop, stamped from now on, as if it had just made those edits:

- every far-future stamp, as a version's own `t` or in any `seen`, is mapped by one
  order-preserving map m to consecutive stamps starting at now (above every other stamp);
- in every `seen`, an entry dev -> s far in the future becomes dev -> the newest stamp that is
  not far in the future (the version had seen all of dev's sane ones), and the vector gains
  new device -> the highest m(s) of its far-future entries.

What superseded what, what is concurrent, conflicts, needs-review flags and shown values are all
unchanged (checked for every record re-dated). This is exact when the far-future stamps are of
one device: one new id cannot carry the concurrency of several; those are refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cmcoord_desktop.core import clock, record_state
from cmcoord_desktop.core.words import translate

State = dict[str, Any]
Key = tuple[int, str]  # (stamp, device): one version of one laptop


class CannotRedate(ValueError):
    """These changes cannot be re-dated exactly; nothing should be changed."""


def newest_sane_stamp(now_ms: int) -> int:
    """The highest stamp that is not far in the future at `now_ms`."""
    return ((now_ms + clock.MAX_FUTURE_MS) << clock.COUNTER_BITS) | ((1 << clock.COUNTER_BITS) - 1)


def far_future_keys(states: Iterable[Mapping[str, Any]], now_ms: int) -> set[Key]:
    """Every (stamp, device) far ahead of `now_ms`, as a version's own or in a `seen`."""
    limit = newest_sane_stamp(now_ms)
    found: set[Key] = set()
    for state in states:
        for versions in state["fields"].values():
            for version in versions:
                if version["t"] > limit:
                    found.add((version["t"], version["d"]))
                for device, stamp in version["seen"].items():
                    if stamp > limit:
                        found.add((stamp, device))
    return found


@dataclass(frozen=True)
class Redating:
    """One re-dating: the map m and what it applies to. `apply` gives the same result for the
    same version wherever it comes from (the local store, the shared file, a conflicted copy)."""

    new_device: str
    old_device: str
    limit: int  # newest_sane_stamp(now)
    mapping: Mapping[Key, int]  # far-future (stamp, device) -> its new stamp

    @property
    def newest(self) -> int:
        return max(self.mapping.values(), default=0)

    def apply(self, states: Iterable[State], strict: bool = True) -> list[State]:
        """The states re-dated; a state with nothing to re-date is returned as is.

        Raises CannotRedate if a record would show anything differently afterwards, or (when
        `strict`) if a far-future stamp is not in the map. Not strict: only the stamps in the
        map are re-dated, as when an earlier repair's map meets an old copy of the file.
        """
        out: list[State] = []
        for state in states:
            fields = state["fields"]
            redated: dict[str, list[Mapping[str, Any]]] = {
                name: [self._version(v, strict) for v in vs] for name, vs in fields.items()
            }
            if redated == fields:
                out.append(state)
                continue
            before, after = record_state.derive_json(fields), record_state.derive_json(redated)
            if _shown(before) != _shown(after):
                raise CannotRedate(
                    translate("sync", "re-dating would change what {id} shows").format(
                        id=state["id"]
                    )
                )
            out.append({**state, "fields": redated})
        return out

    def _version(self, version: dict[str, Any], strict: bool) -> dict[str, Any]:
        limit, seen, mapping = self.limit, version["seen"], self.mapping
        # A version's own stamp is in its `seen`, so this covers `t` too.
        mapped = {d: mapping[(s, d)] for d, s in seen.items() if s > limit and (s, d) in mapping}
        if strict and len(mapped) < sum(s > limit for s in seen.values()):
            raise CannotRedate(translate("sync", "a change dated in the future was not re-dated"))
        if not mapped:
            return version
        stamp, device = version["t"], version["d"]
        if device in mapped and seen[device] == stamp:
            stamp, device = mapped[device], self.new_device
        new_seen = {d: limit if d in mapped else s for d, s in seen.items()}
        new_seen[self.new_device] = max([new_seen.get(self.new_device, 0), *mapped.values()])
        return {"v": version["v"], "t": stamp, "d": device, "seen": new_seen}

    def to_json(self) -> dict[str, Any]:
        """Kept by the store, so copies of the file made before the repair are re-dated the
        same way when they turn up (see clock_repair_flow.py)."""
        stamps = sorted([s, new] for (s, _device), new in self.mapping.items())
        return {
            "old": self.old_device,
            "new": self.new_device,
            "limit": self.limit,
            "stamps": stamps,
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Redating:
        old = data["old"]
        mapping = {(s, old): new for s, new in data["stamps"]}
        return Redating(data["new"], old, data["limit"], mapping)


def plan_redating(states: list[State], now_ms: int, new_device: str) -> Redating | None:
    """The re-dating of these states at `now_ms`, or None if nothing is far in the future.

    Raises CannotRedate when the far-future stamps are of several laptops.
    """
    keys = far_future_keys(states, now_ms)
    if not keys:
        return None
    devices = sorted({device for _, device in keys})
    if len(devices) > 1:
        raise CannotRedate(
            translate(
                "sync", "changes of several laptops are dated in the future: {laptops}"
            ).format(laptops=devices)
        )
    limit = newest_sane_stamp(now_ms)
    # Start above every sane stamp, so a re-dated version stays newer than whatever it was
    # newer than before (the shown value of a conflict is the newest).
    sane = max(
        (
            s
            for state in states
            for vs in state["fields"].values()
            for v in vs
            for s in v["seen"].values()
            if s <= limit
        ),
        default=0,
    )
    start = max(now_ms << clock.COUNTER_BITS, sane + 1)
    if start + len(keys) - 1 > limit:
        raise CannotRedate(
            translate("sync", "there is no room to re-date these changes before the limit")
        )
    mapping = {key: start + i for i, key in enumerate(sorted(keys))}
    return Redating(new_device, devices[0], limit, mapping)


def redate(states: list[State], now_ms: int, new_device: str) -> list[State]:
    """`states` with every far-future version re-dated as `new_device`'s (see the module)."""
    plan = plan_redating(states, now_ms, new_device)
    return states if plan is None else plan.apply(states)


def count_redated(before: Iterable[State], limit: int) -> int:
    """How many versions (changes) had a stamp far in the future."""
    return sum(v["t"] > limit for s in before for vs in s["fields"].values() for v in vs)


def _shown(derived: record_state.Derived) -> tuple[Any, ...]:
    return (derived.values, derived.deleted, derived.conflicts, derived.unseen_edit)
