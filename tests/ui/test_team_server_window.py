"""File › Sync with a team server… in the window, against the real PostgreSQL of the server tests.

A person opens the dialog, types the address and presses Enter; the records reach the server;
another laptop (a second data folder) pushes and the window shows it without a click; a wrong
address is one sentence; a server that wants a password gets it from the person once; closing
the window leaves no listening thread behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.team_server_dialog import ask_password
from tests.server.conftest import _no_keyring, database, pg  # noqa: F401 - the real server
from tests.server.helpers import PASSWORD, add_member, init_server, versions_on_server
from tests.server.pg_server import PgServer

from .dialogs_fake import ScriptedDialogs
from .test_main_window import shown_titles


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs(password=PASSWORD, confirms=[False, True])


def warnings(dialogs: ScriptedDialogs) -> list[str]:
    return [said.text for said in dialogs.said if said.kind == "warning"]


@pytest.fixture
def window(qtbot, store: Store, dialogs: ScriptedDialogs, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = build_window(store, settings, dialogs)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def type_address(qtbot, window: MainWindow, address: str) -> None:  # noqa: ANN001
    """File › Sync with a team server…, the address typed over what is there, then Enter."""
    window.actions_by_id["sync_team_server"].trigger()
    dialog = window.team_server.dialog
    qtbot.waitUntil(dialog.isVisible)
    field = dialog.address
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, address)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def listening_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("listen ")]


@pytest.mark.slow  # a real PostgreSQL
def test_sync_from_the_dialog_then_another_laptops_push_shows_by_itself(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    pg: PgServer,  # noqa: F811
    database: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = pg.url(database)
    init_server(url)
    repo.create_event(store, title="HNPW 2027")
    team = window.team_server

    with qtbot.waitSignal(team.synced, timeout=60_000) as synced:
        type_address(qtbot, window, url)
    assert warnings(dialogs) == []
    assert synced.args[0].sent_records == 1
    assert dialogs.questions == []  # nothing to ask: one new record goes out
    assert "Synced with the team server" in window.statusBar().currentMessage()
    assert "0 records in, 1 out" in window.statusBar().currentMessage()
    assert versions_on_server(pg, database) > 0
    assert team.recent_servers() == [url]

    # The window listens now; once it is online, another laptop's push reaches it unasked.
    qtbot.waitUntil(
        lambda: team.status.text().startswith(("Online with", "Synced with")), timeout=30_000
    )
    # Every message the status bar shows: each of Bilal's two pushes starts a sync here, and the
    # second one's "0 records in" may replace the first one's before a look at the bar.
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_team_server(bilal, url)
        assert [e.title for e in repo.events(bilal)] == ["HNPW 2027"]  # from the server
        repo.create_event(bilal, title="Bilal's regional meeting")
        sync_with_team_server(bilal, url)
    qtbot.waitUntil(
        lambda: "Bilal's regional meeting" in shown_titles(window)["events"], timeout=30_000
    )
    qtbot.waitUntil(
        lambda: any("1 record in, 0 out" in message for message in messages), timeout=30_000
    )
    assert warnings(dialogs) == []

    # Closing the window stops listening: no thread is left waiting on the network.
    assert team.listening
    window.close()
    assert not team.listening
    assert listening_threads() == []


@pytest.mark.slow  # a real PostgreSQL
def test_a_wrong_address_is_one_sentence_and_changes_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    pg: PgServer,  # noqa: F811
) -> None:
    repo.create_event(store, title="Kept")
    team = window.team_server
    with qtbot.waitSignal(team.failed, timeout=5_000) as failed:
        type_address(qtbot, window, "db.example.org workshops")
    assert "not a server address" in failed.args[0]

    with qtbot.waitSignal(team.failed, timeout=60_000) as failed:
        type_address(qtbot, window, pg.url("no_such_database"))
    assert "no database 'no_such_database'" in failed.args[0]

    assert len(warnings(dialogs)) == 2 and warnings(dialogs)[1] == failed.args[0]
    for sentence in warnings(dialogs):
        assert "\n" not in sentence and "Traceback" not in sentence
        assert sentence.endswith(".")
    assert [e.title for e in repo.events(store)] == ["Kept"]
    assert not team.listening  # nothing to stay online with


@pytest.mark.slow  # a real PostgreSQL
def test_the_server_asks_for_a_password_and_the_person_is_asked_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    pg: PgServer,  # noqa: F811
    database: str,  # noqa: F811
) -> None:
    init_server(pg.url(database))
    member_url = add_member(pg, database, f"anna_{database}")
    repo.create_event(store, title="Civil-military dialogue")
    team = window.team_server
    with qtbot.waitSignal(team.synced, timeout=60_000):
        type_address(qtbot, window, member_url)
    assert warnings(dialogs) == []
    assert len(dialogs.password_asked) == 1
    assert PASSWORD not in dialogs.password_asked[0]
    # The listener connects with the password typed in this run, without asking again.
    qtbot.waitUntil(
        lambda: team.status.text().startswith(("Online with", "Synced with")), timeout=30_000
    )
    assert len(dialogs.password_asked) == 1
    assert versions_on_server(pg, database) > 0
    window.close()
    assert listening_threads() == []


@pytest.mark.slow  # a real PostgreSQL
def test_a_lost_connection_says_offline_and_comes_back_online(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    pg: PgServer,  # noqa: F811
    database: str,  # noqa: F811
) -> None:
    url = pg.url(database)
    init_server(url)
    team = window.team_server
    with qtbot.waitSignal(team.synced, timeout=60_000):
        type_address(qtbot, window, url)
    qtbot.waitUntil(
        lambda: team.status.text().startswith(("Online with", "Synced with")), timeout=30_000
    )
    said: list[str] = []  # every status line with its tool tip, however briefly shown
    team.status_changed.connect(said.append)
    with pg.admin(database) as admin:  # the server drops the listening connection
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN%%'"
        )
    qtbot.waitUntil(lambda: any(t.startswith("Offline since ") for t in said), timeout=30_000)
    offline = next(t for t in said if t.startswith("Offline since "))
    assert "lost" in offline and "Traceback" not in offline  # why, in words, beside the time
    qtbot.waitUntil(
        lambda: team.status.text().startswith(("Online with", "Synced with")), timeout=30_000
    )
    window.close()
    assert listening_threads() == []


@pytest.mark.slow  # a real PostgreSQL
def test_a_sync_that_would_delete_most_records_is_asked_first(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    pg: PgServer,  # noqa: F811
    database: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = pg.url(database)
    init_server(url)
    events = [repo.create_event(store, title=f"Workshop {n}") for n in range(3)]
    sync_with_team_server(store, url)
    with Store(tmp_path / "bilal") as bilal:  # Bilal deletes all three and pushes
        sync_with_team_server(bilal, url)
        for event in events:
            repo.delete(bilal, type(event), event.id)
        sync_with_team_server(bilal, url, allow_mass_delete=True)
    team = window.team_server
    with qtbot.waitSignal(team.status_changed, timeout=60_000):  # "Not synced with …"
        type_address(qtbot, window, url)
    assert "would delete 3 of 3 records" in dialogs.questions[0].text
    assert len(repo.events(store)) == 3  # declined: nothing deleted here
    with qtbot.waitSignal(team.synced, timeout=60_000):
        type_address(qtbot, window, url)
    assert repo.events(store) == []


def test_the_password_prompt_hides_what_is_typed_and_returns_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    seen: list[tuple[QLineEdit.EchoMode, str]] = []

    def type_it() -> None:
        prompt = QApplication.activeModalWidget()
        assert prompt is not None
        field = prompt.findChild(QLineEdit)
        seen.append((field.echoMode(), field.accessibleName()))
        qtbot.keyClicks(field, "s3cret words")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(200, type_it)
    assert ask_password(window, "anna@db.example.org/workshops") == "s3cret words"
    assert seen == [(QLineEdit.EchoMode.Password, "Password")]


@pytest.mark.slow  # a real PostgreSQL
def test_a_mass_delete_found_while_listening_asks_nothing_until_the_person_syncs(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    pg: PgServer,  # noqa: F811
    database: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = pg.url(database)
    init_server(url)
    events = [repo.create_event(store, title=f"Workshop {n}") for n in range(3)]
    team = window.team_server
    with qtbot.waitSignal(team.synced, timeout=60_000):
        type_address(qtbot, window, url)
    qtbot.waitUntil(
        lambda: team.status.text().startswith(("Online with", "Synced with")), timeout=30_000
    )
    with Store(tmp_path / "bilal") as bilal:  # Bilal deletes all three and pushes
        sync_with_team_server(bilal, url)
        for event in events:
            repo.delete(bilal, type(event), event.id)
        sync_with_team_server(bilal, url, allow_mass_delete=True)
    qtbot.waitUntil(lambda: "would delete most records" in team.status.text(), timeout=30_000)
    assert dialogs.questions == []  # no box opened by itself
    assert "would delete 3 of 3 records" in team.status.toolTip()
    assert len(repo.events(store)) == 3  # nothing deleted here
    window.close()
    assert listening_threads() == []
