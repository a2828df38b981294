"""The actions of the View menu, in the order the menu shows them."""

from __future__ import annotations

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.actions.action_spec import ActionSpec

VIEW_ACTIONS: tuple[ActionSpec, ...] = (
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
)
