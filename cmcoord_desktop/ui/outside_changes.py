"""Noticing what another program committed to the open database (a command-line sync, say).

SQLite's `PRAGMA data_version`, read on a connection of our own, changes whenever any other
connection commits; polling it once a second costs microseconds. Our own commits reach the window
through the store's change listeners already (and its refresh, coming after the commit, reads
whatever was committed before it), so the version is taken as seen right after each of ours:
what changes it after that is another program's.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_change import Change

POLL_MS = 1000


class OutsideChanges(QObject):
    changed = Signal()  # another program committed to this data folder's database

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        store.on_change(self._our_change)  # also from a sync's worker thread (sqlite3 serializes)
        uri = f"{store.path.resolve().as_uri()}?mode=ro"
        self._db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        self._seen = self._version()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def _our_change(self, _change: Change) -> None:
        version = self._version()
        if version is not None:
            self._seen = version

    def _version(self) -> int | None:
        try:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None  # the drive went away: the store itself says so when it writes

    def look(self) -> None:
        version = self._version()
        if version is not None and version != self._seen:
            self._seen = version
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._db.close()
