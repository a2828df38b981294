"""Who may come in: members read and insert, observers only read, nobody writes in another
laptop's name, and passwords and certificates are handled as an IT department expects."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.sync.team_server.address import parse_address
from cmcoord_desktop.sync.team_server.errors import PushRefused, TeamServerError
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from tests.server.helpers import PASSWORD, add_member, ask, init_server, versions_on_server
from tests.server.pg_server import PgServer
from tests.sync.workshop import capture, snapshot


@pytest.fixture
def team(pg: PgServer, database: str) -> dict[str, str]:
    init_server(pg.url(database))
    return {
        name: add_member(pg, database, f"{name}_{database}", observer=name == "olga")
        for name in ("anna", "bilal", "olga")
    }


def test_members_sync_with_their_own_password(team: dict[str, str], data_dirs: list[Path]) -> None:
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        capture(anna)
        assert sync_with_team_server(anna, team["anna"], ask).sent_records == 5
        mine = snapshot(anna)[0]
    with Store(bilal_dir) as bilal:
        assert sync_with_team_server(bilal, team["bilal"], ask).here.new == 5
        assert snapshot(bilal)[0] == mine


def test_an_observer_reads_and_sends_nothing(
    pg: PgServer, database: str, team: dict[str, str], data_dirs: list[Path]
) -> None:
    anna_dir, _, olga_dir = data_dirs
    with Store(anna_dir) as anna:
        capture(anna)
        sync_with_team_server(anna, team["anna"], ask)
    count = versions_on_server(pg, database)
    with Store(olga_dir) as olga:
        repo.create_event(olga, title="Olga's own event")
        result = sync_with_team_server(olga, team["olga"], ask)
        assert result.read_only and result.here.new == 5
        assert "only reads" in result.describe()
    assert versions_on_server(pg, database) == count


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE cmcoord.versions SET value = '\"changed\"'",
        "DELETE FROM cmcoord.versions",
        "TRUNCATE cmcoord.versions",
        "UPDATE cmcoord.devices SET writer = session_user",
        "DELETE FROM cmcoord.blobs",
        "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed, value, seen,"
        " writer) SELECT record_id, field, stamp + 1, device, kind, fixed, value, seen, 'x'"
        " FROM cmcoord.versions",
    ],
)
def test_a_member_cannot_change_or_remove_versions(
    pg: PgServer, database: str, team: dict[str, str], store: Store, statement: str
) -> None:
    capture(store)
    sync_with_team_server(store, team["anna"], ask)
    before = versions_on_server(pg, database)
    with (
        psycopg.connect(team["bilal"], password=PASSWORD) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)
    assert versions_on_server(pg, database) == before


def test_a_member_cannot_write_in_another_laptops_name(
    pg: PgServer, database: str, team: dict[str, str], store: Store
) -> None:
    """By hand, with SQL: the database itself refuses, whatever the program does."""
    capture(store)
    sync_with_team_server(store, team["anna"], ask)
    before = versions_on_server(pg, database)
    forged = (
        "INSERT INTO cmcoord.versions (record_id, field, stamp, device, kind, fixed, value, seen)"
        " SELECT record_id, field, stamp + 1, device, kind, fixed, '\"forged\"', seen"
        " FROM cmcoord.versions"
    )
    with psycopg.connect(team["bilal"], password=PASSWORD) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(forged)
        assert refused.value.sqlstate == "CM001"
        assert store.device_id in str(refused.value)
    assert versions_on_server(pg, database) == before


def test_a_copied_data_folder_cannot_push_under_another_account(
    pg: PgServer, database: str, team: dict[str, str], data_dirs: list[Path]
) -> None:
    anna_dir, bilal_dir, _ = data_dirs
    with Store(anna_dir) as anna:
        capture(anna)
        sync_with_team_server(anna, team["anna"], ask)
        anna_id = anna.device_id
    shutil.rmtree(bilal_dir)
    shutil.copytree(anna_dir, bilal_dir)
    (bilal_dir / "lock").unlink(missing_ok=True)
    with Store(bilal_dir) as bilal:
        # The copy tells itself apart (core/device_home.py): a new laptop, which pushes its own.
        assert bilal.device_id != anna_id
        repo.create_event(bilal, title="Bilal's first event")
        sync_with_team_server(bilal, team["bilal"], ask)
    # A copy that kept Anna's id all the same (restored where the check cannot tell) is still
    # refused by the server itself, and the server keeps what it had.
    with closing(sqlite3.connect(bilal_dir / DATABASE_NAME)) as db, db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (anna_id,))
    with Store(bilal_dir) as bilal:
        assert bilal.device_id == anna_id
        repo.create_event(bilal, title="Bilal's event")
        before = versions_on_server(pg, database)
        with pytest.raises(PushRefused, match="already used on the server by the account anna"):
            sync_with_team_server(bilal, team["bilal"], ask)
    assert versions_on_server(pg, database) == before


def test_versions_relayed_through_a_file_are_left_to_their_own_laptop(
    team: dict[str, str], data_dirs: list[Path], tmp_path: Path
) -> None:
    """Bilal got Anna's records through a shared file; his sync sends his own, not hers."""
    anna_dir, bilal_dir, chen_dir = data_dirs
    shared = tmp_path / "share.cmcsync"
    with Store(anna_dir) as anna:
        ids = capture(anna)
        sync_with_team_server(anna, team["anna"], ask)
        repo.add_item(anna, ids["session"], ItemKind.KEY_OUTCOME, "Anna's late outcome")
        sync_with_shared_file(anna, shared)
    with Store(bilal_dir) as bilal:
        sync_with_shared_file(bilal, shared)
        repo.add_item(bilal, ids["session"], ItemKind.NEXT_STEP, "Bilal's next step")
        sync_with_team_server(bilal, team["bilal"], ask)
    with Store(anna_dir) as anna:
        sync_with_team_server(anna, team["anna"], ask)
        anna_records = snapshot(anna)[0]
    with Store(bilal_dir) as bilal:
        sync_with_team_server(bilal, team["bilal"], ask)
        assert snapshot(bilal)[0] == anna_records
    with Store(chen_dir) as chen:
        sync_with_team_server(chen, team["anna"].replace("anna_", "bilal_"), ask)
        assert snapshot(chen)[0] == anna_records


