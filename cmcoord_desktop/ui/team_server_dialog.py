"""File › Sync with a team server…: the small dialog that asks for the server's address.

The address is typed as `postgresql://USER@HOST/DB` (no password: it is asked for when the
server wants one). The last address is filled in and the recent ones are offered as the person
types, so a second sync is one Enter. The dialog is opened window-modal without a nested event
loop (`open`), and says what it got through `address_given`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

PLACEHOLDER = "postgresql://USER@HOST/DATABASE"


class TeamServerDialog(QDialog):
    address_given = Signal(str)  # the address as typed, trimmed; not yet checked

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_server_dialog")
        self.setWindowTitle(self.tr("Sync with a team server"))
        self.setAccessibleName(self.tr("Sync with a team server"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        label = QLabel(self.tr("&Address of the team server:"), self)
        label.setObjectName("team_server_address_label")
        label.setAccessibleName(self.tr("Address of the team server"))
        self.address = QLineEdit(self)
        self.address.setObjectName("team_server_address")
        self.address.setAccessibleName(self.tr("Address of the team server"))
        self.address.setAccessibleDescription(
            self.tr("For example postgresql://anna@db.example.org/workshops")
        )
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setMinimumWidth(420)
        label.setBuddy(self.address)
        if recent:
            self.address.setText(recent[0])
            self.address.selectAll()
            completer = QCompleter(recent, self.address)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.address.setCompleter(completer)
        hint = QLabel(
            self.tr(
                "Your IT administrator gives you this address. No password in it: you are "
                "asked for the password when the server wants one, and it is kept in the "
                "system's keyring."
            ),
            self,
        )
        hint.setObjectName("team_server_hint")
        hint.setAccessibleName(self.tr("Where the address comes from"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("team_server_buttons")
        buttons.setAccessibleName(self.tr("Sync or cancel"))
        self.sync_button = buttons.addButton(
            self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sync_button.setObjectName("team_server_sync")
        self.sync_button.setAccessibleName(self.tr("Sync"))
        self.sync_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("team_server_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._update_button)
        self._update_button()

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.address)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _update_button(self) -> None:
        self.sync_button.setEnabled(bool(self.address.text().strip()))

    def accept(self) -> None:
        text = self.address.text().strip()
        if not text:  # Enter in an empty field: nothing to sync with yet
            return
        super().accept()
        self.address_given.emit(text)


def ask_password(parent: QWidget | None, server: str) -> str | None:
    """The person's password for `server` (its name, never with a password), or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setObjectName("team_server_password")
    title = QCoreApplication.translate("TeamServerDialog", "Password for the team server")
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(
        QCoreApplication.translate("TeamServerDialog", "Password of {server}:").format(
            server=server
        )
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    for field in dialog.findChildren(QLineEdit):
        field.setAccessibleName(QCoreApplication.translate("TeamServerDialog", "Password"))
    if not dialog.exec():
        return None
    return dialog.textValue() or None
