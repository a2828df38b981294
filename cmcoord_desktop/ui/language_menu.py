"""View › Language: the six languages by their own names, and the system's; switches at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cmcoord_desktop.core.languages import LANGUAGES
from cmcoord_desktop.ui.language import WindowLanguage

SYSTEM = ""  # the action's data for "follow the system"


class LanguageMenu(QMenu):
    def __init__(self, language: WindowLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("menu_language")
        self.group = QActionGroup(self)
        self.system_action = self._add(SYSTEM, "")
        self.addSeparator()
        for known in LANGUAGES:
            # Each language in its own words: nobody has to read a foreign one to find theirs.
            self._add(known.code, known.name)
        self.group.triggered.connect(self._chosen)
        language.changed.connect(lambda _code: self._tick())
        self.retranslate()
        self._tick()

    def _add(self, code: str, text: str) -> QAction:
        action = QAction(text, self, checkable=True)
        action.setObjectName(f"language_{code or 'system'}")
        action.setData(code)
        self.group.addAction(action)
        self.addAction(action)
        return action

    def _chosen(self, action: QAction) -> None:
        self.language.switch(str(action.data()))

    def _tick(self) -> None:
        saved = self.language.saved_choice()
        for action in self.group.actions():
            action.setChecked(action.data() == saved)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.system_action.setText(self.tr("System language"))
        self.setStatusTip(self.tr("The language of the window's menus, buttons and messages"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_language_menu(view_menu: QMenu, language: WindowLanguage) -> LanguageMenu:
    menu = LanguageMenu(language, view_menu)
    view_menu.addSeparator()
    view_menu.addMenu(menu)
    return menu
