"""Help › Keyboard shortcuts lists the action table; Help › About names versions and licences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItemIterator

from cmcoord_desktop import __version__
from cmcoord_desktop.logs import start_logging, stop_logging
from cmcoord_desktop.ui.actions.action_table import ACTIONS
from cmcoord_desktop.ui.help_dialogs import AboutDialog, KeyboardShortcutsDialog


def test_the_shortcuts_list_has_every_action_with_keys(qtbot) -> None:
    dialog = KeyboardShortcutsDialog()
    qtbot.addWidget(dialog)
    shown = {}
    iterator = QTreeWidgetItemIterator(dialog.table)
    while iterator.value():
        item = iterator.value()
        shown[item.text(0)] = item.text(1)
        iterator += 1
    for row in ACTIONS:
        if row.shortcuts:
            assert shown[row.sheet_text or row.text.replace("&", "")], row.id
    assert shown["New event"] == "Ctrl+Shift+E"
    assert shown["Keyboard shortcuts"] == "F1"


def test_about_names_version_data_folder_log_and_licences(qtbot, data_dir: Path) -> None:
    log_path = start_logging(data_dir)
    try:
        dialog = AboutDialog(data_dir, log_path)
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
    finally:
        stop_logging()
    assert __version__ in text
    assert str(data_dir) in text and str(log_path) in text
    assert "LICENSE-Noto.txt" in text  # the bundled fonts' licence files
    lines = [line.strip() for line in text.splitlines()]
    for library, licence in (("Qt", "LGPL-3.0"), ("ReportLab", "BSD"), ("SQLAlchemy", "MIT")):
        row = lines.index(library)  # a table row reads: name, version, licence
        assert lines[row + 2].startswith(licence)
