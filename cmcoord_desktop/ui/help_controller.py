"""Help › Keyboard shortcuts and Help › About: the dialogs, loaded only when opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cmcoord_desktop.logs import log_file


class HelpController:
    def __init__(self, window: QWidget, data_dir: Path) -> None:
        self.window, self.data_dir = window, data_dir

    def show_keyboard_shortcuts(self) -> None:
        from cmcoord_desktop.ui import help_dialogs  # rarely opened: not loaded at start-up

        help_dialogs.show_keyboard_shortcuts(self.window)

    def show_about(self) -> None:
        from cmcoord_desktop.ui import help_dialogs

        log_path = log_file(self.data_dir)
        help_dialogs.show_about(self.window, self.data_dir, log_path if log_path.exists() else None)
