"""F1's shortcut sheet: every key of the README's key table, once each, the editor's own keys
included, one readable shortcut per action (no platform aliases such as F14 or Undo keys)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from cmcoord_desktop.ui.help_dialogs import KeyboardShortcutsDialog
from cmcoord_desktop.ui.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
KEY = re.compile(r"(?:(?:Ctrl|Shift|Alt)\+)+(?:\w+)|\b(?:Enter|Backspace|Delete|Tab|F\d{1,2})\b")
READABLE = re.compile(
    r"^(?:(?:Ctrl|Shift|Alt)\+)*(?:[A-Z0-9]|F1|Up|Down|Enter|Tab|Backspace|Delete)$"
)


def readme_keys() -> list[str]:
    """The keys in the key column of the README's "keys | what it does" table."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| keys | what it does |")
    keys: list[str] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cell = line.split("|")[1]
        for first, last in re.findall(r"Alt\+(\d) … Alt\+(\d)", cell):  # a range: Alt+1 … Alt+4
            keys += [f"Alt+{n}" for n in range(int(first), int(last) + 1)]
        keys += [k for k in KEY.findall(re.sub(r"Alt\+\d … Alt\+\d", "", cell))]
    return keys


def sheet_rows(dialog: KeyboardShortcutsDialog) -> dict[str, str]:
    rows = {}
    iterator = QTreeWidgetItemIterator(dialog.table)
    while iterator.value():
        item = iterator.value()
        if item.text(1):
            rows[item.text(0)] = item.text(1)
        iterator += 1
    return rows


def test_f1_lists_every_key_of_the_readme_once_each_and_the_editors_keys(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(KeyboardShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = sheet_rows(dialog)
    shown = [key for keys in rows.values() for key in keys.split(", ")]
    assert len(readme_keys()) > 20
    for key in readme_keys():
        assert shown.count(key) == 1, f"{key} is listed {shown.count(key)} times"
    for key in ("Enter", "Shift+Enter", "Backspace", "Tab", "Alt+Up", "Alt+Down"):
        assert key in shown
    assert len(shown) == len(set(shown)), "every key once"
    odd = [key for key in shown if not READABLE.match(key)]
    assert odd == [], f"not keys a person types: {odd}"
    assert rows["Undo"] == "Ctrl+Z" and rows["Redo"] == "Ctrl+Shift+Z"
