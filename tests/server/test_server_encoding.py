"""The team-server connection always speaks UTF-8 (client_encoding UTF8), whatever the database's
encoding or PGCLIENTENCODING say: the bundle carries none of Python's CJK codecs, which psycopg
would need to decode an EUC_JP, SJIS, BIG5 or GBK client encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.address import parse_address
from cmcoord_desktop.sync.team_server.connection import connect
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import init_server
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture


@pytest.fixture
def euc_jp_database(pg: PgServer, database: str) -> str:
    name = f"{database}_euc_jp"
    with pg.admin() as conn:
        conn.execute(
            f"CREATE DATABASE \"{name}\" ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' "
            "TEMPLATE template0"
        )
    return name


def test_the_connection_speaks_utf8_to_a_database_in_another_encoding(
    pg: PgServer, euc_jp_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGCLIENTENCODING", "EUC_JP")
    with connect(parse_address(pg.url(euc_jp_database))) as conn:
        assert conn.info.encoding == "utf-8"
        assert conn.info.parameter_status("client_encoding") == "UTF8"
        assert conn.info.parameter_status("server_encoding") == "EUC_JP"


def test_japanese_outcomes_go_through_an_euc_jp_database_unchanged(
    pg: PgServer, euc_jp_database: str, data_dirs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGCLIENTENCODING", "SJIS")
    url = pg.url(euc_jp_database)
    init_server(url)
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        ids = capture(anna, outcomes=1)
        repo.add_item(anna, ids["session"], ItemKind.KEY_OUTCOME, "民軍調整の手引きを改訂する")
        sync_with_team_server(anna, url)
    with Store(bilal_dir) as bilal:
        sync_with_team_server(bilal, url)
        outcomes = repo.children(bilal, Item, ids["session"], ItemKind.KEY_OUTCOME)
        assert "民軍調整の手引きを改訂する" in {item.text for item in outcomes}
