"""What the window's record actions do: add, delete, move and restore events, sessions and
tables, and add items to the record in the editor.

The controller of the panels' records (ui/actions.py binds File › New… and Edit › Delete, Move,
Add… here); the dispatcher has written the typing in progress before any of these runs. Apart
from the window so that its shell is painted before the core (SQLAlchemy) is imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from cmcoord_desktop.core import agenda, repository
from cmcoord_desktop.core.event_copy import copy_event_agenda
from cmcoord_desktop.core.models import Event, Item, ItemKind, Record
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import CreateRecordCommand, DeleteRecordCommand
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.editor.edit_commands import push_move
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.panels.panel_chain import PanelChain
from cmcoord_desktop.ui.past_event import copy_past_event
from cmcoord_desktop.ui.record_sentences import sentence


class RecordActions:
    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        chain: PanelChain,
        editor: RecordEditor,
        dialogs: Dialogs,
        hint: Callable[[str], None],
    ) -> None:
        self.store, self.undo_stack = store, undo_stack
        self.chain, self.editor, self.dialogs = chain, editor, dialogs
        self._hint = hint

    def title_of_selection(self, limit: int = 80) -> str | None:
        event = self.chain.selected_event()
        return record_sentences.shown_title(event, limit) if event else None

    def new_event(self) -> None:
        today = dt.date.today()
        self._create(
            sentence(lambda: QCoreApplication.translate("RecordActions", "New event")),
            lambda: repository.create_event(self.store, start_date=today, end_date=today),
        )

    def new_event_from_past(self) -> None:
        """The copy is one undo step: undo puts the new event (and so its agenda) in the Trash."""

        def copy(source: Store, event_id: str) -> Event:
            command = CreateRecordCommand(
                self.store,
                sentence(
                    lambda: QCoreApplication.translate(
                        "RecordActions", "New event from a past event"
                    )
                ),
                lambda: copy_event_agenda(source, event_id, self.store),
            )
            self.undo_stack.push(command)
            record = command.record  # None: not stored (the window says why)
            return record if isinstance(record, Event) else None

        event = copy_past_event(self.editor.window(), self.store, self.dialogs, copy)
        if event is None:
            return
        self.chain.reveal(event)
        self.chain.choose_from(self.chain.events_panel)
        self.editor.focus_first_field()
        self._hint(
            QCoreApplication.translate(
                "RecordActions", "New event “{title}”: its sessions and tables are copied."
            ).format(title=record_sentences.isolated(record_sentences.shown_title(event)))
        )

    def new_session(self) -> None:
        event = self.chain.selected_event()
        if event is None:
            self._hint(
                QCoreApplication.translate(
                    "RecordActions", "Select an event first, or add one with Ctrl+Shift+E."
                )
            )
            return
        day = agenda.default_session_date(event, dt.date.today())
        self._create(
            sentence(lambda: QCoreApplication.translate("RecordActions", "New session")),
            lambda: repository.create_session(self.store, event.id, date=day),
        )

    def new_group(self) -> None:
        session_id = self.chain.sessions_panel.current_id()
        if session_id is None:
            self._hint(
                QCoreApplication.translate(
                    "RecordActions", "Select a session first, or add one with Ctrl+Shift+S."
                )
            )
            return
        self._create(
            sentence(lambda: QCoreApplication.translate("RecordActions", "New marketplace table")),
            lambda: repository.create_group(self.store, session_id),
        )

    def _create(self, label: str, create: Callable[[], Record]) -> None:
        command = CreateRecordCommand(self.store, label, create)
        self.undo_stack.push(command)
        if command.record is None:  # not stored (the window says why)
            return
        self.chain.reveal(command.record)
        self.chain.choose_from(self.chain.panel_of(command.record))
        self.editor.focus_first_field()

    def delete_selected(self) -> None:
        panel = self.chain.last_panel
        record_id = panel.current_id()
        if record_id is None:
            self._hint(QCoreApplication.translate("RecordActions", "Nothing selected to delete."))
            return
        model = panel.model
        index = model.index_of(record_id)
        record = model.data(index, Role.RECORD)
        after = panel.neighbour_id(record_id)
        text = record_sentences.delete(record)
        self.undo_stack.push(DeleteRecordCommand(self.store, type(record), record_id, text))
        if after:
            panel.select_id(after)
        panel.focus_list()
        self._hint(record_sentences.trashed(record))

    def move_selected_up(self) -> None:
        self.move_selected(-1)

    def move_selected_down(self) -> None:
        self.move_selected(+1)

    def move_selected(self, step: int) -> None:
        """Move the selected session or marketplace table one place up (-1) or down (+1)."""
        panel = self.chain.last_panel
        record_id = panel.current_id()
        if panel is self.chain.events_panel or record_id is None:
            self._hint(
                QCoreApplication.translate(
                    "RecordActions",
                    "Select a session or a marketplace table to move; events follow their dates.",
                )
            )
            return
        model = panel.model
        shown = [model.record_at(model.index(row, 0)) for row in range(model.rowCount())]
        plan = agenda.plan_move(shown, record_id, step)
        if isinstance(plan, agenda.MoveRefused):
            self._hint(
                QCoreApplication.translate(
                    "RecordActions",
                    "Sessions follow their date and start time: change those to move it past "
                    "“{title}”.",
                ).format(
                    title=record_sentences.isolated(record_sentences.shown_title(plan.blocked_by))
                )
            )
            return
        if plan is None:
            return
        push_move(
            self.undo_stack,
            self.store,
            [(type(r), r.id, r.position) for r in plan.slot],
            plan.from_index,
            plan.to_index,
            record_sentences.move(record_sentences.kind_key(plan.moved), step),
        )
        panel.select_id(record_id)

    def add_key_outcome(self) -> None:
        self.add_item(ItemKind.KEY_OUTCOME)

    def add_next_step(self) -> None:
        self.add_item(ItemKind.NEXT_STEP)

    def add_idea(self) -> None:
        self.add_item(ItemKind.IDEA)

    def add_item(self, kind: ItemKind) -> None:
        """A new item of this kind in the record being edited, after the one being typed."""
        if self.editor.form is None:
            self._hint(
                QCoreApplication.translate(
                    "RecordActions", "Select an event, session or marketplace table first."
                )
            )
            return
        self.editor.add_item(kind)

    def restored(self, record: Record) -> None:
        self.chain.reveal(record)
        hidden = not (isinstance(record, Item) or self.chain.shows(record))
        self._hint(record_sentences.restored(record, hidden))
