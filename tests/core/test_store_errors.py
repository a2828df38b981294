"""A full disk under the data folder: a clear message, the listeners told, nothing half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_errors import DataFolderError, explain
from tests.disk_filling import full_disk

LONG_NOTE = "Key messages from the plenary. " * 5000  # ~150 kB: needs new pages


def test_a_full_disk_is_said_in_plain_words_and_nothing_is_half_written(store: Store) -> None:
    event = repo.create_event(store, title="HNPW 2017", description="before")
    told: list[DataFolderError] = []
    store.on_failure(told.append)
    with full_disk(store) as free_space:
        with pytest.raises(DataFolderError, match="disk holding it is full") as raised:
            repo.update(store, Event, event.id, description=LONG_NOTE)
        assert told == [raised.value]
        assert str(store.data_dir) in str(raised.value)
        assert repo.get(store, Event, event.id).description == "before"
        free_space()
        repo.update(store, Event, event.id, description=LONG_NOTE)
    assert repo.get(store, Event, event.id).description == LONG_NOTE


def test_errors_that_are_not_the_disk_stay_what_they_are(tmp_path: Path) -> None:
    with (
        sqlite3.connect(tmp_path / "x.sqlite3") as conn,
        pytest.raises(sqlite3.OperationalError) as no_table,
    ):
        conn.execute("SELECT * FROM no_such_table")
    assert explain(no_table.value, tmp_path) is None  # a programming error, not the disk
    assert explain(ValueError("not SQLite"), tmp_path) is None
