"""The menus, and every action of the window in menu order: the one table they all read."""

from __future__ import annotations

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.actions.action_spec import ActionSpec
from cmcoord_desktop.ui.actions.edit_menu import EDIT_ACTIONS
from cmcoord_desktop.ui.actions.file_menu import FILE_ACTIONS
from cmcoord_desktop.ui.actions.help_menu import HELP_ACTIONS
from cmcoord_desktop.ui.actions.view_menu import VIEW_ACTIONS

MENUS = ("File", "Edit", "View", "Help")
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

ACTIONS: tuple[ActionSpec, ...] = FILE_ACTIONS + EDIT_ACTIONS + VIEW_ACTIONS + HELP_ACTIONS
