"""The keys of the editor's own fields, which no menu has: the shortcuts sheet lists them."""

from __future__ import annotations

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP

# Keys of the editor's fields themselves (item_row.py, title_edit.py, attachment_strip.py):
# no menu has them, the shortcuts sheet lists them after the menus. (what it does, the key)
EDITOR_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP(
            "Actions",
            "The next item, right after this one (in an item, or a next step's owner or due date)",
        ),
        "Enter",
    ),
    (QT_TRANSLATE_NOOP("Actions", "A line break inside the item"), "Shift+Enter"),
    (QT_TRANSLATE_NOOP("Actions", "Delete the empty item and go back up"), "Backspace"),
    (QT_TRANSLATE_NOOP("Actions", "Delete the item"), "Alt+Delete"),
    (
        QT_TRANSLATE_NOOP(
            "Actions", "The next field (a next step's text, owner, due date, status)"
        ),
        "Tab",
    ),
    (QT_TRANSLATE_NOOP("Actions", "The previous field"), "Shift+Tab"),
    (QT_TRANSLATE_NOOP("Actions", "Paste a slide image into the session's presentation"), "Ctrl+V"),
)
