"""What a commit tells the views (core/store_change.py), and reads that take no write lock."""

from __future__ import annotations

from sqlalchemy import event

from cmcoord_desktop.core import repository, sync_states
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change


def test_reads_begin_deferred_and_a_write_begins_immediate(store: Store) -> None:
    made = repository.create_event(store, title="HNPW 2017")
    begun: list[str] = []

    def statement(_conn, _cursor, text, *_args) -> None:  # noqa: ANN001
        if text.startswith("BEGIN"):
            begun.append(text)

    event.listen(store.engine, "before_cursor_execute", statement)
    repository.events(store)
    repository.get(store, Event, made.id)
    repository.update(store, Event, made.id, title="HNPW 2018")
    event.remove(store.engine, "before_cursor_execute", statement)
    assert begun == ["BEGIN", "BEGIN", "BEGIN IMMEDIATE"]


def test_an_edit_carries_the_committed_row_and_an_unchanged_one_says_nothing(store: Store) -> None:
    changes: list[Change] = []
    store.on_change(changes.append)
    made = repository.create_event(store, title="HNPW 2017")
    repository.update(store, Event, made.id, title="HNPW 2018")
    repository.update(store, Event, made.id, title="HNPW 2018")  # the same value: no commit
    assert [c.everything for c in changes] == [False, False]
    assert [[r.title for r in c.records] for c in changes] == [["HNPW 2017"], ["HNPW 2018"]]
    assert changes[1].ids == {made.id} and changes[1].touches(made.id)


def test_a_merge_names_what_it_changed_and_asks_views_to_read_again(store: Store, tmp_path) -> None:  # noqa: ANN001
    with Store(tmp_path / "other") as other:
        made = repository.create_event(other, title="From Anna")
        states = sync_states.record_states(other)
    changes: list[Change] = []
    store.on_change(changes.append)
    sync_states.merge_states(store, states)
    sync_states.merge_states(store, states)  # nothing new the second time: nobody is told
    [change] = changes
    assert change.everything and change.ids == {made.id}
