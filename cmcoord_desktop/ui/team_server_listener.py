"""While the window is open after a team-server sync: listen for other laptops' pushes.

A plain worker thread runs sync.team_server.notify.wait_for_others (it blocks on the network,
which the GUI thread never does) and tells the window through signals: `listening` once the
server will tell it of every push from then on (the window pulls once then, so nothing pushed
before is missed), `pushed` for each other laptop's push, `offline` with the reason when the
connection went. After a lost connection it tries again every few seconds, and `listening`
again means it is back. `stop` ends the thread and waits for it: the wait between two looks at
the network is short (`TICK`), so closing the window is never held up for long.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from cmcoord_desktop.sync.team_server.address import ServerAddress
from cmcoord_desktop.sync.team_server.errors import TeamServerError
from cmcoord_desktop.sync.team_server.notify import wait_for_others

log = logging.getLogger(__name__)

TICK = 0.25  # seconds between two checks of whether to stop
RETRY = 5.0  # seconds between two tries to reach the server again
JOIN_TIMEOUT = 15.0  # a connection being opened gives up after its connect_timeout (10 s)


class TeamServerListener(QObject):
    listening = Signal()
    pushed = Signal(str)  # the other laptop's device id
    offline = Signal(str)  # why, in one sentence

    def __init__(
        self,
        address: ServerAddress,
        own_device: str,
        password: Callable[[ServerAddress], str | None],
        parent: QObject | None = None,
    ) -> None:
        """`password` answers without asking anyone (this thread may not open a dialog):
        the one the person typed for this server in this run, if any."""
        super().__init__(parent)
        self.address, self._own_device, self._password = address, own_device, password
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._listen, name=f"listen {self.address.display}", daemon=True
        )
        self._thread.start()

    def stop(self) -> bool:
        """End the thread; True when it has ended (it always does within JOIN_TIMEOUT)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(JOIN_TIMEOUT)
        return not thread.is_alive()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                wait_for_others(
                    self.address,
                    self._own_device,
                    self.pushed.emit,
                    lambda: not self._stop.is_set(),
                    ask_password=self._password,
                    tick=TICK,
                    on_listening=self.listening.emit,
                )
            except TeamServerError as exc:
                self.offline.emit(str(exc))
            except Exception as exc:  # noqa: BLE001 - a dropped socket, in psycopg's words
                log.info("listening on %s ended: %s", self.address.display, type(exc).__name__)
                self.offline.emit(
                    self.tr("The connection to {server} was lost.").format(
                        server=self.address.display
                    )
                )
            self._stop.wait(RETRY)
