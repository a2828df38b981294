"""Wake up when another laptop pushed: LISTEN on the server's channel, off the GUI thread.

Every push that adds versions ends with `pg_notify('cmcoord_versions', <device id>)`, delivered
when it commits. A laptop that listens pulls at once instead of waiting for its next sync; its
own pushes are ignored. A lost connection ends the wait (the caller syncs on reconnect).
"""

from __future__ import annotations

from collections.abc import Callable

from cmcoord_desktop.sync.team_server.address import ServerAddress
from cmcoord_desktop.sync.team_server.connection import AskPassword, connect
from cmcoord_desktop.sync.team_server.push import CHANNEL


def wait_for_others(
    address: ServerAddress,
    own_device: str,
    on_push: Callable[[str], None],
    keep_going: Callable[[], bool],
    ask_password: AskPassword | None = None,
    tick: float = 0.5,
    on_listening: Callable[[], None] = lambda: None,
) -> None:
    """Call `on_push(device)` for each other laptop's push until `keep_going()` is False.

    Blocking: run it on a worker thread. Raises TeamServerError if the server goes away."""
    with connect(address, ask_password) as connection:
        connection.execute(f"LISTEN {CHANNEL}")
        on_listening()  # from here no push is missed: pull once now, then on each notice
        while keep_going():
            for note in connection.notifies(timeout=tick, stop_after=1):
                if note.payload != own_device:
                    on_push(note.payload)
