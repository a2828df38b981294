"""Every action of the window, declared once: menus, toolbar and the shortcuts list read ACTIONS.

A row says which controller callable it runs (`run`: given the window's Controllers, the
callable), so a static tool follows every caller and a misspelt name fails when the window is
built, not when the person clicks. `bind_actions` resolves each row once and connects it through
the one ActionDispatcher, which writes the typing in progress first. Undo and redo are the undo
stack's own actions, so their text ("Undo Delete session") and enabled state follow the stack by
themselves; only their click goes through the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import mirroring
from cmcoord_desktop.ui.action_texts import action_words, plain

if TYPE_CHECKING:  # the shell declares the actions before the controllers exist
    from cmcoord_desktop.ui.action_dispatcher import ActionDispatcher
    from cmcoord_desktop.ui.controllers import Controllers

Shortcut = str | QKeySequence.StandardKey

MENUS = ("File", "Edit", "View", "Help")
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

# Actions the undo stack makes itself (createUndoAction / createRedoAction).
UNDO_STACK_ACTIONS = ("undo", "redo")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    # The controller callable the action runs; a checkable action's is given the new state.
    run: Callable[[Controllers], Callable[..., object]]
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str | None = None  # freedesktop theme icon name; the text is shown when it is missing
    tip: str = ""
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False
    # Active only while a panel list has the focus, so Delete in a text field deletes a letter.
    panel_only: bool = False
    # What the shortcuts sheet calls it when its keys do more than the menu entry says.
    sheet_text: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_event",
        QT_TRANSLATE_NOOP("Actions", "New &event"),
        "File",
        lambda c: c.records.new_event,
        ("Ctrl+Shift+E",),
        "document-new",
        QT_TRANSLATE_NOOP("Actions", "Add an event and type its title"),
        toolbar=True,
    ),
    ActionSpec(
        "new_event_from_past",
        QT_TRANSLATE_NOOP("Actions", "New event from a &past event…"),
        "File",
        lambda c: c.records.new_event_from_past,
        (),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "A new event with the sessions and marketplace tables of a past one (of this data "
            "folder or of a records file), without their content",
        ),
    ),
    ActionSpec(
        "new_session",
        QT_TRANSLATE_NOOP("Actions", "New &session"),
        "File",
        lambda c: c.records.new_session,
        ("Ctrl+Shift+S",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Add a session to the selected event"),
        toolbar=True,
    ),
    ActionSpec(
        "new_group",
        QT_TRANSLATE_NOOP("Actions", "New marketplace &table"),
        "File",
        lambda c: c.records.new_group,
        ("Ctrl+Shift+G",),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Add a marketplace table (topic group) to the selected session"
        ),
        toolbar=True,
    ),
    ActionSpec(
        "export_summary",
        QT_TRANSLATE_NOOP("Actions", "E&xport summary…"),
        "File",
        lambda c: c.summary.export_summary,
        ("Ctrl+E",),
        "document-export",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "sync_shared_file",
        QT_TRANSLATE_NOOP("Actions", "S&ync with shared file…"),
        "File",
        lambda c: c.sync.choose_and_sync,
        ("Ctrl+Shift+Y",),
        "view-refresh",
        QT_TRANSLATE_NOOP(
            "Actions", "Merge your notes with co-facilitators' through one shared file"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "sync_team_server",
        QT_TRANSLATE_NOOP("Actions", "Sync with a tea&m server…"),
        "File",
        lambda c: c.team_server.choose_and_sync,
        (),
        "network-server",
        QT_TRANSLATE_NOOP(
            "Actions", "Merge your notes with the team's PostgreSQL server, and stay online with it"
        ),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "File",
        lambda c: c.window.close,
        ("Ctrl+Q",),
        "application-exit",
        QT_TRANSLATE_NOOP("Actions", "Close CMCoord Desktop (everything is already saved)"),
        separator_before=True,
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "Edit",
        lambda c: c.editor.undo,
        ("Ctrl+Z", QKeySequence.StandardKey.Undo),
        "edit-undo",
        toolbar=True,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "Edit",
        lambda c: c.editor.redo,
        ("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo, "Ctrl+Y"),
        "edit-redo",
        toolbar=True,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "Edit",
        lambda c: c.follow_up.find,
        ("Ctrl+F",),
        "edit-find",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Find any word of any event, session, table, outcome, next step, idea, note or caption",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "copy_as_email",
        QT_TRANSLATE_NOOP("Actions", "Copy as e-&mail"),
        "Edit",
        lambda c: c.summary.copy_as_email,
        (),
        "edit-copy",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Copy the selected event's summary, to paste into Outlook or Gmail as formatted text",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        "Edit",
        lambda c: c.records.delete_selected,
        ("Del",),
        "edit-delete",
        QT_TRANSLATE_NOOP("Actions", "Move the selected event, session or table to the Trash"),
        separator_before=True,
        panel_only=True,
        sheet_text=QT_TRANSLATE_NOOP(
            "Actions", "Delete the event, session or table selected in a list (to the Trash)"
        ),
    ),
    ActionSpec(
        "move_up",
        QT_TRANSLATE_NOOP("Actions", "Move u&p"),
        "Edit",
        lambda c: c.records.move_selected_up,
        ("Alt+Up",),
        "go-up",
        QT_TRANSLATE_NOOP(
            "Actions", "Move the selected session (within its day) or marketplace table up the list"
        ),
        panel_only=True,
        sheet_text=QT_TRANSLATE_NOOP(
            "Actions", "Move up: the item being typed, or the session or table selected in a list"
        ),
    ),
    ActionSpec(
        "move_down",
        QT_TRANSLATE_NOOP("Actions", "Move do&wn"),
        "Edit",
        lambda c: c.records.move_selected_down,
        ("Alt+Down",),
        "go-down",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Move the selected session (within its day) or marketplace table down the list",
        ),
        panel_only=True,
        sheet_text=QT_TRANSLATE_NOOP(
            "Actions", "Move down: the item being typed, or the session or table selected in a list"
        ),
    ),
    ActionSpec(
        "add_key_outcome",
        QT_TRANSLATE_NOOP("Actions", "Add key &outcome"),
        "Edit",
        lambda c: c.records.add_key_outcome,
        ("Ctrl+1",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Add a key outcome to the record in the editor"),
        separator_before=True,
    ),
    ActionSpec(
        "add_next_step",
        QT_TRANSLATE_NOOP("Actions", "Add &next step"),
        "Edit",
        lambda c: c.records.add_next_step,
        ("Ctrl+2",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Add a next step to the record in the editor"),
    ),
    ActionSpec(
        "add_idea",
        QT_TRANSLATE_NOOP("Actions", "Add &idea"),
        "Edit",
        lambda c: c.records.add_idea,
        ("Ctrl+3",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Add an idea to the marketplace table in the editor"),
    ),
    ActionSpec(
        "find_event",
        QT_TRANSLATE_NOOP("Actions", "&Filter events"),
        "View",
        lambda c: c.view.focus_event_filter,
        ("Ctrl+Shift+F",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Filter the events by title, host or place"),
    ),
    ActionSpec(
        "focus_events",
        QT_TRANSLATE_NOOP("Actions", "Go to &events"),
        "View",
        lambda c: c.view.focus_events,
        ("Alt+1",),
    ),
    ActionSpec(
        "focus_sessions",
        QT_TRANSLATE_NOOP("Actions", "Go to &sessions"),
        "View",
        lambda c: c.view.focus_sessions,
        ("Alt+2",),
    ),
    ActionSpec(
        "focus_groups",
        QT_TRANSLATE_NOOP("Actions", "Go to marketplace &tables"),
        "View",
        lambda c: c.view.focus_groups,
        ("Alt+3",),
    ),
    ActionSpec(
        "focus_editor",
        QT_TRANSLATE_NOOP("Actions", "Go to e&ditor"),
        "View",
        lambda c: c.view.focus_editor,
        ("Alt+4",),
    ),
    ActionSpec(
        "show_trash",
        QT_TRANSLATE_NOOP("Actions", "T&rash"),
        "View",
        lambda c: c.view.set_trash_visible,
        ("Ctrl+Shift+T",),
        "user-trash",
        QT_TRANSLATE_NOOP("Actions", "Show deleted records and restore them"),
        toolbar=True,
        checkable=True,
        separator_before=True,
    ),
    ActionSpec(
        "show_next_steps",
        QT_TRANSLATE_NOOP("Actions", "&Next steps"),
        "View",
        lambda c: c.follow_up.set_next_steps_visible,
        ("Ctrl+Shift+N",),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Every next step of every event: filter them, close them, export them"
        ),
        checkable=True,
    ),
    ActionSpec(
        "show_review",
        QT_TRANSLATE_NOOP("Actions", "Needs re&view"),
        "View",
        lambda c: c.view.set_review_visible,
        ("Ctrl+Shift+R",),
        None,
        QT_TRANSLATE_NOOP("Actions", "Records where laptops disagreed: choose which value to keep"),
        checkable=True,
    ),
    ActionSpec(
        "show_session_clock",
        QT_TRANSLATE_NOOP("Actions", "Session &clock"),
        "View",
        lambda c: c.view.set_session_clock_visible,
        (),
        None,
        QT_TRANSLATE_NOOP("Actions", "Show the time since the selected session started"),
        checkable=True,
    ),
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

# What a key is called for people where Qt's name is short for it.
KEY_NAMES = {"Del": "Delete"}


def spec(action_id: str) -> ActionSpec:
    return next(s for s in ACTIONS if s.id == action_id)


def key_sequences(action_spec: ActionSpec) -> list[QKeySequence]:
    """The shortcuts of an action; a standard key may mean several (or none) on a platform."""
    sequences: list[QKeySequence] = []
    for shortcut in action_spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(shortcut)
        else:
            found = [QKeySequence(shortcut)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


def shortcut_text(action_spec: ActionSpec) -> str:
    """The one shortcut people are told of: 'Ctrl+Shift+E'. The first one declared; the
    others (Ctrl+Y besides Ctrl+Shift+Z, and Qt's platform aliases such as the F14 and Undo
    keys of some keyboards) work too, but a list that names them all reads like noise."""
    sequences = key_sequences(action_spec)
    if not sequences:
        return ""
    text = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
    return KEY_NAMES.get(text, text)


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
