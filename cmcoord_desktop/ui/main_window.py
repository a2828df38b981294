"""The main window: events, sessions and marketplace tables side by side, the editor on the right.

The window is shown in two steps, as desktop programs start: first its shell (size and place,
title, menus with their actions still off, "Opening <data folder>…" in the status bar), which
needs only Qt, then `fill` with the store open: panels, editor, docks, and the controllers the
actions run (ui/controllers.py). The core (SQLAlchemy) is imported by `fill` alone, so the shell
is painted first; nothing editable exists before the store.

The window only builds and lays out: what an action does is in its controller, beside the view it
drives (ui/record_actions.py, summary_controller.py, sync_controller.py, view_controller.py,
help_controller.py); the window links the panels to the editor and keeps its title and status
bar up to date. Every change is already saved by the store; the status bar says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import mirroring
from cmcoord_desktop.ui.action_texts import ActionTexts
from cmcoord_desktop.ui.actions import window_actions
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.window_settings import WindowSettings, restore_geometry

if TYPE_CHECKING:
    from cmcoord_desktop.core.store import Store
    from cmcoord_desktop.core.store_change import Change
    from cmcoord_desktop.ui.data_signal import DataSignal

APP_TITLE = "CMCoord Desktop"
DEMO_NOTE = QT_TRANSLATE_NOOP("MainWindow", "(demo workshop — a temporary copy)")
DEFAULT_SIZE = (1540, 880)
DEFAULT_SPLITTER_SIZES = [260, 350, 230, 700]
SPLITTER_STRETCH = (2, 3, 2, 6)


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
        self._filled = False
        self.setObjectName("main_window")
        self.setMinimumSize(720, 480)
        self.resize(*DEFAULT_SIZE)
        self.first_run = not restore_geometry(settings, self)
        self._update_title()

        self.actions_by_id = window_actions.create_actions(self, self.undo_stack)
        self.menus = window_actions.build_menus(self, self.actions_by_id)
        self.toolbar = window_actions.build_toolbar(self, self.actions_by_id)
        # The actions' and menus' words again after View › Language (nothing is rebuilt).
        self.action_texts = ActionTexts(
            self, lambda: window_actions.show_texts(self.actions_by_id, self.menus)
        )
        for action in self.actions_by_id.values():  # on once there is a store to act on
            action.setEnabled(False)
        opening = (
            self.tr("Opening {folder}…").format(folder=data_dir)
            if data_dir
            else self.tr("Opening the demo workshop…")
        )
        self.opening = QLabel(opening, self)
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("color: palette(placeholder-text);")
        self.setCentralWidget(self.opening)
        self.statusBar().showMessage(opening)

    def fill(self, store: Store, data_signal: DataSignal, settings: WindowSettings) -> None:
        """Everything that needs the store: panels, editor, Trash, review, the controllers and
        the actions bound to them; then the last selection. Imports the core, which is why it
        runs after the shell is painted."""
        from cmcoord_desktop.ui.action_dispatcher import ActionDispatcher
        from cmcoord_desktop.ui.controllers import Controllers
        from cmcoord_desktop.ui.editor import RecordEditor
        from cmcoord_desktop.ui.follow_up_controller import FollowUpController
        from cmcoord_desktop.ui.help_controller import HelpController
        from cmcoord_desktop.ui.next_steps.steps_dock import NextStepsDock
        from cmcoord_desktop.ui.outside_changes import OutsideChanges
        from cmcoord_desktop.ui.panels.panel_chain import PanelChain
        from cmcoord_desktop.ui.record_actions import RecordActions
        from cmcoord_desktop.ui.review_view import ReviewDock
        from cmcoord_desktop.ui.save_status import SaveStatus
        from cmcoord_desktop.ui.search.search_dock import SearchDock
        from cmcoord_desktop.ui.session_clock import SessionClock
        from cmcoord_desktop.ui.shown_record import ShownRecord
        from cmcoord_desktop.ui.summary_controller import SummaryController
        from cmcoord_desktop.ui.sync_controller import SyncController
        from cmcoord_desktop.ui.team_server_controller import TeamServerController
        from cmcoord_desktop.ui.trash_view import TrashDock
        from cmcoord_desktop.ui.view_controller import ViewController

        self.store, self.settings, self.data_dir = store, settings, store.data_dir
        undo_stack, dialogs = self.undo_stack, self.dialogs
        self.chain = PanelChain(store, self)
        self.events_panel = self.chain.events_panel
        self.sessions_panel = self.chain.sessions_panel
        self.groups_panel = self.chain.groups_panel
        self.panels = self.chain.panels
        self.editor = RecordEditor(store, undo_stack, data_signal, dialogs, self)
        self.dispatcher = ActionDispatcher(self.editor.commit_pending)
        self.shown_record = ShownRecord(self.chain, self.editor)

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
        self.review = ReviewDock(store, undo_stack, data_signal, self)
        self.search = SearchDock(store, data_signal, self)
        for dock in (self.trash, self.review, self.search):
            self.addDockWidget(mirroring.end_dock_area(self), dock)  # mirrored in Arabic
            dock.hide()
        # Below the panels: the table wants the window's width for its six columns.
        self.next_steps = NextStepsDock(store, undo_stack, dialogs, data_signal, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.next_steps)
        self.next_steps.hide()
        self.saved_label = SaveStatus(dialogs, self)
        self.session_clock = SessionClock(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.session_clock)

        self.records = RecordActions(
            store, undo_stack, self.chain, self.editor, dialogs, self._hint
        )
        self.sync = SyncController(store, dialogs, settings.qsettings, self, self.dispatcher.run)
        self.team_server = TeamServerController(
            store, dialogs, settings.qsettings, self, self.dispatcher.run, self.sync
        )
        self.controllers = Controllers(
            window=self,
            editor=self.editor,
            records=self.records,
            summary=SummaryController(
                self, store, dialogs, self.chain, self._hint, settings.qsettings
            ),
            sync=self.sync,
            team_server=self.team_server,
            view=ViewController(
                self,
                self.chain,
                self.editor,
                (self.trash, self.review),
                self.session_clock,
                settings,
                self.actions_by_id,
            ),
            help=HelpController(self, store.data_dir),
            follow_up=FollowUpController(
                self,
                store,
                self.chain,
                self.editor,
                (self.next_steps, self.search),
                self.actions_by_id,
                self._hint,
            ),
        )
        window_actions.bind_actions(self.actions_by_id, self.controllers, self.dispatcher)
        for action in self.actions_by_id.values():
            action.setEnabled(True)
        # Undo and redo follow the stack by themselves (nothing to undo yet: off).
        self.actions_by_id["undo"].setEnabled(undo_stack.canUndo())
        self.actions_by_id["redo"].setEnabled(undo_stack.canRedo())
        self._add_panel_actions()
        self.sync.add_recent_menu(self.menus["File"], self.actions_by_id["sync_shared_file"])
        self.team_server.add_recent_menu(self.menus["File"], self.actions_by_id["sync_team_server"])

        self.review.resolved.connect(self.chain.reveal)
        self.sync.synced.connect(self.controllers.view.show_conflicts_of)
        self.team_server.synced.connect(self.controllers.view.show_conflicts_of)
        self.chain.record_chosen.connect(self.shown_record.show)
        self.chain.selection_changed.connect(self._selection_changed)
        for panel in self.panels:
            panel.view.activated.connect(lambda _i, p=panel: self.shown_record.open_in_editor(p))
        self.trash.restored.connect(self.records.restored)
        data_signal.changed.connect(self._data_changed)
        # A command-line sync (or any other program) committed: show it as our own changes.
        self.outside_changes = OutsideChanges(store, self)
        self.outside_changes.changed.connect(data_signal.everything_changed)
        data_signal.not_saved.connect(self.saved_label.not_saved)
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
        export_session = QAction(self.tr("E&xport this session…"), self.sessions_panel)
        self.export_session_action = export_session
        self.dispatcher.connect(export_session, self.controllers.summary.export_session)
        self.sessions_panel.add_context_actions([*moves, export_session])

    def _restore(self) -> None:
        # The geometry was restored by the shell; the docks and splitters exist only now.
        if self.settings.restore_layout(self, self.splitter):
            # Keep the widths the person gave the docks.
            for dock in (self.trash, self.review, self.next_steps, self.search):
                dock.width_set = True
        clock_visible = self.settings.session_clock_visible()
        self.actions_by_id["show_session_clock"].setChecked(clock_visible)
        self.session_clock.setVisible(clock_visible)
        with self.shown_record.restoring():
            self.chain.restore(self.settings.last_selection())

    # --- after a choice and after every change ------------------------------------------------

    def _selection_changed(self) -> None:
        self._update_title()
        self._update_clock()
        self.settings.save_selection(self.chain.selection())

    def _data_changed(self, change: Change) -> None:
        self.chain.apply(change)
        if change.synced:  # a sync, from here or the command line, says when it ran
            self.sync.show_last_synced()
        self._update_title()
        self._update_clock()
        self.saved_label.saved()

    def _check_new_day(self) -> None:
        events = self.events_panel.events
        if events.today() != events.grouped_on:
            self.events_panel.refresh()

    def _update_title(self) -> None:
        event_title = self.records.title_of_selection() if self.filled else None
        # The program's name comes last: a window system adds it to any title not ending with
        # it (Qt's formatWindowTitle), which made the demo's title name the program twice.
        demo_note = self.tr(DEMO_NOTE)
        parts = [part for part in (event_title, demo_note if self.demo else None) if part]
        self.setWindowTitle(f"{' '.join(parts)} — {APP_TITLE}" if parts else APP_TITLE)

    def _update_clock(self) -> None:
        session = self.chain.selected_session()
        if session is None:
            self.session_clock.set_session(None, None)
        else:
            self.session_clock.set_session(session.date, session.start_time, session.end_time)

    def _hint(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # A passing message (a hint, a sync's result) was said in the earlier language and goes
        # in seconds anyway: View › Language takes it away rather than leave it in the old one.
        # The status bar's lasting words (saved, last synced) say themselves again.
        if event.type() == QEvent.Type.LanguageChange and self.filled:
            self.statusBar().clearMessage()
        super().changeEvent(event)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.filled:  # closed while opening (a refusal): there is nothing to keep
            event.accept()
            return
        self.editor.commit_pending()  # the title bar's close button is no action
        self.outside_changes.stop()
        self.team_server.close()  # no thread left waiting on the network
        self.settings.save_window(self, self.splitter)
        self._selection_changed()
        self.settings.sync()
        event.accept()
