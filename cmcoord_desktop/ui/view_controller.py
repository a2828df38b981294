"""The View menu: where the keyboard goes (Find, Go to…), the Trash and Needs review docks, and
the session clock; the menu's ticks follow the docks, also when closed by their own button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from cmcoord_desktop.sync.shared_sync import SyncResult
from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.panels.panel_chain import PanelChain
from cmcoord_desktop.ui.review_view import ReviewDock
from cmcoord_desktop.ui.session_clock import SessionClock
from cmcoord_desktop.ui.trash_view import TrashDock
from cmcoord_desktop.ui.window_settings import WindowSettings

TRASH_WIDTH = 340
REVIEW_WIDTH = 520


class ViewController:
    def __init__(
        self,
        window: QMainWindow,
        chain: PanelChain,
        editor: RecordEditor,
        docks: tuple[TrashDock, ReviewDock],
        session_clock: SessionClock,
        settings: WindowSettings,
        actions: dict[str, QAction],
    ) -> None:
        self.window, self.chain, self.editor = window, chain, editor
        self.trash, self.review = docks
        self.session_clock, self.settings, self._actions = session_clock, settings, actions
        for action_id, dock in (("show_trash", self.trash), ("show_review", self.review)):
            dock.visibilityChanged.connect(
                lambda _visible, a=action_id, d=dock: self._keep_checked(a, d)
            )

    def focus_event_filter(self) -> None:
        box = self.chain.events_panel.filter_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def focus_events(self) -> None:
        self.chain.events_panel.focus_list()

    def focus_sessions(self) -> None:
        self.chain.sessions_panel.focus_list()

    def focus_groups(self) -> None:
        self.chain.groups_panel.focus_list()

    def focus_editor(self) -> None:
        self.editor.focus_first_field()

    def set_trash_visible(self, visible: bool) -> None:
        self._show_dock(self.trash, visible, TRASH_WIDTH)

    def set_review_visible(self, visible: bool) -> None:
        self._show_dock(self.review, visible, REVIEW_WIDTH)

    def set_session_clock_visible(self, visible: bool) -> None:
        self.session_clock.setVisible(visible)
        self.settings.save_session_clock_visible(visible)

    def show_conflicts_of(self, result: SyncResult) -> None:
        """After a sync: what the other laptops disagreed on, ready to settle."""
        if result.here.conflicts:
            self._actions["show_review"].setChecked(True)

    def _show_dock(self, dock: TrashDock | ReviewDock, visible: bool, width: int) -> None:
        first_time = visible and not dock.isVisible() and not dock.width_set
        dock.setVisible(visible)
        if first_time:
            self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            dock.width_set = True
        if visible:
            dock.raise_()
            dock.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _keep_checked(self, action_id: str, dock: TrashDock | ReviewDock) -> None:
        action = self._actions[action_id]
        if action.isChecked() != dock.isVisible():
            action.setChecked(dock.isVisible())
