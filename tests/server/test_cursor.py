"""The pull cursor never skips a late commit: writers that hold their transactions open while
younger ones commit are read once they commit, however the syncs interleave."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import psycopg
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.merge import by_id
from cmcoord_desktop.sync.team_server.rows import version_rows
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer

_INSERT = (
    "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed, value, blob,"
    " seen, batch) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
)


def event_rows(tmp: Path, title: str) -> tuple[str, list[tuple[object, ...]]]:
    """The versions of one new event made on a laptop of its own."""
    with Store(tmp) as writer:
        event = repo.create_event(writer, title=title)
        states = [s for s in sync_states.record_states(writer) if s["id"] == event.id]
    return event.id, list(version_rows(states, None, {}))


def test_a_transaction_committed_late_is_not_skipped(
    pg: PgServer, database: str, store: Store, tmp_path: Path
) -> None:
    url = pg.url(database)
    init_server(url)
    sync_with_team_server(store, url)
    early_id, early = event_rows(tmp_path / "early", "Started first, committed last")
    late_id, late = event_rows(tmp_path / "late", "Started last, committed first")
    slow = psycopg.connect(url)  # a transaction is open from the first statement
    slow.cursor().executemany(_INSERT, early)
    with psycopg.connect(url) as quick:
        quick.cursor().executemany(_INSERT, late)
    sync_with_team_server(store, url)
    titles = {e.id for e in repo.events(store)}
    assert late_id in titles and early_id not in titles
    slow.commit()
    slow.close()
    sync_with_team_server(store, url)
    assert {early_id, late_id} <= {e.id for e in repo.events(store)}


@pytest.mark.slow  # several connections racing on a real PostgreSQL
def test_racing_writers_and_a_reader_lose_nothing(
    pg: PgServer, database: str, store: Store, tmp_path: Path
) -> None:
    """Eight writers commit 10 events each, holding their transactions open for random times,
    while this laptop syncs over and over; one sync after they finished, it has all 80."""
    url = pg.url(database)
    init_server(url)
    batches = [
        [event_rows(tmp_path / f"w{w}-{n}", f"Writer {w} event {n}") for n in range(10)]
        for w in range(8)
    ]
    expected = {event_id for batch in batches for event_id, _ in batch}
    done = threading.Event()

    def write(batch: list[tuple[str, list[tuple[object, ...]]]], seed: int) -> None:
        pause = random.Random(seed)
        with psycopg.connect(url) as conn:
            for _event_id, rows in batch:
                with conn.transaction():
                    conn.cursor().executemany(_INSERT, rows)
                    done.wait(pause.uniform(0.0, 0.05))

    threads = [threading.Thread(target=write, args=(b, i)) for i, b in enumerate(batches)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        sync_with_team_server(store, url)
    for thread in threads:
        thread.join()
    sync_with_team_server(store, url)
    got = {e.id for e in repo.events(store)}
    assert expected <= got
    assert len(by_id(sync_states.record_states(store))) == len(expected)
    assert repo.get(store, Event, next(iter(expected))).title.startswith("Writer")
