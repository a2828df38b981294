"""A listening laptop hears another laptop's push as soon as it commits, and not its own."""

from __future__ import annotations

import threading
from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.address import parse_address
from cmcoord_desktop.sync.team_server.notify import wait_for_others
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer


def test_a_push_wakes_the_other_laptop(pg: PgServer, database: str, data_dirs: list[Path]) -> None:
    url = pg.url(database)
    init_server(url)
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        anna_id = anna.device_id
    heard: list[str] = []
    woke, ready = threading.Event(), threading.Event()
    listening = threading.Thread(
        target=wait_for_others,
        args=(
            parse_address(url),
            anna_id,
            lambda d: (heard.append(d), woke.set()),
            lambda: not woke.is_set(),
        ),
        kwargs={"on_listening": ready.set},
    )
    listening.start()
    assert ready.wait(30)
    with Store(anna_dir) as anna:  # anna's own push: not a reason to pull
        repo.create_event(anna, title="Anna's")
        sync_with_team_server(anna, url)
    with Store(bilal_dir) as bilal:
        repo.create_event(bilal, title="Bilal's")
        sync_with_team_server(bilal, url)
        bilal_id = bilal.device_id
    assert woke.wait(30)
    listening.join()
    assert heard == [bilal_id]
