"""The merge is a CRDT: any order, duplication or grouping of syncs gives the same records.

Histories are made by three laptops editing, deleting and syncing with each other through the
real register and merge code (only the database is left out), with clocks that disagree.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmcoord_desktop.core import record_state, register
from cmcoord_desktop.core.clock import COUNTER_BITS, HybridClock
from cmcoord_desktop.sync.merge import RecordMap, merge_maps

DEVICES = ("anna", "bilal", "chen")
RECORD_IDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(4)]
EVENT_ID = "11111111-1111-4111-8111-111111111111"
TEXTS = ["", "Simulations", "Micro-learning", "Deconfliction", "Simulations"]
STATUSES = ["", "open", "in progress", "done", "open"]  # what a person can pick (value_rules)
EDITS = [("text", t) for t in TEXTS] + [("status", s) for s in STATUSES]


@dataclass
class Laptop:
    name: str
    clock: HybridClock
    records: RecordMap = field(default_factory=dict)

    def write(self, record_id: str, name: str, value: Any) -> None:
        state = self.records.get(record_id)
        if state is None:
            state = {
                "kind": "item",
                "id": record_id,
                "fixed": {"parent": EVENT_ID, "item_kind": "key_outcome"},
                "fields": {},
            }
        fields = record_state.fields_from_json(state["fields"])
        also_seen = [v for vs in fields.values() for v in vs] if name == "deleted" else ()
        fields[name] = register.write(
            fields.get(name, ()), value, self.clock.tick(), self.name, also_seen
        )
        self.records[record_id] = {**state, "fields": record_state.fields_to_json(fields)}

    def receive(self, other: RecordMap) -> None:
        for state in other.values():
            for versions in state["fields"].values():
                for version in versions:
                    self.clock.observe(version["t"])
        self.records = merge_maps(self.records, other)


operations = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.sampled_from(DEVICES),
            st.sampled_from(RECORD_IDS),
            st.sampled_from(EDITS),
        ).map(lambda op: (*op[:3], *op[3])),
        st.tuples(st.just("delete"), st.sampled_from(DEVICES), st.sampled_from(RECORD_IDS)),
        st.tuples(st.just("restore"), st.sampled_from(DEVICES), st.sampled_from(RECORD_IDS)),
        st.tuples(st.just("sync"), st.sampled_from(DEVICES), st.sampled_from(DEVICES)),
    ),
    max_size=30,
)
# Wall-clock offsets in ms: one laptop a year behind, one a few minutes ahead.
skews = st.tuples(*[st.sampled_from([0, -365 * 86_400_000, 180_000, 7]) for _ in DEVICES])


def run(history: list[tuple], skew: tuple[int, ...]) -> tuple[dict[str, Laptop], list[RecordMap]]:
    """Play a history; returns the laptops and every state any laptop passed through."""
    now = [1_700_000_000_000]

    def wall_for(offset: int):  # noqa: ANN202 - a tiny closure
        def wall() -> int:
            now[0] += 1
            return now[0] + offset

        return wall

    laptops = {
        d: Laptop(d, HybridClock(wall=wall_for(o))) for d, o in zip(DEVICES, skew, strict=True)
    }
    return laptops, play(laptops, history)


def play(
    laptops: dict[str, Laptop],
    history: list[tuple],
    refuses: Callable[[Laptop, RecordMap], bool] = lambda _laptop, _incoming: False,
    on_step: Callable[[int], None] = lambda _n: None,
) -> list[RecordMap]:
    """Play a history on the laptops; returns every state any laptop passed through. A sync
    that `refuses` is skipped, as records_check refuses a file."""
    seen: list[RecordMap] = []
    for n, op in enumerate(history):
        on_step(n)
        laptop = laptops[op[1]]
        if op[0] == "edit":
            laptop.write(op[2], op[3], op[4])
        elif op[0] in ("delete", "restore") and op[2] in laptop.records:
            laptop.write(op[2], "deleted", op[0] == "delete")
        elif op[0] == "sync" and not refuses(laptop, laptops[op[2]].records):
            laptop.receive(laptops[op[2]].records)
        seen.append(dict(laptop.records))
    return seen


def shown(records: RecordMap) -> dict[str, Any]:
    out = {}
    for record_id, state in records.items():
        derived = record_state.derive_json(state["fields"])
        out[record_id] = (derived.values, derived.deleted, derived.conflicts, derived.needs_review)
    return out


def three_states(history: list[tuple], skew: tuple[int, ...], picks: tuple[int, int, int]):
    laptops, seen = run(history, skew)
    pool = [lap.records for lap in laptops.values()] + seen
    return [pool[p % len(pool)] for p in picks]


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
picks = st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99))


@PROPERTY
@given(operations, skews, picks)
def test_merge_is_commutative(history, skew, chosen) -> None:
    a, b, _ = three_states(history, skew, chosen)
    assert merge_maps(a, b) == merge_maps(b, a)


@PROPERTY
@given(operations, skews, picks)
def test_merge_is_associative(history, skew, chosen) -> None:
    a, b, c = three_states(history, skew, chosen)
    assert merge_maps(merge_maps(a, b), c) == merge_maps(a, merge_maps(b, c))


@PROPERTY
@given(operations, skews, picks)
def test_merge_is_idempotent(history, skew, chosen) -> None:
    a, b, _ = three_states(history, skew, chosen)
    ab = merge_maps(a, b)
    assert merge_maps(a, a) == a
    assert merge_maps(ab, b) == ab and merge_maps(ab, a) == ab


@PROPERTY
@given(operations, skews)
def test_every_laptop_shows_the_same_after_syncing_in_any_order(history, skew) -> None:
    laptops, _ = run(history, skew)
    finals = []
    for order in itertools.permutations(DEVICES):
        merged: RecordMap = {}
        for name in order:
            merged = merge_maps(merged, laptops[name].records)
        finals.append(shown(merged))
    assert all(f == finals[0] for f in finals)
    # Nothing typed anywhere is lost: every value a laptop shows is among the merged versions.
    merged_all = merge_maps(
        merge_maps(laptops["anna"].records, laptops["bilal"].records), laptops["chen"].records
    )
    assert set(merged_all) == set().union(*(lap.records for lap in laptops.values()))


def test_concurrent_edits_are_a_conflict_and_sequential_edits_are_not() -> None:
    laptops, _ = run(
        [
            ("edit", "anna", RECORD_IDS[0], "text", "Simulations"),
            ("sync", "bilal", "anna"),
            ("edit", "bilal", RECORD_IDS[0], "text", "Micro-learning"),  # saw anna's: sequential
            ("sync", "anna", "bilal"),
            ("edit", "anna", RECORD_IDS[0], "status", "open"),
            ("edit", "chen", RECORD_IDS[0], "status", "done"),  # never saw anna's: concurrent
            ("sync", "chen", "anna"),
        ],
        (0, -365 * 86_400_000, 0),
    )
    derived = record_state.derive_json(laptops["chen"].records[RECORD_IDS[0]]["fields"])
    assert derived.values["text"] == "Micro-learning"  # the year-behind clock still wins in order
    assert derived.conflicts == ("status",)
    assert {v["v"] for v in laptops["chen"].records[RECORD_IDS[0]]["fields"]["status"]} == {
        "open",
        "done",
    }


def test_a_year_slow_clock_catches_up_after_one_sync() -> None:
    laptops, _ = run(
        [("edit", "anna", RECORD_IDS[0], "text", "x"), ("sync", "bilal", "anna")],
        (0, -365 * 86_400_000, 0),
    )
    anna_stamp = laptops["anna"].records[RECORD_IDS[0]]["fields"]["text"][0]["t"]
    assert laptops["bilal"].clock.tick() > anna_stamp
    assert (laptops["bilal"].clock.last >> COUNTER_BITS) >= anna_stamp >> COUNTER_BITS


LAYOUT = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LAYOUT
@given(operations, skews)
def test_syncing_through_the_shared_place_gives_the_same_records(history, skew) -> None:
    """The same histories, each sync going through real files of the shared place: the laptop
    synced from writes only its own file (and the picked file), the receiving laptop reads the
    whole place. Every laptop passes through exactly the records the in-memory merge of the
    same files gives."""
    import tempfile
    from pathlib import Path

    from cmcoord_desktop.sync import shared_file
    from cmcoord_desktop.sync.share_reading import read_share
    from cmcoord_desktop.sync.shared_place import place_of
    from cmcoord_desktop.sync.shared_sync import _ordered

    def writer_of(laptops: dict[str, Laptop], incoming: RecordMap) -> Laptop:
        return next(lap for lap in laptops.values() if lap.records is incoming)

    reference, _ = run([], skew)
    written: dict[str, RecordMap] = {}

    def in_memory(laptop: Laptop, incoming: RecordMap) -> bool:
        written[writer_of(reference, incoming).name] = dict(incoming)  # as written then
        everything: RecordMap = {}
        for records in written.values():
            everything = merge_maps(everything, records)
        laptop.receive(everything)
        return True  # handled here: play must not merge it again

    expected = play(reference, history, refuses=in_memory)

    laptops, _ = run([], skew)
    with tempfile.TemporaryDirectory() as folder:
        picked = Path(folder) / "workshop.cmcsync"
        place = place_of(picked)
        place.make_folder()

        def through_the_place(laptop: Laptop, incoming: RecordMap) -> bool:
            writer = writer_of(laptops, incoming)
            data = shared_file.encode(_ordered(incoming), {writer.name: writer.name}, FILE_ID)
            place.laptop_file(writer.name).write_bytes(data)
            picked.write_bytes(data)  # the last writer's merged view
            laptop.receive(read_share(picked, allow_future=True).records)
            return True

        seen = play(laptops, history, refuses=through_the_place)
    assert seen == expected
    for name in DEVICES:
        assert laptops[name].records == reference[name].records


FILE_ID = "0b0c5e2a-1f3d-4c6b-8a9e-5d4c3b2a1f0e"
