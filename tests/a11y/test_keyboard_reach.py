"""Every menu entry can be reached from the keyboard alone: its own shortcut, or Alt and the
underlined letters of its menu and of itself, each letter used once in its menu."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cmcoord_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def entries(menu: QMenu) -> list[QAction]:
    """What can be chosen: not separators, nor a greyed "No shared files yet" that only tells."""
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()]


def test_each_menu_opens_with_alt_and_a_letter_of_its_own(demo_window: MainWindow) -> None:
    titles = [a.text() for a in demo_window.menuBar().actions()]
    letters = [mnemonic(t) for t in titles]
    assert len(titles) >= 4
    assert None not in letters, titles
    assert len(set(letters)) == len(letters), titles


def test_every_menu_entry_has_a_shortcut_or_a_letter_of_its_own(demo_window: MainWindow) -> None:
    checked = 0
    menus = [a.menu() for a in demo_window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        letters: dict[str, str] = {}
        for action in entries(menu):
            if action.menu() is not None:
                menus.append(action.menu())
            letter = mnemonic(action.text())
            if letter is None:
                assert not action.shortcut().isEmpty(), f"{menu.title()} › {action.text()}"
                continue
            assert letter not in letters, (
                f"{menu.title()}: “{action.text()}” and “{letters[letter]}” share Alt+{letter}"
            )
            letters[letter] = action.text()
            checked += 1
    assert checked > 20


def test_the_panels_context_menus_can_be_reached_too(demo_window: MainWindow) -> None:
    """The context menu key opens them; each entry there has its letter as well."""
    for panel in demo_window.panels:
        actions = [a for a in panel.view.actions() if not a.isSeparator()]
        assert actions, panel.heading
        letters = [mnemonic(a.text()) for a in actions]
        assert None not in letters, [a.text() for a in actions]
        assert len(set(letters)) == len(letters), [a.text() for a in actions]
