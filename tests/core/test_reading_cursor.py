"""The store's reading cursor for the search: one connection kept for it, the pool's when that
one is busy, a fresh snapshot each time, and nothing left open when the store closes."""

from __future__ import annotations

import threading
from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.search import search
from cmcoord_desktop.core.store import Store


def found(store: Store, query: str) -> list[str]:
    return [m.record_id for m in search(store, query)]


def test_each_search_reads_what_was_committed_last(store: Store) -> None:
    session = repo.create_session(store, repo.create_event(store, title="Atelier").id)
    assert found(store, "convoi") == []
    first = repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Convoi de nuit").id
    assert found(store, "convoi") == [first]
    with Store(store.data_dir, read_only=True) as reader:  # the exports' store, same folder
        assert found(reader, "convoi") == [first]
        second = repo.add_item(store, session.id, ItemKind.IDEA, "Convoi à vélo").id
        assert found(reader, "convoi") == [first, second]


def test_a_search_inside_a_read_or_beside_one_in_another_thread_reads_too(store: Store) -> None:
    session = repo.create_session(store, repo.create_event(store, title="Atelier").id)
    outcome = repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Convoi de nuit").id
    beside: list[list[str]] = []
    with store.reading_cursor() as outer:
        assert found(store, "convoi") == [outcome]  # the same thread, the kept connection busy
        thread = threading.Thread(target=lambda: beside.append(found(store, "convoi")))
        thread.start()
        thread.join()
        assert outer.execute("SELECT count(*) FROM items").fetchone() == (1,)
    assert beside == [[outcome]]
    assert found(store, "convoi") == [outcome]


def test_closing_the_store_leaves_no_connection_open(data_dir: Path) -> None:
    with Store(data_dir) as store:
        session = repo.create_session(store, repo.create_event(store, title="Atelier").id)
        repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Convoi de nuit")
        assert len(found(store, "convoi")) == 1
        wal = data_dir / f"{DATABASE_NAME}-wal"
        assert wal.exists()
    # SQLite folds the write-ahead log back and removes it when the last connection closes.
    assert not wal.exists()
