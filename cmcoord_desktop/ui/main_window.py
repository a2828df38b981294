"""The main window: events, sessions and marketplace tables side by side, the editor on the right.

The window is shown in two steps, as desktop programs start: first its shell (size and place,
title, menus with their actions still off, "Opening <data folder>…" in the status bar), which
needs only Qt, then `fill` with the store open: panels, editor, docks. The core (SQLAlchemy) is
imported by `fill` alone, so the shell is painted first; nothing editable exists before the store.

The filled window links the panels (an event's sessions, a session's tables), decides which
record the editor shows, and turns menu actions into undo commands. Every change is already saved
by the store; the status bar says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QWidget

from cmcoord_desktop.logs import log_file
from cmcoord_desktop.ui import actions as window_actions
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.session_clock import SessionClock
from cmcoord_desktop.ui.window_settings import WindowSettings, restore_geometry

if TYPE_CHECKING:
    from cmcoord_desktop.core.models import Event, Record
    from cmcoord_desktop.core.store import Store
    from cmcoord_desktop.core.store_change import Change
    from cmcoord_desktop.sync.shared_sync import SyncResult
    from cmcoord_desktop.ui.data_signal import DataSignal
    from cmcoord_desktop.ui.panels.record_panel import RecordPanel
    from cmcoord_desktop.ui.review_view import ReviewDock
    from cmcoord_desktop.ui.trash_view import TrashDock

APP_TITLE = "CMCoord Desktop"
DEMO_NOTE = "(demo workshop — a temporary copy)"
SAVED_TIP = "Every change is written to disk the moment you make it: there is nothing to save."
DEFAULT_SIZE = (1540, 880)
DEFAULT_SPLITTER_SIZES = [260, 350, 230, 700]
SPLITTER_STRETCH = (2, 3, 2, 6)
TRASH_WIDTH = 340
REVIEW_WIDTH = 520


def default_session_date(event: Event, today: dt.date) -> dt.date | None:
    """Today while the event runs (sessions are captured live), else the event's first day."""
    start, end = event.start_date or event.end_date, event.end_date or event.start_date
    if start and end and start <= today <= end:
        return today
    return start or today


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        dialogs: Dialogs,
        data_dir: Path | None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """The shell, painted while the data folder opens: no store, nothing to type into.

        `data_dir` is None while the demo workshop's temporary copy is still to be made."""
        super().__init__(parent)
        self.dialogs, self.demo, self.data_dir = dialogs, demo, data_dir
        self.store: Store | None = None  # set by fill
        self.undo_stack = QUndoStack(self)
        self._shown: tuple[type[Record] | None, str | None] = (None, None)
        self._restoring = False
        self._filled = False
        self.setObjectName("main_window")
        self.setMinimumSize(720, 480)
        self.resize(*DEFAULT_SIZE)
        self.first_run = not restore_geometry(settings, self)
        self._update_title()

        self.actions_by_id = window_actions.create_actions(self, self.undo_stack)
        self.menus = window_actions.build_menus(self, self.actions_by_id)
        self.toolbar = window_actions.build_toolbar(self, self.actions_by_id)
        for action in self.actions_by_id.values():  # on once there is a store to act on
            action.setEnabled(False)
        opening = f"Opening {data_dir}…" if data_dir else "Opening the demo workshop…"
        self.opening = QLabel(opening, self)
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("color: palette(placeholder-text);")
        self.setCentralWidget(self.opening)
        self.statusBar().showMessage(opening)

    def fill(self, store: Store, data_signal: DataSignal, settings: WindowSettings) -> None:
        """Everything that needs the store: panels, editor, Trash, review, sync; then the last
        selection. Imports the core, which is why it runs after the shell is painted."""
        from cmcoord_desktop.ui.editor import RecordEditor
        from cmcoord_desktop.ui.panels.panel_chain import PanelChain
        from cmcoord_desktop.ui.record_actions import RecordActions
        from cmcoord_desktop.ui.review_view import ReviewDock
        from cmcoord_desktop.ui.sync_controller import SyncController
        from cmcoord_desktop.ui.trash_view import TrashDock

        self.store, self.settings, self.data_dir = store, settings, store.data_dir
        undo_stack, dialogs = self.undo_stack, self.dialogs
        self.chain = PanelChain(store, self)
        self.events_panel = self.chain.events_panel
        self.sessions_panel = self.chain.sessions_panel
        self.groups_panel = self.chain.groups_panel
        self.panels = self.chain.panels
        self.editor = RecordEditor(store, undo_stack, data_signal, dialogs, self)
        for action_id, step in (("undo", self.editor.undo), ("redo", self.editor.redo)):
            # The stack's own actions keep their text and enabled state; only their click goes
            # through the editor, which writes typing still pending before stepping.
            self.actions_by_id[action_id].triggered.disconnect()
            self.actions_by_id[action_id].triggered.connect(step)
        self.records = RecordActions(store, undo_stack, self.chain, self.editor, self._hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("panels_splitter")
        self.splitter.setHandleWidth(1)
        self.splitter.setChildrenCollapsible(False)
        for widget in (*self.panels, self.editor):
            self.splitter.addWidget(widget)
        # Growing or shrinking the window (or opening the Trash) is shared by all four, the
        # editor taking the largest part, so no panel is squeezed to nothing.
        for column, stretch in enumerate(SPLITTER_STRETCH):
            self.splitter.setStretchFactor(column, stretch)
        self.splitter.setSizes(DEFAULT_SPLITTER_SIZES)
        self.setCentralWidget(self.splitter)  # deletes the "Opening…" label
        self.statusBar().clearMessage()

        self.trash = TrashDock(store, undo_stack, data_signal, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.trash)
        self.trash.hide()

        self.review = ReviewDock(store, undo_stack, data_signal, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review)
        self.review.hide()

        for action in self.actions_by_id.values():
            action.setEnabled(True)
        # Undo and redo follow the stack by themselves (nothing to undo yet: off).
        self.actions_by_id["undo"].setEnabled(undo_stack.canUndo())
        self.actions_by_id["redo"].setEnabled(undo_stack.canRedo())
        self._add_panel_actions()
        self._build_status_bar()
        self.sync = SyncController(store, dialogs, settings.qsettings, self)
        self._add_recent_shared_files_menu()
        self.review.visibilityChanged.connect(
            lambda _v: self._keep_checked("show_review", self.review)
        )
        self.review.resolved.connect(self.reveal)
        self.sync.synced.connect(self._synced)

        self.chain.record_chosen.connect(self._show)
        self.chain.selection_changed.connect(self._selection_changed)
        for panel in self.panels:
            panel.view.activated.connect(lambda _i, p=panel: self._open_in_editor(p))
        self.trash.restored.connect(self.records.restored)
        self.trash.visibilityChanged.connect(
            lambda _v: self._keep_checked("show_trash", self.trash)
        )
        data_signal.changed.connect(self._data_changed)
        from cmcoord_desktop.ui.outside_changes import OutsideChanges

        # A command-line sync (or any other program) committed: show it as our own changes.
        self.outside_changes = OutsideChanges(store, self)
        self.outside_changes.changed.connect(data_signal.everything_changed)
        data_signal.not_saved.connect(self._not_saved)
        self._told_not_saved = False
        # Upcoming becomes ongoing at midnight even when nobody types.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start()

        self._filled = True
        self.events_panel.refresh()
        self._restore()
        self._update_title()

    @property
    def filled(self) -> bool:
        """True once fill has built everything (a failed fill leaves it False)."""
        return self._filled

    # --- building ---------------------------------------------------------------------------

    def _add_panel_actions(self) -> None:
        delete = self.actions_by_id["delete"]
        for panel, new_id in (
            (self.events_panel, "new_event"),
            (self.sessions_panel, "new_session"),
            (self.groups_panel, "new_group"),
        ):
            separator = QAction(panel)
            separator.setSeparator(True)
            panel.add_context_actions([self.actions_by_id[new_id], separator, delete])
        moves = [self.actions_by_id["move_up"], self.actions_by_id["move_down"]]
        self.groups_panel.add_context_actions(moves)
        export_session = QAction("E&xport this session…", self.sessions_panel)
        export_session.triggered.connect(self.export_session)
        self.sessions_panel.add_context_actions([*moves, export_session])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.saved_label = QLabel("All changes are saved as you type")
        self.saved_label.setToolTip(SAVED_TIP)
        self.saved_label.setContentsMargins(8, 0, 8, 0)
        self.session_clock = SessionClock(self)
        bar.addPermanentWidget(self.saved_label)
        bar.addPermanentWidget(self.session_clock)

    def _restore(self) -> None:
        # The geometry was restored by the shell; the docks and splitters exist only now.
        if self.settings.restore_layout(self, self.splitter):
            # Keep the widths the person gave the docks.
            self.trash.width_set = self.review.width_set = True
        clock_visible = self.settings.session_clock_visible()
        self.actions_by_id["show_session_clock"].setChecked(clock_visible)
        self.session_clock.setVisible(clock_visible)
        # Selecting the event, then its session, would show the event's form and then the
        # session's: the editor shows only the record chosen last.
        self._restoring = True
        try:
            self.chain.restore(self.settings.last_selection())
        finally:
            self._restoring = False
        wanted, self._shown = self._shown, (None, None)
        self._show(*wanted)

    # --- which record the editor shows ----------------------------------------------------

    def _open_in_editor(self, panel: RecordPanel) -> None:
        self.chain.choose_from(panel)
        self.editor.focus_first_field()

    def _show(self, cls: type[Record] | None, record_id: str | None) -> None:
        if (cls, record_id) == self._shown:
            return
        if self._restoring:  # shown once the whole selection is back (see _restore)
            self._shown = (cls, record_id)
            return
        self.editor.commit_pending()
        self._shown = (cls, record_id)
        self.editor.show_record(cls, record_id)

    def _selection_changed(self) -> None:
        self._update_title()
        self._update_clock()
        self.settings.save_selection(self.chain.selection())

    def selected_event(self) -> Event | None:
        return self.chain.selected_event()

    def reveal(self, record: Record) -> None:
        """Select a record in its panel (its event and session first) and show it."""
        self.chain.reveal(record)

    # --- after every change -------------------------------------------------------------------

    def _data_changed(self, change: Change) -> None:
        self.chain.apply(change)
        if change.synced:  # a sync, from here or the command line, says when it ran
            self.sync.show_last_synced()
        self._update_title()
        self._update_clock()
        self.saved_label.setText(f"Saved {dt.datetime.now():%H:%M:%S}")
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip(SAVED_TIP)
        self._told_not_saved = False

    def _not_saved(self, message: str) -> None:
        """Shown until a change is stored again; the dialog once per failing spell, not per
        retry, and without blocking: the person may go on typing (it stays on screen)."""
        self.saved_label.setText("Not saved: the data folder cannot be written")
        self.saved_label.setStyleSheet("color: #b00020; font-weight: bold;")
        message += (
            "\n\nWhat you typed stays on screen and is saved as soon as the folder can be "
            "written again."
        )
        self.saved_label.setToolTip(message)
        if not self._told_not_saved:
            self._told_not_saved = True
            self.dialogs.report_error(self, "Not saved", message)

    def _check_new_day(self) -> None:
        events = self.events_panel.events
        if events.today() != events.grouped_on:
            self.events_panel.refresh()

    def _update_title(self) -> None:
        event_title = self.records.title_of_selection() if self.filled else None
        # The program's name comes last: a window system adds it to any title not ending with
        # it (Qt's formatWindowTitle), which made the demo's title name the program twice.
        parts = [part for part in (event_title, DEMO_NOTE if self.demo else None) if part]
        self.setWindowTitle(f"{' '.join(parts)} — {APP_TITLE}" if parts else APP_TITLE)

    def _update_clock(self) -> None:
        session = self.chain.selected_session()
        if session is None:
            self.session_clock.set_session(None, None)
        else:
            self.session_clock.set_session(session.date, session.start_time, session.end_time)

    # --- action slots (named in actions.ACTIONS) -------------------------------------------

    def new_event(self) -> None:
        self.records.new_event()

    def new_event_from_past(self) -> None:
        self.records.new_event_from_past(self, self.dialogs)

    def new_session(self) -> None:
        self.records.new_session()

    def new_group(self) -> None:
        self.records.new_group()

    def delete_selected(self) -> None:
        self.records.delete_selected()

    def move_selected_up(self) -> None:
        self.records.move_selected(-1)

    def move_selected_down(self) -> None:
        self.records.move_selected(+1)

    def add_key_outcome(self) -> None:
        self._add_item("key_outcome")

    def add_next_step(self) -> None:
        self._add_item("next_step")

    def add_idea(self) -> None:
        self._add_item("idea")

    def _add_item(self, kind: str) -> None:
        if self._shown[1] is None:
            self._hint("Select an event, session or marketplace table first.")
            return
        self.records.add_item(kind)

    def focus_event_filter(self) -> None:
        self.events_panel.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.events_panel.filter_box.selectAll()

    def focus_events(self) -> None:
        self.events_panel.focus_list()

    def focus_sessions(self) -> None:
        self.sessions_panel.focus_list()

    def focus_groups(self) -> None:
        self.groups_panel.focus_list()

    def focus_editor(self) -> None:
        self.editor.focus_first_field()

    def set_trash_visible(self, visible: bool) -> None:
        self._show_dock(self.trash, visible, TRASH_WIDTH)

    def set_review_visible(self, visible: bool) -> None:
        self._show_dock(self.review, visible, REVIEW_WIDTH)

    def _show_dock(self, dock: TrashDock | ReviewDock, visible: bool, width: int) -> None:
        first_time = visible and not dock.isVisible() and not dock.width_set
        dock.setVisible(visible)
        if first_time:
            self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
            dock.width_set = True
        if visible:
            dock.raise_()
            dock.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _keep_checked(self, action_id: str, dock: TrashDock | ReviewDock) -> None:
        """The View menu's tick follows the dock, also when it is closed by its own button."""
        action = self.actions_by_id[action_id]
        if action.isChecked() != dock.isVisible():
            action.setChecked(dock.isVisible())

    def export_summary(self, session_ids: list[str] | None = None) -> None:
        event = self.chain.selected_event()
        if event is None:
            self._hint("Select an event to export its summary.")
            return
        self.editor.commit_pending()
        from cmcoord_desktop.ui.export_dialog import open_export_dialog  # ReportLab on demand

        open_export_dialog(self, self.store, self.dialogs, event.id, session_ids)

    def copy_as_email(self) -> None:
        event = self.chain.selected_event()
        if event is None:
            self._hint("Select an event to copy its summary.")
            return
        self.editor.commit_pending()
        from cmcoord_desktop.ui.copy_as_email import copy_summary_as_email

        copy_summary_as_email(self.store, event.id)
        self._hint("Summary copied: paste it into a new e-mail.")

    def export_session(self) -> None:
        session = self.chain.selected_session()
        if session is None:
            self._hint("Select a session to export it.")
            return
        self.export_summary([session.id])

    def sync_with_shared_file(self) -> None:
        self.editor.commit_pending()
        self.sync.choose_and_sync()

    def _add_recent_shared_files_menu(self) -> None:
        file_menu = self.menus["File"]
        recent = QMenu("Recent shared &files", file_menu)
        recent.setObjectName("menu_recent_shared_files")
        recent.aboutToShow.connect(lambda: self.sync.fill_recent_menu(recent))
        self.sync.fill_recent_menu(recent)
        entries = file_menu.actions()
        after_sync = entries[entries.index(self.actions_by_id["sync_shared_file"]) + 1]
        file_menu.insertMenu(after_sync, recent)

    def _synced(self, result: SyncResult) -> None:
        if result.here.conflicts:  # what the other laptops disagreed on, ready to settle
            self.actions_by_id["show_review"].setChecked(True)

    def set_session_clock_visible(self, visible: bool) -> None:
        self.session_clock.setVisible(visible)
        self.settings.save_session_clock_visible(visible)

    def show_keyboard_shortcuts(self) -> None:
        from cmcoord_desktop.ui import help_dialogs  # rarely opened: not loaded at start-up

        help_dialogs.show_keyboard_shortcuts(self)

    def show_about(self) -> None:
        from cmcoord_desktop.ui import help_dialogs

        assert self.data_dir is not None  # set by fill; the action is off before
        log_path = log_file(self.data_dir)
        help_dialogs.show_about(self, self.data_dir, log_path if log_path.exists() else None)

    def _hint(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.filled:  # closed while opening (a refusal): there is nothing to keep
            event.accept()
            return
        self.editor.commit_pending()
        self.outside_changes.stop()
        self.settings.save_window(self, self.splitter)
        self._selection_changed()
        self.settings.sync()
        event.accept()
