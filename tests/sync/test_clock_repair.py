"""Re-dating the changes a laptop made while its clock ran a year ahead changes nothing a person
sees, here or after merging with the other laptops, and leaves no stamp far in the future.

Histories are the merge property tests' (three laptops editing, deleting and syncing through the
real register and merge code); Anna's clock jumps a year ahead for part of them, and while her
records hold stamps far in the future the others refuse them, as a real sync does.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmcoord_desktop.core import clock, register, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.clock import HybridClock
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.clock_repair import (
    CannotRedate,
    count_redated,
    far_future_keys,
    newest_sane_stamp,
    plan_redating,
    redate,
)
from cmcoord_desktop.sync.errors import FutureStamps
from cmcoord_desktop.sync.merge import RecordMap, by_id, merge_maps
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from tests.sync.test_merge_properties import (
    DEVICES,
    PROPERTY,
    RECORD_IDS,
    TEXTS,
    Laptop,
    operations,
    play,
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
    play(
        laptops,
        history,
        # A file holding stamps far ahead of the reader's clock is refused, as records_check does.
        refuses=lambda laptop, incoming: bool(
            far_future_keys(incoming.values(), laptop.clock._wall())
        ),
        on_step=lambda n: step.__setitem__(0, n),
    )
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


# --- end to end: three laptops through the command line ----------------------------------------


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True)


def a_year_ahead() -> int:
    return clock.wall_ms() + YEAR_MS


def states_of(data_dir: Path) -> list[dict[str, Any]]:
    with Store(data_dir) as store:
        return sorted(sync_states.record_states(store), key=lambda s: s["id"])


@pytest.mark.slow
def test_a_laptop_whose_clock_ran_ahead_repairs_and_the_others_sync_again(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "hnpw.cmcsync"
    shared.parent.mkdir()
    a, b, c = tmp_path / "anna", tmp_path / "bilal", tmp_path / "chen"
    with Store(b) as bilal:
        event = repo.create_event(bilal, title="HNPW 2017")
        session = repo.create_session(bilal, event.id, title="Simulations and exercises")
        dropped = repo.add_item(bilal, session.id, ItemKind.KEY_OUTCOME, "Draft outcome")
        sync_with_shared_file(bilal, shared)
    for laptop in (a, c):
        with Store(laptop) as store:
            sync_with_shared_file(store, shared)
    with Store(a, wall=a_year_ahead) as anna:  # Anna's clock runs a year ahead all week
        repo.update(anna, Session, session.id, panel="OCHA, WFP, IFRC", notes="Anna's notes")
        repo.add_item(anna, session.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
        repo.add_item(anna, session.id, ItemKind.NEXT_STEP, "Share the SimEx calendar")
        repo.delete(anna, Item, dropped.id)
        sync_with_shared_file(anna, shared)
        anna_name, old_id = anna.device_name, anna.device_id
    with Store(c) as chen:  # meanwhile, offline
        repo.update(chen, Session, session.id, notes="Chen's notes")
        repo.add_item(chen, session.id, ItemKind.IDEA, "Five-minute modules")

    bilal_before = states_of(b)
    # Anna's clock does not block Bilal: her file is held back and the rest syncs.
    held = cli(b, "sync", str(shared))
    assert held.returncode == 0, held.stderr
    assert f"held back {old_id}.json, the rest synced" in held.stderr
    assert anna_name in held.stderr and "clock was ahead when it made them" in held.stderr
    assert "repair-clock" in held.stderr and "Sync with shared file" in held.stderr
    assert states_of(b) == bilal_before

    ahead = count_redated(states_of(a), newest_sane_stamp(clock.wall_ms()))
    assert ahead >= 7  # panel, notes, the two new items' fields, the delete
    repaired = cli(a, "repair-clock", str(shared))  # Anna's clock is right again
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.strip() == (
        f"Re-dated {ahead} changes made while this laptop's clock was ahead; "
        "hnpw.cmcsync rewritten. Other laptops can sync again."
    )
    for laptop in (b, c, a, b, c):
        synced = cli(laptop, "sync", str(shared))
        assert synced.returncode == 0, synced.stderr

    anna_states = states_of(a)
    assert states_of(b) == anna_states and states_of(c) == anna_states
    document = shared_file.read(shared)
    assert sorted(document["records"], key=lambda s: s["id"]) == anna_states
    now_ms = clock.wall_ms()
    for states in (anna_states, document["records"]):
        assert not far_future_keys(states, now_ms)
    with Store(a) as anna:
        assert anna.device_id != old_id and anna.device_name == anna_name
        assert not clock.is_far_future(anna.clock.last, now_ms)
        shown_at_anna = shown(by_id(sync_states.record_states(anna)))
        assert repo.get(anna, Session, session.id).panel == "OCHA, WFP, IFRC"
        assert repo.get(anna, Item, dropped.id).deleted
        new_id = anna.device_id
    assert document["devices"][new_id] == anna_name and document["devices"][old_id] == anna_name
    assert {v["d"] for s in anna_states for vs in s["fields"].values() for v in vs} >= {new_id}
    assert shown(by_id(states_of(c))) == shown_at_anna
    notes = shown_at_anna[session.id]
    assert notes[2] == ("notes",)  # Anna's and Chen's notes: still a conflict to review


def test_nothing_to_repair_and_a_clock_that_cannot_be_believed(tmp_path: Path) -> None:
    shared = tmp_path / "workshop.cmcsync"
    with Store(tmp_path / "fine") as store:
        repo.create_event(store, title="HNPW 2017")
        sync_with_shared_file(store, shared)
    nothing = cli(tmp_path / "fine", "repair-clock", str(shared))
    assert nothing.returncode == 0 and nothing.stdout.startswith("Nothing to repair: no change")
    before = shared.read_bytes()

    with Store(tmp_path / "ahead", wall=a_year_ahead) as store:  # ahead from its first edit
        repo.create_event(store, title="Consultative Group 2017")
    refused = cli(tmp_path / "ahead", "repair-clock")  # nothing here is dated before now
    assert refused.returncode == 2
    assert "not repaired: Correct this laptop's date and time first" in refused.stderr

    with Store(tmp_path / "ahead") as store:  # its clock is right now: a sync is refused
        try:
            sync_with_shared_file(store, shared)
        except FutureStamps as exc:
            assert exc.devices == (store.device_id,)
        else:
            raise AssertionError("a laptop must not write its far-future stamps into the file")
    assert shared.read_bytes() == before
    # The shared file's changes are dated before now: they show this laptop's clock is right.
    repaired = cli(tmp_path / "ahead", "repair-clock", str(shared))
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.startswith("Re-dated 1 change made while")
    assert cli(tmp_path / "fine", "sync", str(shared)).returncode == 0
    assert len(states_of(tmp_path / "fine")) == 2


@pytest.mark.slow  # two clock repairs and four syncs through the command line
def test_repaired_without_the_file_then_with_it_makes_no_second_copies(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "hnpw.cmcsync"
    shared.parent.mkdir()
    a, b = tmp_path / "anna", tmp_path / "bilal"
    with Store(b) as bilal:
        event = repo.create_event(bilal, title="HNPW 2017")
        sync_with_shared_file(bilal, shared)
    with Store(a) as anna:
        sync_with_shared_file(anna, shared)
    with Store(a, wall=a_year_ahead) as anna:
        repo.update(anna, Event, event.id, host="Czech fire rescue service")
        repo.add_item(anna, event.id, ItemKind.KEY_OUTCOME, "Joint exercises build trust")
        sync_with_shared_file(anna, shared)

    here_only = cli(a, "repair-clock")
    assert here_only.returncode == 0, here_only.stderr
    assert here_only.stdout.strip().endswith("Sync with the shared file to pass them on.")
    repaired_here = states_of(a)
    # The picked file still holds the old stamps; this laptop's files under its new id and
    # Bilal's hold everything it does, so it is held back and rewritten from the re-dated store.
    synced = cli(a, "sync", str(shared))
    assert synced.returncode == 0, synced.stderr
    assert "held back hnpw.cmcsync, the rest synced" in synced.stderr
    assert states_of(a) == repaired_here
    assert not far_future_keys(shared_file.read(shared)["records"], clock.wall_ms())

    with_file = cli(a, "repair-clock", str(shared))
    assert with_file.returncode == 0, with_file.stderr
    assert with_file.stdout.startswith("Nothing to repair")
    assert states_of(a) == repaired_here  # no second copies
    assert cli(b, "sync", str(shared)).returncode == 0
    assert states_of(b) == repaired_here


def test_an_edit_during_the_rewrite_stops_it_and_nothing_changes(data_dir: Path) -> None:
    with Store(data_dir, wall=a_year_ahead) as store:
        repo.create_event(store, title="HNPW 2017")
    with Store(data_dir) as store:
        states = sync_states.record_states(store)
        read_at, device_id = store.clock.last, store.device_id
        redated = redate(states, clock.wall_ms(), "new-laptop-1")
        repo.create_event(store, title="Typed meanwhile")  # moves the clock
        try:
            sync_states.replace_redated(store, redated, "new-laptop-1", 1, read_at)
        except sync_states.ChangedMeanwhile:
            pass
        else:
            raise AssertionError("an edit since the records were read must stop the rewrite")
        assert store.device_id == device_id and store.clock.last > read_at
    with Store(data_dir) as store:
        assert store.device_id == device_id
        assert {e.title for e in repo.events(store)} == {"HNPW 2017", "Typed meanwhile"}
        assert far_future_keys(sync_states.record_states(store), clock.wall_ms())
