"""Right to left: the window's layout follows the language, each text's direction its content.

`apply_layout_direction(app, "ar")` mirrors the whole window at once (menus, toolbar, docks,
splitters, lists, the editor's labels and fields, icons that point a way), as Arabic readers
expect; the language switcher calls it with the language it loads. A text keeps its own
direction wherever it is shown: an English outcome in an Arabic window reads left to right, an
Arabic one in an English window right to left, decided as the Unicode bidi algorithm decides a
paragraph (its first strong letter; digits and punctuation decide nothing).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

# Languages written right to left (of the six UN languages, Arabic; the others for completeness:
# a system locale in one of them still mirrors the window it falls back to).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ps", "ur", "yi", "dv", "ckb", "sd", "ug"})

# Freedesktop icons that point along the line: in a mirrored window "back" points right.
MIRRORED_ICONS = {
    "go-previous": "go-next",
    "go-next": "go-previous",
    "go-first": "go-last",
    "go-last": "go-first",
    "media-seek-backward": "media-seek-forward",
    "media-seek-forward": "media-seek-backward",
    "format-indent-more": "format-indent-less",
    "format-indent-less": "format-indent-more",
    "edit-undo": "edit-redo",  # the curved arrows point back and forth along the line too
    "edit-redo": "edit-undo",
}
THEME_ICON = "theme_icon"  # an action's property: the theme icon name it was declared with
SHOWN_ICON = "shown_icon"  # the name it shows now, after mirroring


def language_direction(language: str) -> Qt.LayoutDirection:
    """The window's direction for a language code ("ar", "ar_EG", "fr-CA", "zh_Hans")."""
    base = language.replace("-", "_").split("_")[0].lower()
    return (
        Qt.LayoutDirection.RightToLeft if base in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )


def text_direction(text: str, otherwise: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a paragraph from its first strong letter (rules P2 and P3 of the bidi
    algorithm); `otherwise` when it has none (empty, digits, punctuation only)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return otherwise


def icon_name(name: str, direction: Qt.LayoutDirection) -> str:
    """The theme icon to show for `name` in a window of that direction."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return MIRRORED_ICONS.get(name, name)
    return name


def set_theme_icon(action: QAction, name: str, direction: Qt.LayoutDirection) -> None:
    """Give an action a theme icon that follows the window's direction (see mirror_icons)."""
    action.setProperty(THEME_ICON, name)
    shown = icon_name(name, direction)
    action.setProperty(SHOWN_ICON, shown)
    if QIcon.hasThemeIcon(shown):
        action.setIcon(QIcon.fromTheme(shown))


def mirror_icons(root: QObject, direction: Qt.LayoutDirection) -> int:
    """Point every action's icon under `root` the window's way; how many actions have one."""
    actions = root.findChildren(QAction)
    named = [a for a in actions if a.property(THEME_ICON)]
    for action in named:
        set_theme_icon(action, str(action.property(THEME_ICON)), direction)
    return len(named)


DOCKS_LAID = "docks_laid_for"  # a main window's property: "ltr" or "rtl", its docks' sides


def direction_name(direction: Qt.LayoutDirection) -> str:
    return "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"


def end_dock_area(window: QMainWindow) -> Qt.DockWidgetArea:
    """Where the Trash and Needs review dock: after the editor, at the end of the line."""
    direction = QApplication.layoutDirection()
    window.setProperty(DOCKS_LAID, direction_name(direction))
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.LeftDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


SIDES = {
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
}


def lay_docks(window: QMainWindow, direction: Qt.LayoutDirection, laid: str | None = None) -> None:
    """Qt mirrors a main window's contents but not its dock areas: docks laid out for one
    direction (`laid`, else as the window last laid them) go to the other side for the other."""
    laid = laid or window.property(DOCKS_LAID)
    wanted = direction_name(direction)
    if laid in ("ltr", "rtl") and laid != wanted:
        for dock in window.findChildren(QDockWidget):
            side = SIDES.get(window.dockWidgetArea(dock))
            if side is not None and dock.parentWidget() is window:
                window.addDockWidget(side, dock)
    window.setProperty(DOCKS_LAID, wanted)


def apply_layout_direction(app: QApplication, language: str) -> Qt.LayoutDirection:
    """Lay out every window for the language at once (as Qt's `-reverse` does at start) and
    turn the icons that point a way; returns the direction. Qt mirrors the rest by itself:
    menus, toolbar, dock areas, splitters, lists, forms.

    Text fields need nothing: each keeps the direction of what is typed into it."""
    direction = language_direction(language)
    # Also when Qt turned the window already (an Arabic qtbase catalogue says "RTL" for
    # QT_LAYOUT_DIRECTION): the docks and icons are still to turn.
    app.setLayoutDirection(direction)
    for widget in app.topLevelWidgets():
        mirror_icons(widget, direction)
        if isinstance(widget, QMainWindow):
            lay_docks(widget, direction)
    return direction
