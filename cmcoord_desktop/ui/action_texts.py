"""The menus' and actions' words in the window's language, again after every language switch.

ACTIONS (ui/actions/) holds each text in English, marked for the catalogue (context
"Actions"); `actions.show_texts` shows them translated, and `ActionTexts` calls it again on
QEvent.LanguageChange, so View › Language never rebuilds a menu or an action (their shortcuts,
ticks and connections stay).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

CONTEXT = "Actions"


def action_words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ActionTexts(QObject):
    """Watches the window for LanguageChange and shows the actions' and menus' texts again."""

    def __init__(self, window: QObject, show: Callable[[], None]) -> None:
        super().__init__(window)
        self.show = show
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show()
        return False
