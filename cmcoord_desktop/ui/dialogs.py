"""The one module that opens file pickers, message boxes and other programs.

Logic asks this seam ("a save path, or None"; "confirm, yes or no"; "open this file") and never
calls QFileDialog, QMessageBox or QDesktopServices itself, so tests hand in a `Dialogs` subclass
with scripted answers (and nothing outside the test is launched).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs:
    def open_url(self, url: QUrl) -> bool:
        """Hand a file or folder to the program the system opens it with; False when none."""
        return QDesktopServices.openUrl(url)

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(path) if path else None

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(path) if path else None

    def ask_sync_path(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        """An existing shared file, or the name of a new one (no "replace it?" question)."""
        dialog = QFileDialog(parent, title, str(start), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setLabelText(
            QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Sync")
        )
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def ask_team_server_password(self, parent: QWidget | None, server: str) -> str | None:
        """The password of the team server `server` (its name, never a password), or None."""
        from cmcoord_desktop.ui.team_server_dialog import ask_password

        return ask_password(parent, server)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
        """`yes` names the button that goes ahead; "Continue" (translated) when empty."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        proceed = box.addButton(
            yes or QCoreApplication.translate("Dialogs", "Continue"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is proceed

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def choose(
        self, parent: QWidget | None, title: str, label: str, options: list[str]
    ) -> int | None:
        """The index of the option the person picked, or None when they cancelled."""
        picked, ok = QInputDialog.getItem(parent, title, label, options, 0, False)
        return options.index(picked) if ok and picked in options else None

    def report_error(
        self, parent: QWidget | None, title: str, text: str, details: str = ""
    ) -> None:
        """An unexpected error, shown without blocking: the window keeps running underneath
        (a modal loop inside a failing slot could fail again and stack dialogs)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
        box.setObjectName("error_report")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        # Without a parent nothing else holds the box: it would vanish with this function.
        open_reports: set[QMessageBox] = self.__dict__.setdefault("_open_reports", set())
        open_reports.add(box)
        box.finished.connect(lambda _result: open_reports.discard(box))
        box.show()
