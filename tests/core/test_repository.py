"""The store as the window and sync use it: create, edit, order, delete, restore, merge."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import Item, ItemKind, Session
from cmcoord_desktop.core.positions import position_between, positions_for_move
from cmcoord_desktop.core.store import Store


def texts(store: Store, parent_id: str, kind: ItemKind) -> list[str]:
    return [i.text for i in repo.children(store, Item, parent_id, kind)]


def test_items_keep_their_order_when_inserted_between(store: Store) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    session = repo.create_session(store, event.id, title="Data Revolution")
    first = repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "first")
    repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "third")
    repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "second", after=first.position)
    assert texts(store, session.id, ItemKind.KEY_OUTCOME) == ["first", "second", "third"]
    assert texts(store, session.id, ItemKind.NEXT_STEP) == []


def test_sessions_of_one_day_keep_the_agenda_order_not_the_alphabet(store: Store) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    day = dt.date(2017, 2, 7)
    repo.create_session(store, event.id, title="From Policy to Practice", date=day)
    repo.create_session(store, event.id, title="Data Revolution", date=day)
    repo.create_session(store, event.id, title="Afternoon panel", date=day, start_time=dt.time(14))
    repo.create_session(store, event.id, title="Annual Meeting", date=dt.date(2017, 2, 6))
    assert [s.title for s in repo.children(store, Session, event.id)] == [
        "Annual Meeting",
        "From Policy to Practice",
        "Data Revolution",
        "Afternoon panel",
    ]


# Display order of a slot: unplaced ("") first, then positions, equal ones possible (two laptops).
slot_positions = st.lists(
    st.sampled_from(["", "a0", "a1", "a2", "a5", "Zz"]), min_size=1, max_size=8
)


@given(slot_positions.map(sorted), st.data())
def test_a_move_gives_positions_that_sort_in_the_new_order(positions, data) -> None:  # noqa: ANN001
    moved = data.draw(st.integers(0, len(positions) - 1))
    target = data.draw(st.integers(0, len(positions) - 1))
    changes = positions_for_move(positions, moved, target)
    order = list(range(len(positions)))
    order.insert(target, order.pop(moved))
    new = [changes.get(entry, positions[entry]) for entry in order]
    assert all(new), "everything moved or passed is placed"
    assert new == sorted(new) and len(set(new)) == len(new)


def test_a_move_between_placed_neighbours_changes_only_the_moved_one() -> None:
    assert positions_for_move(["a0", "a1", "a2"], 2, 1).keys() == {2}
    assert positions_for_move(["a0", "a1", "a2"], 0, 1).keys() == {0}


def test_delete_is_a_tombstone_that_can_be_restored(store: Store) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    session = repo.create_session(store, event.id, title="Dangerous Work")
    repo.delete(store, Session, session.id)
    assert repo.children(store, Session, event.id) == []
    assert [r.id for r in repo.trash(store)] == [session.id]
    repo.restore(store, Session, session.id)
    assert [s.title for s in repo.children(store, Session, event.id)] == ["Dangerous Work"]
    assert repo.trash(store) == []


def test_event_status_is_derived_from_its_dates(store: Store) -> None:
    event = repo.create_event(
        store,
        title="Prague workshop",
        start_date=dt.date(2017, 11, 4),
        end_date=dt.date(2017, 11, 5),
    )
    assert event.status(dt.date(2017, 11, 3)) == "upcoming"
    assert event.status(dt.date(2017, 11, 5)) == "ongoing"
    assert event.status(dt.date(2017, 11, 6)) == "past"


def test_merging_the_same_records_twice_changes_nothing(store: Store, tmp_path) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    item = repo.add_item(store, event.id, ItemKind.NEXT_STEP, "Follow up with SimEx TFT")
    states = sync_states.record_states(store)
    with Store(tmp_path / "other") as other:
        first = sync_states.merge_states(other, states)
        second = sync_states.merge_states(other, states)
        assert (first.new, second.new, second.updated) == (2, 0, 0)
        copied = repo.get(other, Item, item.id)
        assert (copied.text, copied.status) == ("Follow up with SimEx TFT", "open")


def test_concurrent_edits_are_kept_and_flagged(store: Store, tmp_path) -> None:
    event = repo.create_event(store, title="HNPW")
    item = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "draft")
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        repo.update(store, Item, item.id, text="ours")
        repo.update(other, Item, item.id, text="theirs")
        sync_states.merge_states(other, sync_states.record_states(store))
        sync_states.merge_states(store, sync_states.record_states(other))
        mine, theirs = repo.get(store, Item, item.id), repo.get(other, Item, item.id)
        assert mine.needs_review and theirs.needs_review
        assert mine.text == theirs.text
        assert {v["v"] for v in mine.versions["text"]} == {"ours", "theirs"}


def test_two_laptops_moving_one_item_at_once_agree_without_asking_anyone(
    store: Store, tmp_path
) -> None:  # noqa: ANN001
    event = repo.create_event(store, title="HNPW")
    first, second, third = (
        repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, text) for text in ("1", "2", "3")
    )
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        # Here the third goes first; there it goes between the first and the second.
        repo.update(store, Item, third.id, position=position_between(None, first.position))
        repo.update(
            other,
            Item,
            third.id,
            position=position_between(first.position, second.position),
        )
        sync_states.merge_states(other, sync_states.record_states(store))
        sync_states.merge_states(store, sync_states.record_states(other))
        here, there = (
            texts(store, event.id, ItemKind.KEY_OUTCOME),
            texts(other, event.id, ItemKind.KEY_OUTCOME),
        )
        assert here == there and here in (["3", "1", "2"], ["1", "3", "2"])
        assert repo.needing_review(store) == [] and repo.needing_review(other) == []


def test_an_edit_the_delete_did_not_see_wins(store: Store, tmp_path) -> None:
    event = repo.create_event(store, title="HNPW")
    item = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "draft")
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        repo.delete(store, Item, item.id)
        repo.update(other, Item, item.id, text="still needed")
        sync_states.merge_states(store, sync_states.record_states(other))
        kept = repo.get(store, Item, item.id)
        assert not kept.deleted and kept.needs_review and kept.text == "still needed"


def test_a_delete_that_lost_to_an_unseen_edit_can_be_repeated_or_withdrawn(
    store: Store, tmp_path
) -> None:
    event = repo.create_event(store, title="HNPW")
    item = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "draft")
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        repo.delete(store, Item, item.id)
        repo.update(other, Item, item.id, text="still needed")
        sync_states.merge_states(store, sync_states.record_states(other))
    assert repo.get(store, Item, item.id).needs_review
    repo.delete(store, Item, item.id)  # the person has now seen the edit, and deletes anyway
    deleted = repo.get(store, Item, item.id)
    assert deleted.deleted and not deleted.needs_review


def test_picking_one_value_of_a_conflict_settles_it(store: Store, tmp_path) -> None:
    event = repo.create_event(store, title="HNPW")
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        repo.update(store, type(event), event.id, title="HNPW 2017")
        repo.update(other, type(event), event.id, title="HNPW Geneva")
        sync_states.merge_states(store, sync_states.record_states(other))
    shown = repo.get(store, type(event), event.id)
    assert shown.needs_review
    repo.update(store, type(event), event.id, title=shown.title)  # keep the one shown
    settled = repo.get(store, type(event), event.id)
    assert not settled.needs_review and len(settled.versions["title"]) == 1


def test_a_new_event_is_summarised_in_english_until_someone_chooses(store: Store, tmp_path) -> None:
    event = repo.create_event(store, title="HNPW")
    assert event.language == "en"
    with Store(tmp_path / "other") as other:
        sync_states.merge_states(other, sync_states.record_states(store))
        assert repo.get(other, type(event), event.id).language == "en"
    assert repo.update(store, type(event), event.id, language="fr").language == "fr"