def test_a_wrong_password_is_said_without_the_password(team: dict[str, str], store: Store) -> None:
    capture(store)
    secret = "not-the-password-42"
    with pytest.raises(TeamServerError) as refused:
        sync_with_team_server(store, team["anna"], lambda _a: secret)
    message = str(refused.value)
    assert "did not accept the password" in message
    assert secret not in message and PASSWORD not in message


def test_no_password_and_nobody_to_ask_is_one_sentence(team: dict[str, str], store: Store) -> None:
    with pytest.raises(TeamServerError, match="asks for a password"):
        sync_with_team_server(store, team["anna"], None)


def test_pgpass_is_respected(
    pg: PgServer,
    team: dict[str, str],
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = parse_address(team["anna"])
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg.port}:*:{address.user}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    capture(store)
    assert sync_with_team_server(store, team["anna"], None).sent_records == 5


def test_a_password_in_the_address_is_refused() -> None:
    with pytest.raises(TeamServerError, match="Leave the password out"):
        parse_address("postgresql://anna:secret@db.example.org/workshops")


def test_remote_hosts_get_verify_full_and_local_ones_do_not() -> None:
    assert parse_address("postgresql://anna@db.example.org/w").params["sslmode"] == "verify-full"
    assert "sslmode" not in parse_address("postgresql://anna@localhost/w").params
    chosen = parse_address("postgresql://anna@db.example.org/w?sslmode=require")
    assert chosen.params["sslmode"] == "require"
    assert parse_address("postgresql://anna@db.example.org:6543/w").display == (
        "anna@db.example.org:6543/w"
    )


def test_a_certificate_for_another_name_is_refused_clearly(
    pg: PgServer, team: dict[str, str], store: Store
) -> None:
    """The server's certificate is made out to localhost; we reach it as teamserver.example."""
    user = parse_address(team["anna"]).user
    url = (
        f"postgresql://{user}@teamserver.example:{pg.port}/x?hostaddr=127.0.0.1"
        f"&sslrootcert={pg.certificate}"
    )
    with pytest.raises(TeamServerError, match="made out to another name"):
        sync_with_team_server(store, url, ask)


def test_an_untrusted_certificate_is_refused_clearly(
    pg: PgServer, team: dict[str, str], store: Store, tmp_path: Path
) -> None:
    import subprocess

    other = tmp_path / "other.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=someone-else", "-keyout", str(tmp_path / "other.key"), "-out", str(other)],
        capture_output=True, check=True,
    )  # fmt: skip
    user = parse_address(team["anna"]).user
    url = f"postgresql://{user}@localhost:{pg.port}/x?sslmode=verify-full&sslrootcert={other}"
    with pytest.raises(TeamServerError, match="could not be verified"):
        sync_with_team_server(store, url, ask)
