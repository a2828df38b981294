"""The status bar's word on saving: "Saved 10:42:07" after each change, "Not saved" while the
data folder cannot be written (told once per failing spell, without blocking the typing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget

from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.ui.colour_scheme import error_text
from cmcoord_desktop.ui.dialogs import Dialogs


class SaveStatus(QLabel):
    def __init__(self, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self._dialogs, self._told = dialogs, False
        self._state: tuple[str, dt.datetime | None] = ("ready", None)  # re-said on a switch
        self._problem: DataFolderError | str = ""  # why not saved, while it is not
        self.setContentsMargins(8, 0, 8, 0)
        self.retranslate()

    def _saved_tip(self) -> str:
        return self.tr(
            "Every change is written to disk the moment you make it: there is nothing to save."
        )

    def retranslate(self) -> None:
        state, when = self._state
        if state == "ready":
            self.setText(self.tr("All changes are saved as you type"))
            self.setToolTip(self._saved_tip())
        elif state == "saved" and when is not None:
            time = QLocale().toString(QTime(when.hour, when.minute, when.second), "HH:mm:ss")
            self.setText(self.tr("Saved {time}").format(time=time))
            self.setToolTip(self._saved_tip())
        else:
            self.setText(self.tr("Not saved: the data folder cannot be written"))
            self.setToolTip(self._problem_text())

    def _problem_text(self) -> str:
        """What went wrong, said in the window's language now, and that nothing is lost."""
        problem = self._problem
        said = problem.said() if isinstance(problem, DataFolderError) else str(problem)
        return (
            said
            + "\n\n"
            + self.tr(
                "What you typed stays on screen and is saved as soon as the folder can be "
                "written again."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def saved(self) -> None:
        self._state = ("saved", dt.datetime.now())
        self.retranslate()
        self.setStyleSheet("")
        self._told = False

    def not_saved(self, problem: DataFolderError | str) -> None:
        """Shown until a change is stored again; the dialog once per failing spell, not per
        retry, and without blocking: the person may go on typing (it stays on screen)."""
        self._state, self._problem = ("not saved", None), problem
        self.retranslate()
        red = error_text(self.palette()).name()  # readable in a light and a dark scheme
        self.setStyleSheet(f"color: {red}; font-weight: bold;")  # and in words, not red alone
        if not self._told:
            self._told = True
            self._dialogs.report_error(self.window(), self.tr("Not saved"), self._problem_text())
