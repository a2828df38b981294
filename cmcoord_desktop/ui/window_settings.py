"""What the window remembers between runs (QSettings): size, docks, splitters, last selection.

The last selection is kept per database (by its device id), so opening another data folder or a
demo copy never tries to select records that are not there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from cmcoord_desktop.ui.mirroring import direction_name, lay_docks


@dataclass
class LastSelection:
    event_id: str | None = None
    session_id: str | None = None
    group_id: str | None = None


def restore_geometry(settings: QSettings, window: QMainWindow) -> bool:
    """Only the window's size and place, which need no store: for the window painted before the
    data folder opens. False on the very first run."""
    geometry = settings.value("window/geometry")
    return isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)


class WindowSettings:
    def __init__(self, settings: QSettings, database_id: str) -> None:
        self._settings = settings
        self._selection_key = f"selection/{database_id}"

    @property
    def qsettings(self) -> QSettings:
        """For parts of the window that keep their own settings (recent shared files)."""
        return self._settings

    def restore_layout(self, window: QMainWindow, splitter: QSplitter) -> bool:
        """Docks, toolbars and splitters as they were, once they exist (the geometry was put
        back earlier by restore_geometry); False on the very first run."""
        if not isinstance(self._settings.value("window/geometry"), QByteArray):
            return False
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
            # Kept in English, opened in Arabic (or back): the docks go to the end of the line.
            laid = str(self._settings.value("window/direction", "ltr"))
            lay_docks(window, QApplication.layoutDirection(), laid)
        sizes = self._settings.value("window/splitter")
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)
        return True

    def save_window(self, window: QMainWindow, splitter: QSplitter) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        direction = direction_name(QApplication.layoutDirection())
        self._settings.setValue("window/direction", direction)  # which side the docks' end is
        self._settings.setValue("window/splitter", splitter.saveState())

    def last_selection(self) -> LastSelection:
        def read(name: str) -> str | None:
            value = self._settings.value(f"{self._selection_key}/{name}")
            return value if isinstance(value, str) and value else None

        return LastSelection(read("event"), read("session"), read("group"))

    def save_selection(self, selection: LastSelection) -> None:
        for name, value in (
            ("event", selection.event_id),
            ("session", selection.session_id),
            ("group", selection.group_id),
        ):
            self._settings.setValue(f"{self._selection_key}/{name}", value or "")

    def session_clock_visible(self) -> bool:
        return self._settings.value("view/session_clock", True, type=bool)

    def save_session_clock_visible(self, visible: bool) -> None:
        self._settings.setValue("view/session_clock", visible)

    def sync(self) -> None:
        self._settings.sync()
