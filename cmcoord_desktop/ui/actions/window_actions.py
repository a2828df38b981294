"""The table's actions made into QActions, connected, and placed in the menus and toolbar."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from cmcoord_desktop.ui import mirroring
from cmcoord_desktop.ui.action_texts import UndoStepText, action_words, plain
from cmcoord_desktop.ui.actions.action_spec import (
    UNDO_STACK_ACTIONS,
    ActionSpec,
    key_sequences,
    shortcut_text,
)
from cmcoord_desktop.ui.actions.action_table import ACTIONS, MENU_TITLES, MENUS

if TYPE_CHECKING:  # the shell declares the actions before the controllers exist
    from cmcoord_desktop.ui.action_dispatcher import ActionDispatcher
    from cmcoord_desktop.ui.controllers import Controllers


def create_actions(window: QObject, undo_stack: QUndoStack) -> dict[str, QAction]:
    """One QAction per row of ACTIONS, not yet connected (see bind_actions)."""
    actions: dict[str, QAction] = {}
    for row in ACTIONS:
        if row.id == "undo":
            # The stack writes "Undo <step>" after this prefix, in the language at creation.
            action = undo_stack.createUndoAction(window, action_words(row.text))
        elif row.id == "redo":
            action = undo_stack.createRedoAction(window, action_words(row.text))
        else:
            action = QAction(row.text, window)
        action.setObjectName(row.id)
        action.setShortcuts(key_sequences(row))
        if row.icon:  # "back" points right in a right-to-left window
            mirroring.set_theme_icon(action, row.icon, QGuiApplication.layoutDirection())
        if row.panel_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if row.checkable:
            action.setCheckable(True)
        actions[row.id] = action
    # Texts, tips and the undo buttons' short word, translated (again on a language switch:
    # ui/action_texts.py).
    show_action_texts(actions)
    for row in ACTIONS:
        if row.id in UNDO_STACK_ACTIONS:
            UndoStepText(window, undo_stack, actions[row.id], row.text, redo=row.id == "redo")
    return actions


def bind_actions(
    actions: dict[str, QAction],
    controllers: Controllers,
    dispatcher: ActionDispatcher,
    rows: Iterable[ActionSpec] = ACTIONS,
) -> None:
    """Connect every action to its controller callable, each resolved here, once."""
    for row in rows:
        action, run = actions[row.id], row.run(controllers)
        if row.id in UNDO_STACK_ACTIONS:
            action.triggered.disconnect()  # the stack's own step; the editor's writes typing first
        if row.checkable:
            dispatcher.connect_toggle(action, run)
        else:
            dispatcher.connect(action, run)


def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus = {name: window.menuBar().addMenu(action_words(MENU_TITLES[name])) for name in MENUS}
    for name, menu in menus.items():
        menu.setObjectName(f"menu_{name.lower()}")
        _fill(menu, (row for row in ACTIONS if row.menu == name), actions)
    return menus


def _fill(menu: QMenu, rows: Iterable[ActionSpec], actions: dict[str, QAction]) -> None:
    for row in rows:
        if row.separator_before and menu.actions():
            menu.addSeparator()
        menu.addAction(actions[row.id])


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main_toolbar")  # saveState needs a name
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    previous_menu = None
    for row in ACTIONS:
        if not row.toolbar:
            continue
        if previous_menu is not None and row.menu != previous_menu:
            toolbar.addSeparator()
        toolbar.addAction(actions[row.id])
        previous_menu = row.menu
    return toolbar


def show_action_texts(actions: dict[str, QAction]) -> None:
    """Each action's text, tool tip and status tip from its row of ACTIONS, translated."""
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


def show_texts(actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    """The actions' and the menus' words in the window's language (again after a switch)."""
    show_action_texts(actions)
    for name, menu in menus.items():
        if name in MENU_TITLES:
            menu.setTitle(action_words(MENU_TITLES[name]))
