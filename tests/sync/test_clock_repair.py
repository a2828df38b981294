"""Re-dating the changes a laptop made while its clock ran a year ahead changes nothing a person
sees, here or after merging with the other laptops, and leaves no stamp far in the future.

Histories are the merge property tests' (three laptops editing, deleting and syncing through the
real register and merge code); Anna's clock jumps a year ahead for part of them, and while her
records hold stamps far in the future the others refuse them, as a real sync does.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cmcoord_desktop.core import clock, register
from cmcoord_desktop.core.clock import HybridClock
from cmcoord_desktop.sync.clock_repair import (
    CannotRedate,
    far_future_keys,
    plan_redating,
    redate,
)
from cmcoord_desktop.sync.merge import RecordMap, by_id, merge_maps
from tests.sync.test_merge_properties import (
    DEVICES,
    PROPERTY,
    RECORD_IDS,
    TEXTS,
    Laptop,
    operations,
    shown,
    skews,
)

YEAR_MS = 365 * 86_400_000
START_MS = 1_700_000_000_000


def run_with_anna_ahead(
    history: list[tuple], skew: tuple[int, ...], ahead: tuple[int, int]
) -> tuple[dict[str, Laptop], int]:
    """Play a history with Anna's clock a year ahead for operations ahead[0] to ahead[1];
    returns the laptops and the (right) time after it."""
    now = [START_MS]
    step = [0]

    def wall_for(name: str, offset: int):  # noqa: ANN202 - a tiny closure
        def wall() -> int:
            now[0] += 1
            wrong = name == "anna" and ahead[0] <= step[0] < ahead[1]
            return now[0] + offset + (YEAR_MS if wrong else 0)

        return wall

    laptops = {
        d: Laptop(d, HybridClock(wall=wall_for(d, o))) for d, o in zip(DEVICES, skew, strict=True)
    }
    for step[0], op in enumerate(history):
        laptop = laptops[op[1]]
        if op[0] == "edit":
            laptop.write(op[2], op[3], op[4])
        elif op[0] in ("delete", "restore") and op[2] in laptop.records:
            laptop.write(op[2], "deleted", op[0] == "delete")
        elif op[0] == "sync":
            incoming = laptops[op[2]].records
            if not far_future_keys(incoming.values(), laptop.clock._wall()):
                laptop.receive(incoming)  # else refused, as records_check refuses the file
    return laptops, now[0] + 3_600_000


# Before, while Anna's clock is a year ahead (her edits, then anyone's), and after it was fixed.
anna_edits = st.lists(
    st.tuples(
        st.just("edit"),
        st.just("anna"),
        st.sampled_from(RECORD_IDS),
        st.sampled_from(["text", "status"]),
        st.sampled_from(TEXTS),
    ),
    min_size=1,
    max_size=6,
)
histories = st.tuples(operations, anna_edits, operations, operations).map(
    lambda parts: (
        [*parts[0], *parts[1], *parts[2], *parts[3]],
        (len(parts[0]), len(parts[0]) + len(parts[1]) + len(parts[2])),
    )
)


def repaired(anna: Laptop, now_ms: int) -> RecordMap:
    return by_id(redate(list(anna.records.values()), now_ms, "anna-2"))


@PROPERTY
@given(histories, skews)
def test_redating_changes_nothing_anyone_sees(played, skew) -> None:
    history, ahead = played
    laptops, now_ms = run_with_anna_ahead(history, skew, ahead)
    anna, others = laptops["anna"], [laptops["bilal"].records, laptops["chen"].records]
    fixed = repaired(anna, now_ms)

    assert not far_future_keys(fixed.values(), now_ms)
    assert shown(fixed) == shown(anna.records)
    for order in itertools.permutations([0, 1, 2]):
        before: RecordMap = {}
        after: RecordMap = {}
        for index in order:
            before = merge_maps(before, anna.records if index == 0 else others[index - 1])
            after = merge_maps(after, fixed if index == 0 else others[index - 1])
        assert shown(after) == shown(before)
    assert repaired(Laptop("anna", anna.clock, fixed), now_ms) == fixed


@PROPERTY
@given(histories, skews)
def test_redated_versions_are_the_new_device_s_from_now_on(played, skew) -> None:
    history, ahead = played
    laptops, now_ms = run_with_anna_ahead(history, skew, ahead)
    records = list(laptops["anna"].records.values())
    plan = plan_redating(records, now_ms, "anna-2")
    if plan is None:
        assert not far_future_keys(records, now_ms)
        return
    stamps = sorted(plan.mapping.values())
    first = now_ms << clock.COUNTER_BITS
    assert stamps == list(range(stamps[0], stamps[0] + len(stamps))) and stamps[0] >= first
    assert sorted(plan.mapping) == sorted(plan.mapping, key=plan.mapping.get)
    old = {(v["t"], v["d"]): v for s in records for vs in s["fields"].values() for v in vs}
    for state in plan.apply(records):
        for versions in state["fields"].values():
            for version in versions:
                assert version["seen"][version["d"]] == version["t"]
                if version["d"] == "anna-2":
                    (was,) = [k for k, t in plan.mapping.items() if t == version["t"]]
                    assert old[was]["v"] == version["v"]
                else:
                    assert old[(version["t"], version["d"])]["v"] == version["v"]


def test_concurrent_edits_stay_a_conflict_and_the_newest_stays_shown() -> None:
    now_ms = START_MS
    ahead = (now_ms + YEAR_MS) << clock.COUNTER_BITS
    bilal = register.write((), "Bilal's", now_ms << clock.COUNTER_BITS, "bilal")
    anna = register.write((), "Anna's", ahead, "anna")
    state = item({"text": [v.to_json() for v in register.merge(bilal, anna)]})
    (fixed,) = redate([state], now_ms + 1000, "anna-2")
    versions = fixed["fields"]["text"]
    assert [(v["v"], v["d"]) for v in versions] == [("Anna's", "anna-2"), ("Bilal's", "bilal")]
    assert versions[0]["t"] == (now_ms + 1000) << clock.COUNTER_BITS
    assert versions[0]["seen"] == {"anna": newest_sane(now_ms + 1000), "anna-2": versions[0]["t"]}
    assert shown(by_id([fixed])) == shown(by_id([state]))


def test_far_future_stamps_of_two_laptops_are_refused() -> None:
    ahead = (START_MS + YEAR_MS) << clock.COUNTER_BITS
    anna = register.write((), "Anna's", ahead, "anna")
    chen = register.write((), "Chen's", ahead + 5, "chen")
    state = item({"text": [v.to_json() for v in register.merge(anna, chen)]})
    try:
        redate([state], START_MS, "anna-2")
    except CannotRedate as exc:
        assert "several laptops" in str(exc)
    else:
        raise AssertionError("two laptops' future stamps cannot become one new laptop's")


def newest_sane(now_ms: int) -> int:
    return ((now_ms + clock.MAX_FUTURE_MS) << clock.COUNTER_BITS) | 0xFFFF


def item(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "item",
        "id": RECORD_IDS[0],
        "fixed": {"parent": RECORD_IDS[1], "item_kind": "key_outcome"},
        "fields": fields,
    }
