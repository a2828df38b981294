"""The status bar's word on saving: "Saved 10:42:07" after each change, "Not saved" while the
data folder cannot be written (told once per failing spell, without blocking the typing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from cmcoord_desktop.ui.dialogs import Dialogs

SAVED_TIP = "Every change is written to disk the moment you make it: there is nothing to save."


class SaveStatus(QLabel):
    def __init__(self, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__("All changes are saved as you type", parent)
        self._dialogs, self._told = dialogs, False
        self.setToolTip(SAVED_TIP)
        self.setContentsMargins(8, 0, 8, 0)

    def saved(self) -> None:
        self.setText(f"Saved {dt.datetime.now():%H:%M:%S}")
        self.setStyleSheet("")
        self.setToolTip(SAVED_TIP)
        self._told = False

    def not_saved(self, message: str) -> None:
        """Shown until a change is stored again; the dialog once per failing spell, not per
        retry, and without blocking: the person may go on typing (it stays on screen)."""
        self.setText("Not saved: the data folder cannot be written")
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        message += (
            "\n\nWhat you typed stays on screen and is saved as soon as the folder can be "
            "written again."
        )
        self.setToolTip(message)
        if not self._told:
            self._told = True
            self._dialogs.report_error(self.window(), "Not saved", message)
