"""The menus' and actions' words in the window's language, again after every language switch.

ACTIONS (ui/actions.py) holds each text in English, marked for the catalogue (context
"Actions"); this module shows them translated, and on QEvent.LanguageChange re-reads them, so
View › Language never rebuilds a menu or an action (their shortcuts, ticks and connections stay).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

CONTEXT = "Actions"


def action_words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def show_action_texts(actions: dict[str, QAction]) -> None:
    """Each action's text, tool tip and status tip from its row of ACTIONS, translated."""
    from cmcoord_desktop.ui.actions import ACTIONS, UNDO_STACK_ACTIONS, shortcut_text

    for row in ACTIONS:
        action = actions.get(row.id)
        if action is None:
            continue
        text = action_words(row.text)
        if row.id in UNDO_STACK_ACTIONS:
            # The stack names the step itself ("Undo Delete session"); the toolbar button stays
            # one short word.
            action.setIconText(plain(text))
        else:
            action.setText(text)
        if row.tip:
            tip = action_words(row.tip)
            action.setStatusTip(tip)
            keys = shortcut_text(row)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)


def show_menu_titles(menus: dict[str, QMenu]) -> None:
    from cmcoord_desktop.ui.actions import MENU_TITLES

    for name, menu in menus.items():
        if name in MENU_TITLES:
            menu.setTitle(action_words(MENU_TITLES[name]))


class ActionTexts(QObject):
    """Watches the window for LanguageChange and shows the actions' and menus' texts again."""

    def __init__(self, window: QObject, actions: dict[str, QAction], menus: dict[str, QMenu]):
        super().__init__(window)
        self.actions, self.menus = actions, menus
        window.installEventFilter(self)
        self.show()

    def show(self) -> None:
        show_action_texts(self.actions)
        show_menu_titles(self.menus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show()
        return False
