"""The actions of the Edit menu, in the order the menu shows them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.actions.action_spec import ActionSpec

EDIT_ACTIONS: tuple[ActionSpec, ...] = (
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
)
