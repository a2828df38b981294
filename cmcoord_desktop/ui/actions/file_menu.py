"""The actions of the File menu, in the order the menu shows them."""

from __future__ import annotations

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.actions.action_spec import ActionSpec

FILE_ACTIONS: tuple[ActionSpec, ...] = (
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
)
