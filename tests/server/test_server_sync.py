"""Laptops sync with a real PostgreSQL: both ways, both end equal, the same merge as files."""

from __future__ import annotations

from pathlib import Path

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Attachment, Item, ItemKind, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server, versions_on_server
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture, snapshot


def records(store: Store) -> bytes:
    return snapshot(store)[0]


def test_two_laptops_end_equal_with_the_server(
    pg: PgServer, database: str, data_dirs: list[Path]
) -> None:
    url = pg.url(database)
    init_server(url)
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        ids = capture(anna, outcomes=3)
        first = sync_with_team_server(anna, url)
        assert first.sent_records == 5 and first.here.new == 0
    with Store(bilal_dir) as bilal:
        got = sync_with_team_server(bilal, url)
        assert got.here.new == 5 and got.sent_records == 0
        repo.update(bilal, Session, ids["session"], notes="Bilal's notes")
        repo.add_item(bilal, ids["session"], ItemKind.NEXT_STEP, "Write the handbook chapter")
        sync_with_team_server(bilal, url)
    with Store(anna_dir) as anna:
        back = sync_with_team_server(anna, url)
        assert back.here.new == 1 and back.here.updated == 1
        assert repo.get(anna, Session, ids["session"]).notes == "Bilal's notes"
        anna_records = records(anna)
    with Store(bilal_dir) as bilal:
        again = sync_with_team_server(bilal, url)
        assert not again.here.changed and again.sent_records == 0
        assert records(bilal) == anna_records


def test_a_sync_with_nothing_new_sends_and_reads_nothing(
    pg: PgServer, database: str, store: Store
) -> None:
    url = pg.url(database)
    init_server(url)
    capture(store)
    sync_with_team_server(store, url)
    count = versions_on_server(pg, database)
    second = sync_with_team_server(store, url)
    assert (second.sent_records, second.here.changed) == (0, ())
    assert versions_on_server(pg, database) == count


def test_concurrent_edits_are_kept_and_flagged_as_with_a_file(
    pg: PgServer, database: str, data_dirs: list[Path]
) -> None:
    url = pg.url(database)
    init_server(url)
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        ids = capture(anna)
        sync_with_team_server(anna, url)
    with Store(bilal_dir) as bilal:
        sync_with_team_server(bilal, url)
        repo.update(bilal, Session, ids["session"], notes="Bilal typed this")
        sync_with_team_server(bilal, url)
    with Store(anna_dir) as anna:
        repo.update(anna, Session, ids["session"], notes="Anna typed this")
        result = sync_with_team_server(anna, url)
        assert result.here.conflicts == 1
        session = repo.get(anna, Session, ids["session"])
        assert session.needs_review
        anna_records = records(anna)
    with Store(bilal_dir) as bilal:
        sync_with_team_server(bilal, url)
        assert records(bilal) == anna_records


def test_attachments_are_stored_once_per_content(
    pg: PgServer, database: str, data_dirs: list[Path]
) -> None:
    url = pg.url(database)
    init_server(url)
    slide = bytes(range(256)) * 400
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        ids = capture(anna)
        for n in range(3):
            repo.add_attachment(anna, ids["session"], slide, f"slide{n}.png", "image/png")
        sync_with_team_server(anna, url)
    with Store(bilal_dir) as bilal:
        sync_with_team_server(bilal, url)
        got = repo.children(bilal, Attachment, ids["session"])
        assert [a.data for a in got] == [slide] * 3
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*), sum(length(data)) FROM cmcoord.blobs").fetchone()
    assert row == (1, len(slide))


def test_three_laptops_file_server_and_both_end_equal(
    pg: PgServer, database: str, data_dirs: list[Path], tmp_path: Path
) -> None:
    """Anna syncs with the file and the server, Bilal only with the file, Chen only with the
    server; each edits between syncs; after two rounds all three hold the same records."""
    url = pg.url(database)
    init_server(url)
    shared = tmp_path / "share.cmcsync"
    anna_dir, bilal_dir, chen_dir = data_dirs
    with Store(anna_dir) as anna:
        ids = capture(anna)
    for round_number in range(3):
        with Store(anna_dir) as anna:
            sync_with_shared_file(anna, shared)
            sync_with_team_server(anna, url)
            repo.add_item(anna, ids["session"], ItemKind.KEY_OUTCOME, f"Anna {round_number}")
        with Store(bilal_dir) as bilal:
            sync_with_shared_file(bilal, shared)
            if round_number == 1:
                repo.update(bilal, Session, ids["session"], panel="OCHA, WFP")
            repo.add_item(bilal, ids["session"], ItemKind.NEXT_STEP, f"Bilal {round_number}")
        with Store(chen_dir) as chen:
            sync_with_team_server(chen, url)
            if round_number == 1:
                repo.update(chen, Session, ids["session"], notes="Chen's notes")
            repo.add_item(chen, ids["session"], ItemKind.KEY_OUTCOME, f"Chen {round_number}")
    # Everyone syncs once more, edits stopped: two passes carry every change everywhere.
    for _ in range(2):
        with Store(anna_dir) as anna:
            sync_with_shared_file(anna, shared)
            sync_with_team_server(anna, url)
            sync_with_shared_file(anna, shared)
        with Store(bilal_dir) as bilal:
            sync_with_shared_file(bilal, shared)
        with Store(chen_dir) as chen:
            sync_with_team_server(chen, url)
    seen = []
    for path in data_dirs:
        with Store(path) as laptop:
            seen.append(records(laptop))
            session = repo.get(laptop, Session, ids["session"])
            assert (session.panel, session.notes) == ("OCHA, WFP", "Chen's notes")
            texts = {
                i.text for i in repo.children(laptop, Item, ids["session"], ItemKind.KEY_OUTCOME)
            }
            assert {"Anna 2", "Chen 2"} <= texts
    assert seen[0] == seen[1] == seen[2]
