"""File › Sync with a team server…: ask the address, sync off the GUI thread, then stay online.

The sync runs on the window's one background runner (the shared file's, so two syncs never
write the store at once), with its progress in the same status-bar bar. When the server asks for
a password the worker waits while the GUI thread asks the person (ask_password is called on the
worker; the dialog opens here). What was typed is kept in memory for this run only, so the
listener and the syncs it starts need not ask again; the keyring keeps it between runs.

After a sync the window listens (ui/team_server_listener.py) and syncs by itself when another
laptop pushed; the status bar says "Synced with <server> at 14:02" or "Offline since 13:40"
(why, in its tool tip). A sync started by the listener never opens a warning: its failure is
the "Offline since" line.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QSettings, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.team_server.errors import TeamServerError
from cmcoord_desktop.ui.background import Cancelled, Progress
from cmcoord_desktop.ui.sync_controller import SyncController
from cmcoord_desktop.ui.team_server_dialog import TeamServerDialog

if TYPE_CHECKING:
    from cmcoord_desktop.sync.team_server.address import ServerAddress
    from cmcoord_desktop.sync.team_server.server_sync import ServerSyncResult
    from cmcoord_desktop.ui.team_server_listener import TeamServerListener

RECENT_KEY = "sync/recent_servers"
RECENT_LIMIT = 8
# Errors of ours whose message is already the sentence a person reads.
SERVER_ERRORS = (TeamServerError, SharedFileError, DataFolderError)


class _PasswordAsker(QObject):
    """Carries a password question from the worker to the GUI thread and the answer back."""

    wanted = Signal(str)

    def __init__(self, ask: Callable[[str], str | None], parent: QObject) -> None:
        super().__init__(parent)
        self._ask = ask
        self._answer: str | None = None
        self._answered = threading.Event()
        self.wanted.connect(self._on_wanted)  # queued: emitted on the worker, run here

    def ask_from_worker(self, server: str) -> str | None:
        self._answered.clear()
        self.wanted.emit(server)
        self._answered.wait()
        return self._answer

    def _on_wanted(self, server: str) -> None:
        try:
            self._answer = self._ask(server)
        finally:
            self._answered.set()


class TeamServerController(QObject):
    synced = Signal(object)  # ServerSyncResult of a finished sync
    failed = Signal(str)  # the one sentence; this laptop kept everything
    status_changed = Signal(str)

    def __init__(
        self,
        store: Store,
        dialogs: Any,
        settings: QSettings,
        window: QMainWindow,
        run: Callable[[Callable[[], None]], None],
        shared_sync: SyncController,
    ) -> None:
        super().__init__(window)
        self.store, self.dialogs, self.settings, self.window = store, dialogs, settings, window
        self._run, self._shared = run, shared_sync
        self.runner = shared_sync.runner  # the window's one background runner
        self._passwords: dict[str, str] = {}  # typed in this run; memory only
        self._asker = _PasswordAsker(self._ask_person, self)
        self._listener: TeamServerListener | None = None
        self._again = False  # another laptop pushed while a sync was running
        self._address: ServerAddress | None = None  # the server of the last sync
        self._offline_since: dt.datetime | None = None
        self._mine = False  # the runner's job under way is a team-server sync
        self._last_synced: dt.datetime | None = None
        self._closed = False  # the window closed: a sync finishing now starts no listener
        self.status = QLabel()
        self.status.setObjectName("team_server_status")
        self.status.setAccessibleName(self.tr("Team server"))
        self.status.setContentsMargins(8, 0, 8, 0)
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.runner.failed.connect(self._runner_failed)
        self.runner.finished.connect(self._sync_again_if_pushed)

    # --- starting -----------------------------------------------------------------------------

    def choose_and_sync(self) -> None:
        dialog = TeamServerDialog(self.recent_servers(), self.window)
        dialog.address_given.connect(lambda text: self._run(lambda: self.sync_with(text)))
        dialog.open()
        self.dialog = dialog  # tests and screenshots find it here

    def sync_with(self, text: str) -> None:
        """A sync asked for by the person: a failure is a warning with its one sentence."""
        if self.runner.busy:
            self.window.statusBar().showMessage(self.tr("A sync is already running."), 4000)
            return
        # The team server's modules bring psycopg (a third of a second): imported on the first
        # sync, not while the window opens.
        from cmcoord_desktop.sync.team_server.address import parse_address

        try:
            address = parse_address(text)
        except TeamServerError as exc:
            self.runner.report(str(exc))
            self.failed.emit(str(exc))
            return
        self._remember(text)
        if self._listener is not None and self._listener.address != address:
            self.stop_listening()
        self._start(address, allow_mass_delete=False, quiet=False)

    def _start(self, address: ServerAddress, allow_mass_delete: bool, quiet: bool) -> None:
        from cmcoord_desktop.sync.team_server.server_sync import sync_with_team_server

        store, ask = self.store, self._password_for

        def work(progress: Progress, _cancelled: Cancelled) -> Any:
            try:
                return sync_with_team_server(
                    store,
                    address,
                    ask_password=ask,
                    allow_mass_delete=allow_mass_delete,
                    progress=lambda what, percent: progress(what, percent, 100),
                )
            except SERVER_ERRORS as exc:
                if quiet:  # the listener's sync: told in the status bar, no warning box each time
                    return exc
                raise

        self._address, self._mine = address, True
        self._shared.progress.setValue(0)
        self._shared.progress.show()
        self.runner.start(
            work, lambda result: self._finished(address, result, quiet), expected=SERVER_ERRORS
        )

    # --- back on the GUI thread ---------------------------------------------------------------

    def _finished(
        self, address: ServerAddress, result: ServerSyncResult | Exception, quiet: bool
    ) -> None:
        self._mine = False
        self._shared.progress.hide()
        if isinstance(result, TeamServerError):
            self._went_offline(str(result))
            self._listen(address)  # keeps trying, and says when it is back
            return
        if isinstance(result, Exception):  # bad data, a clock far ahead: the server is there
            self._set_status(
                self.tr("Not synced with {server}: {why}").format(
                    server=address.display, why=result
                )
            )
            return
        if result.held and quiet:
            # Found by a sync the listener started: a question box opening by itself in the
            # middle of a session would be answered without being read. Nothing was deleted;
            # the person decides when they sync by hand.
            self._set_status(
                self.tr(
                    "Not synced with {server}: this sync would delete most records. "
                    "Sync by hand to decide."
                ).format(server=result.server),
                result.held_reason(),
            )
            return
        if result.held:
            if self.dialogs.confirm(
                self.window,
                self.tr("Sync with a team server"),
                result.held_reason(),
                yes=self.tr("Delete and sync"),
            ):
                self._start(address, allow_mass_delete=True, quiet=False)
            else:
                self._set_status(self.tr("Not synced with {server}").format(server=result.server))
            return
        self.window.statusBar().showMessage(self.outcome_text(result), 10000)
        self._last_synced = dt.datetime.now()
        self._offline_since = None
        self._listen(address)
        self._set_status(
            self.tr("Synced with {server} at {time}").format(
                server=result.server, time=_clock(self._last_synced)
            )
        )
        self.synced.emit(result)

    def _runner_failed(self, sentence: str) -> None:
        """Already shown by the runner; ours only if the job was a team-server sync."""
        if self._mine:
            self._mine = False
            self.failed.emit(sentence)

    def _sync_again_if_pushed(self) -> None:
        """Someone pushed while a sync (this one, or a shared file's) was running."""
        if self._again and self._address is not None and not self.runner.busy:
            self._again = False
            self._someone_pushed(self._address)

    def outcome_text(self, result: ServerSyncResult) -> str:
        """'Synced with the team server anna@db.example.org/workshops: 3 records in, 1 out.'"""
        records_in = self.tr("%n record(s) in", "", len(result.here.changed))
        if result.read_only:
            text = self.tr(
                "Synced with the team server {server}: {records_in}, none out "
                "(this account only reads)."
            )
        else:
            text = self.tr("Synced with the team server {server}: {records_in}, {out} out.")
        text = text.format(server=result.server, records_in=records_in, out=result.sent_records)
        if result.here.conflicts:
            text += " " + self.tr("{count} to review (View › Needs review).").format(
                count=result.here.conflicts
            )
        return text

    # --- staying online -----------------------------------------------------------------------

    def _listen(self, address: ServerAddress) -> None:
        if self._closed or (self._listener is not None and self._listener.running):
            return
        from cmcoord_desktop.ui.team_server_listener import TeamServerListener

        # No Qt parent: the thread holds it until it ends, so its signals never outlive it.
        listener = TeamServerListener(address, self.store.device_id, self._known_password)
        listener.listening.connect(lambda: self._back_online(address))
        listener.pushed.connect(lambda _device: self._someone_pushed(address))
        listener.offline.connect(self._went_offline)
        self._listener = listener
        listener.start()

    def _went_offline(self, why: str) -> None:
        """Since when, in the status bar (the first failure, not the latest retry); why, in
        its tool tip."""
        if self._offline_since is None:
            self._offline_since = dt.datetime.now()
        since = self.tr("Offline since {time}").format(time=_clock(self._offline_since))
        self._set_status(since, why)

    def _back_online(self, address: ServerAddress) -> None:
        """Listening from now on: one pull now catches what was pushed before."""
        self._offline_since = None
        self._set_status(self.tr("Online with {server}").format(server=address.display))
        self._someone_pushed(address)

    def _someone_pushed(self, address: ServerAddress) -> None:
        if self._closed:
            return
        if self.runner.busy:
            self._again = True
            return
        self._run(lambda: self._start(address, allow_mass_delete=False, quiet=True))

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.running

    def stop_listening(self) -> bool:
        """End the listening thread (another server was chosen). True when it has ended."""
        listener, self._listener = self._listener, None
        return listener.stop() if listener is not None else True

    def close(self) -> bool:
        """The window closes: stop listening for good, so no thread is left running (a sync
        still under way finishes on the runner, which the program waits for on quitting)."""
        self._closed = True
        return self.stop_listening()

    def _set_status(self, text: str, why: str = "") -> None:
        self.status.setText(text)
        tip = f"{text}\n{why}" if why else text
        if self._last_synced is not None:  # when, for "Offline since …" above all
            tip += "\n" + self.tr("Last synced with the team server at {time}").format(
                time=_clock(self._last_synced)
            )
        self.status.setToolTip(tip)
        self.status.show()
        self.status_changed.emit(tip)

    # --- passwords ----------------------------------------------------------------------------

    def _password_for(self, address: ServerAddress) -> str | None:
        """On the worker: one typed earlier in this run, else ask the person on the GUI thread."""
        known = self._known_password(address)
        if known is not None:
            return known
        typed = self._asker.ask_from_worker(address.display)
        if typed:
            self._passwords[address.keyring_user] = typed
        return typed

    def _known_password(self, address: ServerAddress) -> str | None:
        return self._passwords.get(address.keyring_user)

    def _ask_person(self, server: str) -> str | None:
        answer = self.dialogs.ask_team_server_password(self.window, server)
        return answer if isinstance(answer, str) else None

    # --- what is remembered -------------------------------------------------------------------

    def recent_servers(self) -> list[str]:
        value = self.settings.value(RECENT_KEY)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [name for name in names if name]

    def _remember(self, text: str) -> None:
        recent = [t for t in self.recent_servers() if t != text]
        self.settings.setValue(RECENT_KEY, [text, *recent][:RECENT_LIMIT])

    def add_recent_menu(self, file_menu: QMenu, after: QAction) -> QMenu:
        """File › Recent team servers, right below the entry `after`."""
        recent = QMenu(self.tr("Recent team ser&vers"), file_menu)
        recent.setObjectName("menu_recent_team_servers")
        recent.aboutToShow.connect(lambda: self.fill_recent_menu(recent))
        self.fill_recent_menu(recent)
        entries = file_menu.actions()
        file_menu.insertMenu(entries[entries.index(after) + 1], recent)
        return recent

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.recent_servers()
        for number, text in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {text}")
            action.setStatusTip(text)
            action.triggered.connect(
                lambda _checked=False, t=text: self._run(lambda: self.sync_with(t))
            )
        if not recent:
            menu.addAction(self.tr("No team servers yet")).setEnabled(False)


def _clock(moment: dt.datetime) -> str:
    """A time of day as the window's language writes it (14:02)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
