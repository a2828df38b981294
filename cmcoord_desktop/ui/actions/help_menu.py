"""The actions of the Help menu, in the order the menu shows them."""

from __future__ import annotations

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.actions.action_spec import ActionSpec

HELP_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "keyboard_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "Help",
        lambda c: c.help.show_keyboard_shortcuts,
        ("F1",),
        None,
        QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About CMCoord Desktop"),
        "Help",
        lambda c: c.help.show_about,
        (),
        "help-about",
        QT_TRANSLATE_NOOP("Actions", "Version, data folder, log file and licences"),
    ),
)
