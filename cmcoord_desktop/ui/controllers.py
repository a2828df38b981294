"""What the window's actions act on: one controller per part of the window, built by the window.

ui/actions/ names its callables through this class (`lambda c: c.records.new_event`), so a
type checker follows each action to its code and a misspelt name fails when the window is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.follow_up_controller import FollowUpController
from cmcoord_desktop.ui.help_controller import HelpController
from cmcoord_desktop.ui.record_actions import RecordActions
from cmcoord_desktop.ui.summary_controller import SummaryController
from cmcoord_desktop.ui.sync_controller import SyncController
from cmcoord_desktop.ui.team_server_controller import TeamServerController
from cmcoord_desktop.ui.view_controller import ViewController


@dataclass(frozen=True)
class Controllers:
    window: QMainWindow  # Quit closes it
    editor: RecordEditor  # undo and redo write the typing of the field first
    records: RecordActions  # add, delete, move events, sessions, tables and items
    summary: SummaryController  # export and copy the selected event's summary
    sync: SyncController  # the shared file
    team_server: TeamServerController  # the team's PostgreSQL server, and staying online
    view: ViewController  # focus, docks and the session clock
    help: HelpController
    follow_up: FollowUpController  # the Next steps view and Find
